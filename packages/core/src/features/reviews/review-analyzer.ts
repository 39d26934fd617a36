import { z } from "zod";
import { InvalidArgumentError } from "../../errors/invalid-argument-error";
import { parseSettings } from "../../util/parse-settings";
import { polarityOf, scoreAspectMentions, scoreMention } from "./find-aspects";
import { learnedSentimentMargin } from "./learned-sentiment";
import { detectLanguage, languageResources, type ReviewLanguage } from "./lexicon/languages";
import { createReviewModerator, type ReviewDocument } from "./moderate-review";
import { reviewAnalyzerSettingsSchema, type ResolvedReviewAnalyzerSettings, type ReviewAnalyzerSettings } from "./review-analyzer-settings";
import { spanOf, tokenize } from "./review-text";
import type { AspectMention, AspectPolarityResult, ReviewEvidence, ReviewAnalysis, ReviewFlag, ReviewInput, ReviewSentiment } from "./review-types";
import { scoreOpinions, type ScoredText } from "./score-opinions";
import { lexiconMargin } from "./sentiment-features";

export type ReviewAnalyzer = {
  readonly settings: ResolvedReviewAnalyzerSettings;
  /** Sentiment, aspects with quoted evidence, and moderation flags of one review (title and body). */
  analyzeReview(review: ReviewInput): ReviewAnalysis;
  /** Sentiment of a bare text, e.g. a review body without its title. */
  sentiment(text: string, options?: { language?: ReviewLanguage; locale?: string }): ReviewSentiment;
  /**
   * The polarity expressed towards `aspectTerm` in `sentence` (SemEval-2014 task 4, subtask 2). `from` picks
   * the occurrence when the term appears more than once; otherwise the first whole-word occurrence is used.
   */
  aspectPolarity(sentence: string, aspectTerm: string, options?: { from?: number; language?: ReviewLanguage }): AspectPolarityResult;
  /** Only the moderation flags. */
  moderate(review: ReviewInput): ReviewFlag[];
};

const reviewInputSchema = z.object({
  id: z.string().min(1, "a review needs an id"),
  body: z.string(),
  title: z.string().optional(),
  rating: z.number().optional(),
  locale: z.string().optional(),
  productId: z.string().optional(),
  createdAt: z.string().optional(),
});

/**
 * Offline review analysis: no model, no network, the same answer every time. English sentiment comes from
 * weights fitted on public CC0 reviews plus a hand-written lexicon; German, French and Spanish from the lexicon.
 */
export function createReviewAnalyzer(settings: ReviewAnalyzerSettings = {}): ReviewAnalyzer {
  const resolved = parseSettings("review analyzer", reviewAnalyzerSettingsSchema, settings);
  const moderator = createReviewModerator(resolved.moderation);

  const languageOf = (scoredWords: readonly string[], locale: string | undefined, forced?: ReviewLanguage): ReviewLanguage =>
    forced ?? resolved.language ?? detectLanguage(scoredWords, locale);

  const sentimentOf = (scored: ScoredText, language: ReviewLanguage): ReviewSentiment => {
    const resources = languageResources(language);
    const margin = language === "en" ? learnedSentimentMargin(scored, resources) : lexiconMargin(scored);
    const score = Math.tanh(margin / 2);
    const label = score > resolved.neutralBand ? "positive" : score < -resolved.neutralBand ? "negative" : "neutral";
    return { label, score: round(score) };
  };

  const documentOf = (review: ReviewInput): ReviewDocument => {
    const title = review.title?.trim() ? review.title : undefined;
    const text = title === undefined ? review.body : `${title}\n${review.body}`;
    const bodyOffset = title === undefined ? 0 : title.length + 1;
    return {
      text,
      tokens: tokenize(text),
      toEvidence(start, end): ReviewEvidence {
        if (title !== undefined && start < bodyOffset) return { field: "title", start, end: Math.min(end, title.length), text: text.slice(start, Math.min(end, title.length)) };
        return { field: "body", start: start - bodyOffset, end: end - bodyOffset, text: text.slice(start, end) };
      },
    };
  };

  const checkedReview = (review: ReviewInput): ReviewInput => {
    const parsed = reviewInputSchema.safeParse(review);
    if (!parsed.success) {
      throw new InvalidArgumentError({ argument: "review", message: parsed.error.issues.map((issue) => `${issue.path.join(".") || "review"}: ${issue.message}`).join("; ") });
    }
    return review;
  };

  return {
    settings: resolved,
    analyzeReview(input) {
      const review = checkedReview(input);
      const document = documentOf(review);
      const words = document.tokens.filter((token) => token.kind === "word").map((token) => token.key);
      const language = languageOf(words, review.locale);
      const resources = languageResources(language);
      const scored = scoreOpinions(document.text, resources, document.tokens);
      const aspects: AspectMention[] = scoreAspectMentions(scored, resources).map((mention) => {
        const span = spanOf(document.text, scored.tokens, mention.spanFrom, mention.spanTo);
        return { aspect: mention.aspect, polarity: mention.polarity, score: round(mention.score), evidence: document.toEvidence(span.start, span.end) };
      });
      return { id: review.id, language, sentiment: sentimentOf(scored, language), aspects, flags: moderator.flags(document) };
    },
    sentiment(text, options = {}) {
      const tokens = tokenize(text);
      const language = languageOf(
        tokens.filter((token) => token.kind === "word").map((token) => token.key),
        options.locale,
        options.language,
      );
      return sentimentOf(scoreOpinions(text, languageResources(language), tokens), language);
    },
    aspectPolarity(sentence, aspectTerm, options = {}) {
      const tokens = tokenize(sentence);
      const language = languageOf(
        tokens.filter((token) => token.kind === "word").map((token) => token.key),
        undefined,
        options.language,
      );
      const start = options.from ?? findTerm(sentence, aspectTerm);
      if (start < 0 || start + aspectTerm.length > sentence.length) {
        throw new InvalidArgumentError({ argument: "aspectTerm", message: `"${aspectTerm}" does not occur in the sentence` });
      }
      const end = start + aspectTerm.length;
      let from = tokens.findIndex((token) => token.end > start);
      if (from < 0) from = tokens.length - 1;
      let to = from;
      while (to < tokens.length && (tokens[to] as (typeof tokens)[number]).start < end) to++;
      const resources = languageResources(language);
      const scored = scoreOpinions(sentence, resources, tokens);
      const { score, used } = scoreMention(scored, from, Math.max(to, from + 1), resources);
      return {
        polarity: polarityOf(score),
        score: round(score),
        evidence: used.map((hit) => {
          const span = spanOf(sentence, tokens, hit.from, hit.to);
          return { ...span, value: round(hit.value) };
        }),
      };
    },
    moderate(input) {
      return moderator.flags(documentOf(checkedReview(input)));
    },
  };
}

function findTerm(sentence: string, term: string): number {
  const lowerSentence = sentence.toLowerCase();
  const lowerTerm = term.toLowerCase();
  let index = lowerSentence.indexOf(lowerTerm);
  while (index >= 0) {
    const before = index === 0 ? " " : (lowerSentence[index - 1] as string);
    const after = lowerSentence[index + lowerTerm.length] ?? " ";
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return index;
    index = lowerSentence.indexOf(lowerTerm, index + 1);
  }
  return lowerSentence.indexOf(lowerTerm);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
