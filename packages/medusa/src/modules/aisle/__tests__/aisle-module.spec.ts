import { describe, expect, it } from "vitest";
import { createOfflineEmbeddingModel, createOfflineLanguageModel, InvalidConfigError } from "@aisle/core";
import { moduleIntegrationTestRunner } from "@medusajs/test-utils";
import { fileURLToPath } from "node:url";
import { createFakeQuery, medusaProductRow } from "../../../lib/__fixtures__/medusa-rows";
import type { MedusaProduct } from "../../../lib/medusa-product";
import validateOptions from "../loaders/validate-options";
import type AisleModuleService from "../service";

/*
 * The module against a real PostgreSQL database (created and dropped by Medusa's module runner): its tables,
 * the copy-draft store, conversations, analytics, and the product index in the same database (lexical here:
 * the test server has no pgvector). Query is a stand-in over fixed Medusa-shaped rows.
 */

const products: MedusaProduct[] = [
  medusaProductRow({ id: "prod_a_sofa", title: "Linen Sofa", price: 899 }),
  medusaProductRow({ id: "prod_b_chair", title: "Oak Lounge Chair", price: 349, type: { value: "Chair" } }),
  medusaProductRow({ id: "prod_c_lamp", title: "Brass Floor Lamp", price: 129, type: { value: "Lamp" }, stocked: 0 }),
];

moduleIntegrationTestRunner<AisleModuleService>({
  moduleName: "aisle",
  resolve: fileURLToPath(new URL("..", import.meta.url)),
  moduleOptions: {
    store: { name: "Module Test Store" },
    model: createOfflineLanguageModel(),
    embeddings: createOfflineEmbeddingModel(),
    index: { table: "aisle_module_test_index" },
    knowledge: [{ id: "policy:returns", title: "Returns", content: "# Returns\n\nUnworn items can be returned within 30 days of delivery." }],
  },
  testSuite: ({ service }) => {
    it("indexes the catalog in PostgreSQL through Query and keeps it fresh product by product", async () => {
      const rows = products.map((row) => ({ ...row }));
      service.connect(createFakeQuery({ product: rows }));
      const report = await service.reindex();
      expect(report).toMatchObject({ products: 3, skipped: 0, store: "postgres", vectors: false });

      const found = await service.searchProducts("linen sofa");
      expect(found.hits[0]?.id).toBe("prod_a_sofa");
      const cheap = await service.searchProducts("lamp under $200");
      expect(cheap.query.filters.priceMax).toBe(200);
      expect(cheap.hits.map((hit) => hit.id)).toEqual(["prod_c_lamp"]);

      rows.push(medusaProductRow({ id: "prod_d_rug", title: "Wool Rug", price: 240, type: { value: "Rug" } }));
      await service.syncProducts(["prod_d_rug"]);
      expect((await service.searchProducts("wool rug")).hits[0]?.id).toBe("prod_d_rug");

      // Gone from Query: the sync removes it from the index.
      rows.splice(rows.findIndex((row) => row.id === "prod_b_chair"), 1);
      expect(await service.syncProducts(["prod_b_chair"])).toEqual({ upserted: 0, removed: 1 });
      expect((await service.searchProducts("oak lounge chair")).hits.map((hit) => hit.id)).not.toContain("prod_b_chair");

      const state = await service.indexState();
      expect(state).toMatchObject({ name: "catalog", store: "postgres", vectors: false, status: "idle", products: 3 });
      expect(state?.last_incremental_at).not.toBeNull();
    });

    it("keeps copy drafts in its table and approves them", async () => {
      service.connect(createFakeQuery({ product: products }));
      const { drafts, failures } = await service.draftCopy({ productIds: ["prod_a_sofa", "prod_b_chair"], kind: "product-description", jobId: "job-1" });
      expect(failures).toEqual([]);
      expect(drafts).toHaveLength(2);
      const rows = await service.listCopyDrafts({ job_id: "job-1" });
      expect(rows.map((row) => row.product_id).sort()).toEqual(["prod_a_sofa", "prod_b_chair"]);

      const sofa = drafts.find((draft) => draft.productId === "prod_a_sofa");
      const { draft, previousStatus } = await service.approveDraft(sofa?.id as string, "user_1");
      expect(previousStatus).toBe("draft");
      expect(draft).toMatchObject({ status: "approved", reviewedBy: "user_1" });
      expect((await service.retrieveDraft(draft.id)).status).toBe("approved");
      expect(service.productUpdateFor(draft).description).toContain(String((draft.content as { body: string }).body));

      // Re-running the job skips what it drafted.
      const again = await service.draftCopy({ productIds: ["prod_a_sofa"], kind: "product-description", jobId: "job-1" });
      expect(again.drafts).toEqual([]);
      await expect(service.draftCopy({ productIds: ["prod_missing"], kind: "seo-meta" })).rejects.toThrow(/prod_missing/);
    });

    it("keeps a conversation for the customer who started it", async () => {
      service.connect(createFakeQuery({ product: products }));
      const turn = await service.chat({ message: "How long do I have to return something?", customerId: "cus_1" });
      let streamed = "";
      for await (const text of turn.textStream) streamed += text;
      const answer = await turn.answer;
      expect(streamed).toBe(answer.text);
      expect(answer.citations.some((citation) => citation.id.startsWith("policy:returns"))).toBe(true);
      const [conversation] = await service.listConversations({ id: turn.conversationId });
      expect(conversation).toMatchObject({ customer_id: "cus_1", turns: 1, intent: answer.intent });
      expect(conversation?.messages).toHaveLength(2);

      await expect(service.chat({ message: "And for sale items?", conversationId: turn.conversationId, customerId: "cus_2" })).rejects.toThrow(/not found/);
      await expect(service.chat({ message: "And for sale items?", conversationId: turn.conversationId })).rejects.toThrow(/not found/);
      expect(await service.forgetConversations([turn.conversationId])).toBe(1);
      expect(await service.listConversations({ id: turn.conversationId })).toEqual([]);
    });

    it("stores review summaries and analytics events", async () => {
      service.connect(createFakeQuery({ product: products }));
      const at = "2026-10-01T10:00:00.000Z";
      const { summary } = await service.analyzeReviews("prod_a_sofa", [
        { id: "r1", productId: "prod_a_sofa", rating: 5, title: "Lovely", body: "Soft and sturdy.", author: "A.", createdAt: at, verifiedBuyer: true, locale: "en" },
        { id: "r2", productId: "prod_a_sofa", rating: 2, title: "Faded", body: "The colour faded.", author: "B.", createdAt: at, verifiedBuyer: false, locale: "en" },
      ]);
      expect(summary).toMatchObject({ count: 2, averageRating: 3.5, distribution: { "5": 1, "2": 1 }, verifiedShare: 0.5 });
      expect((await service.latestReviewSummary("prod_a_sofa"))?.count).toBe(2);
      expect(await service.latestReviewSummary("prod_b_chair")).toBeUndefined();
      await expect(service.reviewsFor("prod_a_sofa")).rejects.toThrow(/reviews/);
    });
  },
});

describe("plugin options at load", () => {
  it("names every bad option", async () => {
    const attempt = validateOptions({ options: { store: { currency: "dollars" }, index: { store: "redis" }, colour: "blue" } } as never);
    const error = await attempt.catch((caught: unknown) => caught);
    expect(InvalidConfigError.isInstance(error)).toBe(true);
    const paths = (error as InvalidConfigError).issues.map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(["store.name", "store.currency", "index.store"]));
    expect((error as Error).message).toMatch(/colour/);
  });
});
