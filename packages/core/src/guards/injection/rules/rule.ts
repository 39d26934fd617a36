import type { InjectionFamily, InjectionLanguage, InjectionSource } from "../injection-types";

/**
 * One weighted pattern. Patterns run on folded text (lower case, NFKC, straight quotes, single spaces) unless
 * `matchOriginal` is set, and use bounded gaps (`[^.!?\n]{0,40}`) so a rule stays inside one sentence and
 * cannot backtrack badly.
 */
export type InjectionRule = {
  id: string;
  family: InjectionFamily;
  language: InjectionLanguage | "any";
  weight: number;
  pattern: RegExp;
  /** Sources the rule applies to; both when absent. */
  sources?: readonly InjectionSource[];
  /** Match the caller's text as written (case-sensitive markers such as `DAN`). */
  matchOriginal?: boolean;
};

type RuleOptions = Pick<InjectionRule, "sources" | "matchOriginal">;

export function rule(
  id: string,
  family: InjectionFamily,
  language: InjectionRule["language"],
  weight: number,
  pattern: RegExp,
  options: RuleOptions = {},
): InjectionRule {
  const flags = new Set([...pattern.flags, "g", "u"]);
  flags.delete("y");
  return { id, family, language, weight, pattern: new RegExp(pattern.source, [...flags].join("")), ...options };
}

/** Words are separated by one space after folding; `_` between words allows a short gap inside a sentence. */
export const gap = (max: number) => `[^.!?\\n]{0,${max}}?`;

/** For rules about what a shopper asks of the assistant; product copy says "write your own story" and "clear your mind" harmlessly. */
export const shopperOnly = { sources: ["shopper"] as const } satisfies RuleOptions;
