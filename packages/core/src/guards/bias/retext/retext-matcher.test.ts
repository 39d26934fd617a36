import { describe, expect, it } from "vitest";
import { loadRetextPatterns } from "./load-retext-patterns";
import { createRetextMatcher } from "./retext-matcher";
import { excludedRetextPhrases, isPlacedRetextId } from "./retext-profile";

const patterns = loadRetextPatterns();
const matcher = createRetextMatcher(patterns, new Set());
const found = (text: string) => matcher.match(text).map((finding) => [finding.ruleId, finding.text, finding.severity]);

describe("retext-equality lexicon", () => {
  it("loads the installed pattern table", () => {
    expect(patterns.length).toBeGreaterThan(300);
    expect(loadRetextPatterns()).toBe(patterns);
  });

  it("places every pattern id of the installed version (review the profile when this fails after an upgrade)", () => {
    expect(patterns.filter((pattern) => !isPlacedRetextId(pattern.id)).map((pattern) => pattern.id)).toEqual([]);
  });

  it("excludes only phrases the lexicon has", () => {
    const phrases = new Set(patterns.flatMap((pattern) => Object.keys(pattern.inconsiderate)));
    expect([...excludedRetextPhrases].filter((phrase) => !phrases.has(phrase))).toEqual([]);
  });

  it("matches words after normalisation, across white space, but not across punctuation", () => {
    expect(found("The Chairman and a fire-man.")).toEqual([
      ["chairman-chairwoman", "Chairman", "warning"],
      ["fireman-firewoman", "fire-man", "warning"],
    ]);
    // Unfiltered: the linter keeps the warning and drops the overlapping note.
    expect(found("An average\n  man would say")).toEqual([
      ["average-man", "average\n  man", "warning"],
      ["gals-man", "man", "info"],
    ]);
    expect(found("average. Man")).toEqual([["gals-man", "Man", "info"]]);
    expect(found("He’s here, she'll come.")).toEqual([
      ["he-she", "He’s", "info"],
      ["he-she", "she'll", "info"],
    ]);
  });

  it("keeps the lexicon's case-sensitive phrases case-sensitive", () => {
    expect(found("Indian country")).toEqual([["indian-country", "Indian country", "info"]]);
    expect(found("indian country")).toEqual([]);
  });

  it("leaves shop vocabulary alone", () => {
    expect(
      found(
        "Mixed nuts, detox tea, alcoholic ginger beer, a special offer, a garden spade, a king-size bed, maternity jeans, " +
          "cowboy boots, fine workmanship, simply easy to hang, a 5 gal bucket, a chick feeder, pop music, ADD TO CART, " +
          "a dwarf apple tree, a Craftsman-style table, the hero image and a host of features.",
      ),
    ).toEqual([]);
  });

  it("treats audience words in a department, sizing or holiday context as names, elsewhere as notes", () => {
    expect(found("Boots for women. Men and women. Men & women. Men/women. For both men and women.")).toEqual([]);
    expect(found("Ladies' gloves, women sizes, men fit, Mother's Day, Father’s Day.")).toEqual([]);
    expect(found("Every woman needs one; men love it.")).toEqual([
      ["gal-guy", "woman", "info"],
      ["gals-man", "men", "info"],
    ]);
  });

  it("classifies slurs as errors and skips disabled ids", () => {
    expect(found("a midget, a retard")).toEqual([
      ["dwarf", "midget", "error"],
      ["retard", "retard", "error"],
    ]);
    const withoutRetard = createRetextMatcher(patterns, new Set(["retard"]));
    expect(withoutRetard.match("a retard").map((finding) => finding.ruleId)).toEqual([]);
  });

  it("turns the lexicon's note into a message without source links", () => {
    const [finding] = matcher.match("wheelchair bound");
    expect(finding?.category).toBe("ableist");
    expect(finding?.message.startsWith("Potentially insensitive")).toBe(true);
    expect(finding?.message).not.toMatch(/source|https?:/i);
    expect(finding?.suggestions).toContain("uses a wheelchair");
  });
});
