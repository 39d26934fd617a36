import type { AislePluginOptions } from "@aisle/medusa";
import { seedPolicies, storeName } from "./seed-data";

/**
 * The plugin's options for the example store. No model is named: Aisle uses OpenAI when OPENAI_API_KEY is set
 * and its offline model otherwise, so the store runs without a key.
 */
export const aisleOptions: AislePluginOptions = {
  store: { name: storeName, currency: "USD" },
  storefrontUrl: "http://localhost:8000",
  knowledge: seedPolicies,
  brandVoice: "warm, plain-spoken, no hype",
};
