import { z } from "zod";
import { brandVoiceSchema } from "./brand-voice";

export const copySettingsSchema = z
  .object({
    /** `auto`: the model writes unless it is the offline one, whose drafts are composed from facts in code. */
    drafting: z.enum(["auto", "model", "composer"]).default("auto"),
  })
  .strict();

export type CopySettings = z.input<typeof copySettingsSchema>;
export { brandVoiceSchema };
