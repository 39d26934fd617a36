import { createInjectionDetector, type InjectionDetector } from "./injection-detector";
import type { InjectionFamily, InjectionResult, InjectionSpan } from "./injection-types";

export type StripInjectionsOptions = {
  /** The detector to use; a default one (all languages, default thresholds) when absent. */
  detector?: InjectionDetector;
  /** What replaces each removed sentence. */
  replacement?: string;
};

export type StripInjectionsResult = {
  text: string;
  /** Ranges of the input that were removed, merged and in order. */
  removed: InjectionSpan[];
  /** The detection the stripping was based on. */
  detection: InjectionResult;
};

/** Counted features and a classifier's vote say "this looks like a prompt", not which sentence: nothing to cut. */
const notStripped = new Set<InjectionFamily>(["structure", "off-topic", "classifier"]);
const invisibleCharacters = /[\u200B-\u200F\u2060\u202A-\u202E\u2066-\u2069\uFEFF\u00AD\u180E]|\uDB40[\uDC00-\uDC7F]/g;

let defaultDetector: InjectionDetector | undefined;

/**
 * Removes instructions from retrieved content (product descriptions, reviews, tool results) so the rest can
 * still be used. Every sentence holding a signal is cut whole, because half an instruction is still an
 * instruction; hidden characters are dropped once anything was found. Text the detector allows comes back
 * unchanged.
 */
export function stripInjections(text: string, options: StripInjectionsOptions = {}): string {
  return stripInjectionsWithDetails(text, options).text;
}

export function stripInjectionsWithDetails(text: string, options: StripInjectionsOptions = {}): StripInjectionsResult {
  const detector = options.detector ?? (defaultDetector ??= createInjectionDetector());
  const replacement = options.replacement ?? "[removed]";
  const detection = detector.detect(text, { source: "retrieved" });
  if (detection.verdict === "allow") return { text, removed: [], detection };

  const ranges = detection.signals
    .filter((signal) => !notStripped.has(signal.family))
    .map((signal) => sentenceAround(text, signal.span))
    .sort((left, right) => left.start - right.start);
  const removed: InjectionSpan[] = [];
  for (const range of ranges) {
    const last = removed[removed.length - 1];
    if (last !== undefined && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else removed.push({ ...range });
  }
  let result = "";
  let position = 0;
  for (const range of removed) {
    result += text.slice(position, range.start) + replacement;
    position = range.end;
  }
  result += text.slice(position);
  return { text: result.replace(invisibleCharacters, ""), removed, detection };
}

/** The sentence (or line) holding `span`, without the whitespace around it. */
function sentenceAround(text: string, span: InjectionSpan): InjectionSpan {
  let start = span.start;
  while (start > 0) {
    const previous = text[start - 1] as string;
    if (previous === "\n") break;
    if (/[.!?]/.test(previous) && start < text.length && /\s/.test(text[start] as string)) break;
    start--;
  }
  let end = Math.max(span.end, start);
  while (end < text.length) {
    const char = text[end] as string;
    if (char === "\n") break;
    end++;
    if (/[.!?]/.test(char) && (end === text.length || /\s/.test(text[end] as string))) break;
  }
  while (start < end && /\s/.test(text[start] as string)) start++;
  return { start, end };
}
