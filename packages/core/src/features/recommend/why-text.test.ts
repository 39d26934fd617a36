import { describe, expect, it } from "vitest";
import type { RecommendationReason } from "./recommend-types";
import { checkWhyPhrasing, composeWhy, whyPhrases } from "./why-text";

const facts = ["Harbor Loveseat", "Like the Harbor 3-Seat Sofa in your cart", "Comes in Slate Blue", "Also by Oakhollow"];
const vocabulary = new Set(["slate blue", "oatmeal", "linen", "oakhollow", "loomwell", "sofa", "walnut"]);

describe("composeWhy", () => {
  it("joins the two strongest reasons as written", () => {
    const reasons: RecommendationReason[] = [
      { kind: "in-your-cart", detail: "Goes with the Tent in your cart" },
      { kind: "shared-attribute", detail: "Comes in Sand" },
      { kind: "shared-attribute", detail: "Also by Talus" },
    ];
    expect(composeWhy(reasons)).toBe("Goes with the Tent in your cart · Comes in Sand");
  });

  it("has every phrase in every language", () => {
    const keys = Object.keys(whyPhrases.en).sort();
    for (const phrases of Object.values(whyPhrases)) expect(Object.keys(phrases).sort()).toEqual(keys);
    expect(whyPhrases.en.boughtTogether("Tent")).toBe("Bought together with the Tent");
    expect(whyPhrases.es.trending(3, 30)).toBe("En 3 pedidos de los últimos 30 días");
  });
});

describe("checkWhyPhrasing", () => {
  it("accepts a rephrasing that stays inside the facts", () => {
    expect(checkWhyPhrasing("Pairs with the sofa in your cart and comes in Slate Blue, also from Oakhollow.", facts, vocabulary)).toEqual({ valid: true });
  });

  it.each([
    ["Comes in oatmeal to match your sofa.", /oatmeal/],
    ["Pairs with your sofa; available in crimson.", /crimson/],
    ["Rated 4.8 by shoppers.", /number 4\.8/],
    ["The best loveseat for your cart.", /claim "best"/],
    ["Made by Loomwell, like your sofa.", /loomwell/i],
    ["Goes with the sofa from Acme in your cart.", /"Acme"/],
    ["", /empty/],
  ])("rejects %j", (text, problem) => {
    const result = checkWhyPhrasing(text, facts, vocabulary);
    expect(result.valid).toBe(false);
    expect(result.valid ? "" : result.problem).toMatch(problem);
  });

  it("does not treat German nouns as proper nouns", () => {
    expect(checkWhyPhrasing("Passt gut zu Ihrem Sofa im Warenkorb.", ["Passt zu „Sofa“ in Ihrem Warenkorb"], vocabulary, "de")).toEqual({ valid: true });
  });
});
