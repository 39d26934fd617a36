import { isSentenceInitial } from "./fold-text";

export type SentenceSpan = { start: number; end: number };

// End punctuation, closing quotes or brackets, then the space before the next sentence.
const boundaryPattern = /[.!?…]+["'”’)\]]*[ \t]+(?=\S)|\n+/gu;

/**
 * Splits text into sentences; each span includes the spaces after it, so the spans cover the text. A dot
 * after an abbreviation or unit ("36 in. wide") does not end a sentence, nor does one before a lower-case
 * word.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (const match of text.matchAll(boundaryPattern)) {
    const end = match.index + match[0].length;
    if (!match[0].startsWith("\n") && !isSentenceInitial(text, end)) continue;
    if (!match[0].startsWith("\n") && /^\p{Ll}/u.test(text.slice(end, end + 1))) continue;
    spans.push({ start, end });
    start = end;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

/**
 * Where the complete sentences of a growing buffer end: every sentence but the last one, whose end is only
 * known once more text (or the end of the stream) arrives.
 */
export function completeSentencesEnd(buffer: string): number {
  const spans = splitSentences(buffer);
  if (spans.length <= 1) return 0;
  return (spans[spans.length - 2] as SentenceSpan).end;
}
