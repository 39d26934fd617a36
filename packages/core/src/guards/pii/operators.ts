import { createHmac } from "node:crypto";
import { InvalidArgumentError } from "../../errors/invalid-argument-error";
import type { PiiVault } from "./pii-vault";
import { normaliseValue } from "./pii-vault";
import { placeholderLabel, type PiiEntityType, type PiiSpan } from "./pii-types";

export type PiiOperator =
  /** `[REDACTED]`, or the type label (`[EMAIL]`) with `label: "type"`. */
  | { type: "redact"; label?: "fixed" | "type"; text?: string }
  /** Replaces letters and digits with `character`, keeping the last `keepLast` (default 4 for cards, phones and IBANs). */
  | { type: "mask"; character?: string; keepLast?: number }
  /** `[EMAIL:3f9a1c0b2d4e]`: keyed HMAC-SHA256 of the normalised value, so equal values hash equally per key. */
  | { type: "hash"; key: string | Uint8Array; length?: number }
  /** `<EMAIL_1>`: reversible through the conversation's vault. */
  | { type: "pseudonymise"; vault: PiiVault };

/** One operator for every type, or one per type with a fallback. */
export type PiiOperators = PiiOperator | { byType: Partial<Record<PiiEntityType, PiiOperator>>; fallback: PiiOperator };

const keepLastByDefault = new Set<PiiEntityType>(["CREDIT_CARD", "PHONE_NUMBER", "IBAN_CODE"]);

function mask(span: PiiSpan, character: string, keepLast: number | undefined): string {
  const keep = keepLast ?? (keepLastByDefault.has(span.type) ? 4 : 0);
  let kept = 0;
  const characters = [...span.text];
  for (let index = characters.length - 1; index >= 0; index--) {
    const current = characters[index] as string;
    if (!/[\p{L}\p{N}]/u.test(current)) continue;
    if (kept < keep) kept++;
    else characters[index] = character;
  }
  return characters.join("");
}

export function applyOperator(span: PiiSpan, operator: PiiOperator): string {
  switch (operator.type) {
    case "redact":
      if (operator.text !== undefined) return operator.text;
      return operator.label === "type" ? `[${placeholderLabel(span.type)}]` : "[REDACTED]";
    case "mask":
      return mask(span, operator.character ?? "*", operator.keepLast);
    case "hash": {
      if (operator.key.length === 0) throw new InvalidArgumentError({ argument: "operator.key", message: "a hash key must not be empty" });
      const digest = createHmac("sha256", operator.key).update(`${span.type}\u0000${normaliseValue(span.type, span.text)}`).digest("hex");
      return `[${placeholderLabel(span.type)}:${digest.slice(0, operator.length ?? 12)}]`;
    }
    case "pseudonymise":
      return operator.vault.placeholderFor(span);
  }
}

function operatorFor(span: PiiSpan, operators: PiiOperators): PiiOperator {
  return "byType" in operators ? (operators.byType[span.type] ?? operators.fallback) : operators;
}

/** Replaces each span (non-overlapping, as `detect` returns them) with its operator's output. */
export function anonymizeText(text: string, spans: readonly PiiSpan[], operators: PiiOperators): string {
  let result = "";
  let position = 0;
  for (const span of [...spans].sort((left, right) => left.start - right.start)) {
    if (span.start < position) continue;
    result += text.slice(position, span.start) + applyOperator(span, operatorFor(span, operators));
    position = span.end;
  }
  return result + text.slice(position);
}
