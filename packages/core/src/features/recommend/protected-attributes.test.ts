import { describe, expect, it } from "vitest";
import { stripProtectedAttributes, stripProtectedText } from "./protected-attributes";

const kindsOf = (removed: ReadonlyArray<{ kind: string }>) => [...new Set(removed.map((entry) => entry.kind))].sort();

describe("stripProtectedAttributes", () => {
  it("drops protected fields by name, in any casing and at any depth, and reports paths without values", () => {
    const { profile, removed } = stripProtectedAttributes({
      customerId: "cust-1",
      Gender: "female",
      age_range: "25-34",
      dateOfBirth: "1990-04-02",
      crm: { Religion: "Catholic", maritalStatus: "married", Staatsangehörigkeit: "DE", nacionalidad: "MX", loyalty: "gold" },
      demographics: { segment: "urban" },
      healthConditions: ["asthma"],
      pregnancyDueDate: "2027-01-01",
      preferences: { colors: ["Charcoal"] },
    });
    expect(profile).toEqual({ customerId: "cust-1", crm: { loyalty: "gold" }, preferences: { colors: ["Charcoal"] } });
    expect(removed.map((entry) => entry.path).sort()).toEqual(
      ["Gender", "age_range", "crm.Religion", "crm.Staatsangehörigkeit", "crm.maritalStatus", "crm.nacionalidad", "dateOfBirth", "demographics", "healthConditions", "pregnancyDueDate"].sort(),
    );
    expect(JSON.stringify(removed)).not.toMatch(/female|Catholic|asthma|1990/);
  });

  it("does not mistake ordinary field names for protected ones", () => {
    const input = { imageUrl: "x", language: "en", usage: 3, averageOrderValue: 120, pageSize: 10, stage: "lead" };
    expect(stripProtectedAttributes(input)).toEqual({ profile: input, removed: [] });
  });

  it("drops names and e-mail addresses by default and their words from free text, keeping ids intact", () => {
    const { profile, removed } = stripProtectedAttributes({
      customerId: "cust-maya-okafor",
      firstName: "Maya",
      lastName: "Okafor",
      email: "maya.okafor@example.com",
      notes: "Maya prefers oak; Okafor family account.",
    });
    expect(profile).toEqual({ customerId: "cust-maya-okafor", notes: "prefers oak; family account." });
    expect(kindsOf(removed)).toEqual(["name"]);
    expect(stripProtectedAttributes({ firstName: "Maya" }, { keepNames: true }).profile).toEqual({ firstName: "Maya" });
  });

  it("cuts a name but keeps the same word when it is a colour in lower case", () => {
    const { profile } = stripProtectedAttributes({ firstName: "Olive", notes: "Olive asked about the olive parka." });
    expect(profile.notes).toBe("asked about the olive parka.");
  });

  it("scans every text value: tags, segments and preference lists", () => {
    const { profile, removed } = stripProtectedAttributes({
      tags: ["vip", "female", "senior", "outdoor"],
      segment: "young professional",
      preferences: { colors: ["Black", "Women's"], materials: ["wool"] },
    });
    expect(profile).toEqual({ tags: ["vip", "outdoor"], preferences: { colors: ["Black"], materials: ["wool"] } });
    expect(kindsOf(removed)).toEqual(["age", "gender"]);
  });

  it("does not copy shared objects into the result or change the input", () => {
    const input = { gender: "male", preferences: { colors: ["Sage"] }, notes: ["He is 40."] };
    const snapshot = structuredClone(input);
    const { profile } = stripProtectedAttributes(input);
    expect(input).toEqual(snapshot);
    expect(profile.preferences).not.toBe(input.preferences);
    expect(profile).toEqual({ preferences: { colors: ["Sage"] }, notes: [] });
  });
});

describe("stripProtectedText", () => {
  it.each([
    ["She is 34, loves oak and linen.", "loves oak and linen.", ["age"]],
    ["Female, 34. Prefers charcoal.", "Prefers charcoal.", ["gender"]],
    ["He uses a wheelchair and likes camping", "likes camping", ["disability"]],
    ["Shopping for my wife; wants a rug", "wants a rug", ["gender"]],
    ["She is Black. Wants black boots.", "Wants black boots.", ["race"]],
    ["She prefers oak.", "prefers oak.", ["gender"]],
    ["Retired teacher, likes wool", "likes wool", ["age"]],
    ["Expecting a baby in May, needs a dresser", "needs a dresser", ["pregnancy"]],
    ["Muslim, buys linen", "buys linen", ["religion"]],
    ["I'm Mexican and I love walnut", "I love walnut", ["nationality"]],
    ["Has back pain; wants a firm mattress", "wants a firm mattress", ["health"]],
    ["Single mom, two kids, loves sage", "two kids, loves sage", ["gender", "marital-status"]],
    ["Gay couple furnishing a flat", "", ["sexual-orientation"]],
    ["My name is Priya and I like teak", "I like teak", ["name"]],
  ])("English: %s", (text, expected, kinds) => {
    const result = stripProtectedText(text);
    expect(result.text).toBe(expected);
    expect([...result.kinds].sort()).toEqual(kinds);
  });

  it.each([
    ["Sie ist 67 Jahre alt und mag Eiche.", "mag Eiche."],
    ["Ich bin Türke, mag Holz", "mag Holz"],
    ["Verheiratet, sucht einen Teppich", "sucht einen Teppich"],
    ["Elle est musulmane et aime le lin", "aime le lin"],
    ["Il a 40 ans, cherche un canapé", "cherche un canapé"],
    ["Retraitée, aime le chêne", "aime le chêne"],
    ["Soy mexicana, me gusta el roble", "me gusta el roble"],
    ["Está embarazada y busca una cuna", "busca una cuna"],
    ["Tiene 70 años, busca una alfombra", "busca una alfombra"],
  ])("other languages: %s", (text, expected) => {
    expect(stripProtectedText(text).text).toBe(expected);
  });

  it.each([
    "Bought the Dutch oven and a trekking pole.",
    "Wants a single burner stove and a window blind.",
    "Likes black and white stripes, Turkish cotton towels.",
    "Hypoallergenic pillow, man-made fibres are fine.",
  ])("leaves product talk alone: %s", (text) => {
    expect(stripProtectedText(text)).toEqual({ text, kinds: [] });
  });
});
