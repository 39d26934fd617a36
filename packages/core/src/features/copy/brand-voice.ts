import { z } from "zod";

export const brandVoiceSchema = z
  .object({
    /** How the brand sounds, e.g. "warm, plain-spoken, a little dry". Told to the model. */
    tone: z.string().trim().min(1).max(500).optional(),
    /** Who the copy speaks to, e.g. "first-time homeowners". */
    audience: z.string().trim().min(1).max(500).optional(),
    /** Words and phrases the brand never uses; any match is a finding (case-insensitive, whole words). */
    bannedWords: z.array(z.string().trim().min(1)).default([]),
    /** Highest Flesch-Kincaid grade level allowed for English copy. */
    maxReadingGrade: z.number().min(1).max(20).optional(),
    /** English spelling: US ("color") or British ("colour"). Drafts are converted, and the rest is checked. */
    spelling: z.enum(["en-US", "en-GB"]).default("en-US"),
    exclamationMarks: z.boolean().default(false),
  })
  .strict();

export type BrandVoice = z.input<typeof brandVoiceSchema>;
export type ResolvedBrandVoice = z.output<typeof brandVoiceSchema>;

export type VoiceFinding = {
  rule: "banned-word" | "reading-level" | "exclamation-mark" | "spelling" | "length";
  message: string;
  text?: string;
  field?: string;
};

/** US → British spellings common in product copy; the reverse map converts the other way. */
const britishSpellings: Record<string, string> = {
  color: "colour",
  colors: "colours",
  colored: "coloured",
  colorful: "colourful",
  colorway: "colourway",
  gray: "grey",
  center: "centre",
  centers: "centres",
  favorite: "favourite",
  favorites: "favourites",
  fiber: "fibre",
  fibers: "fibres",
  jewelry: "jewellery",
  aluminum: "aluminium",
  organize: "organise",
  organizer: "organiser",
  organizers: "organisers",
  cozy: "cosy",
  odor: "odour",
  mold: "mould",
  meter: "metre",
  meters: "metres",
  liter: "litre",
  liters: "litres",
  customize: "customise",
  customized: "customised",
  optimize: "optimise",
  tire: "tyre",
  tires: "tyres",
  catalog: "catalogue",
  pajamas: "pyjamas",
};
const americanSpellings: Record<string, string> = Object.fromEntries(
  Object.entries(britishSpellings).map(([american, british]) => [british, american]),
);

function matchCase(original: string, replacement: string): string {
  if (original === original.toUpperCase()) return replacement.toUpperCase();
  if (original[0] === original[0]?.toUpperCase()) return `${replacement[0]?.toUpperCase() ?? ""}${replacement.slice(1)}`;
  return replacement;
}

/** Converts common spellings to the brand's variant, keeping capitalisation. */
export function applySpelling(text: string, spelling: "en-US" | "en-GB"): string {
  const table = spelling === "en-GB" ? britishSpellings : americanSpellings;
  return text.replace(/\b[A-Za-z]+\b/g, (word) => {
    const replacement = table[word.toLowerCase()];
    return replacement === undefined || replacement === word.toLowerCase() ? word : matchCase(word, replacement);
  });
}

function syllables(word: string): number {
  const cleaned = word.toLowerCase().replace(/[^a-z]/g, "");
  if (cleaned.length <= 3) return 1;
  const groups = cleaned.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, "").replace(/^y/, "").match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups?.length ?? 1);
}

/** Flesch-Kincaid grade level of English text. */
export function readingGrade(text: string): number {
  const sentences = Math.max(1, text.split(/[.!?]+(?:\s|$)/).filter((sentence) => sentence.trim() !== "").length);
  const words = text.match(/[A-Za-z][A-Za-z'-]*/g) ?? [];
  if (words.length === 0) return 0;
  const syllableCount = words.reduce((total, word) => total + syllables(word), 0);
  return 0.39 * (words.length / sentences) + 11.8 * (syllableCount / words.length) - 15.59;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Checks one field of a draft against the brand voice. */
export function checkVoice(text: string, voice: ResolvedBrandVoice, options: { field?: string; language?: string } = {}): VoiceFinding[] {
  const findings: VoiceFinding[] = [];
  const field = options.field === undefined ? {} : { field: options.field };
  for (const banned of voice.bannedWords) {
    const match = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(banned)}(?![\\p{L}\\p{N}])`, "iu").exec(text);
    if (match !== null) findings.push({ rule: "banned-word", message: `"${match[0]}" is on the brand's banned list.`, text: match[0], ...field });
  }
  if (!voice.exclamationMarks && text.includes("!")) {
    findings.push({ rule: "exclamation-mark", message: "The brand voice uses no exclamation marks.", text: "!", ...field });
  }
  const english = options.language === undefined || options.language.startsWith("en");
  if (english && voice.maxReadingGrade !== undefined && text.split(/\s+/).length >= 30) {
    const grade = readingGrade(text);
    if (grade > voice.maxReadingGrade) {
      findings.push({ rule: "reading-level", message: `Reads at grade ${grade.toFixed(1)}; the brand's limit is ${voice.maxReadingGrade}.`, ...field });
    }
  }
  if (english) {
    const other = voice.spelling === "en-GB" ? americanSpellings : britishSpellings;
    for (const word of text.match(/\b[A-Za-z]+\b/g) ?? []) {
      const replacement = (voice.spelling === "en-GB" ? britishSpellings : americanSpellings)[word.toLowerCase()];
      if (replacement !== undefined && replacement !== word.toLowerCase() && other[replacement] !== undefined) {
        findings.push({ rule: "spelling", message: `"${word}" is not ${voice.spelling} spelling; use "${replacement}".`, text: word, ...field });
      }
    }
  }
  return findings;
}
