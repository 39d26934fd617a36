import type { JsonSchema } from "../../spec";
import { rankUnits } from "./extractive-answer";
import type { Knowledge, KnowledgeSource, KnowledgeUnit } from "./knowledge";
import type { QueryTerm } from "./lexical-index";
import {
  contentTerms,
  foldText,
  identifierTerms,
  placeholderPattern,
  hasNegation,
  polarity,
  splitIdentifier,
  stem,
  words,
} from "./text-analysis";

/**
 * Fills a JSON Schema from context without a model: every value comes from the question, the
 * conversation or the context documents when there is evidence for it, and otherwise from the schema's own
 * default or the most neutral valid value. The result always has the schema's shape (required properties,
 * types, enum members, bounds, item counts), so a zod parse of it passes.
 */

export type FillMode = "object" | "tool";

export type FillEnvironment = {
  mode: FillMode;
  knowledge: Knowledge;
  /** The latest user message. */
  question: string;
  /** All user messages, newest first. */
  userTexts: readonly string[];
  minimumRelevance: number;
  fallbackMessage: string;
  /**
   * An extractive answer to the question (plus `extraTerms`), optionally from one source only and with a
   * different cap on units: its text ("" if nothing qualifies) and the quoted units' texts.
   */
  answer: (extraTerms: readonly QueryTerm[], scope: number | undefined, maxUnits?: number) => { text: string; units: string[] };
  /**
   * Instruction texts (system messages). Lines like "- order_status: where an order is" there describe
   * enum members, and their words count towards choosing that member.
   */
  instructions?: readonly string[];
  /** Told about every knowledge source a filled value was taken from, for citing documents. */
  onSourceUsed?: (source: number) => void;
};

export type FillResult = {
  value: unknown;
  /** Required properties (dotted paths) filled without evidence. */
  missing: string[];
};

type Filled = { value: unknown; evidence: boolean };
type StringCandidate = { value: string; evidence: boolean; source?: number };

type Frame = {
  path: string[];
  /** The property's name split into words, lower-case ("order number"). */
  name: string;
  nameTerms: string[];
  /** Name, title and description terms. */
  terms: string[];
  scope: number | undefined;
  depth: number;
};

/** Deeper than this, recursive schemas get their smallest valid value. */
const maximumDepth = 6;
const defaultMaximumItems = 5;
const defaultMaximumObjectItems = 3;

export function fillSchema(schema: JsonSchema, environment: FillEnvironment): FillResult {
  const filler = new SchemaFiller(schema, environment);
  const filled = filler.fill(schema, { path: [], name: "", nameTerms: [], terms: [], scope: undefined, depth: 0 });
  return { value: filled.value, missing: filler.missing };
}

class SchemaFiller {
  readonly missing: string[] = [];
  private readonly questionTerms: Set<string>;
  private readonly userTerms: Set<string>;

  constructor(
    private readonly root: JsonSchema,
    private readonly environment: FillEnvironment,
  ) {
    this.questionTerms = new Set(contentTerms(environment.question));
    this.userTerms = new Set(environment.userTexts.flatMap((text) => contentTerms(text)));
  }

  fill(input: JsonSchema, frame: Frame): Filled {
    const schema = this.resolve(input);
    if ("const" in schema) return { value: schema.const, evidence: true };
    if (Array.isArray(schema.enum)) return this.fillEnum(schema, frame);
    const branches = schema.anyOf ?? schema.oneOf;
    if (branches !== undefined && branches.length > 0) return this.fillUnion(schema, branches, frame);
    if (frame.depth > maximumDepth) return { value: this.minimal(schema, 0), evidence: false };

    const types = typesOf(schema);
    if (types.length === 0) return { value: null, evidence: false };
    const concrete = types.filter((type) => type !== "null");
    const mark = this.missing.length;
    for (const type of concrete) {
      const filled = this.fillType(type, schema, frame);
      if (filled.evidence) return filled;
      // What an abandoned attempt found missing is not missing from the result.
      this.missing.length = mark;
    }
    if (types.includes("null") || concrete.length === 0) return { value: null, evidence: false };
    return this.fillType(concrete[0] as string, schema, frame);
  }

  private fillUnion(schema: JsonSchema, branches: JsonSchema[], frame: Frame): Filled {
    const { anyOf: _anyOf, oneOf: _oneOf, ...base } = schema;
    const concrete = branches.filter((branch) => !isNullSchema(this.resolve(branch)));
    const mark = this.missing.length;
    for (const branch of concrete) {
      const filled = this.fill({ ...base, ...this.resolve(branch) }, frame);
      if (filled.evidence) return filled;
      this.missing.length = mark;
    }
    if (concrete.length < branches.length) return { value: null, evidence: false };
    const [first] = concrete;
    return first === undefined ? { value: null, evidence: false } : this.fill({ ...base, ...this.resolve(first) }, frame);
  }

  private fillType(type: string, schema: JsonSchema, frame: Frame): Filled {
    switch (type) {
      case "object":
        return this.fillObject(schema, frame);
      case "array":
        return this.fillArray(schema, frame);
      case "string":
        return this.fillString(schema, frame);
      case "number":
      case "integer":
        return this.fillNumber(schema, frame, type === "integer");
      case "boolean":
        return this.fillBoolean(schema, frame);
      default:
        return { value: null, evidence: false };
    }
  }

  // Objects ---------------------------------------------------------------------------------------------

  private fillObject(schema: JsonSchema, frame: Frame): Filled {
    const required = new Set(schema.required ?? []);
    const value: Record<string, unknown> = {};
    let evidence = false;
    for (const [name, child] of Object.entries(schema.properties ?? {})) {
      const childFrame = this.childFrame(frame, name, this.resolve(child));
      const isRequired = required.has(name);
      if (!isRequired && frame.depth >= maximumDepth) continue;
      const mark = this.missing.length;
      const filled = this.fill(child, childFrame);
      if (!isRequired && !filled.evidence) {
        this.missing.length = mark;
        continue;
      }
      value[name] = filled.value;
      if (filled.evidence) evidence = true;
      else this.missing.push(childFrame.path.join("."));
    }
    return { value, evidence };
  }

  private childFrame(parent: Frame, name: string, schema: JsonSchema): Frame {
    const nameTerms = identifierTerms(name);
    const described = [typeof schema.title === "string" ? schema.title : "", schema.description ?? ""].join(" ");
    return {
      path: [...parent.path, name],
      name: splitIdentifier(name).toLowerCase(),
      nameTerms,
      terms: [...new Set([...nameTerms, ...contentTerms(described)])],
      scope: parent.scope,
      depth: parent.depth + 1,
    };
  }

  // Arrays ----------------------------------------------------------------------------------------------

  private fillArray(schema: JsonSchema, frame: Frame): Filled {
    if (Array.isArray(schema.prefixItems)) return this.fillTuple(schema, schema.prefixItems as JsonSchema[], frame);
    const itemSchema = this.resolve(schema.items ?? {});
    const minimum = schema.minItems ?? 0;
    const itemTypes = typesOf(itemSchema);
    const isObject = itemTypes.includes("object") && !Array.isArray(itemSchema.enum);
    const maximum = Math.max(minimum, schema.maxItems ?? (isObject ? defaultMaximumObjectItems : defaultMaximumItems));
    const itemFrame: Frame = { ...frame, depth: frame.depth + 1 };
    const unique = schema.uniqueItems === true;

    let items: Filled[];
    if (Array.isArray(itemSchema.enum)) items = this.enumList(itemSchema, frame);
    else if (isObject) items = this.objectList(itemSchema, itemFrame, maximum);
    else if (itemTypes.includes("string")) items = this.stringList(itemSchema, frame, maximum);
    else if (itemTypes.includes("number") || itemTypes.includes("integer")) items = this.numberList(itemSchema, frame, !itemTypes.includes("number"));
    else items = [];

    const seen = new Set<string>();
    const kept: unknown[] = [];
    let evidence = false;
    for (const item of items) {
      if (kept.length >= maximum) break;
      const key = JSON.stringify(item.value);
      if (seen.has(key)) continue;
      seen.add(key);
      kept.push(item.value);
      if (item.evidence) evidence = true;
    }
    // Pad to minItems with the neutral item, made distinct when the schema wants unique items.
    let padding = 0;
    while (kept.length < minimum && padding < minimum + 20) {
      const filler = padding === 0 && !isObject ? this.fill(itemSchema, itemFrame).value : this.minimal(itemSchema, frame.depth + 1);
      padding++;
      const key = JSON.stringify(filler);
      if (unique && seen.has(key)) {
        const variant = typeof filler === "string" ? `${filler} ${kept.length + 1}`.trim() : undefined;
        if (variant === undefined || seen.has(JSON.stringify(variant))) continue;
        seen.add(JSON.stringify(variant));
        kept.push(variant);
        continue;
      }
      seen.add(key);
      kept.push(filler);
    }
    return { value: kept, evidence };
  }

  /** Tuples: each position filled by its own schema, then padded with the rest schema to minItems. */
  private fillTuple(schema: JsonSchema, positions: JsonSchema[], frame: Frame): Filled {
    const itemFrame: Frame = { ...frame, depth: frame.depth + 1 };
    const filled = positions.map((position) => this.fill(position, itemFrame));
    const value = filled.map((item) => item.value);
    const rest = schema.items !== null && typeof schema.items === "object" ? schema.items : undefined;
    while (rest !== undefined && value.length < (schema.minItems ?? 0)) value.push(this.minimal(rest, frame.depth + 1));
    return { value, evidence: filled.some((item) => item.evidence) };
  }

  private enumList(itemSchema: JsonSchema, frame: Frame): Filled[] {
    const values = itemSchema.enum ?? [];
    return values
      .map((value, position) => ({ value, position, score: typeof value === "string" ? this.enumScore(value, frame) : 0 }))
      .filter((entry) => entry.score > 0)
      .sort((left, right) => right.score - left.score || left.position - right.position)
      .map((entry) => ({ value: entry.value, evidence: true }));
  }

  private objectList(itemSchema: JsonSchema, frame: Frame, maximum: number): Filled[] {
    const sources = frame.scope !== undefined ? [frame.scope] : this.relevantSources(frame, maximum);
    return sources.map((source) => this.fill(itemSchema, { ...frame, scope: source }));
  }

  /** Documents and tool results ranked by how well they match the question and the property. */
  private relevantSources(frame: Frame, limit: number): number[] {
    const { knowledge, minimumRelevance } = this.environment;
    const allowed = (source: number) => knowledge.sources[source]?.kind !== "message";
    // Ranked by the question and the property, but relevant by the question alone: the property's own
    // words ("recommendations") would only dilute the question's coverage.
    const questionOnly = knowledge.index.prepare(this.query(frame, 0));
    const ranked = rankUnits(knowledge, this.query(frame, 0.5), allowed).filter(
      (candidate) => knowledge.index.score(candidate.unit, questionOnly).coverage >= minimumRelevance,
    );
    const order: number[] = [];
    for (const candidate of ranked) {
      const source = (knowledge.units[candidate.unit] as KnowledgeUnit).source;
      if (!order.includes(source)) order.push(source);
    }
    // When some sources are named like the property ("product:oslo" for `products`), the others
    // (a returns policy) are not what the list is about.
    const named = order.filter((source) => {
      const found = knowledge.sources[source];
      if (found === undefined) return false;
      const label = contentTerms([splitIdentifier(found.id.replace(/[^\p{L}\p{N}]+/gu, " ")), ...(found.path ?? [])].join(" "));
      return label.some((term) => frame.nameTerms.includes(term));
    });
    return (named.length > 0 ? named : order).slice(0, limit);
  }

  private stringList(itemSchema: JsonSchema, frame: Frame, maximum: number): Filled[] {
    const results: Filled[] = [];
    const push = (value: string, source: number) => {
      const fitted = fitString(itemSchema, value);
      if (fitted === undefined) return;
      this.environment.onSourceUsed?.(source);
      results.push({ value: fitted, evidence: true });
    };
    // "Colours: grey, blue and green" lists its own items.
    for (const unit of this.keyedUnits(frame)) {
      for (const part of (unit.value ?? "").replace(/[.;]$/, "").split(/\s*(?:,|;|\/|\band\b|\bund\b|\bet\b|\by\b|\bor\b|\boder\b|\bou\b|\bo\b)\s*/i)) {
        if (part.trim() !== "") push(part.trim(), unit.source);
      }
      if (results.length > 0) return results;
    }
    if (/\b(tags?|keywords?|topics?|categories)\b/.test(frame.name)) {
      for (const keyword of this.keywords(frame, maximum)) results.push({ value: keyword, evidence: true });
      return results;
    }
    // Each quoted unit of the answer is one entry ("bullets", "highlights", "reasons").
    const extra = frame.terms.filter((term) => !frame.nameTerms.includes(term)).map((term) => ({ term, weight: 0.5 }));
    for (const text of this.environment.answer(extra, frame.scope, maximum).units) {
      const fitted = fitString(itemSchema, text);
      if (fitted !== undefined) results.push({ value: fitted, evidence: true });
    }
    const { knowledge } = this.environment;
    if (results.length === 0 && frame.scope !== undefined) {
      for (const index of knowledge.unitsBySource[frame.scope] ?? []) push((knowledge.units[index] as KnowledgeUnit).text, frame.scope);
    }
    return results;
  }

  private numberList(itemSchema: JsonSchema, frame: Frame, integer: boolean): Filled[] {
    const results: Filled[] = [];
    for (const unit of this.unitsMentioning(frame)) {
      for (const number of numbersIn(unit.text)) {
        const value = fitNumber(itemSchema, number, integer);
        if (value !== undefined) results.push({ value, evidence: true });
      }
    }
    return results;
  }

  /** The most frequent content words of the subject (its title first), or of the question when there is none. */
  private keywords(frame: Frame, maximum: number): string[] {
    const { knowledge } = this.environment;
    const texts: string[] = [];
    const subject = this.scopedOrBestSource(frame, undefined);
    if (subject !== undefined) {
      const title = knowledge.sources[subject]?.title;
      if (title !== undefined) texts.push(title);
    }
    texts.push(...this.environment.answer([], frame.scope, Math.max(maximum, 5)).units);
    if (texts.length === 0) texts.push(this.environment.question);
    const counts = new Map<string, { word: string; count: number; first: number }>();
    let position = 0;
    for (const word of words(texts.join(" "))) {
      position++;
      if (contentTerms(word).length === 0 || /^\d+$/.test(word) || word.length < 3) continue;
      const key = stem(word);
      const entry = counts.get(key);
      if (entry === undefined) counts.set(key, { word, count: 1, first: position });
      else entry.count++;
    }
    return [...counts.values()].sort((left, right) => right.count - left.count || left.first - right.first).map((entry) => entry.word);
  }

  // Strings ---------------------------------------------------------------------------------------------

  private fillString(schema: JsonSchema, frame: Frame): Filled {
    for (const candidate of this.stringCandidates(schema, frame)) {
      const fitted = fitString(schema, candidate.value);
      if (fitted === undefined) continue;
      if (candidate.source !== undefined) this.environment.onSourceUsed?.(candidate.source);
      return { value: fitted, evidence: candidate.evidence };
    }
    return { value: this.minimalString(schema), evidence: false };
  }

  private *stringCandidates(schema: JsonSchema, frame: Frame): Generator<StringCandidate> {
    const { knowledge, mode } = this.environment;
    const entity = entityKind(frame.name, schema.format);
    if (entity !== undefined) {
      for (const text of this.evidenceTexts(frame)) {
        for (const value of extractEntities(entity, text.text)) yield { value, evidence: true, ...sourceOf(text.source) };
      }
      for (const unit of this.keyedUnits(frame)) {
        if (unit.value !== undefined) yield { value: unit.value.replace(/\.$/, ""), evidence: true, source: unit.source };
      }
      // Anything else would put a sentence where an address or a number belongs.
      return yield* this.defaults(schema);
    }
    if (/^(q|query|question|search|search query|search term|search terms|term|terms|keywords?)$/.test(frame.name) ||
      (mode === "tool" && /^(text|input|prompt|message|user message|content|body|description)$/.test(frame.name))) {
      const question = this.environment.question.trim();
      yield { value: /keyword/.test(frame.name) ? words(question).filter((word) => contentTerms(word).length > 0).join(" ") : question, evidence: question !== "" };
    }
    if (/^((document|doc|product|source|variant|article|item|policy|page|citation) )?(id|identifier|handle|slug)$/.test(frame.name)) {
      const source = this.scopedOrBestSource(frame, "document");
      if (source !== undefined) yield { value: (this.environment.knowledge.sources[source] as KnowledgeSource).id, evidence: true, source };
    }
    if (typeof schema.pattern === "string") {
      // A pattern describes its values well enough to find them in the text ("^SKU-\d{4}$" finds "SKU-1234").
      const search = unanchoredPattern(schema.pattern);
      if (search !== undefined) {
        // A pattern is specific enough to search every unit, after the most relevant ones.
        const { knowledge } = this.environment;
        const everything = frame.scope === undefined ? knowledge.units.map((unit) => ({ text: unit.text, source: unit.source })) : [];
        for (const text of [...this.evidenceTexts(frame), ...everything]) {
          for (const match of text.text.matchAll(search)) if (match[0] !== "") yield { value: match[0], evidence: true, ...sourceOf(text.source) };
        }
      }
    }
    for (const unit of this.keyedUnits(frame)) {
      if (unit.value !== undefined) yield { value: unit.value.replace(/\.$/, ""), evidence: true, source: unit.source };
    }
    if (/\b(title|name|headline|heading|label)\b/.test(frame.name)) {
      const source = this.scopedOrBestSource(frame, undefined);
      const title = source === undefined ? undefined : knowledge.sources[source]?.title;
      if (title !== undefined) yield { value: title, evidence: true, ...sourceOf(source) };
    }
    // A bare string schema asks for the answer itself.
    if (frame.path.length === 0 || isAnswerLike(frame.name, schema.description)) {
      const extra = frame.terms.filter((term) => !frame.nameTerms.includes(term)).map((term) => ({ term, weight: 0.5 }));
      const answer = this.environment.answer(extra, frame.scope).text;
      if (answer !== "") yield { value: answer, evidence: true };
      else if (frame.scope !== undefined) {
        const first = knowledge.unitsBySource[frame.scope]?.[0];
        if (first !== undefined) yield { value: (knowledge.units[first] as KnowledgeUnit).text, evidence: true, source: frame.scope };
      } else {
        yield* this.defaults(schema);
        yield { value: this.environment.fallbackMessage, evidence: false };
      }
    }
    const best = this.bestUnit(frame);
    if (best !== undefined) {
      const keyMatches = best.key !== undefined && identifierTerms(best.key).some((term) => frame.nameTerms.includes(term));
      yield { value: keyMatches && best.value !== undefined ? best.value.replace(/\.$/, "") : best.text, evidence: true, source: best.source };
    }
    yield* this.defaults(schema);
  }

  private *defaults(schema: JsonSchema): Generator<StringCandidate> {
    if (typeof schema.default === "string") yield { value: schema.default, evidence: false };
    const examples = schema.examples;
    if (Array.isArray(examples)) for (const example of examples) if (typeof example === "string") yield { value: example, evidence: false };
  }

  private minimalString(schema: JsonSchema): string {
    for (const candidate of this.defaults(schema)) {
      const fitted = fitString(schema, candidate.value);
      if (fitted !== undefined) return fitted;
    }
    const format = typeof schema.format === "string" ? formatPlaceholders[schema.format] : undefined;
    if (format !== undefined && fitString(schema, format) !== undefined) return format;
    const minimum = typeof schema.minLength === "number" ? schema.minLength : 0;
    if (minimum === 0) return "";
    const message = this.environment.fallbackMessage;
    return (message.length >= minimum ? message : message.padEnd(minimum, ".")).slice(0, Math.max(minimum, typeof schema.maxLength === "number" ? schema.maxLength : Infinity));
  }

  /** Texts to look for an entity in: the question, earlier messages, then the scoped or relevant context. */
  private evidenceTexts(frame: Frame): Array<{ text: string; source: number | undefined }> {
    const { knowledge } = this.environment;
    const unitText = (index: number) => {
      const unit = knowledge.units[index] as KnowledgeUnit;
      return { text: unit.text, source: unit.source };
    };
    if (frame.scope !== undefined) return (knowledge.unitsBySource[frame.scope] ?? []).map(unitText);
    const texts: Array<{ text: string; source: number | undefined }> = this.environment.userTexts.map((text) => ({ text, source: undefined }));
    for (const candidate of rankUnits(knowledge, this.query(frame, 0.5), (source) => knowledge.sources[source]?.kind !== "message")) {
      texts.push(unitText(candidate.unit));
    }
    return texts;
  }

  // Numbers ---------------------------------------------------------------------------------------------

  private fillNumber(schema: JsonSchema, frame: Frame, integer: boolean): Filled {
    for (const unit of this.keyedUnits(frame)) {
      for (const number of numbersIn(unit.value ?? "")) {
        const value = fitNumber(schema, number, integer);
        if (value !== undefined) return this.noted({ value, evidence: true }, unit.source);
      }
    }
    if (entityKind(frame.name, undefined) === "order") {
      for (const text of this.evidenceTexts(frame)) {
        for (const entity of extractEntities("order", text.text)) {
          const value = fitNumber(schema, Number(entity.replace(/\D/g, "")), integer);
          if (value !== undefined && /\d/.test(entity)) return this.noted({ value, evidence: true }, text.source);
        }
      }
    }
    for (const unit of this.unitsMentioning(frame)) {
      const number = nearestNumber(unit.text, frame.terms);
      if (number === undefined) continue;
      const value = fitNumber(schema, number, integer);
      if (value !== undefined) return this.noted({ value, evidence: true }, unit.source);
    }
    if (/\b(rating|score|stars?|sentiment|satisfaction)\b/.test(frame.name) && typeof schema.minimum === "number" && typeof schema.maximum === "number") {
      const { positive, negative } = polarity(this.polarityText(frame));
      if (positive + negative > 0) {
        const share = positive / (positive + negative);
        const value = fitNumber(schema, schema.minimum + share * (schema.maximum - schema.minimum), integer);
        if (value !== undefined) return { value, evidence: true };
      }
    }
    return { value: this.minimalNumber(schema, integer), evidence: false };
  }

  private minimalNumber(schema: JsonSchema, integer: boolean): number {
    if (typeof schema.default === "number") {
      const value = fitNumber(schema, schema.default, integer);
      if (value !== undefined) return value;
    }
    return clampNumber(schema, 0, integer);
  }

  // Booleans --------------------------------------------------------------------------------------------

  private fillBoolean(schema: JsonSchema, frame: Frame): Filled {
    const terms = frame.terms.filter((term) => !genericBooleanWords.has(term));
    if (terms.length > 0) {
      const { knowledge } = this.environment;
      const ranked = rankUnits(knowledge, terms.map((term) => ({ term, weight: 1 })), (source) => frame.scope === undefined || source === frame.scope);
      const best = ranked.find((candidate) => candidate.contentMatches > 0 && candidate.coverage >= 0.5);
      if (best !== undefined) {
        const unit = knowledge.units[best.unit] as KnowledgeUnit;
        return this.noted({ value: !hasNegation(unit.text), evidence: true }, unit.source);
      }
    }
    return { value: typeof schema.default === "boolean" ? schema.default : false, evidence: false };
  }

  // Enums -----------------------------------------------------------------------------------------------

  private fillEnum(schema: JsonSchema, frame: Frame): Filled {
    const values = schema.enum ?? [];
    let best: unknown;
    let bestScore = 0;
    for (const value of values) {
      if (typeof value !== "string") continue;
      const score = this.enumScore(value, frame);
      if (score > bestScore) {
        best = value;
        bestScore = score;
      }
    }
    if (bestScore > 0) return { value: best, evidence: true };
    if (values.includes(schema.default)) return { value: schema.default, evidence: false };
    // A catch-all member is the honest answer when nothing points elsewhere.
    const catchAll = values.find((value) => typeof value === "string" && catchAllValues.has(foldText(splitIdentifier(value))));
    return { value: catchAll ?? values[0] ?? null, evidence: false };
  }

  private enumScore(value: string, frame: Frame): number {
    const terms = identifierTerms(value);
    const context = this.contextTerms(frame);
    let score = 0;
    for (const term of terms) {
      score += 3 * termMatch(term, this.questionTerms) + termMatch(term, this.userTerms) + termMatch(term, context);
    }
    const described = this.describedTerms(value);
    if (described.length > 0) {
      let matched = 0;
      for (const term of new Set(described)) matched += termMatch(term, this.questionTerms);
      // Long descriptions would win on length alone, so their matches are scaled down.
      score += (2 * matched) / Math.sqrt(new Set(described).size);
    }
    const folded = foldText(value);
    const sentiment = sentimentOf(folded);
    if (sentiment !== undefined) {
      const { positive, negative } = polarity(this.polarityText(frame));
      if (sentiment === "positive") score += 2 * Math.max(0, positive - negative);
      else if (sentiment === "negative") score += 2 * Math.max(0, negative - positive);
      else if (sentiment === "mixed") score += positive > 0 && negative > 0 ? 2 * Math.min(positive, negative) + 1 : 0;
      else if (positive + negative > 0 && positive === negative) score += 1;
    }
    return score;
  }

  private descriptionCache = new Map<string, string[]>();

  /** Terms of the lines in the instructions that describe enum member `value` ("- value: description"). */
  private describedTerms(value: string): string[] {
    const cached = this.descriptionCache.get(value);
    if (cached !== undefined) return cached;
    const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const line = new RegExp(`^\\s*(?:[-*•]\\s*)?["'\`]?${escaped}["'\`]?\\s*(?::|=|—|–|\\s-)\\s*(.+)$`, "gm");
    const terms: string[] = [];
    for (const text of this.environment.instructions ?? []) {
      for (const match of text.matchAll(line)) terms.push(...contentTerms(match[1] as string));
    }
    this.descriptionCache.set(value, terms);
    return terms;
  }

  private contextCache = new Map<number | undefined, Set<string>>();

  /** Terms of the context that answers the question, for enum values that name a topic. */
  private contextTerms(frame: Frame): Set<string> {
    const cached = this.contextCache.get(frame.scope);
    if (cached !== undefined) return cached;
    const { knowledge } = this.environment;
    const terms = new Set<string>();
    if (frame.scope !== undefined) {
      for (const index of knowledge.unitsBySource[frame.scope] ?? []) for (const term of (knowledge.units[index] as KnowledgeUnit).terms) terms.add(term);
    } else {
      const ranked = rankUnits(knowledge, this.query(frame, 0), (source) => knowledge.sources[source]?.kind !== "message");
      for (const candidate of ranked.slice(0, 3)) {
        if (candidate.coverage < this.environment.minimumRelevance) continue;
        for (const term of (knowledge.units[candidate.unit] as KnowledgeUnit).terms) terms.add(term);
      }
    }
    this.contextCache.set(frame.scope, terms);
    return terms;
  }

  private polarityText(frame: Frame): string {
    const { knowledge } = this.environment;
    if (frame.scope !== undefined) {
      return (knowledge.unitsBySource[frame.scope] ?? []).map((index) => (knowledge.units[index] as KnowledgeUnit).text).join(" ");
    }
    const { positive, negative } = polarity(this.environment.question);
    if (positive + negative > 0) return this.environment.question;
    return knowledge.units
      .filter((unit) => knowledge.sources[unit.source]?.kind !== "message")
      .map((unit) => unit.text)
      .join(" ");
  }

  // Shared lookups --------------------------------------------------------------------------------------

  private query(frame: Frame, frameWeight: number): QueryTerm[] {
    const terms: QueryTerm[] = contentTerms(this.environment.question).map((term) => ({ term, weight: 1 }));
    if (frameWeight > 0) for (const term of frame.terms) terms.push({ term, weight: frameWeight });
    return terms;
  }

  /** "Key: value" units whose key names this property ("Material: oak" for `material`). */
  private keyedUnits(frame: Frame): KnowledgeUnit[] {
    if (frame.nameTerms.length === 0) return [];
    const { knowledge } = this.environment;
    const matches: Array<{ unit: KnowledgeUnit; score: number; order: number }> = [];
    knowledge.units.forEach((unit, order) => {
      if (unit.key === undefined || (frame.scope !== undefined && unit.source !== frame.scope)) return;
      const keyTerms = identifierTerms(unit.key);
      if (keyTerms.length === 0) return;
      const shared = keyTerms.filter((term) => frame.nameTerms.includes(term)).length;
      const score = shared / Math.max(keyTerms.length, frame.nameTerms.length);
      if (score >= 0.5) matches.push({ unit, score, order: this.sourcePriority(unit.source) * 100_000 + order });
    });
    return matches.sort((left, right) => right.score - left.score || left.order - right.order).map((match) => match.unit);
  }

  /** In tool mode the shopper's own messages come first; otherwise context documents do. */
  private sourcePriority(source: number): number {
    const kind = this.environment.knowledge.sources[source]?.kind;
    if (this.environment.mode === "tool") return kind === "message" ? 0 : 1;
    return kind === "message" ? 1 : 0;
  }

  /** Units that mention the property's words, best match first (the shopper's messages first for tools). */
  private unitsMentioning(frame: Frame): KnowledgeUnit[] {
    if (frame.terms.length === 0) return [];
    const { knowledge } = this.environment;
    const ranked = rankUnits(
      knowledge,
      frame.terms.map((term) => ({ term, weight: 1 })),
      (source) => frame.scope === undefined || source === frame.scope,
    ).filter((candidate) => candidate.contentMatches > 0);
    return ranked
      .sort((left, right) => {
        const leftUnit = knowledge.units[left.unit] as KnowledgeUnit;
        const rightUnit = knowledge.units[right.unit] as KnowledgeUnit;
        return this.sourcePriority(leftUnit.source) - this.sourcePriority(rightUnit.source) || right.score - left.score || left.unit - right.unit;
      })
      .map((candidate) => knowledge.units[candidate.unit] as KnowledgeUnit);
  }

  /** The unit that best matches the property and the question, provided it says one of the property's words. */
  private bestUnit(frame: Frame): KnowledgeUnit | undefined {
    if (frame.terms.length === 0) return undefined;
    const { knowledge, minimumRelevance } = this.environment;
    const frameQuery = knowledge.index.prepare(frame.terms.map((term) => ({ term, weight: 1 })));
    const query = [...frame.terms.map((term) => ({ term, weight: 1 })), ...contentTerms(this.environment.question).map((term) => ({ term, weight: 0.5 }))];
    const scoped = (source: number) => frame.scope === undefined || source === frame.scope;
    const best = rankUnits(knowledge, query, scoped).find(
      (candidate) =>
        candidate.coverage >= minimumRelevance &&
        !isQuestion((knowledge.units[candidate.unit] as KnowledgeUnit).text) &&
        knowledge.index.score(candidate.unit, frameQuery).contentMatches > 0,
    );
    return best === undefined ? undefined : knowledge.units[best.unit];
  }

  private scopedOrBestSource(frame: Frame, kind: KnowledgeSource["kind"] | undefined): number | undefined {
    const { knowledge } = this.environment;
    const index = frame.scope ?? this.relevantSources(frame, 1)[0];
    const source = index === undefined ? undefined : knowledge.sources[index];
    if (source === undefined || source.kind === "message" || (kind !== undefined && source.kind !== kind)) return undefined;
    return index;
  }

  private noted(filled: Filled, source: number | undefined): Filled {
    if (source !== undefined) this.environment.onSourceUsed?.(source);
    return filled;
  }

  private resolve(schema: JsonSchema): JsonSchema {
    // JSON Schema allows `true` and `false` as schemas (zod writes `items: false` after tuple items).
    let current: JsonSchema = schema !== null && typeof schema === "object" ? schema : {};
    for (let hops = 0; typeof current.$ref === "string" && hops < 16; hops++) {
      const target = resolvePointer(this.root, current.$ref);
      if (target === undefined) break;
      const { $ref: _ref, ...rest } = current;
      current = { ...target, ...rest };
    }
    if (Array.isArray(current.allOf) && current.allOf.length > 0) {
      const { allOf, ...rest } = current;
      let merged: JsonSchema = rest;
      for (const part of allOf) {
        const resolved = this.resolve(part);
        merged = {
          ...resolved,
          ...merged,
          properties: { ...resolved.properties, ...merged.properties },
          required: [...new Set([...(resolved.required ?? []), ...(merged.required ?? [])])],
        };
      }
      current = merged;
    }
    return current;
  }

  /** The smallest value that satisfies `schema`, without looking at context (recursion limit, padding). */
  private minimal(input: JsonSchema, depth: number): unknown {
    const schema = this.resolve(input);
    if ("const" in schema) return schema.const;
    if (Array.isArray(schema.enum)) return schema.enum.includes(schema.default) ? schema.default : (schema.enum[0] ?? null);
    if (schema.default !== undefined) return schema.default;
    const branches = schema.anyOf ?? schema.oneOf;
    if (branches !== undefined && branches.length > 0) {
      const nullBranch = branches.find((branch) => isNullSchema(this.resolve(branch)));
      return nullBranch !== undefined ? null : this.minimal(branches[0] as JsonSchema, depth);
    }
    const types = typesOf(schema);
    if (types.includes("null")) return null;
    switch (types[0]) {
      case "object": {
        const value: Record<string, unknown> = {};
        for (const name of schema.required ?? []) {
          const child = schema.properties?.[name];
          value[name] = child === undefined || depth > maximumDepth + 4 ? null : this.minimal(child, depth + 1);
        }
        return value;
      }
      case "array":
        return Array.from({ length: schema.minItems ?? 0 }, () => this.minimal(schema.items ?? {}, depth + 1));
      case "string":
        return this.minimalString(schema);
      case "number":
      case "integer":
        return this.minimalNumber(schema, types[0] === "integer");
      case "boolean":
        return false;
      default:
        return null;
    }
  }
}

/** A question states nothing, so it is never evidence for a value. */
const isQuestion = (text: string) => /\?\s*$/.test(text) || text.trimStart().startsWith("¿");

const sourceOf = (source: number | undefined) => (source === undefined ? {} : { source });

// Schema helpers ------------------------------------------------------------------------------------------

function typesOf(schema: JsonSchema): string[] {
  if (Array.isArray(schema.type)) return schema.type;
  if (typeof schema.type === "string") return [schema.type];
  if (schema.properties !== undefined || schema.additionalProperties !== undefined) return ["object"];
  if (schema.items !== undefined) return ["array"];
  return [];
}

function isNullSchema(schema: JsonSchema): boolean {
  return schema.type === "null" || (Array.isArray(schema.type) && schema.type.length === 1 && schema.type[0] === "null");
}

function resolvePointer(root: JsonSchema, reference: string): JsonSchema | undefined {
  if (reference === "#") return root;
  if (!reference.startsWith("#/")) return undefined;
  let current: unknown = root;
  for (const raw of reference.slice(2).split("/")) {
    const segment = decodeURIComponent(raw).replaceAll("~1", "/").replaceAll("~0", "~");
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current !== null && typeof current === "object" ? (current as JsonSchema) : undefined;
}

// Strings -------------------------------------------------------------------------------------------------

const formatPlaceholders: Record<string, string> = {
  email: "unknown@example.com",
  uri: "https://example.com",
  url: "https://example.com",
  date: "1970-01-01",
  "date-time": "1970-01-01T00:00:00Z",
  time: "00:00:00",
  uuid: "00000000-0000-0000-0000-000000000000",
};

const isPlaceholder = (value: string) => new RegExp(`^${placeholderPattern.source}$`).test(value);

/**
 * The value cut to `maxLength` on a word boundary, or undefined when it cannot satisfy the schema
 * (too short, wrong pattern or format). Redaction placeholders pass: the real value replaces them before
 * anyone validates the output.
 */
export function fitString(schema: JsonSchema, input: string): string | undefined {
  let value = input.trim();
  if (Array.isArray(schema.enum)) return schema.enum.includes(value) ? value : undefined;
  const maximum = typeof schema.maxLength === "number" ? schema.maxLength : undefined;
  if (maximum !== undefined && value.length > maximum) {
    const cut = value.slice(0, maximum);
    const boundary = cut.lastIndexOf(" ");
    value = (boundary > maximum * 0.5 ? cut.slice(0, boundary) : cut).replace(/[\s,;:-]+$/, "");
  }
  const minimum = typeof schema.minLength === "number" ? schema.minLength : 0;
  if (value.length < minimum) return undefined;
  if (isPlaceholder(value)) return value;
  if (typeof schema.pattern === "string" && !matchesPattern(schema.pattern, value)) return undefined;
  if (typeof schema.format === "string" && !matchesFormat(schema.format, value)) return undefined;
  return value;
}

const patternCache = new Map<string, RegExp | null>();

function matchesPattern(pattern: string, value: string): boolean {
  let compiled = patternCache.get(pattern);
  if (compiled === undefined) {
    try {
      compiled = new RegExp(pattern, "u");
    } catch {
      try {
        compiled = new RegExp(pattern);
      } catch {
        compiled = null;
      }
    }
    patternCache.set(pattern, compiled);
  }
  return compiled === null || compiled.test(value);
}

/** `pattern` without its ^ and $ anchors, to search text with; undefined when it does not compile. */
function unanchoredPattern(pattern: string): RegExp | undefined {
  const body = pattern.replace(/^\^/, "").replace(/(?<!\\)\$$/, "");
  for (const flags of ["gu", "g"]) {
    try {
      return new RegExp(body, flags);
    } catch {
      // Some patterns only compile without the unicode flag.
    }
  }
  return undefined;
}

function matchesFormat(format: string, value: string): boolean {
  switch (format) {
    case "email":
      return /^[^\s@]+@[^\s@]+\.[A-Za-z]{2,}$/.test(value);
    case "uri":
    case "url":
      return URL.canParse(value);
    case "date":
      return /^\d{4}-\d{2}-\d{2}$/.test(value);
    case "date-time":
      return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value);
    case "uuid":
      return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
    default:
      return true;
  }
}

type EntityKind = "email" | "url" | "phone" | "order" | "date" | "date-time" | "uuid";

function entityKind(name: string, format: unknown): EntityKind | undefined {
  if (format === "email" || /\b(e ?mail|email address|correo|courriel)\b/.test(name)) return "email";
  if (format === "uri" || format === "url" || /\b(url|uri|link|website|href)\b/.test(name)) return "url";
  if (format === "date") return "date";
  if (format === "date-time") return "date-time";
  if (format === "uuid") return "uuid";
  if (/\b(phone|telephone|mobile|telefon|telefono|cell)\b/.test(name)) return "phone";
  if (/\b(order|bestellung|commande|pedido)\b/.test(name) && (/\b(number|id|no|nr|name|ref|reference|numero|nummer)\b/.test(name) || name.trim().split(" ").length === 1)) {
    return "order";
  }
  return undefined;
}

const entityPatterns: Record<Exclude<EntityKind, "order">, RegExp> = {
  email: /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}|<EMAIL(?:_ADDRESS)?_\d+>/g,
  url: /https?:\/\/[^\s<>"'`]+|<URL_\d+>/g,
  phone: /\+?\d[\d ().\/-]{6,}\d|<PHONE(?:_NUMBER)?_\d+>/g,
  date: /\b\d{4}-\d{2}-\d{2}\b/g,
  "date-time": /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})/g,
  uuid: /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi,
};

function extractEntities(kind: EntityKind, text: string): string[] {
  if (kind === "order") {
    const found: string[] = [];
    for (const match of text.matchAll(/#\s?([A-Z0-9-]*\d[A-Z0-9-]*)/gi)) found.push(`#${match[1] as string}`);
    for (const match of text.matchAll(/\b(?:order|bestellung|commande|pedido)\b[^\d#\n]{0,24}?(?:#\s?)?([A-Z]{0,4}-?\d{3,}[A-Z0-9-]*)/gi)) {
      found.push(match[1] as string);
    }
    // The number as written first, then its digits alone for schemas that forbid the "#".
    return [...new Set([...found, ...found.map((value) => value.replace(/^#/, ""))])];
  }
  return [...text.matchAll(entityPatterns[kind])].map((match) => match[0].replace(/[.,;:!?)\]]+$/, ""));
}

const answerLikeNames =
  /\b(answer|reply|response|summary|description|content|body|explanation|explain|reason|reasoning|rationale|details?|comment|notes?|text|message|justification|pitch|copy|blurb|bullets?|highlights?|features?|overview|intro|introduction)\b/;

function isAnswerLike(name: string, description: string | undefined): boolean {
  return answerLikeNames.test(name) || (description !== undefined && /\b(answer|reply|respond)\b/i.test(description));
}

// Numbers -------------------------------------------------------------------------------------------------

const numberPattern = /[-−]?\d+(?:[.,\u00a0'’]\d+)*/g;

/** Reads "1,299.00", "1.299,00", "49,90", "2.5" and "1 200" the way a shopper means them. */
export function parseLocaleNumber(raw: string): number | undefined {
  let text = raw.replace(/[\u00a0'’]/g, "").replace("−", "-");
  const lastDot = text.lastIndexOf(".");
  const lastComma = text.lastIndexOf(",");
  if (lastDot !== -1 && lastComma !== -1) {
    const decimal = lastDot > lastComma ? "." : ",";
    const thousands = decimal === "." ? "," : ".";
    text = text.replaceAll(thousands, "").replace(decimal, ".");
  } else if (lastDot !== -1 || lastComma !== -1) {
    const parts = text.split(lastDot !== -1 ? "." : ",");
    // "1.299" and "1,299" group thousands; "49,90" and "2.5" have decimals.
    const grouped = parts.length > 2 || (parts[1] as string).length === 3;
    text = grouped ? parts.join("") : parts.join(".");
  }
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

function numbersIn(text: string): number[] {
  return [...text.matchAll(numberPattern)].flatMap((match) => {
    const value = parseLocaleNumber(match[0]);
    return value === undefined ? [] : [value];
  });
}

/** The number closest (in words) to one of `terms` in `text`. */
function nearestNumber(text: string, terms: readonly string[]): number | undefined {
  const wanted = new Set(terms);
  const tokens = [...text.matchAll(/[\p{L}]+|[-−]?\d+(?:[.,\u00a0'’]\d+)*/gu)].map((match) => match[0]);
  const keywordPositions: number[] = [];
  tokens.forEach((token, position) => {
    if (/\p{L}/u.test(token) && wanted.has(stem(foldText(token)))) keywordPositions.push(position);
  });
  if (keywordPositions.length === 0) return undefined;
  let best: number | undefined;
  let bestDistance = Infinity;
  tokens.forEach((token, position) => {
    if (!/\d/.test(token)) return;
    const distance = Math.min(...keywordPositions.map((keyword) => Math.abs(keyword - position)));
    if (distance < bestDistance) {
      const value = parseLocaleNumber(token);
      if (value !== undefined) {
        best = value;
        bestDistance = distance;
      }
    }
  });
  return best;
}

/** `value` made to fit the schema (integer, multipleOf) or undefined when it falls outside the bounds. */
function fitNumber(schema: JsonSchema, input: number, integer: boolean): number | undefined {
  let value = integer ? Math.round(input) : input;
  if (typeof schema.multipleOf === "number" && schema.multipleOf > 0) value = Math.round(value / schema.multipleOf) * schema.multipleOf;
  const { lower, upper } = bounds(schema, integer);
  if (value < lower || value > upper) return undefined;
  return value;
}

function clampNumber(schema: JsonSchema, input: number, integer: boolean): number {
  const { lower, upper } = bounds(schema, integer);
  let value = Math.min(Math.max(input, lower), upper);
  if (integer) value = Math.min(Math.max(Math.round(value), Math.ceil(lower)), Math.floor(upper));
  if (typeof schema.multipleOf === "number" && schema.multipleOf > 0) {
    const stepped = Math.ceil(value / schema.multipleOf) * schema.multipleOf;
    value = stepped <= upper ? stepped : Math.floor(value / schema.multipleOf) * schema.multipleOf;
  }
  return value;
}

function bounds(schema: JsonSchema, integer: boolean): { lower: number; upper: number } {
  const step = integer ? 1 : 1e-6;
  let lower = typeof schema.minimum === "number" ? schema.minimum : -Number.MAX_SAFE_INTEGER;
  let upper = typeof schema.maximum === "number" ? schema.maximum : Number.MAX_SAFE_INTEGER;
  if (typeof schema.exclusiveMinimum === "number") lower = Math.max(lower, schema.exclusiveMinimum + step);
  if (typeof schema.exclusiveMaximum === "number") upper = Math.min(upper, schema.exclusiveMaximum - step);
  return { lower, upper };
}

// Enums and booleans --------------------------------------------------------------------------------------

const catchAllValues = new Set(["other", "others", "unknown", "none", "neutral", "general", "misc", "miscellaneous", "sonstiges", "andere", "autre", "otro", "otros"]);
const genericBooleanWords = new Set(["is", "has", "can", "allow", "allowed", "enable", "enabled", "should", "does", "flag"].map(stem));

function termMatch(term: string, set: ReadonlySet<string>): number {
  if (set.has(term)) return 1;
  if (term.length < 4) return 0;
  for (const candidate of set) {
    if (candidate.length >= 4 && (candidate.startsWith(term) || term.startsWith(candidate))) return 0.5;
  }
  return 0;
}

function sentimentOf(folded: string): "positive" | "negative" | "neutral" | "mixed" | undefined {
  if (/^(positive|positiv|positif|positivo|pos|good|happy|satisfied)$/.test(folded)) return "positive";
  if (/^(negative|negativ|negatif|negativo|neg|bad|unhappy|dissatisfied)$/.test(folded)) return "negative";
  if (/^(neutral|neutre|neutro)$/.test(folded)) return "neutral";
  if (/^(mixed|gemischt|mixte|mixto)$/.test(folded)) return "mixed";
  return undefined;
}
