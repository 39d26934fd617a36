import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";

export type Split = "dev" | "held-out";
export type LabelledText = { text: string; positive: boolean; split: Split; file: string };

/**
 * Rows alternate by position within each file: 0, 2, 4, … form the development half (the only rows looked
 * at while setting weights), 1, 3, 5, … the held-out half. The rule needs no randomness and matches how the
 * data folders themselves were split.
 */
export const splitOf = (index: number): Split => (index % 2 === 0 ? "dev" : "held-out");

function csvFiles(path: string): string[] {
  if (statSync(path).isFile()) return [path];
  const files = readdirSync(path)
    .filter((name) => name.toLowerCase().endsWith(".csv"))
    .sort()
    .map((name) => join(path, name));
  if (files.length === 0) throw new Error(`${path}: no .csv files`);
  return files;
}

function readRows(file: string): Record<string, string>[] {
  return parse(readFileSync(file, "utf8"), { columns: true, skip_empty_lines: true, relax_quotes: false });
}

/** deepset/prompt-injections as CSV: `text`, `label` (1 = injection). */
export function loadDeepset(path: string): LabelledText[] {
  return csvFiles(path).flatMap((file) =>
    readRows(file).map((row, index) => {
      if (row.text === undefined || row.label === undefined) throw new Error(`${file}: expected columns 'text' and 'label'`);
      return { text: row.text, positive: row.label.trim() === "1", split: splitOf(index), file };
    }),
  );
}

/** jackhhao/jailbreak-classification as CSV: `prompt`, `type` (`jailbreak` or `benign`). */
export function loadJailbreak(path: string): LabelledText[] {
  return csvFiles(path).flatMap((file) =>
    readRows(file).map((row, index) => {
      if (row.prompt === undefined || row.type === undefined) throw new Error(`${file}: expected columns 'prompt' and 'type'`);
      return { text: row.prompt, positive: row.type.trim() === "jailbreak", split: splitOf(index), file };
    }),
  );
}

/** Shopper utterances, all benign: the `instruction` column of the Bitext customer-support CSV. */
export function loadBenign(path: string): LabelledText[] {
  return csvFiles(path).flatMap((file) =>
    readRows(file).map((row, index) => {
      if (row.instruction === undefined) throw new Error(`${file}: expected an 'instruction' column`);
      return { text: row.instruction, positive: false, split: splitOf(index), file };
    }),
  );
}

const germanWords = new Set(
  "der die das und ist nicht ich du sie wir ihr wie was wer warum wo ein eine einen zu mit für auf sind welche wird werden hat haben kann können ich mir mich dich dir nur noch auch über aus bei nach vom zum zur im ins es gibt sollte".split(" "),
);
const englishWords = new Set(
  "the and is not i you we they how what who why where a an to with for on are which will has have can me my your only also about from at after of in it there should does do".split(" "),
);

/** A crude stop-word vote, enough to report deepset's English and German rows apart. */
export function languageOf(text: string): "en" | "de" {
  let german = /[äöüß]/i.test(text) ? 1 : 0;
  let english = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (germanWords.has(word)) german++;
    if (englishWords.has(word)) english++;
  }
  return german > english ? "de" : "en";
}
