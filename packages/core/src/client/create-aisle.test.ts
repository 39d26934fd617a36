import { describe, expect, it } from "vitest";
import { createOfflineEmbeddingModel } from "../providers/offline/offline-embedding-model";
import { createOfflineLanguageModel } from "../providers/offline/offline-language-model";
import { MockLanguageModel, mockGenerateResult, mockTextStreamParts, simulateReadableStream } from "../test/mock-language-model";
import { createSampleStoreAisle } from "./create-sample-store-aisle";
import { createAisle } from "./create-aisle";
import { loadSampleStore } from "../sample-store/load-sample-store";

describe("createAisle: copy and grounding on the client", () => {
  it("flags a copy draft that invents an attribute the product does not have", async () => {
    const model = new MockLanguageModel({
      supportsStructuredOutputs: true,
      doGenerate: mockGenerateResult(
        JSON.stringify({
          headline: "Linden Modular Sectional",
          body: "A teak-framed sectional, 140 inches wide, in a washable chenille cover. Its slimming lines hide problem areas.",
          bullets: ["Colours: Fog, Charcoal", "10-year frame warranty"],
        }),
      ),
    });
    const aisle = createSampleStoreAisle({ model, embeddings: createOfflineEmbeddingModel() });
    const draft = await aisle.copy.productDescription("prod-linden-modular-sectional");
    const facts = draft.findings.filter((finding) => finding.type === "fact").map((finding) => finding.text);
    expect(facts).toEqual(expect.arrayContaining([expect.stringMatching(/teak/i), expect.stringMatching(/140/)]));
    // True claims are not flagged.
    expect(facts.join(" ")).not.toMatch(/chenille|Fog|Charcoal|10-year/);
    expect(draft.status).toBe("draft");
    expect(draft.findings.some((finding) => finding.type === "bias" && finding.category === "body-shaming")).toBe(true);
  });

  it("composes copy offline with no fact findings", async () => {
    const aisle = createSampleStoreAisle({ embeddings: createOfflineEmbeddingModel(), model: createOfflineLanguageModel() });
    const draft = await aisle.copy.productDescription("prod-linden-modular-sectional");
    expect(draft.source).toBe("composer");
    expect(draft.findings.filter((finding) => finding.type === "fact")).toEqual([]);
  });

  it("reports a support answer that states a price no document gives, and does not count it resolved", async () => {
    const model = new MockLanguageModel({
      doStream: mockTextStreamParts("The Harbor 3-Seat Sofa costs $899 and ships free."),
    });
    const aisle = createSampleStoreAisle({ model, embeddings: createOfflineEmbeddingModel() });
    const answer = await aisle.support.answer({ messages: [{ role: "user", content: "How much is the Harbor 3-Seat Sofa?" }] });
    expect(answer.grounding?.grounded).toBe(false);
    expect(answer.grounding?.unsupported.map((claim) => claim.text)).toContain("$899");
    expect(answer.resolved).toBe(false);
  });

  it("forgets a conversation's personal data on request", async () => {
    const model = new MockLanguageModel({
      doStream: (options) => ({ stream: simulateReadableStream({ chunks: mockTextStreamParts(`Got it: ${String(options.messages.at(-1)?.content)}`) }) }),
    });
    const aisle = createSampleStoreAisle({ model, embeddings: createOfflineEmbeddingModel() });
    const first = await aisle.support.answer({ conversationId: "c-9", messages: [{ role: "user", content: "Do you ship to Canada? I'm maya.okafor@example.com" }] });
    expect(first.text).toContain("maya.okafor@example.com");
    expect(aisle.forgetConversations(["c-9", "never-seen"])).toBe(1);
    expect(aisle.forgetConversations(["c-9"])).toBe(0);
  });

  it("keeps product changes made while the catalog is being indexed", async () => {
    const store = loadSampleStore();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const aisle = createAisle({
      model: createOfflineLanguageModel(),
      embeddings: false,
      store: { name: "Northwind" },
      catalog: { listProducts: async () => (await gate, store.products) },
    });
    const indexing = aisle.ready();
    const sofa = store.products.find((product) => product.handle === "harbor-3-seat-sofa");
    if (sofa === undefined) throw new Error("sample product missing");
    // A webhook lands mid-sync: a new product, and a product taken down.
    await aisle.catalog.upsert([{ ...sofa, id: "prod-new-arrival", handle: "new-arrival", title: "Aster Daybed" }]);
    aisle.catalog.remove(["prod-linden-modular-sectional"]);
    release();
    await indexing;
    expect(aisle.catalog.get("prod-new-arrival")?.title).toBe("Aster Daybed");
    expect(aisle.catalog.get("prod-linden-modular-sectional")).toBeUndefined();
    expect((await aisle.catalog.search("daybed")).hits[0]?.product.id).toBe("prod-new-arrival");
  });
});
