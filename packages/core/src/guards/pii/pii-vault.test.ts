import { describe, expect, it } from "vitest";
import { delay } from "../../util/delay";
import { createPiiDetector } from "./pii-detector";
import { anonymizeText } from "./operators";
import { createPiiVault } from "./pii-vault";

describe("PII vault", () => {
  it("gives the same value the same placeholder and numbers each type separately", () => {
    const vault = createPiiVault();
    expect(vault.placeholderFor({ type: "EMAIL_ADDRESS", text: "a@example.com" })).toBe("<EMAIL_1>");
    expect(vault.placeholderFor({ type: "PERSON", text: "Ana Ruiz" })).toBe("<PERSON_1>");
    expect(vault.placeholderFor({ type: "EMAIL_ADDRESS", text: "b@example.com" })).toBe("<EMAIL_2>");
    expect(vault.placeholderFor({ type: "EMAIL_ADDRESS", text: " A@Example.com " })).toBe("<EMAIL_1>");
    expect(vault.placeholderFor({ type: "PHONE_NUMBER", text: "+44 20 7946 0958" })).toBe(
      vault.placeholderFor({ type: "PHONE_NUMBER", text: "+44-20-7946-0958" }),
    );
    expect(vault.size).toBe(4);
  });

  it("restores only placeholders it issued", () => {
    const vault = createPiiVault();
    vault.placeholderFor({ type: "PERSON", text: "Ana Ruiz" });
    expect(vault.restore("Hello <PERSON_1>, not <PERSON_2> or <html>")).toBe("Hello Ana Ruiz, not <PERSON_2> or <html>");
    expect(vault.lookup("<PERSON_1>")).toBe("Ana Ruiz");
    expect(vault.lookup("<PERSON_9>")).toBeUndefined();
  });

  it("keeps concurrent conversations apart", async () => {
    const detector = createPiiDetector({ entities: ["EMAIL_ADDRESS"] });
    const conversations = Array.from({ length: 20 }, (_, index) => ({ index, vault: createPiiVault() }));
    const results = await Promise.all(
      conversations.map(async ({ index, vault }) => {
        const outputs: string[] = [];
        for (let turn = 0; turn < 3; turn++) {
          // Interleave the conversations at every await.
          await delay((index * 7 + turn * 3) % 5);
          const text = `turn ${turn}: write to user${index}@example.com or team${index}-${turn}@example.com`;
          outputs.push(anonymizeText(text, detector.detect(text), { type: "pseudonymise", vault }));
        }
        return { index, vault, outputs };
      }),
    );
    for (const { index, vault, outputs } of results) {
      expect(outputs).toEqual([
        "turn 0: write to <EMAIL_1> or <EMAIL_2>",
        "turn 1: write to <EMAIL_1> or <EMAIL_3>",
        "turn 2: write to <EMAIL_1> or <EMAIL_4>",
      ]);
      expect(vault.restore("<EMAIL_1> <EMAIL_4>")).toBe(`user${index}@example.com team${index}-2@example.com`);
    }
  });
});
