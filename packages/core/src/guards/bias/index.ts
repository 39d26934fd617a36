export {
  biasCategories,
  biasLanguages,
  biasSeverities,
  biasSources,
  type BiasCategory,
  type BiasFinding,
  type BiasLanguage,
  type BiasLintResult,
  type BiasSeverity,
  type BiasSource,
} from "./bias-types";
export {
  biasLinterSettingsSchema,
  resolveBiasLinterSettings,
  type BiasExtraRule,
  type BiasLinterSettings,
  type ResolvedBiasLinterSettings,
} from "./bias-settings";
export { createBiasLinter, type BiasLinter, type BiasLintOptions } from "./bias-linter";
export { lintCopy } from "./lint-copy";
export { commerceRules as builtInBiasRules } from "./rules";
export type { CommerceRule as BiasRule } from "./rules/rule";
