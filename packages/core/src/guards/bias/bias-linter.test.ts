import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../../errors/invalid-argument-error";
import { InvalidConfigError } from "../../errors/invalid-config-error";
import { createBiasLinter } from "./bias-linter";
import { lintCopy } from "./lint-copy";

const linter = createBiasLinter();
const everything = createBiasLinter({ severity: "info" });

/** Written for these tests: ordinary copy from furniture, clothing, outdoor gear and a few other aisles. */
const neutralCopy = [
  "Solid walnut sideboard with three soft-close drawers and a hand-rubbed oil finish. Simple to assemble; just attach the legs. Special offer this week only.",
  "Our queen size bed frame pairs with the king-size duvet cover in washed linen, and the nightstand has a hidden cable slot.",
  "Waterproof hiking jacket with taped seams, a helmet-compatible hood and pit zips. Sizes run small, so order one size up.",
  "A lightweight two-person tent that pitches in three minutes. Hang the inner from the poles, stake the corners, done.",
  "Roller blind to fit windows up to 120 cm. The blackout fabric keeps bedrooms dark for shift workers and new parents.",
  "Cowboy boots in tan leather, hand-stitched with a stacked heel. Maternity leggings with a soft over-the-bump panel.",
  "Mixed nuts, roasted and lightly salted. Detox green tea with lemongrass. Non-alcoholic sparkling wine for the holidays.",
  "Dwarf apple tree for patios, self-fertile, crops in its second year. Garden spade with an ash handle and a tread.",
  "Premium chef's knife forged from a single piece of steel: a masterpiece of Japanese workmanship.",
  "Pop-up beach shelter with UPF 50+, suitable for the whole family from toddlers to grandparents.",
  "This slim-fit shirt has a spread collar and a tailored cut. Skinny jeans in stretch denim with five pockets.",
  "Down sleeping bag rated to -10 °C, with a draft collar, a two-way zip and a compression sack.",
  "Der Esstisch aus massiver Eiche bietet Platz für sechs Personen. Die Platte ist geölt und pflegeleicht.",
  "Veste imperméable avec capuche réglable et poches zippées. Semelle antidérapante pour les sentiers humides.",
  "Mesa de comedor de roble macizo para seis personas. Acabado al aceite, fácil de limpiar.",
];

describe("createBiasLinter", () => {
  it.each(neutralCopy)("finds nothing in neutral product copy: %s", (text) => {
    expect(everything.lint(text).findings).toEqual([]);
  });

  it.each([
    "Men's jacket in navy with a detachable hood.",
    "Women's boots with a shearling lining.",
    "Mens jacket, womens boots, ladies' gloves and girls' sizes.",
    "Hiking boots for women and men. Rain jackets for men, women and kids.",
    "Gifts for her, gifts for him, and stocking fillers for both boys and girls.",
    "A Mother's Day gift set with a mug and a candle.",
  ])("does not flag department and sizing names, even as notes: %s", (text) => {
    expect(everything.lint(text, { language: "en" }).findings).toEqual([]);
  });

  it("flags gendered wording that assigns roles, with the general lexicon's suggestions", () => {
    const findings = linter.lint("Our chairman picked it for every salesman on the team.").findings;
    expect(findings.map((finding) => [finding.ruleId, finding.text, finding.source])).toEqual([
      ["chairman-chairwoman", "chairman", "retext-equality"],
      ["saleslady-salesman", "salesman", "retext-equality"],
    ]);
    expect(findings[0]?.category).toBe("gendered");
    expect(findings[0]?.suggestions).toContain("chair");
    expect(findings[1]?.suggestions).toContain("salesperson");
  });

  it("hides info notes unless the threshold asks for them", () => {
    const text = "Dad will love this grill.";
    expect(linter.lint(text).findings).toEqual([]);
    expect(everything.lint(text).findings.map((finding) => [finding.ruleId, finding.severity])).toEqual([["dad-mom", "info"]]);
    const errorsOnly = createBiasLinter({ severity: "error" });
    expect(errorsOnly.lint("So easy even your wife can use it. A crazy good deal.").findings.map((finding) => finding.ruleId)).toEqual([
      "gendered/so-easy-even",
    ]);
  });

  it("reports one finding where the lexicon and a commerce rule flag the same words", () => {
    const findings = linter.lint("A crazy good deal on an oriental rug and a gypsy skirt.", { language: "en" }).findings;
    expect(findings.map((finding) => [finding.ruleId, finding.text])).toEqual([
      ["ableist/madness-as-intensifier", "crazy"],
      ["stereotyping/oriental", "oriental rug"],
      ["stereotyping/gypsy", "gypsy"],
    ]);
    expect(findings[1]?.suggestions).toContain("Persian rug");
  });

  it("capitalises suggestions for a capitalised finding", () => {
    const [finding] = linter.lint("Slimming and flattering.").findings;
    expect(finding?.suggestions[0]).toBe("Streamlined");
  });

  it("lets the merchant allow a word or a product line", () => {
    const text = "The Gypsy Rose maxi dress in an exotic print, from our Manhattan line.";
    expect(linter.lint(text).findings.map((finding) => finding.text)).toEqual(["Gypsy", "exotic"]);
    const allowing = createBiasLinter({ allowList: ["gypsy rose", "Manhattan"] });
    expect(allowing.lint(text).findings.map((finding) => finding.text)).toEqual(["exotic"]);
    expect(allowing.lint("A tiered gypsy skirt.").findings.map((finding) => finding.text)).toEqual(["gypsy"]);
  });

  it("disables rules by id, from either source", () => {
    const relaxed = createBiasLinter({ disabledRules: ["stereotyping/exotic", "chairman-chairwoman"] });
    expect(relaxed.lint("An exotic gift for the chairman.").findings).toEqual([]);
  });

  it("runs the shop's own rules, literal or as expressions", () => {
    const custom = createBiasLinter({
      extraRules: [
        {
          id: "shop/no-cheap",
          category: "other",
          message: "Our style guide says affordable, not cheap.",
          patterns: { any: ["cheap and cheerful"] },
          suggestions: { en: ["affordable"], any: ["günstig"] },
        },
        { id: "shop/babe", category: "gendered", severity: "error", message: "No.", patterns: { en: [/babe?s?\b/] } },
      ],
    });
    const english = custom.lint("Cheap  and cheerful mugs for every babe.", { language: "en" }).findings;
    expect(english.map((finding) => [finding.ruleId, finding.text, finding.severity, finding.suggestions])).toEqual([
      ["shop/no-cheap", "Cheap  and cheerful", "warning", ["Affordable"]],
      ["shop/babe", "babe", "error", []],
    ]);
    const german = custom.lint("Cheap and cheerful, sagt man.", { language: "de" }).findings;
    expect(german.map((finding) => finding.suggestions)).toEqual([["Günstig"]]);
  });

  it("names every bad setting", () => {
    let caught: unknown;
    try {
      createBiasLinter({
        languages: ["en", "pt" as "en"],
        severity: "fatal" as "error",
        disabledRules: ["stereotyping/nope"],
      });
    } catch (error) {
      caught = error;
    }
    expect(InvalidConfigError.isInstance(caught)).toBe(true);
    const paths = (caught as InvalidConfigError).issues.map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(["languages.1", "severity"]));

    expect(() => createBiasLinter({ disabledRules: ["stereotyping/nope"] })).toThrow(/disabledRules\.0: no rule has the id 'stereotyping\/nope'/);
    expect(() =>
      createBiasLinter({ extraRules: [{ id: "stereotyping/exotic", category: "other", message: "x", patterns: { en: ["x"] } }] }),
    ).toThrow(/extraRules\.0\.id/);
    expect(() => createBiasLinter({ extraRules: [{ id: "x", category: "other", message: "x", patterns: {} }] })).toThrow(InvalidConfigError);
  });

  it("rejects text that is not a string and an unknown language", () => {
    expect(() => linter.lint(42 as unknown as string)).toThrow(InvalidArgumentError);
    expect(() => linter.lint("hello", { language: "pt" as "en" })).toThrow(InvalidArgumentError);
    expect(linter.lint("   ").findings).toEqual([]);
  });

  it("uses the detected language and, for a title too short to tell, every configured one", () => {
    // French copy: the English lexicon does not run, so "chairman" inside it is not flagged.
    const french = "Un tapis oriental pour le salon, avec une frange et des couleurs chaudes.";
    expect(linter.lint(french).findings.map((finding) => [finding.ruleId, finding.severity])).toEqual([]);
    expect(everything.lint(french).findings.map((finding) => [finding.ruleId, finding.severity])).toEqual([
      ["stereotyping/oriental", "info"],
    ]);
    expect(linter.lint("Falda gitana").findings.map((finding) => finding.ruleId)).toEqual(["stereotyping/gypsy"]);
    const germanOnly = createBiasLinter({ languages: ["de"] });
    expect(germanOnly.lint("A slimming dress.").findings).toEqual([]);
    expect(germanOnly.lint("Macht optisch schlanker.").findings.map((finding) => finding.ruleId)).toEqual(["body-shaming/slimming"]);
  });

  it("is deterministic and orders findings by position", () => {
    const text = "Anti-aging cream for the man of the house: slimming, exotic and crazy good.";
    const first = linter.lint(text);
    const second = createBiasLinter().lint(text);
    expect(second).toEqual(first);
    const starts = first.findings.map((finding) => finding.start);
    expect([...starts].sort((left, right) => left - right)).toEqual(starts);
    expect(first.findings).toHaveLength(5);
  });

  it("lints a product description in well under a millisecond once warm", () => {
    const description = `${neutralCopy.slice(0, 5).join(" ")} A slimming, exotic and crazy good deal.`;
    for (let index = 0; index < 200; index++) linter.lint(description);
    const runs = 500;
    const started = performance.now();
    for (let index = 0; index < runs; index++) linter.lint(description);
    const perLint = (performance.now() - started) / runs;
    expect(perLint).toBeLessThan(1);
  });
});

describe("lintCopy", () => {
  it("lints one field of a draft with the default settings or the shop's linter", () => {
    expect(lintCopy("A slimming wrap dress.").map((finding) => finding.ruleId)).toEqual(["body-shaming/slimming"]);
    expect(lintCopy("Une gaine amincissante.", "fr").map((finding) => finding.suggestions[0])).toEqual(["coupe structurée"]);
    const shop = createBiasLinter({ allowList: ["slimming"] });
    expect(lintCopy("A slimming wrap dress.", "en", shop)).toEqual([]);
  });
});
