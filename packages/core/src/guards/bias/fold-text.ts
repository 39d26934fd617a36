/**
 * Lower-cases the text and unifies apostrophes, hyphens and spaces without changing its length, so an offset
 * found in the folded text is the same offset in the original. A character whose lower case is longer (the
 * Turkish dotted capital I) is kept as it is.
 */
export function foldText(text: string): string {
  let folded = "";
  for (let index = 0; index < text.length; index++) {
    const character = text[index] as string;
    const replacement = foldedCharacters.get(character);
    if (replacement !== undefined) {
      folded += replacement;
      continue;
    }
    const lower = character.toLowerCase();
    folded += lower.length === 1 ? lower : character;
  }
  return folded;
}

const foldedCharacters = new Map<string, string>([
  ["\u2019", "'"],
  ["\u2018", "'"],
  ["\u02bc", "'"],
  ["\u2032", "'"],
  ["\u2010", "-"],
  ["\u2011", "-"],
  ["\u00ad", "-"],
  ["\u00a0", " "],
  ["\u202f", " "],
  ["\u2009", " "],
]);

const wordCharacter = /[\p{L}\p{N}\p{M}]/u;

/** Whether the character at `index` is part of a word (letters, digits, combining marks). */
export function isWordCharacterAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  return wordCharacter.test(text[index] as string);
}

/** Upper-cases the first letter of each suggestion when the flagged text starts with a capital. */
export function matchCase(flagged: string, suggestions: readonly string[]): string[] {
  const first = flagged.charAt(0);
  const capitalised = first !== first.toLowerCase() && first === first.toUpperCase();
  if (!capitalised) return [...suggestions];
  return suggestions.map((suggestion) => suggestion.charAt(0).toUpperCase() + suggestion.slice(1));
}
