export {
  injectionFamilies,
  type InjectionFamily,
  type InjectionLanguage,
  type InjectionResult,
  type InjectionSignal,
  type InjectionSource,
  type InjectionSpan,
  type InjectionVerdict,
} from "./injection-types";
export { injectionSettingsSchema, resolveInjectionSettings, type InjectionSettings, type ResolvedInjectionSettings } from "./injection-settings";
export { createInjectionDetector, builtInInjectionRules, type InjectionDetector, type InjectionDetectOptions } from "./injection-detector";
export type { InjectionRule } from "./rules/rule";
export {
  trainInjectionClassifier,
  type InjectionClassifier,
  type InjectionClassifierSettings,
  type InjectionExample,
} from "./injection-classifier";
export { stripInjections, stripInjectionsWithDetails, type StripInjectionsOptions, type StripInjectionsResult } from "./strip-injections";
export {
  injectionMiddleware,
  type InjectionAction,
  type InjectionDetection,
  type InjectionMiddlewareSettings,
} from "./injection-middleware";
