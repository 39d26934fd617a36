import { execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/*
 * Runs the built binary as a user would. CI builds every package before testing; run alone, the test builds
 * what is missing first.
 */

const packageDirectory = dirname(dirname(fileURLToPath(import.meta.url)));
const binary = join(packageDirectory, "dist", "cli.js");
const coreBuild = join(packageDirectory, "..", "core", "dist", "index.js");
let directory = "";

type Run = { code: number; stdout: string; stderr: string };

function runCli(args: string[], input?: string): Promise<Run> {
  return new Promise((resolve) => {
    // No key in the environment: the offline models, always.
    const child = spawn(process.execPath, [binary, ...args], { env: { PATH: process.env.PATH ?? "" }, cwd: directory });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(input ?? "");
  });
}

function build(filter: string): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile("npx", ["-y", "pnpm@10", "--filter", filter, "build"], { cwd: join(packageDirectory, "..", "..") }, (error) =>
      error === null ? resolve() : reject(error),
    );
  });
}

beforeAll(async () => {
  if (!existsSync(coreBuild)) await build("@aisle/core");
  if (!existsSync(binary)) await build("@aisle/cli");
  directory = await mkdtemp(join(tmpdir(), "aisle-cli-"));
}, 180_000);

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

// Each test starts real processes (and one a browser): generous limits for a loaded 2-core CI machine.
describe("the aisle binary", { timeout: 120_000 }, () => {
  it("answers a question with sources, as text and as JSON", async () => {
    const [text, json] = await Promise.all([runCli(["ask", "Do you ship to Canada?"]), runCli(["ask", "Do you ship to Canada?", "--json"])]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/Canada/);
    expect(text.stderr).toMatch(/OPENAI_API_KEY is not set/);
    expect(text.stderr).toMatch(/sources: .*Where we ship/);
    const answer = JSON.parse(json.stdout) as { intent: string; citations: Array<{ id: string }> };
    expect(answer.intent).toBe("shipping_policy");
    expect(answer.citations.length).toBeGreaterThan(0);
  });

  it("indexes a catalog, lists bad rows by line, and fails with --strict", async () => {
    const catalog = join(directory, "catalog.jsonl");
    const good = (id: string, title: string, price: string) =>
      JSON.stringify({ id, handle: id, title, description: `<p>${title}, made of oak.</p>`, variants: [{ id: `${id}-v`, price: { amount: price, currencyCode: "USD" } }] });
    await writeFile(catalog, [good("p1", "Oak Side Table", "149.00"), '{"id": "p2", "title": ', good("p3", "Oak Bench", "not-a-price"), good("p4", "Oak Stool", "89.00")].join("\n"));
    const [lenient, strict] = await Promise.all([runCli(["index", catalog, "--json"]), runCli(["index", catalog, "--strict"])]);
    expect(lenient.code).toBe(0);
    const report = JSON.parse(lenient.stdout) as { products: number; rowErrors: Array<{ line: number; code: string }> };
    expect(report.products).toBe(2);
    expect(report.rowErrors.map((error) => [error.line, error.code])).toEqual([
      [2, "malformed-row"],
      [3, "invalid-field"],
    ]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/line 3: /);
  });

  it("drafts copy for a product by handle, with findings", async () => {
    const result = await runCli(["copy", "harbor-3-seat-sofa", "--kind", "seo", "--json"]);
    expect(result.code).toBe(0);
    const draft = JSON.parse(result.stdout) as { kind: string; status: string; content: { title: string } };
    expect(draft).toMatchObject({ kind: "seo-meta", status: "draft" });
    expect(draft.content.title.length).toBeLessThanOrEqual(60);
  });

  it("runs the evaluation with an HTML report whose charts render in Chromium, and a chat read from stdin", async () => {
    const reportPath = join(directory, "report.html");
    const [evaluation, chat] = await Promise.all([
      runCli(["eval", "--json", "--report", reportPath]),
      runCli(["chat", "--json"], "Where is my order #1022?\nethan.brooks@example.com\n\n"),
    ]);
    expect(evaluation.code).toBe(0);
    const report = JSON.parse(evaluation.stdout) as { scenarios: Array<{ passed: boolean }> };
    expect(report.scenarios.length).toBeGreaterThan(20);
    expect(report.scenarios.every((scenario) => scenario.passed)).toBe(true);

    const browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    try {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(reportPath).href);
      for (const id of ["scenario-pass-rates", "retrieval-quality", "pii-quality", "latencies"]) {
        const chart = page.locator(`#${id} svg`);
        const box = await chart.boundingBox();
        expect(box?.width ?? 0, id).toBeGreaterThan(200);
        // Bars are drawn with a visible width.
        const widths = await page.locator(`#${id} rect.bar`).evaluateAll((bars) => bars.map((bar) => bar.getBoundingClientRect().width));
        expect(widths.length, id).toBeGreaterThan(0);
        expect(Math.max(...widths), id).toBeGreaterThan(5);
      }
      await page.screenshot({ path: join(directory, "report.png"), fullPage: true });
    } finally {
      await browser.close();
    }
    const transcript = JSON.parse(chat.stdout) as { turns: Array<{ order?: { name: string } }> };
    expect(transcript.turns).toHaveLength(2);
    expect(transcript.turns[1]?.order?.name).toBe("#1022");
  });

  it("recommends with a reason for each pick and analyses a file of reviews", async () => {
    const reviewsFile = join(directory, "reviews.jsonl");
    await writeFile(
      reviewsFile,
      [
        JSON.stringify({ id: "r1", body: "Sturdy and comfortable, arrived a day early.", rating: 5 }),
        JSON.stringify({ id: "r2", body: "The cushions went flat within a month. Disappointed.", rating: 2 }),
        JSON.stringify({ id: "r3", body: "Great sofa, email me at buyer@example.com for my photos", rating: 5 }),
      ].join("\n"),
    );
    const [complementary, reviews, badMode] = await Promise.all([
      runCli(["recommend", "harbor-3-seat-sofa", "--mode", "complementary", "--json"]),
      runCli(["reviews", reviewsFile, "--json"]),
      runCli(["recommend", "--mode", "astrology"]),
    ]);
    expect(complementary.code).toBe(0);
    const list = JSON.parse(complementary.stdout) as { recommendations: Array<{ handle: string; why: string }> };
    expect(list.recommendations.length).toBeGreaterThan(0);
    expect(list.recommendations.every((pick) => pick.handle !== "harbor-3-seat-sofa" && pick.why.length > 0)).toBe(true);
    expect(reviews.code).toBe(0);
    const analysis = JSON.parse(reviews.stdout) as {
      analyses: Array<{ id: string; sentiment: { label: string } }>;
      moderation: Array<{ reviewId: string; flags: Array<{ type: string }> }>;
      summary: { sentences: Array<{ reviewIds: string[] }> };
    };
    expect(analysis.analyses.find((entry) => entry.id === "r2")?.sentiment.label).toBe("negative");
    expect(analysis.moderation.find((entry) => entry.reviewId === "r3")?.flags.map((flag) => flag.type)).toContain("pii");
    expect(analysis.summary.sentences.every((sentence) => sentence.reviewIds.length > 0)).toBe(true);
    expect(badMode.code).toBe(2);
    expect(badMode.stderr).toMatch(/Use similar, complementary, trending or shopper/);
  });

  it("says what is wrong and what to do, with a non-zero exit code", async () => {
    const [unknown, missing, noQuestion, badKind] = await Promise.all([
      runCli(["frobnicate"]),
      runCli(["index", join(directory, "nope.jsonl")]),
      runCli(["ask"]),
      runCli(["copy", "harbor-3-seat-sofa", "--kind", "poem"]),
    ]);
    expect(unknown).toMatchObject({ code: 2 });
    expect(unknown.stderr).toMatch(/Unknown command 'frobnicate'.*\n.*aisle --help/);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/No catalog file at .*nope\.jsonl/);
    expect(noQuestion.code).toBe(2);
    expect(badKind.stderr).toMatch(/Use one of: description, seo, alt, ad, email/);
  });
});
