import { mkdir, open, readFile } from "node:fs/promises";
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
};

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
  };
}
