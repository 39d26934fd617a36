import { commonWordLexicon, guessLanguage } from "../lexicon/common-words";
import { nationalityLexicon } from "../lexicon/nationalities";
import { organizationSuffixes } from "../lexicon/organizations";
import { nameLexicon } from "../lexicon/person-names";
import { placeLexicon } from "../lexicon/places";
import type { PiiSpan } from "../pii-types";
import { span, type Recognizer, type Word } from "./recognizer";

/*
 * People, places, organisations, nationalities and honorifics from one pass over capitalised word runs.
 * Evidence, strongest first: a title or an introduction before the run ("Mr.", "my name is", "ich heiße"),
 * a legal form after it ("GmbH"), the lexicons (given names, places, nationalities), then shape
 * (capitalised words mid-sentence that are not frequent words of the language).
 */

const honorifics = new Set(
  `mr mrs ms miss mx dr prof sir dame lord lady herr frau fräulein m mme mlle monsieur madame mademoiselle
  sr sra srta señor señora señorita don doña dott sig signor signora`.split(/\s+/),
);
/** Honorifics that are also ordinary words or initials; they count only with a period or before a capital. */
const weakHonorifics = new Set(["m", "don", "sir", "lady", "lord", "dame", "miss"]);

const particles = new Set(["van", "von", "de", "da", "del", "della", "di", "du", "la", "le", "bin", "ibn", "al", "el", "ter", "ten", "zu", "dos", "das", "der", "den", "af", "y", "mc", "st"]);

const introductionCue =
  /(?:\bmy name is|\bname is|\bname(?:'s)?\s*:|\bnamed|\bcalled|\bcall me|\bcalls me|\bich hei(?:ß|ss)e|\bmein name ist|\bje m['’]appelle|\bmon nom est|\bme llamo|\bmi nombre es|\bnombre\s*:)\s*$/iu;
const greetingCue =
  /(?:\b(?:hi|hello|hey|dear|thanks|thank you|cheers|hallo|liebe|lieber|sehr geehrte[rs]?|bonjour|salut|cher|ch[èe]re|merci|hola|estimad[oa]|querid[oa]|gracias)\s*,?)\s*$/iu;
const weakPersonCue =
  /(?:\b(?:i['’]m|i am|this is|it['’]s|ich bin|je suis|soy|with|by|ask|tell|told|meet|contact|said|says|from|to|and|for|heard|under|maybe|follow up with|speak to|spoke to|talk to|talked to)\s*)$/iu;
/** Cues after which even an unknown capitalised word is taken for a person. */
const personOnlyCue =
  /(?:\b(?:i['’]m|i am|this is|ich bin|je suis|soy|ask|tell|told|meet|said|says|heard|under|maybe|follow up with|speak to|spoke to|talk to|talked to)\s*)$/iu;
const locativeCue =
  /(?:\b(?:in|from|to|at|near|visit|visiting|visited|toward|towards|via|around|outside|across|nach|aus|bei|en|à|au|aux|desde|hacia|cerca de|southern|northern|eastern|western|central)\s*)$/iu;
const directional = /^(?:north|south|east|west|northern|southern|eastern|western|central|upper|lower|greater|inner|outer)$/u;

/** Cues strong enough to read a given name that is also a town ("Logan", "Florence") as the town. */
const strongLocativeCue = /(?:\b(?:in|from|visit|visiting|visited|near|nach|aus|desde|depuis|southern|northern|eastern|western|central)\s*)$/iu;
/** Words that open a sentence before a comma without being anyone's name. */
const interjections = new Set(
  "hello hallo hi hey hola bonjour salut ciao servus moin thanks thank danke merci gracias grazie ok okay yes no ja nein oui non si sí please bitte sorry pardon perdón well so also".split(" "),
);
/** Lower-case words that follow a person at the start of a sentence ("David is", "Megan lives on"). */
const personVerbs = new Set(
  "is was has had lives lived said says spent went works worked wrote told asked called and will would can could did does loves likes ist hat wohnt sagt est a habite dit es tiene vive dice".split(" "),
);
const organizationCue =
  /(?:\b(?:work(?:s|ed|ing)? (?:for|at|with)|employed (?:by|at)|joined|employer(?: is)?|company(?: is)?|arbeite(?:t|n)? (?:bei|für)|travaille (?:chez|pour)|trabaj(?:o|a) (?:en|para|con))\s*)$/iu;

/** "I'm", "It's", "Don't": English contractions are function words. */
const contraction = /^\p{L}+['’](?:m|ll|s|t|re|ve|d)$/u;

type Token = Word & {
  capitalised: boolean;
  initial: boolean;
  sentenceStart: boolean;
  index: number;
};

type Lexicons = {
  names: ReturnType<typeof nameLexicon>;
  common: ReturnType<typeof commonWordLexicon>;
  places: ReturnType<typeof placeLexicon>;
  nationalities: ReturnType<typeof nationalityLexicon>;
  organizations: ReturnType<typeof organizationSuffixes>;
};

let lexicons: Lexicons | undefined;

/** Loads every lexicon; call it at start-up to keep the first detection fast. */
export function warmUpLexicons(): void {
  lexicons ??= {
    names: nameLexicon(),
    common: commonWordLexicon(),
    places: placeLexicon(),
    nationalities: nationalityLexicon(),
    organizations: organizationSuffixes(),
  };
}

function buildTokens(text: string, words: readonly Word[]): Token[] {
  const hasLower = /\p{Ll}/u.test(text);
  return words.map((word, index) => {
    const previous = words[index - 1];
    const gap = text.slice(previous?.end ?? 0, word.start);
    const sentenceStart =
      previous === undefined ? true : /[.!?:;"“”()\n*•?]\s*$|^\s*[-–—]\s*$/u.test(gap) && !(previous.text.length === 1 && gap.startsWith("."));
    const first = word.text.charAt(0);
    const capitalised = first !== first.toLowerCase() && (hasLower ? true : word.text.length > 1);
    const initial = word.text.length === 1 && first !== first.toLowerCase();
    return { ...word, capitalised, initial, sentenceStart, index };
  });
}

/** Maximal runs of capitalised words joined by single spaces (initials and name particles allowed inside). */
function capitalisedRuns(text: string, tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let current: Token[] = [];
  const flush = () => {
    while (current.length > 0 && !(current[current.length - 1] as Token).capitalised) current.pop();
    if (current.length > 0) runs.push(current);
    current = [];
  };
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    const previous = current[current.length - 1];
    if (previous !== undefined) {
      const gap = text.slice(previous.end, token.start);
      const joined = gap === " " || gap === "\u00a0" || (previous.initial && (gap === ". " || gap === ".")) || (honorifics.has(previous.lower) && gap === ". ");
      if (!joined || current.length >= 6) flush();
    }
    const next = tokens[index + 1];
    const isParticle = particles.has(token.lower) && !token.capitalised && current.length > 0 && next?.capitalised === true;
    if (token.capitalised || isParticle) current.push(token);
    else flush();
  }
  flush();
  return runs;
}

function placeKey(tokens: Token[]): string {
  return tokens.map((token) => token.lower).join(" ");
}

export const properNounRecognizer: Recognizer = {
  name: "proper-nouns",
  entities: ["PERSON", "LOCATION", "ORGANIZATION", "NRP", "TITLE"],
  recognize(context) {
    warmUpLexicons();
    const { names, common, places, nationalities, organizations } = lexicons as Lexicons;
    const { text } = context;
    const tokens = buildTokens(text, context.words());
    if (tokens.length === 0) return [];
    const language = guessLanguage(tokens.map((token) => token.lower));
    const german = language === "german";
    const frequent = common.byLanguage.get(language) as ReadonlySet<string>;
    const lowerCaseText = !/\p{Lu}/u.test(text);
    const spans: PiiSpan[] = [];
    const before = (token: Token, window = 40) => text.slice(Math.max(0, token.start - window), token.start);
    const isCommon = (token: Token) => frequent.has(token.lower) || contraction.test(token.lower);
    const isFirstName = (token: Token) => names.firstNames.has(token.lower);
    const isAmbiguousFirstName = (token: Token) =>
      isFirstName(token) && isCommon(token) && (token.sentenceStart || german || (common.englishRank.get(token.lower) ?? 99999) < 1500);
    const isSurnameLike = (token: Token) => token.capitalised && !token.initial && (names.lastNames.has(token.lower) || !isCommon(token) || isFirstName(token));

    // Nationalities and groups are adjectives: they are found in any case, inside or outside runs.
    const nrpTaken = new Set<number>();
    for (const token of tokens) {
      const next = tokens[token.index + 1];
      if (next !== undefined && nationalities.has(`${token.lower} ${next.lower}`) && text.slice(token.end, next.start) === " ") {
        spans.push(span("NRP", text, token.start, next.end, 0.75));
        nrpTaken.add(token.index).add(next.index);
      } else if (nationalities.has(token.lower) && !nrpTaken.has(token.index) && !(next !== undefined && places.places.has(`${token.lower} ${next.lower}`))) {
        spans.push(span("NRP", text, token.start, token.end, token.capitalised ? 0.75 : 0.55));
        nrpTaken.add(token.index);
      }
    }

    for (const run of capitalisedRuns(text, tokens)) {
      let words = run.filter((token) => !nrpTaken.has(token.index));
      if (words.length !== run.length) {
        // A nationality splits the run: "Spanish Ana" keeps "Ana".
        words = words.slice(words.findIndex((token, position) => position === 0 || token.index !== (words[position - 1] as Token).index + 1));
        if (words.length === 0 || words.some((token, position) => position > 0 && token.index !== (words[position - 1] as Token).index + 1)) continue;
      }

      // Honorifics open a person: "Mr. Richard McCray", "Frau Dr. Müller", "Sra. López".
      let titled = false;
      while (words.length > 1 && honorifics.has((words[0] as Token).lower)) {
        const title = words[0] as Token;
        const hasPeriod = text[title.end] === ".";
        if (weakHonorifics.has(title.lower) && !hasPeriod && !(words[1] as Token).capitalised) break;
        spans.push(span("TITLE", text, title.start, title.end + (hasPeriod ? 1 : 0), 0.7));
        titled = true;
        words = words.slice(1);
      }

      // Organisations end in a legal form: "Shepherd Ltd.", "Müller GmbH", "Civic Impulse LLC".
      const suffixAt = words.findIndex((token, position) => position > 0 && organizations.has(token.lower) || (position > 0 && organizations.has(`${token.lower}.`) && text[token.end] === "."));
      if (suffixAt > 0) {
        let first = 0;
        while (first < suffixAt && (words[first] as Token).sentenceStart && isCommon(words[first] as Token) && !isFirstName(words[first] as Token) && first < suffixAt - 1) first++;
        const last = words[suffixAt] as Token;
        const end = last.end + (text[last.end] === "." && organizations.has(`${last.lower}.`) ? 1 : 0);
        spans.push(span("ORGANIZATION", text, (words[first] as Token).start, end, 0.8));
        continue;
      }

      if (!titled) {
        // Sentence-initial frequent words ("Thanks", "Please", "The") are not part of a name.
        const startsPlace = (from: Token[]) => {
          for (let length = Math.min(from.length, places.longestName); length > 0; length--) {
            if (places.places.has(placeKey(from.slice(0, length)))) return true;
          }
          return false;
        };
        while (words.length > 0) {
          const head = words[0] as Token;
          const droppable = isCommon(head) && !isFirstName(head) && !startsPlace(words);
          if (!droppable && !(head.sentenceStart && isCommon(head) && !isFirstName(head) && !startsPlace(words))) break;
          if (!droppable && head.sentenceStart && words.length === 1) break;
          words = words.slice(1);
        }
        while (words.length > 0) {
          const tail = words[words.length - 1] as Token;
          if (!isCommon(tail) || isFirstName(tail) || names.lastNames.has(tail.lower)) break;
          let endsPlace = false;
          for (let length = Math.min(words.length, places.longestName); length > 0 && !endsPlace; length--) {
            endsPlace = places.places.has(placeKey(words.slice(words.length - length)));
          }
          if (endsPlace) break;
          words = words.slice(0, -1);
        }
      }
      if (words.length === 0) continue;
      const head = words[0] as Token;
      const start = head.start;
      const end = (words[words.length - 1] as Token).end;
      const preceding = before(head);

      if (titled) {
        spans.push(span("PERSON", text, start, end, 0.85));
        continue;
      }
      if (organizationCue.test(preceding)) {
        spans.push(span("ORGANIZATION", text, start, end, 0.65));
        continue;
      }

      // Places: the whole run, or its longest leading part, is a known place.
      let placeLength = 0;
      for (let length = Math.min(words.length, places.longestName); length > 0; length--) {
        if (places.places.has(placeKey(words.slice(0, length)))) {
          placeLength = length;
          break;
        }
      }
      const leadingPlace = placeLength > 0 ? places.places.get(placeKey(words.slice(0, placeLength))) : undefined;
      // A leading region that is also an ordinary word ("Southern" is a province name) gives way to a clearer place after it.
      if (placeLength === 1 && leadingPlace?.kind !== "country" && (isCommon(head) || directional.test(head.lower)) && words.length > 1) placeLength = 0;
      if (placeLength === 0) {
        // "Southern Poland", "Greater London": a place after directional or frequent words.
        for (let offset = 1; offset < words.length && placeLength === 0; offset++) {
          const prefix = words.slice(0, offset);
          if (!prefix.every((token) => directional.test(token.lower) || (isCommon(token) && !isFirstName(token)))) break;
          for (let length = Math.min(words.length - offset, places.longestName); length > 0; length--) {
            if (places.places.has(placeKey(words.slice(offset, offset + length)))) {
              words = words.slice(offset);
              placeLength = length;
              break;
            }
          }
        }
      }
      if (placeLength > 0) {
        const head = words[0] as Token;
        const start = head.start;
        const preceding = before(head);
        const place = places.places.get(placeKey(words.slice(0, placeLength)));
        const placeEnd = (words[placeLength - 1] as Token).end;
        const ambiguous = placeLength === 1 && (isFirstName(head) || isCommon(head) || names.lastNames.has(head.lower));
        const followedBySurname = placeLength === 1 && words.length > 1 && isFirstName(head) && isSurnameLike(words[1] as Token);
        const located = (isFirstName(head) ? strongLocativeCue : locativeCue).test(preceding) && !followedBySurname;
        const prominent = place !== undefined && (place.kind === "country" || place.population >= 500000) && !isCommon(head) && !followedBySurname;
        // Countries are seldom anyone's name ("France", "Jordan"), unless a family name follows.
        const country = place?.kind === "country" && !followedBySurname;
        if (place !== undefined && (!ambiguous || located || prominent || country)) {
          const score = place.kind === "country" ? 0.8 : place.population >= 100000 || located ? 0.7 : 0.55;
          spans.push(span("LOCATION", text, start, placeEnd, score));
          if (placeLength === words.length) continue;
          words = words.slice(placeLength);
        } else if (placeLength === words.length && !isFirstName(head)) {
          continue;
        }
      }
      if (words.length === 0) continue;
      const personHead = words[0] as Token;
      const personStart = personHead.start;
      const personPreceding = before(personHead);

      if (introductionCue.test(personPreceding)) {
        spans.push(span("PERSON", text, personStart, end, 0.85));
        continue;
      }
      const greeted = greetingCue.test(personPreceding);
      const weakCue = weakPersonCue.test(personPreceding);
      const rest = words.slice(1);
      const surnames = rest.filter((token) => isSurnameLike(token) || token.initial);
      let score = 0;
      if (isFirstName(personHead) && !isAmbiguousFirstName(personHead)) {
        score = rest.length > 0 && surnames.length === rest.length ? 0.8 : rest.length === 0 ? (personHead.sentenceStart ? 0.5 : 0.6) : 0.6;
      } else if (isFirstName(personHead)) {
        score = rest.length > 0 && surnames.length === rest.length ? 0.7 : 0;
      } else if (words.length >= 2 && words.every((token) => token.initial || !isCommon(token))) {
        score = personHead.sentenceStart ? 0.45 : 0.5;
      } else if (words.length === 1 && names.lastNames.has(personHead.lower) && !isCommon(personHead) && !personHead.sentenceStart) {
        score = 0.45;
      } else if (words.length === 1 && !isCommon(personHead) && !personHead.sentenceStart && locativeCue.test(personPreceding)) {
        spans.push(span("LOCATION", text, personStart, end, 0.45));
        continue;
      }
      const after = text.slice(end, end + 3);
      const nextWord = tokens[(words[words.length - 1] as Token).index + 1];
      const followedByVerb = nextWord !== undefined && text.slice(end, nextWord.start) === " " && personVerbs.has(nextWord.text);
      if (score === 0 && words.length === 1 && isFirstName(personHead) && followedByVerb) score = 0.55;
      // Vocatives and speaker labels: "Kuba, can I ...", "Nicole: Remember me", "..., Brandon!"
      const vocative =
        words.length <= 2 &&
        !interjections.has(personHead.lower) &&
        !isCommon(personHead) &&
        !personHead.initial &&
        ((personHead.sentenceStart && /^[,:] /.test(after)) || (/,\s*$/.test(personPreceding) && /^[!?]/.test(after)));
      if (score === 0 && vocative) score = 0.5;
      if (score === 0 && (greeted || personOnlyCue.test(personPreceding)) && !isCommon(personHead) && !personHead.initial) score = 0.5;
      if (score > 0 && greeted) score = Math.min(0.9, score + 0.2);
      else if (score > 0 && weakCue) score = Math.min(0.85, score + 0.1);
      if (score > 0) spans.push(span("PERSON", text, personStart, end, score));
    }

    // Introductions also name people written in lower case: "my name is rubija", "me llamo ana garcía".
    for (const match of text.matchAll(/(?:\bmy name is|\bcall me|\bcalls me|\bme llamo|\bje m['’]appelle|\bich hei(?:ß|ss)e|\bmein name ist)\s+([\p{Ll}][\p{L}\p{M}'’-]+(?:\s+[\p{Ll}][\p{L}\p{M}'’-]+)?)/giu)) {
      const value = match[1] ?? "";
      const parts = value.split(/\s+/);
      const kept: string[] = [];
      for (const part of parts) {
        if (frequent.has(part.toLowerCase()) && !names.firstNames.has(part.toLowerCase())) break;
        kept.push(part);
      }
      if (kept.length === 0) continue;
      const start = match.index + match[0].length - value.length;
      spans.push(span("PERSON", text, start, start + kept.join(" ").length, 0.8));
    }

    // Organisations named by what is said about them: "The Acme office", "Acme is a design agency",
    // "spent a year at Acme".
    const organizationPatterns: Array<[RegExp, number]> = [
      [/\b[Tt]he ((?:\p{Lu}[\p{L}\p{M}&'’.-]*,? ){1,5})(?:office|offices|headquarters|HQ|team|store|shop|branch|factory|warehouse|orchestra|band|choir)\b/gu, 0.85],
      [/(?<![\p{L}])((?:\p{Lu}[\p{L}\p{M}&'’.-]*,? ){1,5})is an? (?:[\p{Ll}-]+ ){0,2}(?:agency|company|firm|startup|start-up|brand|business|retailer|manufacturer|bank|consultancy|studio|supplier|vendor|marketplace|platform|organi[sz]ation|charity|non-?profit|insurer|carrier|group|corporation)\b/gu, 0.85],
      [/\b(?:a year|years|months|time|job|internship|position|career) (?:at|with) ((?:\p{Lu}[\p{L}\p{M}&'’.-]*,? ){0,4}\p{Lu}[\p{L}\p{M}&'’.-]*)/gu, 0.85],
      [/(?<![\p{L}])((?:\p{Lu}[\p{L}\p{M}&'’.-]*,? ){1,4})(?:songwriter|employee|employees|spokesperson|spokesman|spokeswoman|ceo|founder|founders|staff)\b/gu, 0.7],
    ];
    for (const [pattern, score] of organizationPatterns) {
      for (const match of text.matchAll(pattern)) {
        const value = (match[1] ?? "").replace(/[\s,]+$/u, "");
        if (value.length < 2) continue;
        const start = match.index + match[0].indexOf(value);
        const firstWord = value.split(/\s+/)[0]?.toLowerCase() ?? "";
        if (start === 0 && frequent.has(firstWord) && !value.includes(" ")) continue;
        spans.push(span("ORGANIZATION", text, start, start + value.length, score));
      }
    }

    // "Davis, Reynolds and Williamson": a firm when named as a place of work or followed by its kind
    // ("... Orchestra"), otherwise a list of people.
    for (const match of text.matchAll(/(?<![\p{L}])(\p{Lu}[\p{L}\p{M}]+), (\p{Lu}[\p{L}\p{M}]+),? (?:and|&|und|et|y) (\p{Lu}[\p{L}\p{M}]+)(?![\p{L}])/gu)) {
      const end = match.index + match[0].length;
      const firm =
        /\b(?:from|at|for|with|by|joined|the)\s+$/iu.test(text.slice(Math.max(0, match.index - 12), match.index)) || /^ \p{Lu}/u.test(text.slice(end, end + 2));
      if (firm) {
        spans.push(span("ORGANIZATION", text, match.index, end, 0.86));
        continue;
      }
      for (const index of [1, 2, 3]) {
        const value = match[index] ?? "";
        const start = match.index + match[0].indexOf(value, index === 1 ? 0 : match[0].indexOf(match[index - 1] ?? "") + 1);
        spans.push(span("PERSON", text, start, start + value.length, 0.75));
      }
    }

    // Lower-case text gives no capital letters to go by: a given name followed by a family-name-like word or
    // by a verb ("olga krylova's", "selma is from").
    if (lowerCaseText) {
      for (const token of tokens) {
        if (!names.firstNames.has(token.lower) || isCommon(token)) continue;
        const next = tokens[token.index + 1];
        if (next === undefined || text.slice(token.end, next.start) !== " ") continue;
        if (personVerbs.has(next.lower)) spans.push(span("PERSON", text, token.start, token.end, 0.5));
        else if (!isCommon(next) && next.text.length > 2) spans.push(span("PERSON", text, token.start, next.end, 0.5));
      }
    }
    return spans;
  },
};
