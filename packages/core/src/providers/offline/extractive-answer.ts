import type { Tokenizer } from "../../prompt/tokenizer";
import type { Knowledge, KnowledgeUnit } from "./knowledge";
import type { QueryTerm, UnitScore } from "./lexical-index";
import { contentTerms, type OfflineLanguage } from "./text-analysis";

export type AnswerOptions = {
  maxSentences: number;
  maxTokens: number;
  /** Least share of the question a unit must cover to be used at all (0-1). */
  minimumRelevance: number;
  tokenizer: Tokenizer;
  /** Which sources may be quoted (by index into `knowledge.sources`). */
  allowSource: (source: number) => boolean;
  /** The question's language, when clear: sources clearly in another language rank lower. */
  language?: OfflineLanguage;
};

export type ExtractiveAnswer = {
  text: string;
  /** Units quoted, in answer order. */
  units: number[];
  /** Sources quoted, best first. */
  sources: number[];
  /** True when the answer had to be cut to fit `maxTokens`. */
  truncated: boolean;
  /** Coverage of the best unit, 0 when nothing qualified. */
  relevance: number;
};

/** A unit scoring below this share of the best one adds more noise than answer. */
const relativeCutoff = 0.35;
/** Each unit already taken from a source discounts the next from the same source, so answers span sources. */
const sameSourceDiscount = 0.3;
/** Units sharing this much of their terms say the same thing twice. */
const duplicateOverlap = 0.7;
/** Share of the words beyond a title that, matched somewhere, make a question specific. */
const subjectResidualCoverage = 0.5;
/** Weight of a unit matched only through its title, path or heading. */
const titleOnlyFactor = 0.6;
/** Weight of a unit from a source clearly written in another language than the question. */
const otherLanguageFactor = 0.5;
/** Fresh tool results are answered in full up to this many units: each field is usually needed. */
const maximumToolResultUnits = 8;

export const emptyAnswer: ExtractiveAnswer = { text: "", units: [], sources: [], truncated: false, relevance: 0 };

/** A pseudonymised value as the PII guard writes it: `<EMAIL_1>`, `<ORDER_2>`. */
const placeholderPattern = /<[A-Z][A-Z0-9_]*_\d+>/g;

/** Words that carry a turn in a chat but no topic ("sure, it's ...", "ok thanks"), in the four languages. */
let fillerTerms: Set<string> | undefined;
function isFiller(term: string): boolean {
  fillerTerms ??= new Set(
    contentTerms(
      "sure yes yeah yep ok okay here thanks thank please hi hello hey great " +
        "ja klar danke bitte hallo genau oui merci bonjour salut voilà sí gracias hola claro vale aquí",
    ),
  );
  return fillerTerms.has(term);
}

/** Query terms of the question; a short follow-up borrows the previous question's terms at a lower weight. */
export function questionQuery(question: string, previousQuestion: string | undefined): QueryTerm[] {
  // A pseudonymised value ("<EMAIL_1>") says nothing about what is asked: "it's <EMAIL_1>" is a follow-up.
  const withoutPlaceholders = question.replace(placeholderPattern, " ");
  const terms: QueryTerm[] = contentTerms(withoutPlaceholders)
    .filter((term) => !isFiller(term))
    .map((term) => ({ term, weight: 1 }));
  if (terms.length < 2 && previousQuestion !== undefined) {
    for (const term of contentTerms(previousQuestion.replace(placeholderPattern, " "))) terms.push({ term, weight: 0.6 });
  }
  return terms;
}

type Candidate = UnitScore & { unit: number };

export function rankUnits(
  knowledge: Knowledge,
  query: readonly QueryTerm[],
  allowSource: (source: number) => boolean,
  language?: OfflineLanguage,
): Candidate[] {
  const prepared = knowledge.index.prepare(query);
  const candidates: Candidate[] = [];
  knowledge.units.forEach((unit, index) => {
    if (!allowSource(unit.source)) return;
    const score = knowledge.index.score(index, prepared);
    // A unit that matches only through its document's title ranks below one that says the words itself.
    if (score.contentMatches === 0) score.score *= titleOnlyFactor;
    // Synonyms cross languages, so a shop with German and English pages would answer in both without this.
    const sourceLanguage = knowledge.sources[unit.source]?.language;
    if (language !== undefined && sourceLanguage !== undefined && sourceLanguage !== language) score.score *= otherLanguageFactor;
    if (score.score > 0) candidates.push({ ...score, unit: index });
  });
  // Ties go to the earlier source and the earlier unit, which keeps answers deterministic and in reading order.
  return candidates.sort((left, right) => right.score - left.score || left.unit - right.unit);
}

/**
 * Picks the units that answer `query` and composes them: best units first, diverse across sources, no
 * near-duplicates, then put back in reading order within each source, capped by sentences and tokens.
 */
export function answerQuestion(knowledge: Knowledge, query: readonly QueryTerm[], options: AnswerOptions): ExtractiveAnswer {
  if (query.length === 0) return emptyAnswer;
  const ranked = rankUnits(knowledge, query, options.allowSource, options.language);
  const best = ranked[0];
  if (best === undefined) return emptyAnswer;
  const relevance = Math.max(...ranked.map((candidate) => candidate.coverage));
  if (relevance < options.minimumRelevance) return emptyAnswer;
  const eligible = ranked.filter(
    (candidate) => candidate.score >= best.score * relativeCutoff && candidate.coverage >= options.minimumRelevance,
  );
  const subject = (knowledge.units[best.unit] as KnowledgeUnit).source;
  if (asksAboutSubject(knowledge, query, subject, options.allowSource)) {
    // "Tell me about the Oslo sofa": every unit of its document is on topic, after those that match in text.
    const taken = new Set(eligible.map((candidate) => candidate.unit));
    for (const unit of knowledge.unitsBySource[subject] ?? []) {
      if (taken.has(unit)) continue;
      // Prose describes a subject better than its spec lines, so sentences go first.
      const weight = (knowledge.units[unit] as KnowledgeUnit).kind === "sentence" ? 1 : 0.99;
      eligible.push({ unit, score: best.score * relativeCutoff * weight, coverage: best.coverage, contentMatches: 0 });
    }
  }

  const picked: number[] = [];
  const perSource = new Map<number, number>();
  const remaining = [...eligible];
  let truncated = false;
  let text = "";
  while (picked.length < options.maxSentences && remaining.length > 0) {
    let choice = -1;
    let choiceScore = -1;
    remaining.forEach((candidate, position) => {
      const source = (knowledge.units[candidate.unit] as KnowledgeUnit).source;
      const adjusted = candidate.score * Math.max(0.1, 1 - sameSourceDiscount * (perSource.get(source) ?? 0));
      if (adjusted > choiceScore) {
        choice = position;
        choiceScore = adjusted;
      }
    });
    const [candidate] = remaining.splice(choice, 1) as [Candidate];
    const unit = knowledge.units[candidate.unit] as KnowledgeUnit;
    if (picked.some((other) => overlap(unit, knowledge.units[other] as KnowledgeUnit) >= duplicateOverlap)) continue;
    const attempt = composeAnswer(knowledge, [...picked, candidate.unit]);
    if (options.tokenizer.count(attempt.text) > options.maxTokens) {
      if (picked.length === 0) {
        picked.push(candidate.unit);
        text = options.tokenizer.truncate(attempt.text, options.maxTokens);
        truncated = true;
      }
      break;
    }
    picked.push(candidate.unit);
    perSource.set(unit.source, (perSource.get(unit.source) ?? 0) + 1);
    text = attempt.text;
  }
  const composed = composeAnswer(knowledge, picked);
  return { text: truncated ? text : composed.text, units: composed.units, sources: composed.sources, truncated, relevance };
}

/** Answers from the tool results fetched for the latest question: their most relevant fields, in their order. */
export function answerFromFreshToolResults(knowledge: Knowledge, query: readonly QueryTerm[], options: AnswerOptions): ExtractiveAnswer {
  const fresh = (source: number) => knowledge.sources[source]?.fresh === true && options.allowSource(source);
  const units = knowledge.units.flatMap((unit, index) => (fresh(unit.source) ? [index] : []));
  if (units.length === 0) return emptyAnswer;
  const scores = new Map(rankUnits(knowledge, query, fresh).map((candidate) => [candidate.unit, candidate.score]));
  const limit = Math.max(options.maxSentences, maximumToolResultUnits);
  const chosen = [...units].sort((left, right) => (scores.get(right) ?? 0) - (scores.get(left) ?? 0) || left - right).slice(0, limit);
  const picked: number[] = [];
  let text = "";
  let truncated = false;
  for (const unit of chosen.sort((left, right) => left - right)) {
    const attempt = composeAnswer(knowledge, [...picked, unit]);
    if (options.tokenizer.count(attempt.text) > options.maxTokens) {
      if (picked.length === 0) {
        picked.push(unit);
        text = options.tokenizer.truncate(attempt.text, options.maxTokens);
        truncated = true;
      }
      break;
    }
    picked.push(unit);
    text = attempt.text;
  }
  const composed = composeAnswer(knowledge, picked);
  return { text: truncated ? text : composed.text, units: composed.units, sources: composed.sources, truncated, relevance: 1 };
}

/**
 * True when the question names a document (by title or path) and asks nothing more specific that the
 * context could answer: the words left over once the title's are taken out match nowhere in the text.
 */
function asksAboutSubject(knowledge: Knowledge, query: readonly QueryTerm[], subject: number, allowSource: (source: number) => boolean): boolean {
  const source = knowledge.sources[subject];
  if (source === undefined || source.kind !== "document") return false;
  const titleTerms = new Set(contentTerms([source.title ?? "", ...(source.path ?? [])].join(" ")));
  if (!query.some((term) => titleTerms.has(term.term))) return false;
  const residual = query.filter((term) => !titleTerms.has(term.term));
  if (residual.length === 0) return true;
  const prepared = knowledge.index.prepare(residual);
  return !knowledge.units.some((unit, index) => {
    if (!allowSource(unit.source)) return false;
    const score = knowledge.index.score(index, prepared);
    return score.contentMatches > 0 && score.coverage >= subjectResidualCoverage;
  });
}

function overlap(left: KnowledgeUnit, right: KnowledgeUnit): number {
  const leftTerms = new Set(left.terms);
  const rightTerms = new Set(right.terms);
  if (leftTerms.size === 0 || rightTerms.size === 0) return left.text === right.text ? 1 : 0;
  let shared = 0;
  for (const term of leftTerms) if (rightTerms.has(term)) shared++;
  return shared / (leftTerms.size + rightTerms.size - shared);
}

/**
 * Writes the answer from the picked units only. Sources appear in the order they were picked (best first);
 * within a source, units keep their reading order. With several sources, each paragraph opens with its
 * source's title, the only words not quoted from a unit.
 */
export function composeAnswer(knowledge: Knowledge, picked: readonly number[]): { text: string; units: number[]; sources: number[] } {
  const groups = new Map<number, number[]>();
  for (const unit of picked) {
    const source = (knowledge.units[unit] as KnowledgeUnit).source;
    groups.set(source, [...(groups.get(source) ?? []), unit]);
  }
  const framed = groups.size > 1;
  const paragraphs: string[] = [];
  const units: number[] = [];
  for (const [source, members] of groups) {
    members.sort((left, right) => left - right);
    units.push(...members);
    let paragraph = "";
    let previousLineLike = false;
    for (const member of members) {
      const unit = knowledge.units[member] as KnowledgeUnit;
      const lineLike = unit.kind !== "sentence";
      const rendered = unit.kind === "item" ? `- ${unit.text}` : unit.text;
      if (paragraph === "") paragraph = rendered;
      else paragraph += (lineLike || previousLineLike ? "\n" : " ") + rendered;
      previousLineLike = lineLike;
    }
    const title = knowledge.sources[source]?.title;
    if (framed && title !== undefined && title.trim() !== "") {
      const firstLineLike = (knowledge.units[members[0] as number] as KnowledgeUnit).kind !== "sentence";
      paragraph = `${title.trim()}:${firstLineLike ? "\n" : " "}${paragraph}`;
    }
    paragraphs.push(paragraph);
  }
  return { text: paragraphs.join("\n\n"), units, sources: [...groups.keys()] };
}
