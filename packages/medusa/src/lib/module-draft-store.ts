import type { CopyDraft, CopyDraftStatus, DraftStore } from "@aisle/core";

/** A row of the module's `aisle_copy_draft` table. */
export type CopyDraftRecord = {
  id: string;
  kind: string;
  product_id: string;
  language: string;
  status: CopyDraftStatus;
  source: string;
  model_id: string | null;
  job_id: string | null;
  content: unknown;
  findings: unknown;
  drafted_at: Date | string;
  reviewed_at: Date | string | null;
  reviewed_by: string | null;
  previous?: unknown;
};

/** The generated CRUD the store needs from the module service. */
export type CopyDraftCrud = {
  listCopyDrafts(filters?: Record<string, unknown>, config?: { take?: number | null; order?: Record<string, "ASC" | "DESC"> }): Promise<CopyDraftRecord[]>;
  createCopyDrafts(data: Array<Omit<CopyDraftRecord, "previous">>): Promise<unknown>;
  updateCopyDrafts(data: Array<Partial<CopyDraftRecord> & { id: string }>): Promise<unknown>;
  deleteCopyDrafts(ids: string[]): Promise<void>;
};

const iso = (value: Date | string) => (value instanceof Date ? value : new Date(value)).toISOString();

export function recordToDraft(record: CopyDraftRecord): CopyDraft {
  return {
    id: record.id,
    kind: record.kind as CopyDraft["kind"],
    productId: record.product_id,
    language: record.language as CopyDraft["language"],
    content: record.content as CopyDraft["content"],
    findings: (record.findings ?? []) as CopyDraft["findings"],
    status: record.status,
    source: record.source as CopyDraft["source"],
    ...(record.model_id === null ? {} : { modelId: record.model_id }),
    ...(record.job_id === null ? {} : { jobId: record.job_id }),
    createdAt: iso(record.drafted_at),
    ...(record.reviewed_at === null ? {} : { reviewedAt: iso(record.reviewed_at) }),
    ...(record.reviewed_by === null ? {} : { reviewedBy: record.reviewed_by }),
  };
}

function draftToRecord(draft: CopyDraft): Omit<CopyDraftRecord, "previous"> {
  return {
    id: draft.id,
    kind: draft.kind,
    product_id: draft.productId,
    language: draft.language,
    status: draft.status,
    source: draft.source,
    model_id: draft.modelId ?? null,
    job_id: draft.jobId ?? null,
    // The JSON columns get plain data: the content and findings are schema-validated objects already.
    content: draft.content as unknown,
    findings: draft.findings as unknown,
    drafted_at: new Date(draft.createdAt),
    reviewed_at: draft.reviewedAt === undefined ? null : new Date(draft.reviewedAt),
    reviewed_by: draft.reviewedBy ?? null,
  };
}

/** The core's DraftStore on the module's copy-draft table, so drafts survive restarts and are visible in the admin. */
export function createModuleDraftStore(service: CopyDraftCrud): DraftStore {
  return {
    async put(draft) {
      const [existing] = await service.listCopyDrafts({ id: draft.id }, { take: 1 });
      const record = draftToRecord(draft);
      if (existing === undefined) await service.createCopyDrafts([record]);
      else await service.updateCopyDrafts([record]);
    },
    async get(id) {
      const [record] = await service.listCopyDrafts({ id }, { take: 1 });
      return record === undefined ? undefined : recordToDraft(record);
    },
    async list(filter = {}) {
      const records = await service.listCopyDrafts(
        {
          ...(filter.status === undefined ? {} : { status: filter.status }),
          ...(filter.jobId === undefined ? {} : { job_id: filter.jobId }),
          ...(filter.productId === undefined ? {} : { product_id: filter.productId }),
          ...(filter.kind === undefined ? {} : { kind: filter.kind }),
        },
        { take: null, order: { created_at: "ASC" } },
      );
      return records.map(recordToDraft);
    },
    async delete(filter) {
      // An empty filter erases nothing: erasing every draft takes `all: true`.
      if (filter.ids === undefined && filter.productId === undefined && filter.jobId === undefined && filter.all !== true) return 0;
      const records = await service.listCopyDrafts(
        {
          ...(filter.ids === undefined ? {} : { id: [...filter.ids] }),
          ...(filter.productId === undefined ? {} : { product_id: filter.productId }),
          ...(filter.jobId === undefined ? {} : { job_id: filter.jobId }),
        },
        { take: null },
      );
      if (records.length > 0) await service.deleteCopyDrafts(records.map((record) => record.id));
      return records.length;
    },
  };
}
