/**
 * Cuts context text into the units an extractive answer is built from: sentences of prose, list items,
 * "Key: value" lines and table rows. A line that introduces a short list ("We accept:") keeps its items,
 * because the intro alone answers nothing.
 */

export type TextUnitKind = "sentence" | "item" | "field" | "list";

export type TextUnit = {
  kind: TextUnitKind;
  /** The unit as it appears in the answer (list markers removed, a list rendered one item per line). */
  text: string;
  /** For "Key: value" lines. */
  key?: string;
  value?: string;
  /** The nearest heading above the unit, which tells what the unit is about. */
  heading?: string;
  /** Order within the text, for putting chosen units back in reading order. */
  position: number;
};

const listMarker = /^\s*(?:[-*•·▪–]|\d{1,2}[.)])\s+/;
const headingMarker = /^\s{0,3}#{1,6}\s+/;
const fieldLine = /^([\p{L}][\p{L}\p{N} ()/&'’-]{0,40}?)\s*:\s+(\S.*)$/u;
const tableRow = /^\s*\|.*\|\s*$/;
const tableRule = /^\s*\|?\s*:?-{3,}/;

/** Most items merged into the line that introduces them; longer lists stay item by item. */
const maximumMergedItems = 12;
const maximumMergedCharacters = 600;

/** Words followed by a period that do not end a sentence (folded, without the period). */
const abbreviations = new Set(
  `mr mrs ms dr prof st nr vs approx ca bzw usw inkl zzgl evtl ggf max min tel fig art cf ex vol incl excl
  dept mme mlle sr sra srta dña ud uds pág aprox`
    .split(/\s+/)
    .filter((word) => word !== ""),
);

export function splitIntoUnits(text: string): TextUnit[] {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const units: TextUnit[] = [];
  let heading: string | undefined;
  let paragraph: string[] = [];
  let index = 0;

  const push = (unit: Omit<TextUnit, "position" | "heading">) => {
    units.push({ ...unit, ...(heading === undefined ? {} : { heading }), position: units.length });
  };
  const flushParagraph = () => {
    if (paragraph.length === 0) return;
    for (const sentence of splitSentences(paragraph.join(" "))) pushSentenceOrField(sentence, push);
    paragraph = [];
  };

  while (index < lines.length) {
    const line = (lines[index] as string).trim();
    const next = lines[index + 1]?.trim() ?? "";
    if (line === "") {
      flushParagraph();
      index++;
      continue;
    }
    if (headingMarker.test(line)) {
      flushParagraph();
      heading = line.replace(headingMarker, "").replace(/#+$/, "").trim();
      index++;
      continue;
    }
    if (tableRow.test(line)) {
      flushParagraph();
      if (!tableRule.test(line)) {
        const cells = line.split("|").map((cell) => cell.trim()).filter((cell) => cell !== "");
        if (cells.length > 0) push({ kind: "item", text: cells.join(" | ") });
      }
      index++;
      continue;
    }
    if (listMarker.test(line)) {
      flushParagraph();
      push(itemUnit(line.replace(listMarker, "")));
      index++;
      continue;
    }
    // A line ending in a colon followed by list items introduces them: keep them together when short.
    if (line.endsWith(":") && listMarker.test(next)) {
      flushParagraph();
      const items: string[] = [];
      let cursor = index + 1;
      while (cursor < lines.length && listMarker.test(lines[cursor] as string)) {
        items.push((lines[cursor] as string).trim().replace(listMarker, ""));
        cursor++;
      }
      const length = items.reduce((sum, item) => sum + item.length, line.length);
      if (items.length <= maximumMergedItems && length <= maximumMergedCharacters) {
        push({ kind: "list", text: [line, ...items.map((item) => `- ${item}`)].join("\n") });
      } else {
        const introHeading = heading;
        heading = line.slice(0, -1);
        push({ kind: "sentence", text: line });
        for (const item of items) push(itemUnit(item));
        heading = introHeading;
      }
      index = cursor;
      continue;
    }
    if (fieldLine.test(line) && isShortKey(line)) {
      flushParagraph();
      // "City: Hamburg. Which carrier ships?" is a field followed by a sentence of its own.
      for (const sentence of splitSentences(line)) pushSentenceOrField(sentence, push);
      index++;
      continue;
    }
    // A short line without closing punctuation, directly followed by text, reads as a heading.
    if (next !== "" && isHeadingLike(line) && !listMarker.test(next)) {
      flushParagraph();
      heading = line;
      index++;
      continue;
    }
    paragraph.push(line);
    index++;
  }
  flushParagraph();
  return units;
}

function itemUnit(text: string): Omit<TextUnit, "position" | "heading"> {
  const field = fieldLine.exec(text);
  if (field !== null && isShortKey(text)) {
    return { kind: "item", text, key: (field[1] as string).trim(), value: (field[2] as string).trim() };
  }
  return { kind: "item", text };
}

function pushSentenceOrField(sentence: string, push: (unit: Omit<TextUnit, "position" | "heading">) => void) {
  const field = fieldLine.exec(sentence);
  if (field !== null && isShortKey(sentence)) {
    push({ kind: "field", text: sentence, key: (field[1] as string).trim(), value: (field[2] as string).trim() });
  } else {
    push({ kind: "sentence", text: sentence });
  }
}

function isShortKey(line: string): boolean {
  const key = line.slice(0, line.indexOf(":"));
  return key.trim().split(/\s+/).length <= 5;
}

function isHeadingLike(line: string): boolean {
  return line.length <= 80 && line.split(/\s+/).length <= 8 && !/[.!?:;,]$/.test(line);
}

/**
 * Splits prose at sentence ends: terminal punctuation, optional closing quotes, whitespace, then something
 * that can start a sentence. Abbreviations ("z.B.", "e.g.", "Nr."), initials and German ordinal dates
 * ("15. März") do not end one.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  const boundary = /([.!?…]+)(["'»”’)\]]*)(\s+)(?=[\p{Lu}\p{N}¿¡"“«'(<*])/gu;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const end = (match.index ?? 0) + (match[1] as string).length + (match[2] as string).length;
    if ((match[1] as string) === "." && !endsSentence(text.slice(start, match.index))) continue;
    const sentence = text.slice(start, end).trim();
    if (sentence !== "") sentences.push(sentence);
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest !== "") sentences.push(rest);
  return sentences;
}

function endsSentence(before: string): boolean {
  const lastWord = /(\S+)$/.exec(before)?.[1] ?? "";
  if (lastWord === "") return true;
  // "z.B", "e.g", "U.S": dotted abbreviations.
  if (/\p{L}\.\p{L}/u.test(lastWord)) return false;
  const bare = lastWord.replace(/^[("'“«¿¡]+/, "").toLowerCase();
  if (/^\p{L}$/u.test(bare)) return false;
  if (abbreviations.has(bare)) return false;
  // German and Spanish ordinals in dates ("bis zum 15. März").
  if (/^\d{1,2}$/.test(bare)) return false;
  return true;
}
