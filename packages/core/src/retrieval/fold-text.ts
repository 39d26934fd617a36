/**
 * Lower-cases and removes diacritics so that "Rücksendung" meets "rucksendung" and "envío" meets "envio".
 * Letters that decompose to no base letter under NFKD (ß, æ, œ, ø, ł, đ, þ) are spelled out first.
 */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  // Plain ASCII is the common case in catalogs; it needs no Unicode normalisation.
  if (!/[^\u0000-\u007f]/.test(lower)) return lower;
  return lower
    .replaceAll("ß", "ss")
    .replaceAll("æ", "ae")
    .replaceAll("œ", "oe")
    .replaceAll("ø", "o")
    .replaceAll("ł", "l")
    .replaceAll("đ", "d")
    .replaceAll("þ", "th")
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "");
}
