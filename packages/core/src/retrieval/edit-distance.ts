/**
 * Whether `a` and `b` are at most one edit apart: one insertion, deletion, substitution or swap of two
 * neighbouring letters (the common typing slips). Linear time, no allocation.
 */
export function withinOneEdit(a: string, b: string): boolean {
  const lengthDifference = a.length - b.length;
  if (lengthDifference > 1 || lengthDifference < -1) return false;
  const [longer, shorter] = lengthDifference >= 0 ? [a, b] : [b, a];
  let index = 0;
  while (index < shorter.length && longer.charCodeAt(index) === shorter.charCodeAt(index)) index++;
  if (index === shorter.length) return true;
  if (longer.length !== shorter.length) return tailsEqual(longer, index + 1, shorter, index);
  if (tailsEqual(longer, index + 1, shorter, index + 1)) return true;
  return (
    index + 1 < longer.length &&
    longer.charCodeAt(index) === shorter.charCodeAt(index + 1) &&
    longer.charCodeAt(index + 1) === shorter.charCodeAt(index) &&
    tailsEqual(longer, index + 2, shorter, index + 2)
  );
}

function tailsEqual(a: string, aStart: number, b: string, bStart: number): boolean {
  if (a.length - aStart !== b.length - bStart) return false;
  for (let offset = 0; aStart + offset < a.length; offset++) {
    if (a.charCodeAt(aStart + offset) !== b.charCodeAt(bStart + offset)) return false;
  }
  return true;
}
