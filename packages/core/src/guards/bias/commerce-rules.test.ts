import { describe, expect, it } from "vitest";
import { createBiasLinter } from "./bias-linter";
import { biasCategories, biasLanguages, type BiasCategory, type BiasLanguage } from "./bias-types";
import { commerceRules } from "./rules";
import { compileExpression } from "./rules/rule";

/** Aisle's rules alone, so each case shows what the commerce rule set covers without the English lexicon. */
const commerce = createBiasLinter({ sources: ["aisle-commerce"], severity: "info" });

type Case = [language: BiasLanguage, category: BiasCategory, text: string, ruleId: string, flagged: string];

const cases: Case[] = [
  ["en", "gendered", "The perfect gift for the man of the house.", "gendered/head-of-household", "the man of the house"],
  ["de", "gendered", "Ein Geschenk für den Mann im Haus.", "gendered/head-of-household", "den Mann im Haus"],
  ["en", "gendered", "A perfect gift for mom's kitchen duties.", "gendered/household-duties", "mom's kitchen duties"],
  ["fr", "gendered", "Idéal pour les corvées de maman.", "gendered/household-duties", "les corvées de maman"],
  ["es", "gendered", "El regalo ideal para el ama de casa.", "gendered/housewife", "ama de casa"],
  ["de", "gendered", "Grillen ist Männersache.", "gendered/gender-stereotype", "Männersache"],
  ["es", "gendered", "Una parrilla para hombres de verdad.", "gendered/gender-stereotype", "hombres de verdad"],
  ["en", "gendered", "So easy even your wife can use it.", "gendered/so-easy-even", "So easy even your wife can"],
  ["fr", "gendered", "Même votre femme peut l'installer.", "gendered/so-easy-even", "Même votre femme peut"],

  ["en", "ageist", "An anti-aging serum with vitamin C.", "ageist/anti-aging", "anti-aging"],
  ["fr", "ageist", "Un sérum anti-âge à la vitamine C.", "ageist/anti-aging", "anti-âge"],
  ["es", "ageist", "Crema antiedad con retinol.", "ageist/anti-aging", "antiedad"],
  ["en", "ageist", "Big buttons for seniors who can't see small print.", "ageist/deficit", "seniors who can't"],
  ["de", "ageist", "Für Senioren, die nicht mehr gut sehen.", "ageist/deficit", "Senioren, die nicht mehr"],
  ["en", "ageist", "Young and hip sneakers for the weekend.", "ageist/youth-as-standard", "Young and hip"],
  ["es", "ageist", "Un diseño joven y moderno.", "ageist/youth-as-standard", "joven y moderno"],

  ["en", "ableist", "A crazy good deal on patio chairs.", "ableist/madness-as-intensifier", "crazy"],
  ["fr", "ableist", "Des prix fous sur toute la literie.", "ableist/madness-as-intensifier", "prix fous"],
  ["es", "ableist", "¡Precios locos en toda la tienda!", "ableist/madness-as-intensifier", "Precios locos"],
  ["en", "ableist", "Other brands are tone-deaf and blind to what hikers need.", "ableist/disability-as-metaphor", "tone-deaf"],
  ["de", "ableist", "Die Konkurrenz ist blind für Qualität.", "ableist/disability-as-metaphor", "blind für"],
  ["en", "ableist", "Old speakers sound lame next to these.", "ableist/disability-as-metaphor", "lame"],
  ["de", "ableist", "Für Menschen, die an den Rollstuhl gefesselt sind.", "ableist/wheelchair-bound", "an den Rollstuhl gefesselt"],

  ["en", "body-shaming", "A slimming wrap dress.", "body-shaming/slimming", "slimming"],
  ["fr", "body-shaming", "Une gaine amincissante en coton.", "body-shaming/slimming", "amincissante"],
  ["en", "body-shaming", "Flattering for problem areas.", "body-shaming/hide-the-body", "problem areas"],
  ["en", "body-shaming", "The high waist hides your tummy.", "body-shaming/hide-the-body", "hides your tummy"],
  ["de", "body-shaming", "Der weite Schnitt kaschiert den Bauch.", "body-shaming/hide-the-body", "kaschiert den Bauch"],
  ["de", "body-shaming", "Figurbetont kaschiert das Kleid kleine Pölsterchen.", "body-shaming/hide-the-body", "Figurbetont kaschiert"],
  ["es", "body-shaming", "Este vestido disimula la barriga.", "body-shaming/hide-the-body", "disimula la barriga"],
  ["en", "body-shaming", "Plus-size but still stylish.", "body-shaming/size-apology", "Plus-size but still"],
  ["de", "body-shaming", "Trotz Übergröße elegant.", "body-shaming/size-apology", "Trotz Übergröße"],

  ["en", "stereotyping", "A skirt in an ethnic print.", "stereotyping/ethnic-style", "ethnic print"],
  ["es", "stereotyping", "Vestido con estampado étnico.", "stereotyping/ethnic-style", "estampado étnico"],
  ["en", "stereotyping", "Exotic colours for your living room.", "stereotyping/exotic", "Exotic"],
  ["de", "stereotyping", "Ein Kissen mit exotischem Muster.", "stereotyping/exotic", "exotischem"],
  ["en", "stereotyping", "A tee with a tribal pattern.", "stereotyping/tribal", "tribal"],
  ["fr", "stereotyping", "Un sac à motif tribal.", "stereotyping/tribal", "tribal"],
  ["en", "stereotyping", "A tiered gypsy skirt.", "stereotyping/gypsy", "gypsy"],
  ["es", "stereotyping", "Falda gitana de volantes.", "stereotyping/gypsy", "gitana"],
  ["en", "stereotyping", "A hand-knotted oriental rug.", "stereotyping/oriental", "oriental rug"],
  ["de", "stereotyping", "Indianerkostüm für Kinder.", "stereotyping/native-costume", "Indianerkostüm"],

  ["en", "racial", "Flesh-coloured tights.", "racial/skin-colour-as-one-shade", "Flesh-coloured"],
  ["de", "racial", "Hautfarbene Strumpfhose.", "racial/skin-colour-as-one-shade", "Hautfarbene"],
  ["de", "racial", "Zigeunerschnitzel mit Pommes.", "racial/slur", "Zigeunerschnitzel"],
  ["fr", "racial", "Pull couleur tête de nègre.", "racial/slur", "tête de nègre"],

  ["en", "other", "No homo, but these are cute.", "other/orientation-as-insult", "No homo"],
  ["de", "other", "Voll schwul, das Design.", "other/orientation-as-insult", "Voll schwul"],
  ["es", "other", "Qué mariconada.", "other/orientation-as-insult", "mariconada"],
];

describe("commerce rules", () => {
  it.each(cases)("%s %s: %s", (language, category, text, ruleId, flagged) => {
    const findings = commerce.lint(text, { language }).findings;
    const finding = findings.find((candidate) => candidate.ruleId === ruleId);
    expect(finding, JSON.stringify(findings)).toBeDefined();
    expect(finding?.category).toBe(category);
    expect(finding?.text).toBe(flagged);
    expect(text.slice(finding?.start, finding?.end)).toBe(flagged);
    expect(finding?.source).toBe("aisle-commerce");
    expect(finding?.suggestions.length).toBeGreaterThan(0);
  });

  it("covers every category in at least two languages", () => {
    for (const category of biasCategories) {
      const languages = new Set(cases.filter((entry) => entry[1] === category).map((entry) => entry[0]));
      expect(languages.size, category).toBeGreaterThanOrEqual(2);
    }
  });

  it("gives every rule patterns and suggestions in English, German, French and Spanish", () => {
    for (const rule of commerceRules) {
      for (const language of biasLanguages) {
        expect(rule.patterns[language]?.length ?? 0, `${rule.id} ${language} patterns`).toBeGreaterThan(0);
        expect(rule.suggestions[language]?.length ?? 0, `${rule.id} ${language} suggestions`).toBeGreaterThan(0);
      }
      expect(rule.id.startsWith(`${rule.category}/`)).toBe(true);
    }
    expect(new Set(commerceRules.map((rule) => rule.id)).size).toBe(commerceRules.length);
  });

  it("compiles every pattern on its own and never matches empty text", () => {
    for (const rule of commerceRules) {
      for (const sources of Object.values(rule.patterns)) {
        for (const source of sources ?? []) {
          const expression = compileExpression([source]);
          expect(expression.test(""), `${rule.id}: ${source}`).toBe(false);
        }
      }
    }
  });

  it("answers in the language of the text", () => {
    const [german] = commerce.lint("Ein Kissen mit exotischem Muster.", { language: "de" }).findings;
    const [spanish] = commerce.lint("Un cojín con un aire exótico.", { language: "es" }).findings;
    expect(german?.suggestions).toContain("importiert");
    expect(spanish?.suggestions).toContain("importado");
  });

  it.each([
    ["a roller blind to fit any window", "en"],
    ["blind-spot monitoring and a dumbbell rack", "en"],
    ["a gold lame party dress", "en"],
    ["exotic hardwood veneer and an exotic fruit basket", "en"],
    ["fruits exotiques de saison et bois exotique", "fr"],
    ["maderas exóticas certificadas", "es"],
    ["ein Trekkingzelt mit kaschiertem Boden", "de"],
    ["ein verstecktes Fach am Bauch für Ausweis und Karten", "de"],
    ["Rettungsringe nach DIN, Mohren und Möhren vom Hof", "de"],
    ["une yourte mongole en feutre et une tapette à souris", "fr"],
    ["vestido negro de punto y cartucheras de cuero para caza", "es"],
    ["foundation in 40 shades for every skin tone", "en"],
    ["the case looks slimmer than most", "en"],
    ["slim-fit shirt, skinny jeans and a tummy control swimsuit", "en"],
    ["Mannschaftstrikot für die ganze Mannschaft", "de"],
    ["Menschen mit Behinderung nutzen den Rollstuhl", "de"],
  ] as const)("leaves the everyday sense alone: %s", (text, language) => {
    expect(commerce.lint(text, { language }).findings).toEqual([]);
  });
});
