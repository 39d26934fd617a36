import { describe, expect, it } from "vitest";
import { loadSampleStore, sampleReviewScenarios } from "../../sample-store";
import { createReviewAnalyzer } from "./review-analyzer";
import type { ReviewFlagType } from "./review-types";

const analyzer = createReviewAnalyzer();
const store = loadSampleStore();
const byId = new Map(store.reviews.map((review) => [review.id, review]));

function flagTypes(id: string): ReviewFlagType[] {
  const review = byId.get(id);
  if (review === undefined) throw new Error(`no sample review ${id}`);
  return analyzer.moderate(review).map((flag) => flag.type);
}

describe("moderation flags on the sample store", () => {
  it("flags every spam scenario as spam", () => {
    for (const id of sampleReviewScenarios.spam) expect(flagTypes(id), id).toContain("spam");
  });

  it("flags the review with contact details as personal data, naming the email and the phone", () => {
    for (const id of sampleReviewScenarios.containsContactDetails) {
      const pii = analyzer.moderate(byId.get(id) as never).find((flag) => flag.type === "pii");
      expect(pii?.entities).toEqual(expect.arrayContaining(["EMAIL_ADDRESS", "PHONE_NUMBER"]));
      expect(pii?.severity).toBe("high");
      expect(pii?.evidence.map((evidence) => evidence.text)).toEqual(expect.arrayContaining([expect.stringContaining("@"), expect.stringMatching(/\d{3}-\d{4}/)]));
    }
  });

  it("flags the abusive review as toxic, quoting the insults", () => {
    for (const id of sampleReviewScenarios.abusive) {
      const toxicity = analyzer.moderate(byId.get(id) as never).find((flag) => flag.type === "toxicity");
      expect(toxicity?.severity).toBe("high");
      expect(toxicity?.evidence.map((evidence) => evidence.text)).toEqual(expect.arrayContaining(["idiot", "clowns"]));
    }
  });

  it("leaves every other sample review unflagged", () => {
    const scenarioIds = new Set<string>([...sampleReviewScenarios.spam, ...sampleReviewScenarios.containsContactDetails, ...sampleReviewScenarios.abusive]);
    const flagged = store.reviews.filter((review) => !scenarioIds.has(review.id) && analyzer.moderate(review).length > 0).map((review) => review.id);
    expect(flagged).toEqual([]);
  });

  it("detects the non-English reviews' languages, with or without their locale", () => {
    for (const id of sampleReviewScenarios.nonEnglish) {
      const review = byId.get(id);
      if (review === undefined) throw new Error(id);
      expect(analyzer.analyzeReview(review).language, id).toBe(review.locale);
      expect(analyzer.analyzeReview({ ...review, locale: undefined }).language, id).toBe(review.locale);
      expect(analyzer.analyzeReview(review).sentiment.label, id).toBe("positive");
    }
  });

  it("finds both praise and criticism in the mixed reviews", () => {
    for (const id of sampleReviewScenarios.mixedPolarity) {
      const polarities = new Set(analyzer.analyzeReview(byId.get(id) as never).aspects.map((mention) => mention.polarity));
      expect(polarities.has("positive") && polarities.has("negative"), id).toBe(true);
    }
  });
});

describe("moderation flags on hand-written reviews", () => {
  const flagsOf = (body: string) => analyzer.moderate({ id: "r", body });

  it("calls out profanity in several languages", () => {
    for (const body of ["This is total shit.", "Was für eine Scheiße.", "C'est de la merde.", "Es una mierda."]) {
      expect(flagsOf(body).map((flag) => flag.type), body).toContain("toxicity");
    }
  });

  it("treats harsh opinions about a product, and insults aimed at oneself, as no abuse", () => {
    for (const body of ["This lamp is garbage, absolute junk.", "I looked like a clown in it, sending it back."]) {
      expect(flagsOf(body), body).toEqual([]);
    }
  });

  it("spots links, promo codes and keyword stuffing", () => {
    expect(flagsOf("Great deals at www.cheap-chairs.example, use code SAVE50 at checkout!!!").map((flag) => flag.type)).toContain("spam");
    expect(flagsOf("cheap chairs cheap chairs cheap chairs buy now buy now").map((flag) => flag.type)).toContain("spam");
  });

  it("does not call an email address a spam link", () => {
    expect(flagsOf("Lovely rug. Questions? jo@example.com").map((flag) => flag.type)).toEqual(["pii"]);
  });

  it("finds a street address and ignores measurements", () => {
    expect(flagsOf("Pick it up from me at 42 Elm Street, Springfield, IL 62704.").map((flag) => flag.type)).toEqual(["pii"]);
    expect(flagsOf("I'm 34/28/36 and about 120 lbs, the 4 fits but 23 inches is short.")).toEqual([]);
  });

  it("can be switched off per kind and extended with the shop's own words", () => {
    const custom = createReviewAnalyzer({ moderation: { pii: false, blockedWords: ["frobnicate"] } });
    expect(custom.moderate({ id: "r", body: "Email me at jo@example.com, you frobnicate." }).map((flag) => flag.type)).toEqual(["toxicity"]);
  });
});
