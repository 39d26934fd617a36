import {
  genderedWords,
  nameFieldNames,
  protectedFieldNames,
  protectedTextPatterns,
  type ProtectedAttributeKind,
} from "./protected-attribute-lexicon";
import type { ShopperProfile } from "./recommend-types";

export type ProtectedAttributeFinding = {
  /** Where it was, e.g. `gender`, `demographics`, `notes[1]`; the value itself is never reported. */
  path: string;
  kind: ProtectedAttributeKind;
  /** `field`: the whole field was dropped for its name; `text`: words or clauses were cut from a text value. */
  via: "field" | "text";
};

export type StripProtectedAttributesOptions = {
  /**
   * Keep name and e-mail fields (their words are still cut from free text). Names imply gender and ethnicity,
   * so the default drops them; keep them only for a greeting, never for ranking.
   */
  keepNames?: boolean;
};

export type StrippedProfile = {
  /** A copy without protected fields, protected clauses in text, pronouns, honorifics and the shopper's name. */
  profile: ShopperProfile;
  removed: ProtectedAttributeFinding[];
};

/** Phrases that introduce a name: the clause goes, whatever the name is. */
const nameIntroductions = [
  "my name is|i am called|call me|mein name ist|ich heisse|ich heiße|je m'appelle|mon nom est|me llamo|mi nombre es",
];

const wordBoundaryPattern = (alternatives: readonly string[]) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "gu");

// One expression per lexicon line, so a longer phrase on one line ("female, 34") is not cut short by a word
// on another ("female").
const textPatterns: Array<{ kind: ProtectedAttributeKind; pattern: RegExp }> = [
  ...Object.entries(protectedTextPatterns).flatMap(([kind, lines]) =>
    lines.map((line) => ({ kind: kind as ProtectedAttributeKind, pattern: wordBoundaryPattern([line]) })),
  ),
  { kind: "name", pattern: wordBoundaryPattern(nameIntroductions) },
];

const genderedWordSet = new Set(genderedWords);

const fieldNamePhrases: Array<{ kind: ProtectedAttributeKind; words: string[] }> = Object.entries(protectedFieldNames).flatMap(
  ([kind, names]) => names.map((name) => ({ kind: kind as ProtectedAttributeKind, words: name.split(" ") })),
);
const nameFieldPhrases = nameFieldNames.map((name) => name.split(" "));

/** Lower case without accents, one output character per input code unit, so offsets carry over. */
export function foldAligned(text: string): string {
  let folded = "";
  for (const character of text) {
    const plain = character === "’" ? "'" : character.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
    // Keep the length of the original: a character that folds to several (ligatures) keeps its first.
    const replacement = plain.length === 0 ? " " : (plain[0] as string);
    folded += character.length === 2 ? `${replacement} ` : replacement;
  }
  return folded;
}

/** `dateOfBirth`, `date_of_birth`, `Date-Of-Birth` → ["date", "of", "birth"]. */
function keyWords(key: string): string[] {
  return foldAligned(key.replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, "$1 $2"))
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "");
}

const containsPhrase = (words: readonly string[], phrase: readonly string[]) => {
  for (let start = 0; start + phrase.length <= words.length; start++) {
    if (phrase.every((word, offset) => words[start + offset] === word)) return true;
  }
  return false;
};

const endsWithPhrase = (words: readonly string[], phrase: readonly string[]) =>
  words.length >= phrase.length && phrase.every((word, offset) => words[words.length - phrase.length + offset] === word);

function protectedFieldKind(key: string): ProtectedAttributeKind | undefined {
  const words = keyWords(key);
  return fieldNamePhrases.find((entry) => containsPhrase(words, entry.words))?.kind;
}

function isNameField(key: string): boolean {
  const words = keyWords(key);
  return nameFieldPhrases.some((phrase) => endsWithPhrase(words, phrase));
}

function isIdentifierField(key: string): boolean {
  const words = keyWords(key);
  const last = words.at(-1);
  return last === "id" || last === "ids" || last === "locale" || last === "currency" || last === "language";
}

export type ProtectedTextResult = { text: string; kinds: ProtectedAttributeKind[] };

type Segment = { start: number; end: number; separatorEnd: number };

const separatorPattern = /[.;!?\n\r]+\s*|,\s*|\s+(?:and|but|while|und|aber|et|mais|y|pero)\s+/giu;

function segments(text: string): Segment[] {
  const list: Segment[] = [];
  let start = 0;
  for (const match of text.matchAll(separatorPattern)) {
    const index = match.index;
    list.push({ start, end: index, separatorEnd: index + match[0].length });
    start = index + match[0].length;
  }
  list.push({ start, end: text.length, separatorEnd: text.length });
  return list;
}

const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/**
 * Cuts protected cues from free text: a clause that states or implies a protected attribute goes whole, so
 * "She is 34, loves oak" keeps "loves oak"; pronouns, honorifics and the given name tokens go as words.
 */
export function stripProtectedText(text: string, options: { nameTokens?: ReadonlySet<string> } = {}): ProtectedTextResult {
  const folded = foldAligned(text);
  const kinds = new Set<ProtectedAttributeKind>();
  const spans: Array<[number, number]> = [];
  for (const { kind, pattern } of textPatterns) {
    pattern.lastIndex = 0;
    for (const match of folded.matchAll(pattern)) {
      kinds.add(kind);
      spans.push([match.index, match.index + match[0].length]);
    }
  }
  const nameTokens = options.nameTokens ?? new Set<string>();
  let output = "";
  for (const segment of segments(text)) {
    if (spans.some(([start, end]) => start < segment.separatorEnd && end > segment.start && start < segment.end)) continue;
    const content = text.slice(segment.start, segment.end).replace(wordPattern, (word, offset: number) => {
      const lower = word.toLowerCase().replace(/['’]s$/u, "");
      if (genderedWordSet.has(lower)) {
        kinds.add("gender");
        return "";
      }
      const foldedWord = folded.slice(segment.start + offset, segment.start + offset + word.length).replace(/'s$/u, "");
      // A capitalised word is the name; "olive" in "the olive parka" is the colour, even for a shopper called Olive.
      const capitalised = /^\p{Lu}/u.test(word) || !/\p{Lu}/u.test(text);
      if (capitalised && nameTokens.has(foldedWord)) {
        kinds.add("name");
        return "";
      }
      return word;
    });
    if (content.trim() === "") continue;
    output += content + text.slice(segment.end, segment.separatorEnd);
  }
  const tidy = output
    .replace(/[ \t]+/g, " ")
    .replace(/\s+([,.;!?])/g, "$1")
    .replace(/([,;])\s*(?=[.;!?]|$)/g, "")
    .replace(/^[\s,.;!?]+/, "")
    .trim();
  return { text: tidy, kinds: [...kinds] };
}

/** Name tokens from the profile's name and e-mail fields, anywhere in it. */
function collectNameTokens(value: unknown, tokens: Set<string>, depth = 0): void {
  if (depth > 8 || typeof value !== "object" || value === null) return;
  for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
    if (isNameField(key)) {
      const texts = Array.isArray(entry) ? entry : [entry];
      for (const text of texts) {
        if (typeof text !== "string") continue;
        const person = text.includes("@") ? text.slice(0, text.indexOf("@")) : text;
        for (const word of foldAligned(person).split(/[^\p{L}]+/u)) if (word.length >= 2) tokens.add(word);
      }
    } else {
      collectNameTokens(entry, tokens, depth + 1);
    }
  }
}

/**
 * Removes protected attributes from a shopper profile before any personalisation prompt or ranking: fields
 * named for gender, age, birth date, ethnicity, race, religion, health, disability, pregnancy, sexual
 * orientation, marital status, nationality or demographics (in en/de/fr/es, at any depth); clauses in text
 * values (notes, tags, segments) that state or imply one; pronouns and honorifics; and by default names and
 * e-mail addresses, which imply gender and ethnicity. Returns a copy; the input is not changed.
 */
export function stripProtectedAttributes(profile: ShopperProfile, options: StripProtectedAttributesOptions = {}): StrippedProfile {
  const nameTokens = new Set<string>();
  collectNameTokens(profile, nameTokens);
  const removed: ProtectedAttributeFinding[] = [];

  const strip = (value: unknown, path: string, depth: number): unknown => {
    if (typeof value === "string") {
      const result = stripProtectedText(value, { nameTokens });
      for (const kind of result.kinds) removed.push({ path, kind, via: "text" });
      return result.text === "" ? undefined : result.text;
    }
    if (Array.isArray(value)) {
      return value
        .map((entry, index) => strip(entry, `${path}[${index}]`, depth + 1))
        .filter((entry) => entry !== undefined);
    }
    if (typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype && depth < 8) {
      const copy: Record<string, unknown> = {};
      for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
        const childPath = path === "" ? key : `${path}.${key}`;
        const kind = protectedFieldKind(key);
        if (kind !== undefined) {
          removed.push({ path: childPath, kind, via: "field" });
          continue;
        }
        if (isIdentifierField(key)) {
          // Ids and codes are opaque: cutting name tokens out of "cust-maya-okafor" would only break the id.
          copy[key] = entry;
          continue;
        }
        if (isNameField(key)) {
          if (!options.keepNames) {
            removed.push({ path: childPath, kind: "name", via: "field" });
            continue;
          }
          copy[key] = entry;
          continue;
        }
        const stripped = strip(entry, childPath, depth + 1);
        if (stripped !== undefined) copy[key] = stripped;
      }
      return copy;
    }
    return value;
  };

  return { profile: strip(profile, "", 0) as ShopperProfile, removed };
}
