import { readFileSync } from "node:fs";
import { Parser } from "htmlparser2";

/**
 * SemEval-2014 Task 4 laptop sentences (evaluation only: never copied, never tuned on), read at run time from
 * the path given on the command line. One row per aspect term; "conflict" terms are dropped.
 */
export type AspectRow = { sentenceId: string; text: string; term: string; from: number; polarity: "positive" | "negative" | "neutral" };

export function loadAspectRows(path: string): AspectRow[] {
  const rows: AspectRow[] = [];
  let sentenceId = "";
  let inText = false;
  let text = "";
  let pending: Array<{ term: string; from: number; polarity: string }> = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === "sentence") {
          sentenceId = attributes.id ?? "";
          text = "";
          pending = [];
        } else if (name === "text") {
          inText = true;
        } else if (name === "aspectterm") {
          pending.push({ term: attributes.term ?? "", from: Number(attributes.from), polarity: attributes.polarity ?? "" });
        }
      },
      ontext(value) {
        if (inText) text += value;
      },
      onclosetag(name) {
        if (name === "text") inText = false;
        if (name !== "sentence") return;
        for (const term of pending) {
          if (term.polarity !== "positive" && term.polarity !== "negative" && term.polarity !== "neutral") continue;
          if (text.slice(term.from, term.from + term.term.length) !== term.term) continue;
          rows.push({ sentenceId, text, term: term.term, from: term.from, polarity: term.polarity });
        }
      },
    },
    { xmlMode: false, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(readFileSync(path, "utf8"));
  parser.end();
  if (rows.length === 0) throw new Error(`${path}: no <aspectTerm> with a positive, negative or neutral polarity`);
  return rows;
}
