import { InvalidArgumentError } from "../../errors/invalid-argument-error";
import { InvalidConfigError, type ConfigIssue } from "../../errors/invalid-config-error";
import { resolveBiasLinterSettings, type BiasLinterSettings, type ResolvedBiasLinterSettings } from "./bias-settings";
import {
  biasLanguages,
  severityRank,
  type BiasFinding,
  type BiasLanguage,
  type BiasLintResult,
} from "./bias-types";
import { detectLanguage } from "./detect-language";
import { foldText, matchCase } from "./fold-text";
import { loadRetextPatterns } from "./retext/load-retext-patterns";
import { createRetextMatcher, type RetextMatcher } from "./retext/retext-matcher";
import { placedRetextIds } from "./retext/retext-profile";
import { commerceRules } from "./rules";
import { compileCommerceRules, compileExpression, matchSpans, type CompiledRule } from "./rules/rule";

export type BiasLintOptions = {
  /**
   * The text's language. Without it, the language whose function words clearly dominate is used, and a text
   * too short to tell (a title) is checked against every configured language.
   */
  language?: BiasLanguage;
};

export type BiasLinter = {
  /** Findings in `text`, ordered by position; deterministic for the same settings and text. */
  lint(text: string, options?: BiasLintOptions): BiasLintResult;
  /** The ids of every rule this linter runs (retext-equality's once its lexicon is loaded). */
  ruleIds(): string[];
};

const escapeExpression = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A literal phrase as an expression source on folded text: escaped, lower-cased, any white space between words. */
function phraseSource(phrase: string): string {
  return foldText(phrase.trim())
    .split(/\s+/)
    .map(escapeExpression)
    .join(" ");
}

function compileExtraRules(settings: ResolvedBiasLinterSettings, disabled: ReadonlySet<string>): CompiledRule[] {
  const compiled: CompiledRule[] = [];
  for (const rule of settings.extraRules) {
    if (disabled.has(rule.id)) continue;
    for (const [language, patterns] of Object.entries(rule.patterns)) {
      if (patterns === undefined) continue;
      if (language !== "any" && !settings.languages.includes(language as BiasLanguage)) continue;
      const hasExpression = patterns.some((pattern) => pattern instanceof RegExp);
      const sources = patterns.map((pattern) => (pattern instanceof RegExp ? pattern.source : phraseSource(pattern)));
      const expression = hasExpression
        ? new RegExp(`(?:${sources.map((source) => `(?:${source})`).join("|")})(?![\\p{L}\\p{N}\\p{M}])`, "giu")
        : compileExpression(sources);
      compiled.push({
        id: rule.id,
        category: rule.category,
        severity: rule.severity,
        language: language as CompiledRule["language"],
        message: rule.message,
        suggestions: rule.suggestions[language as keyof typeof rule.suggestions] ?? rule.suggestions.any ?? [],
        ...(language === "any" ? { localizedSuggestions: rule.suggestions } : {}),
        expression,
      });
    }
  }
  return compiled;
}

function validateRuleIds(settings: ResolvedBiasLinterSettings): void {
  const builtIn = new Set([...commerceRules.map((rule) => rule.id), ...placedRetextIds()]);
  const issues: ConfigIssue[] = [];
  const extraIds = new Set<string>();
  settings.extraRules.forEach((rule, index) => {
    if (builtIn.has(rule.id)) issues.push({ path: `extraRules.${index}.id`, message: `'${rule.id}' is a built-in rule id` });
    else if (extraIds.has(rule.id)) issues.push({ path: `extraRules.${index}.id`, message: `'${rule.id}' is used twice` });
    extraIds.add(rule.id);
  });
  settings.disabledRules.forEach((id, index) => {
    if (!builtIn.has(id) && !extraIds.has(id)) issues.push({ path: `disabledRules.${index}`, message: `no rule has the id '${id}'` });
  });
  if (issues.length > 0) throw new InvalidConfigError({ subject: "bias linter", issues });
}

/** Higher first: more severe, then Aisle's commerce wording over the general lexicon, then the longer span. */
function priority(left: BiasFinding, right: BiasFinding): number {
  return (
    severityRank[right.severity] - severityRank[left.severity] ||
    (left.source === right.source ? 0 : left.source === "aisle-commerce" ? -1 : 1) ||
    right.end - right.start - (left.end - left.start)
  );
}

/**
 * Of overlapping findings in one category, keeps the one `priority` ranks first. The kept findings of a
 * category never overlap, so each category is a list sorted by start and one binary search answers "does
 * anything kept overlap this?": a pasted catalogue with thousands of findings stays fast.
 */
function removeOverlaps(findings: BiasFinding[]): BiasFinding[] {
  const ranked = [...findings].sort(priority);
  const keptByCategory = new Map<string, BiasFinding[]>();
  const kept: BiasFinding[] = [];
  for (const finding of ranked) {
    let intervals = keptByCategory.get(finding.category);
    if (intervals === undefined) {
      intervals = [];
      keptByCategory.set(finding.category, intervals);
    }
    // First kept interval that ends after this finding starts.
    let low = 0;
    let high = intervals.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((intervals[middle] as BiasFinding).end <= finding.start) low = middle + 1;
      else high = middle;
    }
    const candidate = intervals[low];
    if (candidate !== undefined && candidate.start < finding.end) continue;
    intervals.splice(low, 0, finding);
    kept.push(finding);
  }
  return kept.sort((left, right) => left.start - right.start || left.end - right.end || left.ruleId.localeCompare(right.ruleId));
}

/**
 * Builds an inclusive-language linter for product copy: retext-equality's English lexicon (read lazily from
 * the installed package, tuned for commerce) plus Aisle's commerce rules in English, German, French and
 * Spanish for gendered, ageist, ableist, body-shaming, stereotyping and racial wording, each with suggestions.
 * Offline and deterministic; a product description takes well under a millisecond once warm.
 */
export function createBiasLinter(settings: BiasLinterSettings = {}): BiasLinter {
  const resolved = resolveBiasLinterSettings(settings);
  validateRuleIds(resolved);
  const disabled = new Set(resolved.disabledRules);
  const threshold = severityRank[resolved.severity];
  const useCommerce = resolved.sources.includes("aisle-commerce");
  const useRetext = resolved.sources.includes("retext-equality") && resolved.languages.includes("en");
  const rules: CompiledRule[] = [
    ...(useCommerce ? compileCommerceRules(commerceRules.filter((rule) => !disabled.has(rule.id)), resolved.languages) : []),
    ...compileExtraRules(resolved, disabled),
  ];
  const allowExpression =
    resolved.allowList.length === 0 ? undefined : compileExpression(resolved.allowList.map((phrase) => phraseSource(phrase)));

  let retext: RetextMatcher | undefined;
  const retextMatcher = (): RetextMatcher => {
    retext ??= createRetextMatcher(loadRetextPatterns(), disabled);
    return retext;
  };

  return {
    ruleIds() {
      const ids = new Set(rules.map((rule) => rule.id));
      if (retext !== undefined) for (const id of retext.ids) if (!disabled.has(id)) ids.add(id);
      return [...ids].sort();
    },
    lint(text, options = {}) {
      if (typeof text !== "string") throw new InvalidArgumentError({ argument: "text", message: "expected a string" });
      const language = options.language;
      if (language !== undefined && !(biasLanguages as readonly string[]).includes(language)) {
        throw new InvalidArgumentError({ argument: "language", message: `expected one of ${biasLanguages.join(", ")}, got ${String(language)}` });
      }
      if (text.trim() === "") return { findings: [] };

      const folded = foldText(text);
      const detected = language ?? detectLanguage(folded, resolved.languages);
      const languages: ReadonlySet<string> = new Set(detected === undefined ? resolved.languages : [detected]);

      let findings: BiasFinding[] = [];
      for (const rule of rules) {
        if (rule.language !== "any" && !languages.has(rule.language)) continue;
        if (severityRank[rule.severity] < threshold) continue;
        const suggestions =
          rule.localizedSuggestions !== undefined && detected !== undefined
            ? (rule.localizedSuggestions[detected] ?? rule.suggestions)
            : rule.suggestions;
        for (const [start, end] of matchSpans(rule.expression, folded)) {
          const flagged = text.slice(start, end);
          findings.push({
            ruleId: rule.id,
            category: rule.category,
            severity: rule.severity,
            start,
            end,
            text: flagged,
            message: rule.message,
            suggestions: matchCase(flagged, suggestions),
            source: "aisle-commerce",
          });
        }
      }
      if (useRetext && languages.has("en")) {
        for (const finding of retextMatcher().match(text)) {
          if (severityRank[finding.severity] >= threshold) findings.push(finding);
        }
      }
      if (allowExpression !== undefined && findings.length > 0) {
        const allowed = matchSpans(allowExpression, folded);
        findings = findings.filter((finding) => !allowed.some(([start, end]) => start < finding.end && finding.start < end));
      }
      return { findings: removeOverlaps(findings) };
    },
  };
}
