import { z } from "zod";
import { builtInEntityTypes } from "../../guards/pii/pii-types";
import { reviewLanguages } from "./lexicon/languages";

export const defaultReviewPiiEntities = ["EMAIL_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN"] as const;

const moderationSchema = z.object({
  toxicity: z.boolean().default(true),
  spam: z.boolean().default(true),
  pii: z.boolean().default(true),
  /** Spam signals add up (a link 3, an ad phrase 2-3, repeated text 3, shouting 1); at this total a review is spam. */
  spamThreshold: z.number().positive().default(3),
  /**
   * Personal data worth holding a review for. Names are left out by default: reviews are signed and name
   * products, brands and family members far more often than they leak a stranger's name.
   */
  piiEntities: z.array(z.enum(builtInEntityTypes)).min(1).default([...defaultReviewPiiEntities]),
  /** Values never reported as personal data: the shop's support address, its own phone number. */
  piiAllowList: z.array(z.string().min(1)).default([]),
  /** The shop's own words to treat as abusive, matched as whole words, case-insensitively. */
  blockedWords: z.array(z.string().trim().min(1)).default([]),
});

export const reviewAnalyzerSettingsSchema = z.object({
  /** Reviews whose sentiment score lies within ±neutralBand are labelled neutral. */
  neutralBand: z.number().min(0).max(0.95).default(0.2),
  /** Forces one language for every review; by default each review's `locale` or its words decide. */
  language: z.enum(reviewLanguages).optional(),
  moderation: moderationSchema.default(moderationSchema.parse({})),
});

export type ReviewAnalyzerSettings = z.input<typeof reviewAnalyzerSettingsSchema>;
export type ResolvedReviewAnalyzerSettings = z.output<typeof reviewAnalyzerSettingsSchema>;
export type ReviewModerationSettings = ResolvedReviewAnalyzerSettings["moderation"];
