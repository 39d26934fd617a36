import { InvalidArgumentError } from "../../errors/invalid-argument-error";
import { resolveInjectionSettings, type InjectionSettings } from "./injection-settings";
import type { InjectionFamily, InjectionResult, InjectionSignal, InjectionSource, InjectionVerdict } from "./injection-types";
import { normalizeText, originalSpan } from "./normalize-text";
import { offTopicCommand } from "./off-topic-command";
import { addressedToAssistantRules } from "./rules/addressed-to-assistant";
import { delimiterInjectionRules } from "./rules/delimiter-injection";
import { instructionOverrideRules } from "./rules/instruction-override";
import { policyEvasionRules } from "./rules/policy-evasion";
import { rolePlayRules } from "./rules/role-play";
import type { InjectionRule } from "./rules/rule";
import { structureRules } from "./rules/structure";
import { systemPromptExfiltrationRules } from "./rules/system-prompt-exfiltration";
import { taskHijackRules } from "./rules/task-hijack";
import { toolManipulationRules } from "./rules/tool-manipulation";
import { structuralSignals } from "./structural-signals";

export const builtInInjectionRules: readonly InjectionRule[] = [
  ...instructionOverrideRules,
  ...rolePlayRules,
  ...systemPromptExfiltrationRules,
  ...policyEvasionRules,
  ...delimiterInjectionRules,
  ...toolManipulationRules,
  ...taskHijackRules,
  ...addressedToAssistantRules,
  ...structureRules,
];

export type InjectionDetectOptions = { source: InjectionSource };

export type InjectionDetector = {
  detect(text: string, options: InjectionDetectOptions): InjectionResult;
};

/** Each further distinct rule of one family counts half as much as the one before: repetition is weak evidence. */
const familyDecay = 0.5;
/** A rule reports at most this many spans; enough for stripping, bounded for pathological input. */
const maxSpansPerRule = 8;

/**
 * Builds an offline, pattern-based screen for prompt injection. `detect` folds the text (case, width,
 * look-alike letters, invisible characters), runs weighted rules in English, German, French and Spanish plus
 * counted features, and combines the evidence: within a family a decayed noisy-OR over distinct rules,
 * across families a noisy-OR. The verdict compares that score with the source's thresholds.
 */
export function createInjectionDetector(settings: InjectionSettings = {}): InjectionDetector {
  const resolved = resolveInjectionSettings(settings);
  const languages = new Set<string>(resolved.languages);
  const enabled = (family: InjectionFamily) => resolved.families[family]?.enabled !== false;
  const multiplier = (family: InjectionFamily) => resolved.families[family]?.weight ?? 1;
  const custom: InjectionRule[] = resolved.customRules.map((custom) => ({
    id: custom.id,
    family: custom.family,
    language: "any",
    weight: custom.weight,
    pattern: custom.pattern,
    ...(custom.sources === undefined ? {} : { sources: custom.sources }),
  }));
  const rules = [...builtInInjectionRules, ...custom].filter(
    (rule) => enabled(rule.family) && (rule.language === "any" || languages.has(rule.language)),
  );
  const rulesFor: Record<InjectionSource, InjectionRule[]> = {
    shopper: rules.filter((rule) => rule.sources === undefined || rule.sources.includes("shopper")),
    retrieved: rules.filter((rule) => rule.sources === undefined || rule.sources.includes("retrieved")),
  };
  const allowList = resolved.allowList.map((phrase) => normalizeText(phrase).text);

  return {
    detect(text, options) {
      if (typeof text !== "string") throw new InvalidArgumentError({ argument: "text", message: "expected a string" });
      const source = options?.source;
      if (source !== "shopper" && source !== "retrieved") {
        throw new InvalidArgumentError({ argument: "source", message: `expected "shopper" or "retrieved", got ${String(source)}` });
      }
      if (text.length === 0) return { verdict: "allow", score: 0, signals: [] };

      const normalized = normalizeText(text);
      const allowed = allowedRanges(normalized.text, allowList).map(([start, end]) => originalSpan(normalized, start, end));
      const signals: InjectionSignal[] = [];
      for (const rule of rulesFor[source]) {
        const target = rule.matchOriginal === true ? text : normalized.text;
        let count = 0;
        for (const match of target.matchAll(rule.pattern)) {
          if (match[0].length === 0) continue;
          const end = match.index + match[0].length;
          const span = rule.matchOriginal === true ? { start: match.index, end } : originalSpan(normalized, match.index, end);
          signals.push({ family: rule.family, rule: rule.id, span, weight: rule.weight });
          if (++count >= maxSpansPerRule) break;
        }
      }
      for (const signal of structuralSignals(normalized)) if (enabled(signal.family)) signals.push(signal);
      // Only shoppers are expected to stay on shop topics; product texts and tool results always are.
      const offTopic = source === "shopper" && enabled("off-topic") ? offTopicCommand(normalized) : undefined;
      if (offTopic !== undefined) signals.push(offTopic);
      if (resolved.classifier !== undefined && enabled("classifier")) {
        const probability = resolved.classifier.score(text);
        if (probability >= 0.5) {
          signals.push({ family: "classifier", rule: "classifier.learned", span: { start: 0, end: text.length }, weight: probability * resolved.classifierWeight });
        }
      }

      const kept = signals
        .filter((signal) => !allowed.some((range) => signal.span.start >= range.start && signal.span.end <= range.end))
        .map((signal) => ({ ...signal, weight: Math.min(1, signal.weight * multiplier(signal.family)) }))
        .filter((signal) => signal.weight > 0)
        .sort((left, right) => left.span.start - right.span.start || right.weight - left.weight);
      const score = combine(kept);
      const thresholds = resolved.thresholds[source];
      const verdict: InjectionVerdict = score >= thresholds.block ? "block" : score >= thresholds.flag ? "flag" : "allow";
      return { verdict, score, signals: kept };
    },
  };
}

/**
 * Noisy-OR across families. Within a family, distinct rules count in decreasing weight, each decayed by its
 * rank; a signal overlapping a stronger one of the same family is the same evidence read twice (the French
 * and English rules both match "ignore … instructions") and does not count again.
 */
export function combine(signals: readonly InjectionSignal[]): number {
  const byFamily = new Map<InjectionFamily, InjectionSignal[]>();
  for (const signal of signals) {
    const list = byFamily.get(signal.family) ?? [];
    list.push(signal);
    byFamily.set(signal.family, list);
  }
  let clear = 1;
  for (const list of byFamily.values()) {
    const counted: InjectionSignal[] = [];
    const rules = new Set<string>();
    for (const signal of [...list].sort((left, right) => right.weight - left.weight)) {
      if (rules.has(signal.rule)) continue;
      if (counted.some((other) => signal.span.start < other.span.end && other.span.start < signal.span.end)) continue;
      counted.push(signal);
      rules.add(signal.rule);
    }
    let familyClear = 1;
    counted.forEach((signal, rank) => {
      familyClear *= 1 - signal.weight * familyDecay ** rank;
    });
    clear *= familyClear;
  }
  return Math.round((1 - clear) * 1e4) / 1e4;
}

function allowedRanges(folded: string, phrases: readonly string[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const phrase of phrases) {
    let from = folded.indexOf(phrase);
    while (from >= 0) {
      ranges.push([from, from + phrase.length]);
      from = folded.indexOf(phrase, from + phrase.length);
    }
  }
  return ranges;
}
