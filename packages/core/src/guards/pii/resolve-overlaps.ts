import type { PiiSpan } from "./pii-types";

/**
 * Keeps a set of non-overlapping spans: higher score first, then the longer span, then the earlier one.
 * Returned in text order.
 */
export function resolveOverlaps(spans: readonly PiiSpan[]): PiiSpan[] {
  const ranked = [...spans].sort(
    (left, right) => right.score - left.score || right.end - right.start - (left.end - left.start) || left.start - right.start,
  );
  const kept: PiiSpan[] = [];
  for (const candidate of ranked) {
    if (candidate.end <= candidate.start) continue;
    if (kept.some((existing) => candidate.start < existing.end && candidate.end > existing.start)) continue;
    kept.push(candidate);
  }
  return kept.sort((left, right) => left.start - right.start);
}
