/** Languages with commerce rule sets. The retext-equality lexicon covers English only. */
export const biasLanguages = ["en", "de", "fr", "es"] as const;
export type BiasLanguage = (typeof biasLanguages)[number];

export const biasCategories = [
  /** Gender roles and defaults: "for the man of the house", "mom's kitchen duties", "chairman". */
  "gendered",
  /** Age as a defect or a deficit: "anti-aging", "for seniors who can't …", "young and hip". */
  "ageist",
  /** Disability and mental illness as metaphor or insult: "crazy good deal", "lame", "tone-deaf". */
  "ableist",
  /** Bodies as problems to hide: "slimming", "hides your tummy", "plus-size but still". */
  "body-shaming",
  /** Cultures as decoration or as foreign: "ethnic print", "exotic", "tribal", "gypsy", "oriental rug". */
  "stereotyping",
  /** Racial and ethnic slurs, and "skin colour" meaning one skin colour. */
  "racial",
  /** Sexual orientation, addiction, suicide and violence, and anything a custom rule does not place. */
  "other",
] as const;
export type BiasCategory = (typeof biasCategories)[number];

/** Ordered: `info` is a note for an editor, `warning` should be rewritten, `error` must not be published. */
export const biasSeverities = ["info", "warning", "error"] as const;
export type BiasSeverity = (typeof biasSeverities)[number];

/** `retext-equality`: the maintained English lexicon; `aisle-commerce`: Aisle's own commerce rules (and custom rules). */
export const biasSources = ["retext-equality", "aisle-commerce"] as const;
export type BiasSource = (typeof biasSources)[number];

export type BiasFinding = {
  /** Stable rule id: retext-equality's pattern id (`chairman-chairwoman`) or Aisle's `category/name`. */
  ruleId: string;
  category: BiasCategory;
  severity: BiasSeverity;
  /** Offsets into the linted text (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  /** The flagged text as written. */
  text: string;
  message: string;
  /** Replacements or rewrites in the text's language; capitalised when the flagged text is. */
  suggestions: string[];
  source: BiasSource;
};

export type BiasLintResult = { findings: BiasFinding[] };

export const severityRank: Record<BiasSeverity, number> = { info: 0, warning: 1, error: 2 };
