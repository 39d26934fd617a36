import { describe, expect, it } from "vitest";
import { createReviewAnalyzer } from "./review-analyzer";
import type { ReviewAspect } from "./review-types";

const analyzer = createReviewAnalyzer();

function polarity(sentence: string, term: string, occurrence: "first" | "last" = "first"): string {
  const from = occurrence === "first" ? sentence.indexOf(term) : sentence.lastIndexOf(term);
  return analyzer.aspectPolarity(sentence, term, { from }).polarity;
}

function aspectPolarities(body: string, aspect: ReviewAspect): string[] {
  return analyzer
    .analyzeReview({ id: "r", body })
    .aspects.filter((mention) => mention.aspect === aspect)
    .map((mention) => mention.polarity);
}

describe("aspectPolarity: which opinion words belong to the term", () => {
  it("reads an opinion across 'but' as the opposite when the term's own side says nothing", () => {
    expect(polarity("The headphones sound amazing, but the ear cushions are another story.", "ear cushions")).toBe("negative");
    expect(polarity("Everything about this desk is great except the drawers.", "drawers")).toBe("negative");
  });

  it("keeps each side of 'but' to itself when both sides have opinions", () => {
    const sentence = "The battery lasts all day but the screen is dim.";
    expect(polarity(sentence, "battery")).toBe("positive");
    expect(polarity(sentence, "screen")).toBe("negative");
  });

  it("separates a conceded 'although' clause from the verdict", () => {
    const sentence = "Although the lamp looks elegant, the switch broke within a week.";
    expect(polarity(sentence, "lamp")).toBe("positive");
    expect(polarity(sentence, "switch")).toBe("negative");
  });

  it("reverses a comparison for what comes after 'than' or 'superior to'", () => {
    const sentence = "This blender is much quieter than my old food processor.";
    expect(polarity(sentence, "blender")).toBe("positive");
    expect(polarity(sentence, "food processor")).toBe("negative");
    expect(polarity("The foam mattress is superior to the spring mattress.", "spring mattress")).toBe("negative");
  });

  it("does not let a list's commas cut the verdict off from its first items", () => {
    expect(polarity("The tent, poles and stakes are fine.", "tent")).toBe("positive");
    expect(polarity("The screen, keyboard and speakers are all excellent.", "screen")).toBe("positive");
  });

  it("reads 'quality' as praise only before a noun", () => {
    expect(polarity("The sound quality is poor on these speakers.", "speakers")).toBe("negative");
    expect(polarity("Quality leather on a fair priced wallet.", "wallet")).toBe("positive");
    expect(polarity("The laptop has a solid state drive.", "laptop")).toBe("neutral");
  });

  it("reads emoticons as opinions", () => {
    expect(polarity("The new tent arrived today :)", "tent")).toBe("positive");
    expect(polarity("Mouse died after a week :(", "Mouse")).toBe("negative");
  });

  it("does not take the term's own words for an opinion about it", () => {
    expect(polarity("The quality is poor.", "quality")).toBe("negative");
    expect(analyzer.aspectPolarity("The quality is poor.", "quality").evidence.map((entry) => entry.text)).toEqual(["poor"]);
  });
});

describe("aspectPolarity: hypothetical and descriptive mentions are neutral", () => {
  it("gives opinions inside an if-clause little weight", () => {
    expect(polarity("If you want a warm jacket for winter, check the sizing chart first.", "sizing chart")).toBe("neutral");
    expect(polarity("If you want a warm jacket for winter, check the sizing chart first.", "jacket")).toBe("neutral");
  });

  it("reads a yes/no question as asking, not judging", () => {
    expect(polarity("Does anyone know whether the sleeping bag is warm enough below freezing?", "sleeping bag")).toBe("neutral");
  });

  it("does not read a plan or a wish as a verdict, but 'if only' is a complaint", () => {
    expect(polarity("I haven't used the grill yet.", "grill")).toBe("neutral");
    expect(polarity("If only the backpack had more pockets.", "backpack")).toBe("negative");
  });

  it("keeps a mention without any opinion neutral", () => {
    expect(polarity("It has a 15 inch screen and two USB ports.", "screen")).toBe("neutral");
    expect(polarity("We keep the bench on the back porch.", "bench")).toBe("neutral");
  });
});

describe("aspectPolarity: complaints and praise without classic opinion words", () => {
  it("reads failures of devices and gear as complaints", () => {
    expect(polarity("After two months the charger stopped charging and the laptop keeps shutting down.", "laptop")).toBe("negative");
    expect(polarity("The speaker keeps disconnecting from my phone.", "speaker")).toBe("negative");
    expect(polarity("The drawer wont close all the way.", "drawer")).toBe("negative");
    expect(polarity("Unable to pair the remote with the TV.", "remote")).toBe("negative");
    expect(polarity("The headlamp battery only lasts two hours.", "headlamp battery")).toBe("negative");
  });

  it("reads something said to be missing as a complaint, but not 'no problems'", () => {
    expect(polarity("Sadly the rain jacket has no hood.", "hood")).toBe("negative");
    expect(polarity("The jacket has no hood.", "hood")).toBe("negative");
    expect(polarity("The recliner has had no problems in two years.", "recliner")).toBe("positive");
    expect(polarity("The stove set up in no time.", "stove")).toBe("positive");
  });

  it("reads idioms of praise", () => {
    expect(polarity("The camping stove works like a charm.", "camping stove")).toBe("positive");
    expect(polarity("Assembling the bookshelf was a breeze.", "bookshelf")).toBe("positive");
    expect(polarity("The printer more than met my needs.", "printer")).toBe("positive");
    expect(polarity("Like the price and the color.", "price")).toBe("positive");
    expect(polarity("The lantern cost only $25.", "lantern")).toBe("positive");
  });

  it("reads comparatives and superlatives by their base word", () => {
    expect(polarity("The new keyboard is not the nicest.", "keyboard")).toBe("negative");
    expect(polarity("Folding the stroller is easier than with any other we tried.", "stroller")).toBe("positive");
    expect(polarity("The seams were sewn horribly.", "seams")).toBe("negative");
  });

  it("lets a negation reach through 'seem to'", () => {
    const result = analyzer.aspectPolarity("The fan doesn't seem to be noisy at all.", "fan");
    expect(result.score).toBeGreaterThan(0);
    expect(polarity("The dresser doesn't seem to be sturdy.", "dresser")).toBe("negative");
  });
});

describe("analyzeReview: the same scope for the shop's own aspects", () => {
  it("inherits the opposite across 'but' for an aspect its clause says nothing about", () => {
    expect(aspectPolarities("The fabric is lovely, but the zipper is another matter.", "quality")).toEqual(["positive", "negative"]);
  });

  it("scores an aspect word with its own polarity once, not twice or never", () => {
    expect(aspectPolarities("Really comfortable chair, and the delivery was late.", "comfort")).toEqual(["positive"]);
    expect(aspectPolarities("Poor quality for a sofa this price.", "quality")).toEqual(["negative"]);
  });
});
