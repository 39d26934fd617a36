import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../../errors/invalid-argument-error";
import { anonymizeText, applyOperator } from "./operators";
import { createPiiVault } from "./pii-vault";
import type { PiiSpan } from "./pii-types";

const text = "Card 4111 1111 1111 1111, mail jane@example.com, call +44 20 7946 0958";
const spans: PiiSpan[] = [
  { type: "CREDIT_CARD", start: 5, end: 24, text: "4111 1111 1111 1111", score: 0.95 },
  { type: "EMAIL_ADDRESS", start: 31, end: 47, text: "jane@example.com", score: 0.95 },
  { type: "PHONE_NUMBER", start: 54, end: 70, text: "+44 20 7946 0958", score: 0.85 },
];

describe("operators", () => {
  it("redact with a fixed text or the type label", () => {
    expect(anonymizeText(text, spans, { type: "redact" })).toBe("Card [REDACTED], mail [REDACTED], call [REDACTED]");
    expect(anonymizeText(text, spans, { type: "redact", label: "type" })).toBe("Card [CARD], mail [EMAIL], call [PHONE]");
  });

  it("mask keeps the last four of cards and phones and the separators", () => {
    expect(anonymizeText(text, spans, { type: "mask" })).toBe("Card **** **** **** 1111, mail ****@*******.***, call +** ** **** 0958");
    expect(applyOperator(spans[1] as PiiSpan, { type: "mask", keepLast: 3, character: "#" })).toBe("####@#######.com");
  });

  it("hash is keyed, short, stable for equal values and different across keys", () => {
    const first = applyOperator(spans[1] as PiiSpan, { type: "hash", key: "secret-1" });
    const again = applyOperator({ ...(spans[1] as PiiSpan), text: "JANE@example.com" }, { type: "hash", key: "secret-1" });
    const otherKey = applyOperator(spans[1] as PiiSpan, { type: "hash", key: "secret-2" });
    expect(first).toMatch(/^\[EMAIL:[0-9a-f]{12}\]$/);
    expect(again).toBe(first);
    expect(otherKey).not.toBe(first);
    expect(() => applyOperator(spans[1] as PiiSpan, { type: "hash", key: "" })).toThrow(InvalidArgumentError);
  });

  it("pseudonymise uses the vault and per-type operators can be mixed", () => {
    const vault = createPiiVault();
    const result = anonymizeText(text, spans, { byType: { CREDIT_CARD: { type: "mask" } }, fallback: { type: "pseudonymise", vault } });
    expect(result).toBe("Card **** **** **** 1111, mail <EMAIL_1>, call <PHONE_1>");
    expect(vault.restore(result)).toBe("Card **** **** **** 1111, mail jane@example.com, call +44 20 7946 0958");
  });
});
