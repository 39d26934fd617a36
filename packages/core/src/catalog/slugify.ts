/**
 * URL-safe slug: accents folded, lower case, letters and digits of any script kept, everything else a single
 * hyphen. Non-Latin headings keep their letters instead of collapsing to an empty slug.
 */
export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const hyphen = cut.lastIndexOf("-");
  return hyphen > maxLength / 2 ? cut.slice(0, hyphen) : cut.replace(/-+$/, "");
}
