import { mkdir, open, readFile, rename } from "node:fs/promises";
import { dirname } from "node:path";
import type { CopyContent, CopyKind } from "./copy-schemas";
import type { CopyLanguage } from "./offline-composer";

export type CopyFinding =
  /** A claim the product's own facts do not support (from the grounding check). */
  | { type: "fact"; field: string; text: string; reason: string }
  /** Language the inclusive-language lint flags. */
  | { type: "bias"; field: string; text: string; category: string; message: string; suggestions: string[] }
  /** Against the brand voice: a banned word, reading level, spelling, punctuation. */
  | { type: "voice"; field: string; rule: string; message: string; text?: string };

export type CopyDraftStatus = "draft" | "approved" | "rejected";

export type CopyDraft<Kind extends CopyKind = CopyKind> = {
  id: string;
  kind: Kind;
  productId: string;
  language: CopyLanguage;
  content: CopyContent[Kind];
  findings: CopyFinding[];
  status: CopyDraftStatus;
  /** `model` when a language model wrote it, `composer` when it was composed in code from the facts. */
  source: "model" | "composer";
  modelId?: string;
  /** The bulk job that made it, so a restarted job skips what is done. */
  jobId?: string;
  createdAt: string;
  reviewedAt?: string;
  reviewedBy?: string;
};

/** Where drafts wait for approval. Nothing reaches a live product except through an approved draft. */
export type DraftStore = {
  put(draft: CopyDraft): Promise<void>;
  get(id: string): Promise<CopyDraft | undefined>;
  list(filter?: { status?: CopyDraftStatus; jobId?: string; productId?: string; kind?: CopyKind }): Promise<CopyDraft[]>;
  /**
   * Erases drafts for good (a shop uninstalling, a privacy request): every draft matching the filter, or the
   * given ids. Returns how many were erased.
   */
  delete(filter: { ids?: readonly string[]; productId?: string; jobId?: string; all?: true }): Promise<number>;
};

function selects(draft: CopyDraft, filter: Parameters<DraftStore["delete"]>[0]): boolean {
  if (filter.all === true) return true;
  if (filter.ids !== undefined && !filter.ids.includes(draft.id)) return false;
  if (filter.productId !== undefined && draft.productId !== filter.productId) return false;
  if (filter.jobId !== undefined && draft.jobId !== filter.jobId) return false;
  return filter.ids !== undefined || filter.productId !== undefined || filter.jobId !== undefined;
}

function matches(draft: CopyDraft, filter: Parameters<DraftStore["list"]>[0] = {}): boolean {
  return (
    (filter.status === undefined || draft.status === filter.status) &&
    (filter.jobId === undefined || draft.jobId === filter.jobId) &&
    (filter.productId === undefined || draft.productId === filter.productId) &&
    (filter.kind === undefined || draft.kind === filter.kind)
  );
}

export function createInMemoryDraftStore(): DraftStore {
  const drafts = new Map<string, CopyDraft>();
  return {
    async put(draft) {
      drafts.set(draft.id, structuredClone(draft));
    },
    async get(id) {
      const draft = drafts.get(id);
      return draft === undefined ? undefined : structuredClone(draft);
    },
    async list(filter) {
      return [...drafts.values()].filter((draft) => matches(draft, filter)).map((draft) => structuredClone(draft));
    },
    async delete(filter) {
      let erased = 0;
      for (const draft of [...drafts.values()]) {
        if (selects(draft, filter)) {
          drafts.delete(draft.id);
          erased++;
        }
      }
      return erased;
    },
  };
}

/**
 * Drafts in an append-only JSON Lines file: every `put` appends the draft's new state and syncs it to disk
 * before resolving, so a crash loses at most the write in flight, and a torn last line is ignored on load.
 * The latest line for an id wins.
 */
export function createFileDraftStore(path: string): DraftStore {
  let state: Promise<Map<string, CopyDraft>> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  // A file whose last line was torn by a crash has no final newline: the next record must start a new line.
  let startWithNewline = false;

  const load = () =>
    (state ??= readFile(path, "utf8").then(
      (text) => {
        startWithNewline = text.length > 0 && !text.endsWith("\n");
        const drafts = new Map<string, CopyDraft>();
        for (const line of text.split("\n")) {
          if (line.trim() === "") continue;
          try {
            const draft = JSON.parse(line) as CopyDraft;
            if (typeof draft.id === "string") drafts.set(draft.id, draft);
          } catch {
            // A line torn by a crash mid-append: the previous state of that draft stands.
          }
        }
        return drafts;
      },
      (error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT") return new Map<string, CopyDraft>();
        throw error;
      },
    ));

  return {
    put(draft) {
      const write = queue.then(async () => {
        const drafts = await load();
        await mkdir(dirname(path), { recursive: true });
        const handle = await open(path, "a");
        try {
          await handle.write(`${startWithNewline ? "\n" : ""}${JSON.stringify(draft)}\n`);
          startWithNewline = false;
          await handle.sync();
        } finally {
          await handle.close();
        }
        drafts.set(draft.id, structuredClone(draft));
      });
      queue = write.catch(() => {});
      return write;
    },
    async get(id) {
      await queue;
      const draft = (await load()).get(id);
      return draft === undefined ? undefined : structuredClone(draft);
    },
    async list(filter) {
      await queue;
      return [...(await load()).values()].filter((draft) => matches(draft, filter)).map((draft) => structuredClone(draft));
    },
    delete(filter) {
      // Erasure must not leave the text in the log: the file is rewritten without the drafts, to a temporary
      // file that replaces the old one only once it is on disk.
      const erase = queue.then(async () => {
        const drafts = await load();
        const doomed = [...drafts.values()].filter((draft) => selects(draft, filter));
        if (doomed.length === 0) return 0;
        for (const draft of doomed) drafts.delete(draft.id);
        await mkdir(dirname(path), { recursive: true });
        const temporary = `${path}.${process.pid}.${Date.now().toString(36)}.tmp`;
        const handle = await open(temporary, "w");
        try {
          await handle.write([...drafts.values()].map((draft) => `${JSON.stringify(draft)}\n`).join(""));
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(temporary, path);
        startWithNewline = false;
        return doomed.length;
      });
      queue = erase.catch(() => {});
      return erase;
    },
  };
}
