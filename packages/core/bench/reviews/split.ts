/**
 * The deterministic development / held-out split used for everything Aisle tunes on these data sets. Whole
 * products (clothing) or sentences (SemEval) go to one side by a hash of their id, so the split is the same
 * on any copy of a file, and a product's reviews never straddle the halves. The shipped weights are fitted on
 * the development side only; the held-out side is only ever scored.
 */
export type SplitPart = "dev" | "held-out";

export function splitPart(id: string): SplitPart {
  let hash = 0x811c9dc5;
  const key = `aisle-reviews:${id}`;
  for (let index = 0; index < key.length; index++) {
    hash ^= key.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 15;
  hash = Math.imul(hash, 0x2c1b3c6d);
  hash ^= hash >>> 12;
  return (hash & 1) === 0 ? "dev" : "held-out";
}
