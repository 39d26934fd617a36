import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../../errors/invalid-argument-error";
import { InvalidConfigError } from "../../errors/invalid-config-error";
import { createReviewAnalyzer } from "./review-analyzer";
import type { ReviewAnalysis, ReviewAspect } from "./review-types";

const analyzer = createReviewAnalyzer();

function polarityOf(analysis: ReviewAnalysis, aspect: ReviewAspect): string[] {
  return analysis.aspects.filter((mention) => mention.aspect === aspect).map((mention) => mention.polarity);
}

describe("createReviewAnalyzer: sentiment", () => {
  it("reads clear praise and clear complaints", () => {
    expect(analyzer.sentiment("Absolutely love this chair. Comfortable, sturdy and beautiful.").label).toBe("positive");
    expect(analyzer.sentiment("Terrible quality. The seam ripped after one wash and I sent it back.").label).toBe("negative");
  });

  it("flips negated praise", () => {
    const praised = analyzer.sentiment("The cushions are comfortable.");
    const negated = analyzer.sentiment("The cushions are not comfortable.");
    expect(praised.score).toBeGreaterThan(0);
    expect(negated.score).toBeLessThan(praised.score);
    expect(negated.label).toBe("negative");
  });

  it("lets the clause after 'but' decide", () => {
    expect(analyzer.sentiment("The colour is pretty, but it fell apart within a week and I want a refund.").label).toBe("negative");
    expect(analyzer.sentiment("Shipping was a bit slow, but I absolutely love the sofa and it is so comfortable.").label).toBe("positive");
  });

  it("counts an intensified opinion more than a plain one", () => {
    expect(analyzer.sentiment("Very, very comfortable boots.", { language: "de" }).score).toBeGreaterThanOrEqual(0);
    const plain = analyzer.sentiment("Bequeme Schuhe.", { language: "de" });
    const intensified = analyzer.sentiment("Sehr bequeme Schuhe.", { language: "de" });
    expect(intensified.score).toBeGreaterThan(plain.score);
  });

  it("scores German, French and Spanish reviews with their own lexicons", () => {
    const cases = [
      { body: "Die Jacke ist wirklich toll und sehr bequem.", expected: "positive", language: "de" },
      { body: "Leider ist die Qualität schlecht, sehr enttäuscht.", expected: "negative", language: "de" },
      { body: "Très belle table, solide et parfaite pour notre salon.", expected: "positive", language: "fr" },
      { body: "Produit décevant, arrivé cassé. Horrible.", expected: "negative", language: "fr" },
      { body: "Muy cómoda y de excelente calidad, me encanta.", expected: "positive", language: "es" },
      { body: "Llegó roto y la calidad es pésima.", expected: "negative", language: "es" },
    ] as const;
    for (const { body, expected, language } of cases) {
      const analysis = analyzer.analyzeReview({ id: body, body });
      expect(analysis.language, body).toBe(language);
      expect(analysis.sentiment.label, body).toBe(expected);
    }
  });

  it("labels a review neutral inside the configured band", () => {
    const strict = createReviewAnalyzer({ neutralBand: 0.95 });
    expect(strict.sentiment("It is a table.").label).toBe("neutral");
  });
});

describe("createReviewAnalyzer: aspects", () => {
  it("finds each aspect with its own polarity in a mixed review", () => {
    const analysis = analyzer.analyzeReview({
      id: "r1",
      title: "Gorgeous colour, runs small",
      body: "The colour is gorgeous. Unfortunately it runs small, so order a size up. Delivery was fast.",
    });
    expect(polarityOf(analysis, "appearance")).toContain("positive");
    expect(polarityOf(analysis, "fit-and-size")).toContain("negative");
    expect(polarityOf(analysis, "shipping")).toContain("positive");
  });

  it("reads a size complaint split by a few words", () => {
    expect(polarityOf(analyzer.analyzeReview({ id: "r6", body: "Nice boots, but they run about half a size small." }), "fit-and-size")).toEqual(["negative"]);
  });

  it("negates an aspect's opinion", () => {
    const analysis = analyzer.analyzeReview({ id: "r2", body: "The seat is not comfortable at all." });
    expect(polarityOf(analysis, "comfort")).toEqual(["negative"]);
  });

  it("separates aspects on either side of 'but'", () => {
    const analysis = analyzer.analyzeReview({ id: "r3", body: "Assembly was easy but the price is too high for what you get." });
    expect(polarityOf(analysis, "assembly")).toEqual(["positive"]);
    expect(polarityOf(analysis, "price")).toEqual(["negative"]);
  });

  it("covers furniture, clothing and outdoor aspects", () => {
    const analysis = analyzer.analyzeReview({
      id: "r4",
      body: "Missing hardware in the box. Customer service was rude. The fabric feels cheap and the zipper broke after two trips.",
    });
    expect(polarityOf(analysis, "assembly")).toContain("negative");
    expect(polarityOf(analysis, "customer-service")).toContain("negative");
    expect(polarityOf(analysis, "quality")).toContain("negative");
    expect(polarityOf(analysis, "durability")).toContain("negative");
  });

  it("quotes evidence at the right offsets of title and body", () => {
    const review = { id: "r5", title: "Comfy!", body: "Sturdy frame. But the delivery took forever." };
    const analysis = analyzer.analyzeReview(review);
    expect(analysis.aspects.length).toBeGreaterThan(0);
    for (const mention of analysis.aspects) {
      const source = mention.evidence.field === "title" ? review.title : review.body;
      expect(source.slice(mention.evidence.start, mention.evidence.end)).toBe(mention.evidence.text);
    }
    const shipping = analysis.aspects.find((mention) => mention.aspect === "shipping");
    expect(shipping?.polarity).toBe("negative");
    expect(shipping?.evidence.field).toBe("body");
    expect(shipping?.evidence.text).toContain("delivery took forever");
  });

  it("finds aspects in German, French and Spanish", () => {
    expect(polarityOf(analyzer.analyzeReview({ id: "de", body: "Die Lieferung war schnell, aber die Größe fällt klein aus.", locale: "de" }), "fit-and-size")).toContain("negative");
    expect(polarityOf(analyzer.analyzeReview({ id: "fr", body: "La qualité est excellente.", locale: "fr" }), "quality")).toEqual(["positive"]);
    expect(polarityOf(analyzer.analyzeReview({ id: "es", body: "El envío fue rápido.", locale: "es" }), "shipping")).toEqual(["positive"]);
  });
});

describe("createReviewAnalyzer: aspectPolarity", () => {
  it("judges the opinion about the given term only", () => {
    const sentence = "The screen is gorgeous but the keyboard feels cheap and flimsy.";
    expect(analyzer.aspectPolarity(sentence, "screen").polarity).toBe("positive");
    expect(analyzer.aspectPolarity(sentence, "keyboard").polarity).toBe("negative");
  });

  it("is neutral when nothing is said about the term", () => {
    expect(analyzer.aspectPolarity("I mostly use the trackpad for browsing.", "trackpad").polarity).toBe("neutral");
  });

  it("takes the occurrence named by its offset", () => {
    const sentence = "The old bag was awful; the new bag is great.";
    expect(analyzer.aspectPolarity(sentence, "bag", { from: sentence.indexOf("bag") }).polarity).toBe("negative");
    expect(analyzer.aspectPolarity(sentence, "bag", { from: sentence.lastIndexOf("bag") }).polarity).toBe("positive");
  });

  it("returns the words that decided it", () => {
    const result = analyzer.aspectPolarity("Battery life is excellent.", "Battery life");
    expect(result.evidence.map((entry) => entry.text)).toContain("excellent");
  });

  it("reads words only the induced lexicon knows, at the mildest strength", () => {
    const hinge = analyzer.aspectPolarity("The hinge is unsteady.", "hinge");
    expect(hinge.polarity).toBe("negative");
    expect(hinge.evidence).toEqual([expect.objectContaining({ text: "unsteady", value: -1 })]);
    expect(analyzer.aspectPolarity("The support agent was unprofessional.", "support agent").polarity).toBe("negative");
    expect(analyzer.aspectPolarity("The packaging is charming.", "packaging").polarity).toBe("positive");
    // A hand-written word keeps its own strength: "excellent" is 3, not the induced 1.
    expect(analyzer.aspectPolarity("The screen is excellent.", "screen").evidence[0]?.value).toBe(3);
  });

  it("rejects a term that is not in the sentence", () => {
    expect(() => analyzer.aspectPolarity("Nice lamp.", "sofa")).toThrow(InvalidArgumentError);
  });
});

describe("createReviewAnalyzer: input and settings", () => {
  it("names every bad setting", () => {
    try {
      createReviewAnalyzer({ neutralBand: 2, moderation: { spamThreshold: -1 } } as never);
      expect.unreachable();
    } catch (error) {
      expect(InvalidConfigError.isInstance(error)).toBe(true);
      expect((error as Error).message).toContain("neutralBand");
      expect((error as Error).message).toContain("moderation.spamThreshold");
    }
  });

  it("rejects a review without an id", () => {
    expect(() => analyzer.analyzeReview({ id: "", body: "Nice." })).toThrow(InvalidArgumentError);
  });

  it("gives the same answer every time", () => {
    const review = { id: "same", body: "Soft, warm and well made, though the sleeves are long on me." };
    expect(analyzer.analyzeReview(review)).toEqual(analyzer.analyzeReview(review));
  });
});
