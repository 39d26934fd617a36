import { describe, expect, it } from "vitest";
import { InvalidConfigError } from "../errors/invalid-config-error";
import { createOfflineEmbeddingModel } from "../providers/offline/offline-embedding-model";
import { loadSampleStore } from "../sample-store/load-sample-store";
import { createKnowledgeIndex } from "./knowledge-index";

const policies = loadSampleStore().policies.map((policy) => ({ id: policy.id, title: policy.title, content: policy.markdown }));

describe("createKnowledgeIndex", () => {
  it("finds the policy section that answers a question, with its heading path", async () => {
    const index = createKnowledgeIndex({ embeddingModel: createOfflineEmbeddingModel() });
    await index.upsert(policies);
    const [top] = await index.search("how many days do I have to return something?");
    expect(top?.chunk.documentId).toBe("policy:returns");
    expect(top?.chunk.path[0]).toBe("Returns & Refunds");
    expect(top?.chunk.text).toMatch(/\d+ days/);
  });

  it("replaces a document whole on upsert, so removed sections stop matching", async () => {
    const index = createKnowledgeIndex();
    await index.upsert([{ id: "faq:gift", title: "Gift cards", content: "# Gift cards\n\n## Expiry\n\nGift cards never expire.\n\n## Balance\n\nCheck your balance online." }]);
    expect((await index.search("gift card expiry"))[0]?.chunk.text).toContain("never expire");
    await index.upsert([{ id: "faq:gift", title: "Gift cards", content: "# Gift cards\n\n## Balance\n\nCheck your balance online." }]);
    const hits = await index.search("gift card expiry");
    expect(hits.every((hit) => !hit.chunk.text.includes("never expire"))).toBe(true);
    expect(index.remove(["faq:gift"])).toBeGreaterThan(0);
    expect(index.chunkCount).toBe(0);
  });

  it("rejects a bad document before replacing anything", async () => {
    const index = createKnowledgeIndex();
    await index.upsert([{ id: "faq:a", content: "# A\n\nAlpha text." }]);
    await expect(index.upsert([{ id: "faq:a", content: "# A\n\nBeta." }, { id: " ", content: "x" }])).rejects.toThrow(InvalidConfigError);
    expect((await index.search("alpha"))[0]?.chunk.text).toContain("Alpha");
  });
});
