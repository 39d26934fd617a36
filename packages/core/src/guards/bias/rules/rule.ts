import { isWordCharacterAt } from "../fold-text";
import type { BiasCategory, BiasLanguage, BiasSeverity } from "../bias-types";

/** A rule's language: one of the rule-set languages, or `any` for a custom rule that applies to every text. */
export type BiasRuleLanguage = BiasLanguage | "any";

/** One of Aisle's commerce rules: a category, a message and, per language, the patterns and the suggestions. */
export type CommerceRule = {
  /** `category/name`, stable across releases: what `disabledRules` and the findings name. */
  id: string;
  category: BiasCategory;
  severity: BiasSeverity;
  /** Where a term is more established in one language than the others (the German trade term "Orientteppich"). */
  severityByLanguage?: Partial<Record<BiasLanguage, BiasSeverity>>;
  /** Why the wording is a problem, in English: it is read by the merchant's editors and logged. */
  message: string;
  /**
   * Regular-expression sources, matched against lower-cased text with unified apostrophes (') and hyphens (-).
   * A space stands for any run of white space. A match must start and end at a word boundary.
   */
  patterns: Partial<Record<BiasLanguage, readonly string[]>>;
  /** Replacements or rewrites, in the language of the patterns they answer. */
  suggestions: Partial<Record<BiasLanguage, readonly string[]>>;
};

export type CompiledRule = {
  id: string;
  category: BiasCategory;
  severity: BiasSeverity;
  language: BiasRuleLanguage;
  message: string;
  suggestions: readonly string[];
  /** For a rule of `any` language: suggestions per language of the text, when it is known. */
  localizedSuggestions?: Partial<Record<BiasLanguage, readonly string[]>>;
  expression: RegExp;
};

/**
 * Turns each literal space outside a character class into `\s+` (and an optional space, ` ?`, into `\s*`), so
 * "man of the house" survives a line break.
 */
export function flexibleSpaces(source: string): string {
  let result = "";
  let inClass = false;
  for (let index = 0; index < source.length; index++) {
    const character = source[index] as string;
    if (character === "\\") {
      result += character + (source[index + 1] ?? "");
      index++;
      continue;
    }
    if (character === "[") inClass = true;
    else if (character === "]") inClass = false;
    if (character === " " && !inClass && source[index + 1] === "?") {
      result += "\\s*";
      index++;
      continue;
    }
    result += character === " " && !inClass ? "\\s+" : character;
  }
  return result;
}

/**
 * One global, Unicode-aware expression per rule and language. The end boundary is part of the expression so a
 * longer alternative wins over a shorter one that would end inside a word; the start boundary is checked in
 * code, which keeps a literal first character for the engine's fast scan.
 */
export function compileExpression(sources: readonly string[]): RegExp {
  const alternatives = sources.map((source) => `(?:${flexibleSpaces(source)})`).join("|");
  return new RegExp(`(?:${alternatives})(?![\\p{L}\\p{N}\\p{M}])`, "gu");
}

export function compileCommerceRules(rules: readonly CommerceRule[], languages: readonly BiasLanguage[]): CompiledRule[] {
  const compiled: CompiledRule[] = [];
  for (const rule of rules) {
    for (const language of languages) {
      const sources = rule.patterns[language];
      if (sources === undefined || sources.length === 0) continue;
      compiled.push({
        id: rule.id,
        category: rule.category,
        severity: rule.severityByLanguage?.[language] ?? rule.severity,
        language,
        message: rule.message,
        suggestions: rule.suggestions[language] ?? rule.suggestions.en ?? [],
        expression: compileExpression(sources),
      });
    }
  }
  return compiled;
}

/** Every match of a compiled rule in the folded text that starts at a word boundary. */
export function matchSpans(expression: RegExp, folded: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  expression.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = expression.exec(folded)) !== null) {
    const start = match.index;
    const length = match[0].length;
    if (length === 0) {
      expression.lastIndex = start + 1;
      continue;
    }
    if (isWordCharacterAt(folded, start - 1)) {
      expression.lastIndex = start + 1;
      continue;
    }
    spans.push([start, start + length]);
  }
  return spans;
}
