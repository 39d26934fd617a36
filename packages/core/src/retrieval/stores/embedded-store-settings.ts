import { z } from "zod";
import type { SearchEngineSettings } from "../search-engine-settings";

/** What the embedded store adds to the engine's settings. */
export const embeddedStoreSettingsSchema = z.object({
  /**
   * The file the index is loaded from when the store opens and written to by `flush()` and `close()`. Without
   * it the store lives in memory only.
   */
  path: z.string().min(1, "must not be empty").optional(),
});

export type EmbeddedStoreSettings = SearchEngineSettings & z.input<typeof embeddedStoreSettingsSchema>;
