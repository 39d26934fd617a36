import { describe, expect, it } from "vitest";
import { productSchema } from "../../catalog/product";
import { InvalidConfigError } from "../../errors/invalid-config-error";
import { checkGrounding, createGroundingChecker } from "./grounding-checker";
import type { GroundingReport } from "./grounding-types";

const flagged = (report: GroundingReport) => report.unsupported.map((claim) => claim.text);
const claimed = (report: GroundingReport) => report.claims.map((claim) => [claim.kind, claim.text, claim.supported]);

describe("checkGrounding: measurements and numbers", () => {
  const facts = "Northwind 34 in. x 82 in. Steel Entry Door, 1-3/4 in. thick, 4.5 in. hinges";

  it("supports measurements the facts state, in any spelling, and flags the others with their span", () => {
    const text = "This 34-inch by 82 in door is 1.75 in. thick; the hinges are 4 in. and it is 84 in. tall.";
    const report = checkGrounding({ text, facts });
    expect(flagged(report)).toEqual(["4 in.", "84 in."]);
    const hinge = report.unsupported[0];
    expect(text.slice(hinge?.start, hinge?.end)).toBe("4 in.");
    expect(hinge?.kind).toBe("measurement");
    expect(hinge?.reason).toContain("4.5 in.");
    expect(report.grounded).toBe(false);
  });

  it("does not read 1/4 in. inside 2-1/4 in., or 4 in. inside 4.5 in.", () => {
    const report = checkGrounding({ text: "A 1/4 in. bolt with a 4 in. head.", facts: "Bolt, 2-1/4 in. long, 4.5 in. head" });
    expect(flagged(report)).toEqual(["1/4 in.", "4 in."]);
  });

  it("converts between units when the claim rounds to the fact", () => {
    const checker = createGroundingChecker();
    expect(checker.check({ text: "The screen is 152 cm wide.", facts: 'Screen, 60" wide' }).grounded).toBe(true);
    expect(checker.check({ text: "The screen is 150 cm wide.", facts: 'Screen, 60" wide' }).grounded).toBe(false);
    expect(checker.check({ text: "It weighs 2 kg.", facts: "Weight: 4.4 lb." }).grounded).toBe(true);
    expect(checker.check({ text: "A 6 ft. 2 in. shelf.", facts: "Shelf, 74 in. tall" }).grounded).toBe(true);
    expect(checker.check({ text: "A 1 gal. can.", facts: "Can, 3.8 l" }).grounded).toBe(true);
  });

  it("never matches a number with a unit of another kind", () => {
    expect(flagged(checkGrounding({ text: "It is 12 in. long.", facts: "Cable, 12 ft. long" }))).toEqual(["12 in."]);
    expect(flagged(checkGrounding({ text: "A 16 in. strap.", facts: "Strap, 16-Gauge steel" }))).toEqual(["16 in."]);
  });

  it("reads counts, pack sizes, watts, volts, colour temperature and ranges", () => {
    const facts = "Lumen 75W Equivalent 4000K G25 LED Globe (4-Pack), 120-Volt";
    const report = checkGrounding({ text: "A pack of 4 globes, 75-Watt, 120V, 5000K, sold as a 6-Pack.", facts });
    expect(claimed(report)).toEqual([
      ["count", "4", true],
      ["measurement", "75-Watt", true],
      ["measurement", "120V", true],
      ["measurement", "5000K", false],
      ["count", "6-Pack", false],
    ]);
  });

  it("checks bare numbers against every number in the facts, unless turned off", () => {
    expect(flagged(checkGrounding({ text: "The Series 300 model.", facts: "Series 200 storm door" }))).toEqual(["300"]);
    expect(createGroundingChecker({ bareNumbers: false }).check({ text: "The Series 300 model.", facts: "Series 200 storm door" }).claims).toEqual([]);
  });

  it("reads codes and tells codes one character apart", () => {
    const report = checkGrounding({ text: "Use the R4021 blade, not the #KLM-207C kit; the G9 bulb fits.", facts: "Saw blade R4021, kit #KLM-207B, G9 capsule bulb" });
    expect(claimed(report)).toEqual([
      ["code", "R4021", true],
      ["code", "#KLM-207C", false],
      ["code", "G9", true],
    ]);
  });

  it("ignores clock times, ordinals and list numbers", () => {
    expect(checkGrounding({ text: "1. Call us at 10:30 on the 2nd floor.", facts: "Store" }).claims).toEqual([]);
  });
});

describe("checkGrounding: prices, percentages and codes", () => {
  it("matches money by amount and currency", () => {
    const facts = "Price: 49.00 USD. Gift box: 12,50 €.";
    const report = checkGrounding({ text: "It costs $49, the box is €12.50, or 49 EUR in Europe and $12.50 here.", facts });
    expect(claimed(report)).toEqual([
      ["money", "$49", true],
      ["money", "€12.50", true],
      ["money", "49 EUR", false],
      ["money", "$12.50", false],
    ]);
  });

  it("reads price ranges with the currency after the high end", () => {
    const report = checkGrounding({ text: "Sizes run from $89 to $119.", facts: "Price: 89.00–119.00 USD" });
    expect(claimed(report)).toEqual([
      ["money", "$89", true],
      ["money", "$119", true],
    ]);
  });

  it("flags a discount code and a percentage the facts do not give", () => {
    const facts = "Use code SPRING15 for 15% off until Sunday.";
    const report = checkGrounding({ text: "Enter promo code SPRING20 at checkout to save 20%. Code SPRING15 works too.", facts });
    expect(claimed(report)).toEqual([
      ["discount-code", "SPRING20", false],
      ["percentage", "20%", false],
      ["discount-code", "SPRING15", true],
    ]);
  });
});

describe("checkGrounding: colours, materials and attributes", () => {
  it("checks every word of a colour run", () => {
    const facts = "Brook Bath Faucet in Satin Black-Nickel";
    expect(checkGrounding({ text: "The faucet comes in satin black nickel.", facts }).grounded).toBe(true);
    const report = checkGrounding({ text: "The faucet comes in Polished Nickel.", facts });
    expect(flagged(report)).toEqual(["Polished Nickel"]);
    expect(report.unsupported[0]?.reason).toContain('"Polished"');
  });

  it("reads colours and materials in English, German, French and Spanish", () => {
    const facts = "Lounge chair, black leather, stainless steel base, navy cushion";
    const checker = createGroundingChecker();
    expect(checker.check({ text: "Der Sessel ist aus schwarzem Leder mit Edelstahl.", facts }).grounded).toBe(true);
    expect(checker.check({ text: "Le fauteuil en cuir noir, coussin bleu marine.", facts }).grounded).toBe(true);
    expect(checker.check({ text: "La silla de cuero negro con base de acero inoxidable.", facts }).grounded).toBe(true);
    expect(flagged(checker.check({ text: "Ein roter Sessel.", facts }))).toEqual(["roter"]);
  });

  it("lets a general word stand for a specific one, never the other way round", () => {
    const checker = createGroundingChecker();
    expect(checker.check({ text: "A blue wood table.", facts: "Table in navy, solid oak" }).grounded).toBe(true);
    expect(flagged(checker.check({ text: "A navy oak table.", facts: "Table in blue, wood" }))).toEqual(["navy oak"]);
    expect(checker.check({ text: "The frame is metal.", facts: "Frame: cast aluminum" }).grounded).toBe(true);
  });

  it("counts words that are often something else only where they name a colour", () => {
    const facts = "Ember 22 in. Kettle Grill";
    expect(checkGrounding({ text: "Fill the grill with charcoal and light it.", facts }).claims).toEqual([]);
    expect(flagged(checkGrounding({ text: "The grill comes in Charcoal.", facts }))).toEqual(["Charcoal"]);
    expect(flagged(checkGrounding({ text: "It has a light gray lid.", facts }))).toEqual(["light gray"]);
  });

  it("flags attribute values: handedness, shape, fuel, indoor and outdoor", () => {
    const facts = "Crest 60 in. Left Drain Bathtub, Round, for Indoor use, Natural Gas heater";
    const report = checkGrounding({ text: "A Right drain, Elongated tub for Outdoor use with a Gas heater.", facts });
    expect(claimed(report)).toEqual([
      ["attribute", "Right", false],
      ["attribute", "Elongated", false],
      ["attribute", "Outdoor", false],
      ["attribute", "Gas", true],
    ]);
    expect(report.unsupported[0]?.reason).toContain("Left");
    expect(checkGrounding({ text: "You made the right choice.", facts }).claims).toEqual([]);
  });

  it("reads bed sizes", () => {
    expect(flagged(checkGrounding({ text: "The King size frame.", facts: "Aspen Queen Bed Frame" }))).toEqual(["King size"]);
  });
});

describe("checkGrounding: stock, delivery and returns", () => {
  const policy = { id: "policy:returns", title: "Returns", text: "Unused items can be returned within 30 days. Orders ship in 2-3 business days." };

  it("keeps return and delivery windows apart", () => {
    const checker = createGroundingChecker();
    expect(checker.check({ text: "You have 30 days to return it, and it ships in 2-3 business days.", facts: [policy] }).grounded).toBe(true);
    const report = checker.check({ text: "Returns are accepted for 60 days and delivery takes 30 days.", facts: [policy] });
    expect(claimed(report)).toEqual([
      ["return-window", "60 days", false],
      ["delivery-window", "30 days", false],
    ]);
    expect(report.unsupported[1]?.reason).toContain("return");
    expect(report.unsupported[0]?.evidence).toBeUndefined();
  });

  it("reads durations written in words", () => {
    const report = checkGrounding({ text: "Delivery takes two weeks; returns are free for thirty days.", facts: "Delivery in 14 days. Free returns within 30 days." });
    expect(claimed(report)).toEqual([
      ["delivery-window", "two weeks", true],
      ["return-window", "thirty days", true],
    ]);
  });

  it("gives the document a supported claim came from", () => {
    const report = checkGrounding({ text: "Returns within 30 days.", facts: [policy] });
    expect(report.claims[0]?.evidence?.source).toBe("policy:returns");
  });

  it("checks stock claims against the facts' stock", () => {
    expect(checkGrounding({ text: "It is in stock.", facts: "In stock: yes" }).grounded).toBe(true);
    expect(flagged(checkGrounding({ text: "Good news, it is in stock!", facts: "In stock: no" }))).toEqual(["in stock"]);
    expect(checkGrounding({ text: "Sorry, it is sold out.", facts: "Currently out of stock" }).grounded).toBe(true);
    expect(checkGrounding({ text: "It is in stock.", facts: "Oak shelf" }).unsupported[0]?.reason).toBe("the facts say nothing about stock");
  });
});

describe("checkGrounding: catalog products as facts", () => {
  const product = productSchema.parse({
    id: "sofa-1",
    handle: "harbor-sofa",
    title: "Harbor Three-Seat Sofa",
    vendor: "Oakhollow",
    description: "A deep sofa with a kiln-dried pine frame and linen upholstery.",
    options: [{ name: "Color", values: ["Sage", "Navy"] }],
    attributes: { "Width (cm)": 213, seats: 3 },
    variants: [
      { id: "v1", title: "Sage", price: { amount: "1299.00", currencyCode: "USD" }, compareAtPrice: { amount: "1599.00", currencyCode: "USD" }, inventoryQuantity: 3 },
      { id: "v2", title: "Navy", price: { amount: "1299", currencyCode: "USD" }, availableForSale: false },
    ],
  });

  it("turns prices, compare-at prices, the discount, stock, options and attributes into facts", () => {
    const text = "The Harbor sofa is 84 in. wide and costs $1,299, down from $1,599 (save 19% or $300). It comes in Sage or Navy linen with a pine frame. Only 3 left!";
    const report = checkGrounding({ text, facts: product });
    expect(report.unsupported).toEqual([]);
    expect(report.claims.map((claim) => claim.kind)).toEqual(["measurement", "money", "money", "percentage", "money", "colour", "colour", "material", "availability"]);
  });

  it("flags what the product does not state", () => {
    const text = "It costs $1,199, comes in Charcoal velvet on an oak frame, and 5 are left.";
    expect(flagged(checkGrounding({ text, facts: product }))).toEqual(["$1,199", "Charcoal velvet", "oak", "5"]);
  });

  it("reads a product and documents together", () => {
    const report = checkGrounding({ text: "It costs $1,299 and you can return it within 30 days.", facts: [product, { id: "policy", text: "Returns: 30 days." }] });
    expect(report.grounded).toBe(true);
  });
});

describe("createGroundingChecker settings", () => {
  it("adds the shop's colours with synonyms and families", () => {
    const checker = createGroundingChecker({ colours: [{ name: "Fjord", synonyms: ["Fjordblau", "bleu fjord"], family: ["blue"] }] });
    expect(checker.check({ text: "Das Sofa in Fjordblau, a blue sofa.", facts: "Sofa in Fjord" }).grounded).toBe(true);
    expect(flagged(checker.check({ text: "A sofa in Fjord.", facts: "Sofa in Sand Beige" }))).toEqual(["Fjord"]);
  });

  it("adds materials, attributes and units", () => {
    const checker = createGroundingChecker({
      materials: [{ name: "Tencel", synonyms: ["lyocell"], broader: ["fabric"] }],
      attributes: [{ name: "Firm", synonyms: ["fest"], group: "firmness" }, { name: "Plush", group: "firmness" }],
      units: [{ name: "thread count", spellings: ["TC"], dimension: "thread-count", kind: "measurement" }],
    });
    expect(checker.check({ text: "A fabric cover of lyocell, 400 TC, Firm.", facts: "Mattress cover, Tencel, 400 thread count, firm" }).grounded).toBe(true);
    expect(flagged(checker.check({ text: "It is Plush with 300 TC.", facts: "Mattress cover, Tencel, 400 thread count, firm" }))).toEqual(["Plush", "300 TC"]);
  });

  it("skips allow-listed phrases and unchecked kinds", () => {
    const checker = createGroundingChecker({ allowList: ["Series 7"], kinds: ["measurement"] });
    const report = checker.check({ text: "The Series 7 in Red is 30 in. wide.", facts: "Model S, 32 in. wide" });
    expect(claimed(report)).toEqual([["measurement", "30 in.", false]]);
  });

  it("names every bad setting", () => {
    try {
      createGroundingChecker({ conversionTolerance: 2, units: [{ name: "cup", spellings: [], dimension: "volume" }] } as never);
      expect.unreachable();
    } catch (error) {
      expect(InvalidConfigError.isInstance(error)).toBe(true);
      expect((error as Error).message).toContain("conversionTolerance");
      expect((error as Error).message).toContain("units.0.spellings");
    }
  });

  it("checks many texts against facts prepared once", () => {
    const checker = createGroundingChecker();
    const facts = checker.prepareFacts(["Cedar 8 ft. Picnic Table", { id: "doc", text: "Seats 6." }]);
    expect(checker.check({ text: "An 8 ft. cedar table.", facts }).grounded).toBe(true);
    expect(checker.check({ text: "A 6 ft. pine table.", facts }).unsupported.map((claim) => claim.text)).toEqual(["6 ft.", "pine"]);
    expect(checker.extractClaims("A 6 ft. pine table.")).toEqual([
      { kind: "measurement", text: "6 ft.", start: 2, end: 7 },
      { kind: "material", text: "pine", start: 8, end: 12 },
    ]);
  });
});
