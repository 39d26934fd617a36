import { createBiasLinter, type BiasLinter } from "./bias-linter";
import type { BiasFinding, BiasLanguage } from "./bias-types";

let defaultLinter: BiasLinter | undefined;

/**
 * Lints one field of generated copy (a headline, a body, a bullet) with the default settings, or with the
 * shop's own linter. Its shape fits the copywriter's `biasLint` hook: `biasLint: lintCopy`, or
 * `biasLint: (text, language) => lintCopy(text, language, linter)` for a shop's allow-list and rules.
 */
export function lintCopy(draft: string, language?: BiasLanguage, linter?: BiasLinter): BiasFinding[] {
  const chosen = linter ?? (defaultLinter ??= createBiasLinter());
  return chosen.lint(draft, language === undefined ? {} : { language }).findings;
}
