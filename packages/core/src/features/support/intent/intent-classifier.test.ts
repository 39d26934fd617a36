import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../../../errors/invalid-argument-error";
import { InvalidConfigError } from "../../../errors/invalid-config-error";
import { createIntentClassifier, loadIntentClassifier } from "./intent-classifier";
import { normalizeText, stemWord } from "./text-features";

// A small shop's own training rows, three intents.
const examples = [
  ...["where is my order", "has my parcel shipped", "track my package", "when does my delivery arrive", "tracking number please", "my order has not arrived"].map(
    (text) => ({ text, intent: "order_status" }),
  ),
  ...["cancel my order", "I want to cancel the purchase", "please cancel it before it ships", "stop my order", "can I cancel", "cancellation please"].map(
    (text) => ({ text, intent: "cancel_order" }),
  ),
  ...["hello", "hi there", "good morning", "hey", "good evening", "hi, anyone around"].map((text) => ({ text, intent: "greeting" })),
];

describe("createIntentClassifier", () => {
  const classifier = createIntentClassifier({ examples });

  it("classifies paraphrases it was not trained on", () => {
    expect(classifier.classify("where's my parcel").intent).toBe("order_status");
    expect(classifier.classify("I'd like to cancel my order please").intent).toBe("cancel_order");
    expect(classifier.classify("hello there").intent).toBe("greeting");
  });

  it("keeps the intent through typos", () => {
    expect(classifier.classify("wher is my oder").intent).toBe("order_status");
    expect(classifier.classify("cancle my ordr").intent).toBe("cancel_order");
  });

  it("returns a full ranking of probabilities, best first, with the confidence of the top intent", () => {
    const result = classifier.classify("track my order");
    expect(result.ranking.map((entry) => entry.intent).sort()).toEqual(["cancel_order", "greeting", "order_status"]);
    const scores = result.ranking.map((entry) => entry.score);
    expect([...scores].sort((left, right) => right - left)).toEqual(scores);
    expect(scores.reduce((total, score) => total + score, 0)).toBeCloseTo(1, 6);
    expect(result.confidence).toBe(scores[0]);
    expect(result.intent).toBe(result.ranking[0]?.intent);
  });

  it("is more confident on a clear message than on one unlike anything it saw", () => {
    const clear = classifier.classify("please cancel my order").confidence;
    const unclear = classifier.classify("zebra").confidence;
    expect(clear).toBeGreaterThan(0.6);
    expect(unclear).toBeLessThan(clear);
    expect(classifier.classify("").confidence).toBeLessThan(clear);
  });

  it("trains deterministically for a seed", () => {
    const again = createIntentClassifier({ examples });
    expect(again.toJSON()).toEqual(classifier.toJSON());
    const reseeded = createIntentClassifier({ examples, seed: 7 });
    expect(reseeded.toJSON().weights).not.toBe(classifier.toJSON().weights);
  });

  it("names every bad setting", () => {
    const error = (() => {
      try {
        createIntentClassifier({ examples: [{ text: "hi", intent: "greeting" }, { text: "", intent: "greeting" }], epochs: 0 });
      } catch (caught) {
        return caught;
      }
    })();
    expect(InvalidConfigError.isInstance(error)).toBe(true);
    const paths = (error as InvalidConfigError).issues.map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(["examples.1.text", "epochs"]));
  });

  it("needs at least two intents", () => {
    expect(() => createIntentClassifier({ examples: [{ text: "a", intent: "x" }, { text: "b", intent: "x" }] })).toThrow(/two distinct intents/);
  });
});

describe("toJSON / loadIntentClassifier", () => {
  const classifier = createIntentClassifier({ examples });
  const probes = ["where is my order", "cancle it", "hi!", "something else entirely", "Wo ist meine Bestellung?"];

  it("round-trips through JSON text with identical results", () => {
    const restored = loadIntentClassifier(JSON.stringify(classifier.toJSON()));
    expect(restored.intents).toEqual(classifier.intents);
    for (const probe of probes) expect(restored.classify(probe)).toEqual(classifier.classify(probe));
  });

  it("accepts the saved object as well", () => {
    const restored = loadIntentClassifier(classifier.toJSON());
    expect(restored.classify("track my package").intent).toBe("order_status");
  });

  it("rejects what is not a saved classifier with a typed error", () => {
    for (const bad of ["not json", "{}", { ...classifier.toJSON(), bias: [0] }, { ...classifier.toJSON(), weights: "%%%" }]) {
      const error = (() => {
        try {
          loadIntentClassifier(bad);
        } catch (caught) {
          return caught;
        }
      })();
      expect(InvalidArgumentError.isInstance(error)).toBe(true);
    }
  });
});

describe("text features", () => {
  it("folds case, accents and numbers", () => {
    expect(normalizeText("¿Dónde está mi PEDIDO #12345?")).toBe("donde esta mi pedido 0");
    expect(normalizeText("Rückgabe für Straße")).toBe("ruckgabe fur strasse");
    expect(normalizeText("I don't")).toBe("i dont");
  });

  it("strips only light English suffixes", () => {
    expect(stemWord("orders")).toBe("order");
    expect(stemWord("shipping")).toBe("shipp");
    expect(stemWord("deliveries")).toBe("delivery");
    expect(stemWord("status")).toBe("status");
    expect(stemWord("address")).toBe("address");
  });
});
