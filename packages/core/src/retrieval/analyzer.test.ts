import { describe, expect, it } from "vitest";
import { createTextAnalyzer } from "./analyzer";
import { withinOneEdit } from "./edit-distance";
import { foldText } from "./fold-text";

const english = createTextAnalyzer({ language: "en", stemming: "plural", removeStopwords: true });
const englishSnowball = createTextAnalyzer({ language: "en", stemming: "snowball", removeStopwords: true });

describe("text analysis", () => {
  it("folds case and accents", () => {
    expect(foldText("Crème BRÛLÉE Straße Ærø")).toBe("creme brulee strasse aero");
  });

  it("drops English stopwords and stems plurals, or full Snowball stems on request", () => {
    expect(english.analyze("The Batteries for the Drills")).toEqual(["battery", "drill"]);
    expect(englishSnowball.analyze("lighting fixtures")).toEqual(["light", "fixtur"]);
    expect(english.analyze("lighting fixtures")).toEqual(["lighting", "fixture"]);
  });

  it("stems German, French and Spanish with their own stopwords", () => {
    const german = createTextAnalyzer({ language: "de", stemming: "snowball", removeStopwords: true });
    expect(german.analyze("Die Bohrmaschinen und die Schrauben")).toEqual(["bohrmaschin", "schraub"]);
    expect(german.analyze("Häuser")).toEqual(german.analyze("Haus"));
    const french = createTextAnalyzer({ language: "fr", stemming: "snowball", removeStopwords: true });
    expect(french.analyze("Les lampes de la cuisine")).toEqual(["lamp", "cuisin"]);
    expect(french.analyze("chevaux")).toEqual(french.analyze("cheval"));
    const spanish = createTextAnalyzer({ language: "es", stemming: "snowball", removeStopwords: true });
    expect(spanish.analyze("Las lámparas para el jardín")).toEqual(["lamp", "jardin"]);
    expect(spanish.analyze("taladros")).toEqual(spanish.analyze("taladro"));
  });

  it("stems before folding accents, so accent-dependent rules still apply", () => {
    const french = createTextAnalyzer({ language: "fr", stemming: "snowball", removeStopwords: true });
    expect(french.analyze("Étagère")).toEqual(french.analyze("étagères"));
    expect(french.analyze("étagères")[0]).not.toMatch(/[^\x00-\x7f]/);
  });

  it("normalises lengths written every common way to one canonical term", () => {
    const inch = ["60 in.", '60"', "60 inch", "60-inch", "60 inches", "60in", "60 Zoll", "60 pulgadas"];
    for (const spelling of inch) expect(english.analyze(spelling)).toEqual(["60", "60in"]);
    for (const spelling of ["5 ft", "5'", "5 feet", "5-ft.", "5ft"]) expect(english.analyze(spelling)).toEqual(["5", "5ft"]);
    expect(english.analyze("1/2 in.")).toEqual(["0.5", "0.5in"]);
    expect(english.analyze('1-1/2"')).toEqual(["1.5", "1.5in"]);
    expect(english.analyze("1 1/2 in")).toEqual(["1.5", "1.5in"]);
    expect(english.analyze(".75 in")).toEqual(["0.75", "0.75in"]);
  });

  it("turns dimensions into one term whatever the spacing and units", () => {
    expect(english.analyze("2x4 stud")).toEqual(["2", "4", "2x4", "stud"]);
    const spelled = english.analyze("2 in. x 4 in. x 8 ft. Stud");
    expect(spelled).toEqual(expect.arrayContaining(["2x4", "2x4x8", "2in", "4in", "8ft", "stud"]));
    expect(english.analyze("3/4 in. × 100 ft.")).toEqual(expect.arrayContaining(["0.75x100", "0.75in", "100ft"]));
  });

  it("canonicalises compound units, other units, thousands separators and decimal commas", () => {
    expect(english.analyze("1.9 cu. ft. microwave")).toEqual(["1.9", "1.9cuft", "microwave"]);
    expect(english.analyze("20 sq ft")).toEqual(["20", "20sqft"]);
    expect(english.analyze("12-Gauge wire")).toEqual(["12", "12ga", "wire"]);
    expect(english.analyze("1,000 watts")).toEqual(["1000", "1000w"]);
    expect(english.analyze("1,5 l")).toEqual(["1.5", "1.5l"]);
    expect(english.analyze("60W 3000K")).toEqual(["60", "60w", "3000", "3000k"]);
  });

  it("recognises bed and garment sizes", () => {
    for (const spelling of ["King Size", "king-size", "kingsize"]) {
      expect(english.analyze(`${spelling} sheets`)).toEqual(["king", "kingsize", "sheet"]);
    }
    expect(english.analyze("X-Large gloves")).toEqual(["xl", "glove"]);
    expect(english.analyze("extra large gloves")).toEqual(["xl", "glove"]);
  });

  it("keeps model numbers and hyphenated words findable in their joined form", () => {
    expect(english.analyze("d210 belt")).toEqual(expect.arrayContaining(["d210", "210", "belt"]));
    expect(english.analyze("#SC-141 Tugboat")).toEqual(expect.arrayContaining(["sc", "141", "sc141", "tugboat"]));
    expect(english.analyze("Char-Broil grill")).toEqual(expect.arrayContaining(["char", "broil", "charbroil", "grill"]));
    expect(english.analyze("019 070")).toEqual(["19", "70"]);
  });

  it("decodes HTML entities instead of indexing their names", () => {
    expect(english.analyze("Mason&#39;s Line &amp; Reel")).toEqual(["mason", "line", "reel"]);
  });
});

describe("withinOneEdit", () => {
  it("accepts one insertion, deletion, substitution or neighbour swap and nothing more", () => {
    expect(withinOneEdit("frigidaire", "frigidare")).toBe(true);
    expect(withinOneEdit("faucet", "faucets")).toBe(true);
    expect(withinOneEdit("hammer", "hamner")).toBe(true);
    expect(withinOneEdit("ladder", "laddre")).toBe(true);
    expect(withinOneEdit("ladder", "ladder")).toBe(true);
    expect(withinOneEdit("battery", "batties")).toBe(false);
    expect(withinOneEdit("ladder", "lader12")).toBe(false);
    expect(withinOneEdit("abcd", "badc")).toBe(false);
  });
});
