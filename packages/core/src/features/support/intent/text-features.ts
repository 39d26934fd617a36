/**
 * Sparse hashed features for short customer messages: folded word unigrams and bigrams (lightly stemmed) and
 * character n-grams inside each word. The character n-grams are what keep a typo ("cancle my ordr") close to
 * the clean spelling; the word features carry the phrase-level meaning.
 */

export type FeatureOptions = {
  /** Shortest and longest character n-gram taken inside each space-padded word. */
  characterNgramMin: number;
  characterNgramMax: number;
  /** Weight of one word feature relative to one character n-gram before the vector is L2-normalised. */
  wordWeight: number;
  characterWeight: number;
};

/** A reusable buffer of feature hashes and values, so extraction allocates nothing per message. */
export class FeatureBuffer {
  hashes: Int32Array;
  values: Float32Array;
  length = 0;

  constructor(capacity = 512) {
    this.hashes = new Int32Array(capacity);
    this.values = new Float32Array(capacity);
  }

  push(hash: number, value: number): void {
    if (this.length === this.hashes.length) this.grow();
    this.hashes[this.length] = hash;
    this.values[this.length] = value;
    this.length++;
  }

  private grow(): void {
    const hashes = new Int32Array(this.hashes.length * 2);
    hashes.set(this.hashes);
    const values = new Float32Array(this.values.length * 2);
    values.set(this.values);
    this.hashes = hashes;
    this.values = values;
  }
}

const fnvOffset = 0x811c9dc5;
const fnvPrime = 0x01000193;
// Distinct starting states keep a word, a bigram and a character n-gram with the same letters apart.
const wordSeed = hashCodeUnit(fnvOffset, 0x77);
const bigramSeed = hashCodeUnit(fnvOffset, 0x62);
const characterSeed = hashCodeUnit(fnvOffset, 0x63);

function hashCodeUnit(hash: number, codeUnit: number): number {
  return Math.imul(hash ^ codeUnit, fnvPrime);
}

function hashString(seed: number, text: string): number {
  let hash = seed;
  for (let index = 0; index < text.length; index++) hash = hashCodeUnit(hash, text.charCodeAt(index));
  return hash;
}

/** A final avalanche step, because FNV of two hashes combined leaves the low bits weakly mixed. */
function mix(hash: number): number {
  let value = hash ^ (hash >>> 16);
  value = Math.imul(value, 0x85ebca6b);
  value ^= value >>> 13;
  value = Math.imul(value, 0xc2b2ae35);
  return value ^ (value >>> 16);
}

const combiningMarks = /\p{M}+/gu;
const apostrophes = /['’`´]/g;
const digitRuns = /\p{Nd}+/gu;
const nonWord = /[^\p{L}\p{N}]+/gu;

/**
 * Case and accent folding: "Rückgabe" and "ruckgabe", "¿Dónde está?" and "donde esta" become the same
 * words. Apostrophes join ("don't" → "dont") so the contraction stays one word, and every number becomes
 * one placeholder: an order number says "this is about an order", its digits say nothing about intent.
 */
export function normalizeText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(combiningMarks, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(apostrophes, "")
    .replace(digitRuns, "0")
    .replace(nonWord, " ")
    .trim();
}

/**
 * A deliberately light English suffix stripper (plurals, -ing, -ed, -ly). Heavier stemmers conflate words
 * that intents need apart; the character n-grams already bridge most other inflections, in every language.
 */
export function stemWord(word: string): string {
  const length = word.length;
  if (length <= 3) return word;
  if (word.endsWith("ies") && length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith("sses")) return word.slice(0, -2);
  if (word.endsWith("ing") && length > 5) return word.slice(0, -3);
  if (word.endsWith("ed") && length > 4) return word.slice(0, -2);
  if (word.endsWith("ly") && length > 5) return word.slice(0, -2);
  if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) return word.slice(0, -1);
  return word;
}

/**
 * Writes the L2-normalised feature vector of `text` into `buffer` (cleared first). Repeated features stay as
 * separate entries: a linear model sums them, so the result equals the merged count vector.
 */
export function extractFeatures(text: string, options: FeatureOptions, buffer: FeatureBuffer): void {
  buffer.length = 0;
  const normalized = normalizeText(text);
  if (normalized.length === 0) return;
  const { characterNgramMin, characterNgramMax, wordWeight, characterWeight } = options;

  let previousStemHash = 0;
  let hasPrevious = false;
  let wordStart = 0;
  for (let index = 0; index <= normalized.length; index++) {
    if (index < normalized.length && normalized.charCodeAt(index) !== 0x20) continue;
    if (index > wordStart) {
      const word = normalized.slice(wordStart, index);
      const stemHash = hashString(wordSeed, stemWord(word));
      buffer.push(mix(stemHash), wordWeight);
      if (hasPrevious) buffer.push(mix(Math.imul(previousStemHash ^ bigramSeed, fnvPrime) ^ stemHash), wordWeight);
      previousStemHash = stemHash;
      hasPrevious = true;
      pushCharacterNgrams(normalized, wordStart, index, characterNgramMin, characterNgramMax, characterWeight, buffer);
    }
    wordStart = index + 1;
  }

  let squaredNorm = 0;
  for (let index = 0; index < buffer.length; index++) {
    const value = buffer.values[index] as number;
    squaredNorm += value * value;
  }
  const scale = 1 / Math.sqrt(squaredNorm);
  for (let index = 0; index < buffer.length; index++) buffer.values[index] = (buffer.values[index] as number) * scale;
}

/** N-grams of " word " read straight from the string, so no padded substring is ever built. */
function pushCharacterNgrams(
  text: string,
  start: number,
  end: number,
  minimum: number,
  maximum: number,
  weight: number,
  buffer: FeatureBuffer,
): void {
  // Positions run over the padded word: -1 and `end` stand for the boundary spaces.
  for (let first = start - 1; first < end; first++) {
    let hash = characterSeed;
    for (let size = 1; size <= maximum; size++) {
      const position = first + size - 1;
      if (position > end) break;
      const codeUnit = position < start || position === end ? 0x20 : text.charCodeAt(position);
      hash = hashCodeUnit(hash, codeUnit);
      if (size >= minimum) buffer.push(mix(hash), weight);
    }
  }
}
