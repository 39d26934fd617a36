import type { LoaderOptions } from "@medusajs/framework/types";
import { parseAislePluginOptions } from "../../../lib/aisle-plugin-settings";

/**
 * Validates the plugin's options when the application loads, so a typo fails the boot with every bad option
 * named ("Invalid @aisle/medusa plugin settings: - store.name: …") instead of at the first chat request.
 */
export default async function validateOptions({ options }: LoaderOptions<Record<string, unknown>>): Promise<void> {
  parseAislePluginOptions(options);
}
