export { createCopywriter, type Copywriter, type CopywriterContext, type CopyOptions, type CopyFactCheck, type CopyBiasLint, type BulkCopyProgress, type BulkCopyResult } from "./copywriter";
export { brandVoiceSchema, applySpelling, checkVoice, readingGrade, type BrandVoice, type ResolvedBrandVoice, type VoiceFinding } from "./brand-voice";
export {
  adCopySchema,
  altTextSchema,
  copySchemas,
  emailSubjectsSchema,
  productDescriptionSchema,
  seoMetaSchema,
  type AdCopy,
  type AltText,
  type CopyContent,
  type CopyKind,
  type EmailSubjects,
  type ProductDescription,
  type SeoMeta,
} from "./copy-schemas";
export { createFileDraftStore, createInMemoryDraftStore, type CopyDraft, type CopyDraftStatus, type CopyFinding, type DraftStore } from "./draft-store";
export type { CopyLanguage } from "./offline-composer";
export { exportFineTuningJsonl, type FineTuningConversation } from "./fine-tuning";
export { copySettingsSchema, type CopySettings } from "./copy-settings";
