/**
 * Folds text for pattern matching while remembering where each folded character came from, so signals
 * report spans in the caller's text. Folding: lower case, NFKC (fullwidth and styled letters become plain),
 * curly quotes straightened, Latin look-alikes from Cyrillic and Greek mapped to Latin, invisible format
 * characters removed, whitespace runs collapsed (a run with a line break becomes one `\n`).
 */
export type NormalizedText = {
  original: string;
  text: string;
  /** `offsets[i]` is the index in the original of folded character `i`; `offsets[text.length]` is its length. */
  offsets: Int32Array;
  /** Invisible characters dropped, by kind, with the first position of each kind. */
  invisible: { zeroWidth: number; bidi: number; tag: number; firstAt: number };
  /** Letters replaced by their Latin look-alike inside otherwise Latin words, and where the first one was. */
  homoglyphs: number;
  firstHomoglyphAt: number;
};

const quoteMap: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201B": "'",
  "\u2032": "'",
  "\u00B4": "'",
  "`": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"',
  "\u201F": '"',
  "\u2033": '"',
  "\u00AB": '"',
  "\u00BB": '"',
};

/** Cyrillic and Greek letters that render like Latin ones; attackers swap them in to dodge keyword rules. */
const confusables: Record<string, string> = {
  "\u0430": "a", "\u0435": "e", "\u043E": "o", "\u0440": "p", "\u0441": "c", "\u0443": "y", "\u0445": "x",
  "\u0456": "i", "\u0458": "j", "\u0455": "s", "\u04CF": "l", "\u0501": "d", "\u051B": "q", "\u051D": "w",
  "\u03BF": "o", "\u03B1": "a", "\u03B5": "e", "\u03B9": "i", "\u03BA": "k", "\u03BD": "v", "\u03C1": "p",
  "\u03C4": "t", "\u03C5": "u", "\u03C7": "x",
};

const isZeroWidth = (code: number) =>
  code === 0x200b || code === 0x200c || code === 0x200d || code === 0x2060 || code === 0xfeff || code === 0x00ad || code === 0x180e;
const isBidiControl = (code: number) => (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) || code === 0x200e || code === 0x200f;
const isTagCharacter = (code: number) => code >= 0xe0000 && code <= 0xe007f;
const isLatinLetter = (char: string | undefined) => char !== undefined && /[a-z]/i.test(char);

export function normalizeText(original: string): NormalizedText {
  const invisible = { zeroWidth: 0, bidi: 0, tag: 0, firstAt: -1 };
  const out: string[] = [];
  const offsets: number[] = [];
  let homoglyphs = 0;
  let firstHomoglyphAt = -1;
  let pendingSpace: " " | "\n" | undefined;
  let pendingAt = 0;

  const emit = (value: string, at: number) => {
    if (pendingSpace !== undefined) {
      if (out.length > 0) {
        out.push(pendingSpace);
        offsets.push(pendingAt);
      }
      pendingSpace = undefined;
    }
    for (const char of value) {
      out.push(char);
      offsets.push(at);
    }
  };

  let index = 0;
  while (index < original.length) {
    const code = original.codePointAt(index) as number;
    const width = code > 0xffff ? 2 : 1;
    const char = original.slice(index, index + width);
    if (char === "\n" || char === "\r" || char === " " || char === "\t" || char === "\f" || char === "\v" || (code >= 0x80 && /\s/u.test(char))) {
      if (pendingSpace === undefined) pendingAt = index;
      pendingSpace = char === "\n" || char === "\r" || pendingSpace === "\n" ? "\n" : " ";
      index += width;
      continue;
    }
    if (code < 0x80) {
      emit(char.toLowerCase(), index);
      index += width;
      continue;
    }
    if (isZeroWidth(code) || isBidiControl(code) || isTagCharacter(code)) {
      // Joiners between emoji or in scripts that need them are ordinary; inside a Latin word they hide it.
      // Marks and isolates are routine in right-to-left text; overrides that reorder what is shown are not.
      const ordinary = isZeroWidth(code)
        ? !isLatinLetter(original[index - 1]) || !isLatinLetter(original[index + width])
        : isBidiControl(code) && !(code >= 0x202a && code <= 0x202e);
      if (ordinary) {
        index += width;
        continue;
      }
      if (isZeroWidth(code)) invisible.zeroWidth++;
      else if (isBidiControl(code)) invisible.bidi++;
      else invisible.tag++;
      if (invisible.firstAt < 0) invisible.firstAt = index;
      index += width;
      continue;
    }
    const quote = quoteMap[char];
    if (quote !== undefined) {
      emit(quote, index);
      index += width;
      continue;
    }
    const lower = char.normalize("NFKC").toLowerCase();
    const latin = confusables[lower];
    if (latin !== undefined && (isLatinLetter(original[index - 1]) || isLatinLetter(original[index + width]))) {
      homoglyphs++;
      if (firstHomoglyphAt < 0) firstHomoglyphAt = index;
      emit(latin, index);
    } else {
      emit(lower, index);
    }
    index += width;
  }
  offsets.push(original.length);
  return { original, text: out.join(""), offsets: Int32Array.from(offsets), invisible, homoglyphs, firstHomoglyphAt };
}

/** Maps a span of the folded text back to the original text. */
export function originalSpan(normalized: NormalizedText, start: number, end: number): { start: number; end: number } {
  const from = normalized.offsets[start] ?? 0;
  if (end <= start) return { start: from, end: from };
  const last = normalized.offsets[end - 1] ?? from;
  const lastCode = normalized.original.codePointAt(last) ?? 0;
  return { start: from, end: last + (lastCode > 0xffff ? 2 : 1) };
}
