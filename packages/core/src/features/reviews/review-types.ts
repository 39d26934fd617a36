import type { ReviewLanguage } from "./lexicon/languages";

export const reviewAspects = [
  "quality",
  "fit-and-size",
  "comfort",
  "shipping",
  "price",
  "durability",
  "appearance",
  "customer-service",
  "assembly",
] as const;

/** What a review talks about; ids are stable, `aspectLabels` holds the words used in summaries. */
export type ReviewAspect = (typeof reviewAspects)[number];

export const aspectLabels: Record<ReviewAspect, string> = {
  quality: "quality",
  "fit-and-size": "fit and sizing",
  comfort: "comfort",
  shipping: "shipping and delivery",
  price: "price and value",
  durability: "durability",
  appearance: "look and colour",
  "customer-service": "customer service",
  assembly: "assembly",
};

export type ReviewPolarity = "positive" | "negative" | "neutral";

/** The minimum a review needs; the platform `Review` (sources.ts) fits it. */
export type ReviewInput = {
  id: string;
  body: string;
  title?: string;
  rating?: number;
  /** BCP 47 tag; when absent the language is detected from the text. */
  locale?: string;
  productId?: string;
  /** ISO 8601; the newest reviews are the ones shown to a model when there are many. */
  createdAt?: string;
};

/** A quotation from the review: offsets into `review.title` or `review.body`, end exclusive. */
export type ReviewEvidence = { field: "title" | "body"; start: number; end: number; text: string };

export type AspectMention = {
  aspect: ReviewAspect;
  polarity: ReviewPolarity;
  /** Signed strength of the opinion words around the mention; 0 when none were found. */
  score: number;
  evidence: ReviewEvidence;
};

export type ReviewFlagType = "toxicity" | "spam" | "pii";

export type ReviewFlag = {
  type: ReviewFlagType;
  /** `high` means hold the review for a person; `low` means publish but keep an eye on it. */
  severity: "low" | "medium" | "high";
  /** Why, in a sentence a moderator can act on. */
  reason: string;
  evidence: ReviewEvidence[];
  /** For `pii`: the entity types found (EMAIL_ADDRESS, PHONE_NUMBER, STREET_ADDRESS...). */
  entities?: string[];
};

export type ReviewSentiment = {
  label: ReviewPolarity;
  /** In (-1, 1): below 0 leans negative; `label` is neutral within the configured band around 0. */
  score: number;
};

export type ReviewAnalysis = {
  id: string;
  language: ReviewLanguage;
  sentiment: ReviewSentiment;
  aspects: AspectMention[];
  flags: ReviewFlag[];
};

export type AspectPolarityResult = {
  polarity: ReviewPolarity;
  score: number;
  /** The opinion words that decided it, as offsets into the sentence. */
  evidence: Array<{ start: number; end: number; text: string; value: number }>;
};
