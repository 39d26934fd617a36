import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import type { ReviewInput } from "@aisle/core";
import { loadStore } from "../context";
import { CliError } from "../errors";
import type { Output } from "../output";

function parseReviews(path: string, text: string): ReviewInput[] {
  const rows =
    extname(path).toLowerCase() === ".json"
      ? (JSON.parse(text) as unknown)
      : text
          .split("\n")
          .filter((line) => line.trim() !== "")
          .map((line, index) => {
            try {
              return JSON.parse(line) as unknown;
            } catch {
              throw new CliError(`Line ${index + 1} of ${path} is not JSON.`, "Give one review object per line (JSONL) or a JSON array.");
            }
          });
  if (!Array.isArray(rows)) throw new CliError(`${path} must hold a JSON array or one review per line.`);
  return rows.map((row, index) => {
    const review = row as Partial<ReviewInput> & { text?: string };
    const body = review.body ?? review.text;
    if (typeof body !== "string" || body.trim() === "") throw new CliError(`Review ${index + 1} in ${path} has no "body" (or "text").`, 'Each review needs at least { "body": "..." }.');
    return { ...review, id: typeof review.id === "string" ? review.id : `review-${index + 1}`, body } as ReviewInput;
  });
}

/** `aisle reviews [file]`: sentiment per review and aspect, moderation flags and a cited summary. */
export async function reviewsCommand(file: string | undefined, flags: { product?: string }, output: Output): Promise<number> {
  const { aisle } = await loadStore({}, output);
  let reviews: ReviewInput[];
  if (file === undefined) {
    const product = flags.product ?? "prod-harbor-3-seat-sofa";
    reviews = aisle.sources.reviews === undefined ? [] : [...(await aisle.sources.reviews.listReviews({ productId: product }))];
    output.info(`${reviews.length} sample-store reviews of ${product}`);
  } else {
    const text = await readFile(file, "utf8").catch(() => {
      throw new CliError(`Cannot read ${file}.`, "Pass a .jsonl file with one review per line, or a .json array.");
    });
    reviews = parseReviews(file, text);
  }
  const [analyses, moderation, summary] = await Promise.all([aisle.reviews.analyze(reviews), aisle.reviews.moderate(reviews), aisle.reviews.summarize(reviews)]);
  for (const analysis of analyses) {
    const aspects = analysis.aspects.map((aspect) => `${aspect.aspect} ${aspect.polarity}`).join(", ");
    const flagged = moderation.find((entry) => entry.reviewId === analysis.id);
    output.write(`${analysis.id}: ${analysis.sentiment.label}${aspects === "" ? "" : ` · ${aspects}`}${flagged !== undefined && flagged.flags.length > 0 ? ` · flags: ${flagged.flags.map((flag) => flag.type).join(", ")}` : ""}\n`);
  }
  output.write("\nCustomers say:\n");
  for (const sentence of summary.sentences) output.write(`  ${sentence.text} [${sentence.reviewIds.join(", ")}]\n`);
  output.result({ analyses, moderation, summary });
  return 0;
}
