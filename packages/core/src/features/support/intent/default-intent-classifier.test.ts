import { describe, expect, it } from "vitest";
import { createDefaultIntentClassifier, defaultSupportIntentExamples } from "./default-intent-classifier";
import { defaultSupportIntents } from "./default-support-intents";
import { recommendedIntentConfidenceThreshold } from "./intent-classifier";

// Paraphrases written for this test and kept out of the seed set (checked below). A few messages are
// genuinely ambiguous and list every intent a person could pick.
const heldOut: [string, ...string[]][] = [
  ["hey, where the heck is my parcel?", "order_status"],
  ["has my stuff been sent out yet", "order_status"],
  ["I'd like to cancel the order I made yesterday", "cancel_order"],
  ["please change the delivery address of my order to my office", "change_order"],
  ["how can I send these boots back", "return_request"],
  ["still no money back after my return", "refund_status"],
  ["can I get the same shirt in a smaller size instead", "exchange"],
  ["is this coat machine washable", "product_question"],
  ["do you have the green one in XL", "product_availability"],
  ["could you suggest a present for my mum", "recommendation_request"],
  ["how much do you charge to deliver to Spain", "shipping_policy"],
  ["how many days do I have to send something back", "return_policy"],
  ["my credit card keeps getting declined at checkout", "payment_issue"],
  ["my coupon code SUMMER10 doesn't apply", "discount_request"],
  ["I can't remember my password", "account_help"],
  ["can I speak with somebody real", "contact_human"],
  ["I'm really annoyed with the way you handled this", "complaint"],
  ["the parcel came smashed", "delivery_problem"],
  ["I need an invoice for my accounting", "invoice_request"],
  ["hello, good morning!", "greeting"],
  ["thanks a bunch, bye", "goodbye"],
  ["what's the capital of Canada", "other"],
  ["Wo ist mein Paket?", "order_status"],
  ["je voudrais annuler ma commande s'il vous plaît", "cancel_order"],
  // "Can I return these?" asks both "may I" (policy) and "let me" (request).
  ["¿puedo devolver estos zapatos?", "return_request", "return_policy"],
];

const typos: [string, string][] = [
  ["wheres my oder", "order_status"],
  ["cancle my ordr pls", "cancel_order"],
  ["i wnat to retrun this", "return_request"],
  ["my pakage arived damagd", "delivery_problem"],
  ["forgot my pasword", "account_help"],
  ["do u have dicount codes", "discount_request"],
  ["talk to a humna", "contact_human"],
  ["waht is your retrun policy", "return_policy"],
];

describe("defaultSupportIntents", () => {
  it("ships at least 20 distinct seed utterances for every intent, including `other`", () => {
    const intents = defaultSupportIntents.map((definition) => definition.intent);
    expect(new Set(intents).size).toBe(intents.length);
    expect(intents).toEqual(expect.arrayContaining(["order_status", "cancel_order", "contact_human", "greeting", "goodbye", "other"]));
    for (const definition of defaultSupportIntents) {
      expect(definition.examples.length, definition.intent).toBeGreaterThanOrEqual(20);
      expect(definition.description.length).toBeGreaterThan(10);
    }
    const texts = defaultSupportIntentExamples().map((example) => example.text.toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
  });
});

describe("createDefaultIntentClassifier", () => {
  const classifier = createDefaultIntentClassifier();
  const seedTexts = new Set(defaultSupportIntentExamples().map((example) => example.text.toLowerCase()));

  it("routes held-out paraphrases, in English and in German, French and Spanish", () => {
    for (const [text] of heldOut) expect(seedTexts.has(text.toLowerCase()), text).toBe(false);
    const wrong = heldOut.filter(([text, ...intents]) => !intents.includes(classifier.classify(text).intent));
    expect(wrong, JSON.stringify(wrong)).toHaveLength(0);
  });

  it("routes messages with typos", () => {
    const wrong = typos.filter(([text, intent]) => classifier.classify(text).intent !== intent);
    expect(wrong.length, JSON.stringify(wrong)).toBeLessThanOrEqual(1);
  });

  it("is confident on clear requests and not on gibberish", () => {
    expect(classifier.classify("I want to cancel my order").confidence).toBeGreaterThan(recommendedIntentConfidenceThreshold);
    const gibberish = classifier.classify("qwv zpt");
    expect(gibberish.intent === "other" || gibberish.confidence < recommendedIntentConfidenceThreshold).toBe(true);
  });

  it("learns a shop's own extra intent next to the shipped ones", () => {
    const extended = createDefaultIntentClassifier({
      examples: ["book a fitting appointment", "can I book a fitting", "I'd like an appointment in store", "schedule a fitting", "reserve a time for a fitting", "appointment for tailoring"].map(
        (text) => ({ text, intent: "book_fitting" }),
      ),
    });
    expect(extended.intents).toContain("book_fitting");
    expect(extended.classify("can I book an appointment for a fitting?").intent).toBe("book_fitting");
    expect(extended.classify("where is my order").intent).toBe("order_status");
  });
});
