import { createCopywriter, type CopyDraft } from "@aisle/core";
import { describe, expect, it } from "vitest";
import { createModuleDraftStore, type CopyDraftCrud, type CopyDraftRecord } from "./module-draft-store";

/** The generated CRUD of the module service, over an array. */
function fakeCrud(): CopyDraftCrud & { rows: CopyDraftRecord[] } {
  const rows: CopyDraftRecord[] = [];
  const matches = (row: CopyDraftRecord, filters: Record<string, unknown> = {}) =>
    Object.entries(filters).every(([key, value]) => (Array.isArray(value) ? value.includes(row[key as keyof CopyDraftRecord]) : row[key as keyof CopyDraftRecord] === value));
  return {
    rows,
    async listCopyDrafts(filters, config) {
      const found = rows.filter((row) => matches(row, filters)).map((row) => structuredClone(row));
      return config?.take === undefined || config.take === null ? found : found.slice(0, config.take);
    },
    async createCopyDrafts(data) {
      rows.push(...data.map((row) => structuredClone(row)));
    },
    async deleteCopyDrafts(ids) {
      for (const id of ids) rows.splice(rows.findIndex((row) => row.id === id), 1);
    },
    async updateCopyDrafts(data) {
      for (const update of data) Object.assign(rows.find((row) => row.id === update.id) as CopyDraftRecord, structuredClone(update));
    },
  };
}

const draft: CopyDraft = {
  id: "draft_1",
  kind: "seo-meta",
  productId: "prod_1",
  language: "en",
  content: { title: "Linen Sofa", description: "A three-seat linen sofa with a solid oak frame and removable covers." },
  findings: [],
  status: "draft",
  source: "composer",
  jobId: "job-1",
  createdAt: "2026-10-01T10:00:00.000Z",
};

describe("createModuleDraftStore", () => {
  it("round-trips drafts through the module's rows", async () => {
    const crud = fakeCrud();
    const store = createModuleDraftStore(crud);
    await store.put(draft);
    expect(crud.rows[0]).toMatchObject({ id: "draft_1", product_id: "prod_1", job_id: "job-1", status: "draft", model_id: null });
    expect(await store.get("draft_1")).toEqual(draft);
    expect(await store.get("draft_missing")).toBeUndefined();

    await store.put({ ...draft, status: "approved", reviewedAt: "2026-10-02T10:00:00.000Z", reviewedBy: "user_1" });
    expect(crud.rows).toHaveLength(1);
    expect(await store.list({ status: "approved", productId: "prod_1" })).toEqual([{ ...draft, status: "approved", reviewedAt: "2026-10-02T10:00:00.000Z", reviewedBy: "user_1" }]);
    expect(await store.list({ jobId: "job-2" })).toEqual([]);

    await store.put({ ...draft, id: "draft_2", productId: "prod_2" });
    expect(await store.delete({})).toBe(0);
    expect(await store.delete({ productId: "prod_2" })).toBe(1);
    expect(await store.delete({ ids: ["draft_1", "draft_missing"] })).toBe(1);
    expect(crud.rows).toEqual([]);
  });

  it("is a DraftStore the core's copywriter can approve through", async () => {
    const crud = fakeCrud();
    const copy = createCopywriter({ drafting: "composer", storeName: "Acme", voice: { bannedWords: [], exclamationMarks: false, spelling: "en-US" } as never, product: () => undefined, drafts: createModuleDraftStore(crud), now: () => new Date("2026-10-03T00:00:00.000Z") });
    await copy.drafts.put(draft);
    const approved = await copy.approve("draft_1", { by: "user_2" });
    expect(approved).toMatchObject({ status: "approved", reviewedBy: "user_2" });
    expect((await copy.publishable("draft_1")).id).toBe("draft_1");
    expect(crud.rows[0]?.reviewed_by).toBe("user_2");
  });
});
