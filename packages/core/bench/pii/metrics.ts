import type { GoldSpan, LabelledRecord } from "./load-data";

/** A prediction after mapping the engine's own type to a Presidio label (or OTHER). */
export type Prediction = { label: string; start: number; end: number };

export const structuredLabels = ["EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "US_SSN", "ZIP_CODE", "DOMAIN_NAME"] as const;
export const unstructuredLabels = ["PERSON", "STREET_ADDRESS", "GPE", "ORGANIZATION", "DATE_TIME", "AGE", "TITLE", "NRP"] as const;
export type Group = "structured" | "unstructured";

/**
 * Which gold labels a predicted label may claim. Identity everywhere, plus the address family: an address
 * span that hides its postcode, town or country hides them all, a postcode or a town predicted inside an
 * address labelled as one span hides part of that address. Anything else (order numbers, tracking numbers,
 * a peer's passwords or generic digit runs) has no compatible gold label.
 */
export const compatibleGold: Record<string, readonly string[]> = {
  STREET_ADDRESS: ["STREET_ADDRESS", "ZIP_CODE", "GPE"],
  ZIP_CODE: ["ZIP_CODE", "STREET_ADDRESS"],
  GPE: ["GPE", "STREET_ADDRESS"],
};

function compatible(predicted: string, gold: string): boolean {
  return (compatibleGold[predicted] ?? [predicted]).includes(gold);
}

/** Gold group by label; predictions of labels outside both lists are structured identifiers. */
export function groupOf(label: string): Group | undefined {
  if ((structuredLabels as readonly string[]).includes(label)) return "structured";
  if ((unstructuredLabels as readonly string[]).includes(label)) return "unstructured";
  return undefined;
}

function predictionGroup(label: string): Group {
  return groupOf(label) ?? "structured";
}

function overlap(left: { start: number; end: number }, right: { start: number; end: number }): number {
  return Math.max(0, Math.min(left.end, right.end) - Math.max(left.start, right.start));
}

export type Counts = { truePositives: number; predicted: number; found: number; gold: number };
export type Scores = { precision: number; recall: number; f1: number; f2: number; support: number; predicted: number };

function emptyCounts(): Counts {
  return { truePositives: 0, predicted: 0, found: 0, gold: 0 };
}

/**
 * A gold span is found when predictions of compatible labels together cover at least half of its
 * characters. A prediction is correct when it overlaps a compatible gold span by at least half of the
 * shorter of the two.
 */
export function score(records: readonly LabelledRecord[], predictions: readonly Prediction[][]): {
  byLabel: Map<string, Counts>;
  byGroup: Map<Group, Counts>;
} {
  const byLabel = new Map<string, Counts>();
  const byGroup = new Map<Group, Counts>([
    ["structured", emptyCounts()],
    ["unstructured", emptyCounts()],
  ]);
  const counts = (label: string) => {
    let entry = byLabel.get(label);
    if (entry === undefined) byLabel.set(label, (entry = emptyCounts()));
    return entry;
  };
  records.forEach((record, index) => {
    const predicted = predictions[index] ?? [];
    for (const gold of record.spans) {
      const group = groupOf(gold.type);
      const covered = coveredCharacters(gold, predicted.filter((prediction) => compatible(prediction.label, gold.type)));
      const found = covered * 2 >= gold.end - gold.start ? 1 : 0;
      counts(gold.type).gold++;
      counts(gold.type).found += found;
      if (group !== undefined) {
        (byGroup.get(group) as Counts).gold++;
        (byGroup.get(group) as Counts).found += found;
      }
    }
    for (const prediction of predicted) {
      const correct = record.spans.some(
        (gold) =>
          compatible(prediction.label, gold.type) &&
          overlap(prediction, gold) * 2 >= Math.min(prediction.end - prediction.start, gold.end - gold.start),
      )
        ? 1
        : 0;
      counts(prediction.label).predicted++;
      counts(prediction.label).truePositives += correct;
      const group = byGroup.get(predictionGroup(prediction.label)) as Counts;
      group.predicted++;
      group.truePositives += correct;
    }
  });
  return { byLabel, byGroup };
}

function coveredCharacters(gold: GoldSpan, predictions: readonly Prediction[]): number {
  let covered = 0;
  for (let position = gold.start; position < gold.end; position++) {
    if (predictions.some((prediction) => prediction.start <= position && position < prediction.end)) covered++;
  }
  return covered;
}

function fBeta(precision: number, recall: number, beta: number): number {
  const squared = beta * beta;
  const denominator = squared * precision + recall;
  return denominator === 0 ? 0 : ((1 + squared) * precision * recall) / denominator;
}

export function toScores(counts: Counts): Scores {
  const precision = counts.predicted === 0 ? 0 : counts.truePositives / counts.predicted;
  const recall = counts.gold === 0 ? 0 : counts.found / counts.gold;
  return { precision, recall, f1: fBeta(precision, recall, 1), f2: fBeta(precision, recall, 2), support: counts.gold, predicted: counts.predicted };
}

export function percentile(values: readonly number[], fraction: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] as number;
}
