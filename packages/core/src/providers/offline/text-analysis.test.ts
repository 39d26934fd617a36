import { describe, expect, it } from "vitest";
import { buildKnowledge, toolResultText } from "./knowledge";
import { LexicalIndex } from "./lexical-index";
import { contentTerms, detectLanguage, foldText, hasNegation, polarity, splitIdentifier, stem } from "./text-analysis";
import { splitIntoUnits, splitSentences } from "./text-units";

describe("text analysis", () => {
  it("folds case and accents in all four languages", () => {
    expect(foldText("Rücksendung Größe")).toBe("rucksendung grosse");
    expect(foldText("Envío DEVOLUCIÓN")).toBe("envio devolucion");
    expect(foldText("Livraison gratuite à Noël")).toBe("livraison gratuite a noel");
  });

  it("brings inflections of a word to one stem", () => {
    const sameStem = (...forms: string[]) => expect(new Set(forms.map((form) => stem(foldText(form)))).size).toBe(1);
    sameStem("return", "returns", "returned", "returning");
    sameStem("ship", "ships", "shipped", "shipping");
    sameStem("policy", "policies");
    sameStem("Tag", "Tage", "Tagen");
    sameStem("Lieferung", "Lieferungen");
    sameStem("devolución", "devoluciones");
    sameStem("retour", "retours");
  });

  it("drops stopwords and the quantity word of 'how long' questions, keeps numbers and placeholders out", () => {
    expect(contentTerms("How long do I have to return my order?")).toEqual(["return", "order"]);
    expect(contentTerms("Wie lange dauert der Versand nach Österreich?")).toEqual(["dauert", "versand", "osterreich"]);
    expect(contentTerms("My email is <EMAIL_1> and my order is 1001")).toEqual(["email", "order", "1001"]);
  });

  it("splits identifiers into words", () => {
    expect(splitIdentifier("getOrderStatus")).toBe("get Order Status");
    expect(splitIdentifier("order_number")).toBe("order number");
    expect(splitIdentifier("refundWindowDays")).toBe("refund Window Days");
  });

  it("detects the language of a question", () => {
    expect(detectLanguage("Where is my order and when will it arrive?")).toBe("en");
    expect(detectLanguage("Wo ist meine Bestellung und wann kommt sie an?")).toBe("de");
    expect(detectLanguage("Où est ma commande et quand est-ce qu'elle arrive ?")).toBe("fr");
    expect(detectLanguage("¿Dónde está mi pedido y cuándo llega?")).toBe("es");
  });

  it("reads negation and review polarity", () => {
    expect(hasNegation("This item is not available for delivery.")).toBe(true);
    expect(hasNegation("Leider ausverkauft.")).toBe(true);
    expect(hasNegation("Available in three colours.")).toBe(false);
    expect(polarity("I love this sofa, very comfortable")).toEqual({ positive: 2, negative: 0 });
    expect(polarity("Not good, it arrived broken")).toEqual({ positive: 0, negative: 2 });
  });
});

describe("splitting into units", () => {
  it("splits sentences but not at abbreviations, decimals, initials or German ordinal dates", () => {
    expect(splitSentences("Prices start at 2.50 EUR, e.g. for socks. Dr. Smith designed it. Bis zum 15. März gilt das Angebot. Done!")).toEqual([
      "Prices start at 2.50 EUR, e.g. for socks.",
      "Dr. Smith designed it.",
      "Bis zum 15. März gilt das Angebot.",
      "Done!",
    ]);
    expect(splitSentences("¿Hacéis envíos? Sí. Z.B. Versand nach Wien.")).toEqual(["¿Hacéis envíos?", "Sí.", "Z.B. Versand nach Wien."]);
  });

  it("keeps list items, fields and a list with its intro as units, and remembers headings", () => {
    const units = splitIntoUnits(
      [
        "# Care",
        "Wipe with a damp cloth. Do not bleach.",
        "",
        "Material: oak",
        "Width: 210 cm",
        "",
        "We accept:",
        "- Visa",
        "- PayPal",
        "",
        "Sizes",
        "Available in S, M and L.",
        "* loose fit",
      ].join("\n"),
    );
    expect(units.map((unit) => [unit.kind, unit.text, unit.heading])).toEqual([
      ["sentence", "Wipe with a damp cloth.", "Care"],
      ["sentence", "Do not bleach.", "Care"],
      ["field", "Material: oak", "Care"],
      ["field", "Width: 210 cm", "Care"],
      ["list", "We accept:\n- Visa\n- PayPal", "Care"],
      ["sentence", "Available in S, M and L.", "Sizes"],
      ["item", "loose fit", "Sizes"],
    ]);
    expect(units[2]).toMatchObject({ key: "Material", value: "oak" });
  });

  it("renders tool output JSON as Key: value lines", () => {
    const text = toolResultText(
      JSON.stringify({ orderNumber: "#1001", status: "shipped", trackingNumber: null, items: [{ name: "Oslo sofa", quantity: 1 }], tags: ["gift", "express"] }),
    );
    expect(text.split("\n")).toEqual(["Order number: #1001", "Status: shipped", "Items: Name: Oslo sofa, Quantity: 1", "Tags: gift, express"]);
    expect(toolResultText("plain text stays")).toBe("plain text stays");
  });
});

describe("lexical index", () => {
  it("scores the unit that says the question's words highest and counts title matches lower", () => {
    const knowledge = buildKnowledge([
      { source: { kind: "document", id: "a", title: "Returns", fresh: false }, text: "Items can be sent back within 30 days." },
      { source: { kind: "document", id: "b", title: "Shipping", fresh: false }, text: "We ship returns labels by email. Orders ship in 2 days." },
    ]);
    const index = knowledge.index as LexicalIndex;
    const query = index.prepare([{ term: "ship", weight: 1 }]);
    const scores = knowledge.units.map((_, unit) => index.score(unit, query));
    expect(scores[0]?.score).toBe(0);
    expect(scores[1]?.contentMatches).toBe(1);
    expect(scores[1]?.coverage).toBe(1);
    const returns = index.prepare([{ term: "return", weight: 1 }]);
    // Unit 0 matches only through its document's title, unit 1 in its own text.
    expect(index.score(0, returns).contentMatches).toBe(0);
    expect(index.score(0, returns).coverage).toBe(1);
    expect(index.score(1, returns).score).toBeGreaterThan(index.score(0, returns).score);
  });

  it("credits German compounds and commerce synonyms partly", () => {
    const knowledge = buildKnowledge([
      { source: { kind: "document", id: "a", fresh: false }, text: "Die Versandkosten betragen 4,90 Euro." },
      { source: { kind: "document", id: "b", fresh: false }, text: "Price: 49 EUR" },
    ]);
    const compound = knowledge.index.prepare(contentTerms("Versand").map((term) => ({ term, weight: 1 })));
    expect(knowledge.index.score(0, compound).coverage).toBe(0.5);
    const synonym = knowledge.index.prepare(contentTerms("cost").map((term) => ({ term, weight: 1 })));
    expect(knowledge.index.score(1, synonym).coverage).toBeCloseTo(0.7);
  });
});
