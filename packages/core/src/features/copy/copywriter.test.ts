import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Product } from "../../catalog/product";
import { DraftNotApprovedError } from "../../errors/draft-not-approved-error";
import { InvalidArgumentError } from "../../errors/invalid-argument-error";
import { createPiiDetector } from "../../guards/pii/pii-detector";
import { loadSampleStore } from "../../sample-store/load-sample-store";
import { MockLanguageModel, mockGenerateResult } from "../../test/mock-language-model";
import { brandVoiceSchema } from "./brand-voice";
import { createCopywriter, type CopyFactCheck, type CopywriterContext } from "./copywriter";
import { copyFields } from "./copy-schemas";
import { createFileDraftStore, createInMemoryDraftStore } from "./draft-store";
import { exportFineTuningJsonl } from "./fine-tuning";

const store = loadSampleStore();
const byId = new Map(store.products.map((product) => [product.id, product]));
const sectional = store.products.find((product) => product.handle === "linden-modular-sectional") as Product;

function writer(overrides: Partial<CopywriterContext> = {}) {
  return createCopywriter({
    drafting: "auto",
    storeName: "Northwind Home & Outdoor",
    voice: brandVoiceSchema.parse({}),
    product: (id) => byId.get(id),
    drafts: createInMemoryDraftStore(),
    now: () => new Date("2026-11-20T12:00:00Z"),
    ...overrides,
  });
}

/** The facts a claim may rest on, lower-cased, for checking composed copy word by word. */
function factText(product: Product): string {
  return [
    product.title,
    product.description,
    ...Object.values(product.attributes).flatMap((value) => (Array.isArray(value) ? value : [value])).map(String),
    ...product.options.flatMap((option) => option.values),
    product.productType ?? "",
    product.vendor ?? "",
  ]
    .join("\n")
    .toLowerCase();
}

const temporaryDirectories: string[] = [];
afterEach(async () => {
  await Promise.all(temporaryDirectories.splice(0).map((directory) => rm(directory, { recursive: true, force: true })));
});

describe("copywriter", () => {
  it("composes every kind of copy offline from the product's own facts, within each field's limits", async () => {
    const copy = writer();
    const description = await copy.productDescription(sectional.id);
    expect(description.source).toBe("composer");
    expect(description.status).toBe("draft");
    for (const bullet of description.content.bullets) {
      // "Material: solid pine, ..." quotes a value; "10-year warranty" states a number from the attributes.
      const value = bullet.includes(": ") ? (bullet.split(": ").at(-1)?.split(", ")[0]?.toLowerCase() ?? "") : undefined;
      if (value !== undefined) expect(factText(sectional)).toContain(value);
      for (const number of bullet.match(/\d+/g) ?? []) expect(factText(sectional)).toContain(number);
    }
    const seo = await copy.seoMeta(sectional, { keywords: ["sofa bed"] });
    expect(seo.content.title.length).toBeLessThanOrEqual(60);
    expect(seo.content.description.length).toBeLessThanOrEqual(160);
    expect(seo.content.description.toLowerCase()).toContain("sofa bed");
    const ads = await copy.adCopy(sectional);
    expect(ads.content.headlines.every((headline) => headline.length <= 30)).toBe(true);
    expect(new Set(ads.content.headlines).size).toBe(ads.content.headlines.length);
    const subjects = await copy.emailSubjects(sectional, { variants: 3 });
    expect(subjects.content.subjects).toHaveLength(3);
    const alt = await copy.altText(sectional, { language: "de" });
    expect(alt.content.alt.toLowerCase()).toContain(sectional.title.toLowerCase());
  });

  it("returns the fact check, bias lint and brand voice findings with a model's draft", async () => {
    const model = new MockLanguageModel({
      supportsStructuredOutputs: true,
      doGenerate: mockGenerateResult(
        JSON.stringify({
          headline: "The color of calm!",
          body: "A solid teak sectional that is slimming for any room.",
          bullets: ["Solid teak frame", "Washable chenille cover"],
        }),
      ),
    });
    const factCheck: CopyFactCheck = (text, product) =>
      /teak/i.test(text) && !factText(product).includes("teak") ? [{ text: "teak", reason: "no teak in the product's materials" }] : [];
    const copy = writer({
      model,
      factCheck,
      biasLint: (text) => (/slimming/i.test(text) ? [{ text: "slimming", category: "body-shaming", message: "Avoid body-shaming language.", suggestions: ["streamlined"] }] : []),
      voice: brandVoiceSchema.parse({ bannedWords: ["calm"], spelling: "en-GB" }),
    });
    const draft = await copy.productDescription(sectional);
    expect(draft.source).toBe("model");
    // British spelling applied to the draft itself.
    expect(draft.content.headline).toBe("The colour of calm!");
    const kinds = draft.findings.map((finding) => `${finding.type}:${finding.field}`);
    expect(kinds).toEqual(
      expect.arrayContaining(["fact:body", "fact:bullets[0]", "bias:body", "voice:headline"]),
    );
    expect(draft.findings.filter((finding) => finding.type === "voice").map((finding) => (finding as { rule: string }).rule).sort()).toEqual([
      "banned-word",
      "exclamation-mark",
    ]);
    // The model saw the product as a document and was told not to invent facts.
    expect(model.calls[0]?.documents?.[0]?.text).toContain("Fog");
    expect(JSON.stringify(model.calls[0]?.messages)).toMatch(/no invented materials/);
  });

  it("publishes nothing without an explicit approval", async () => {
    const copy = writer();
    const draft = await copy.seoMeta(sectional);
    await expect(copy.publishable(draft.id)).rejects.toSatisfy(DraftNotApprovedError.isInstance);
    await copy.reject(draft.id, { by: "sam" });
    await expect(copy.publishable(draft.id)).rejects.toThrow(/'rejected'/);
    const approved = await copy.approve(draft.id, { by: "sam" });
    expect(approved).toMatchObject({ status: "approved", reviewedBy: "sam" });
    expect((await copy.publishable(draft.id)).content).toEqual(draft.content);
    await expect(copy.approve("draft_missing")).rejects.toThrow(InvalidArgumentError);
    await expect(copy.seoMeta("no-such-product")).rejects.toThrow(/no product with id 'no-such-product'/);
  });

  it("resumes a bulk job after a crash without redoing finished products, reporting progress", async () => {
    const directory = await mkdtemp(join(tmpdir(), "aisle-copy-"));
    temporaryDirectories.push(directory);
    const path = join(directory, "drafts.jsonl");
    const products = store.products.slice(0, 6);

    const first = await writer({ drafts: createFileDraftStore(path) }).bulk({ jobId: "fall-seo", kind: "seo-meta", products: products.slice(0, 4), concurrency: 2 });
    expect(first.drafts).toHaveLength(4);
    // A crash mid-append leaves a torn line at the end of the file.
    await writeFile(path, `${await readFile(path, "utf8")}{"id":"draft_torn","kind":"seo`);

    const progress: number[] = [];
    const second = await writer({ drafts: createFileDraftStore(path) }).bulk({
      jobId: "fall-seo",
      kind: "seo-meta",
      products,
      concurrency: 3,
      onProgress: (update) => progress.push(update.done + update.skipped + update.failed),
    });
    expect(second.skipped.sort()).toEqual(products.slice(0, 4).map((product) => product.id).sort());
    expect(second.drafts.map((draft) => draft.productId).sort()).toEqual(products.slice(4).map((product) => product.id).sort());
    expect(progress.at(-1)).toBe(products.length);
    const all = await createFileDraftStore(path).list({ jobId: "fall-seo" });
    expect(all).toHaveLength(6);
    expect(all.every((draft) => draft.status === "draft")).toBe(true);

    // Erasure rewrites the file: the erased drafts' text is gone from disk, the others stay.
    const erasing = createFileDraftStore(path);
    const erasedProduct = products[0]?.id as string;
    const erasedText = (all.find((draft) => draft.productId === erasedProduct)?.content as { title: string }).title;
    expect(await erasing.delete({ productId: erasedProduct })).toBe(1);
    expect(await erasing.delete({})).toBe(0);
    expect(await readFile(path, "utf8")).not.toContain(erasedText);
    expect(await createFileDraftStore(path).list({ jobId: "fall-seo" })).toHaveLength(5);
    const memory = createInMemoryDraftStore();
    await memory.put({ ...(all[1] as (typeof all)[number]) });
    expect(await memory.delete({ all: true })).toBe(1);
  });

  it("exports approved drafts and resolved conversations as chat fine-tuning data without personal data", async () => {
    const copy = writer();
    const approved = await copy.approve((await copy.productDescription(sectional)).id);
    const pending = await copy.seoMeta(sectional);
    const { jsonl, examples, skipped } = exportFineTuningJsonl({
      drafts: [approved, pending],
      conversations: [
        {
          resolved: true,
          messages: [
            { role: "user", content: "Where is order #1015? I'm maya.okafor@example.com" },
            { role: "assistant", content: "Order #1015 was delivered on 2026-11-10." },
          ],
        },
        { resolved: false, messages: [{ role: "user", content: "hello" }] },
      ],
      product: (id) => byId.get(id),
      detector: createPiiDetector(),
    });
    expect(examples).toBe(2);
    expect(skipped).toBe(2);
    const lines = jsonl.trim().split("\n").map((line) => JSON.parse(line) as { messages: Array<{ role: string; content: string }> });
    expect(lines[0]?.messages.map((message) => message.role)).toEqual(["system", "user", "assistant"]);
    expect(jsonl).not.toContain("maya.okafor@example.com");
    expect(jsonl).not.toContain("#1015");
    expect(lines[1]?.messages[1]?.content).toContain("[EMAIL]");
  });

  it("lists every text field of a draft for the checks", () => {
    expect(copyFields({ a: "x", b: ["y", { c: "z" }] })).toEqual([
      { field: "a", text: "x" },
      { field: "b[0]", text: "y" },
      { field: "b[1].c", text: "z" },
    ]);
  });
});
