import { resolve } from "node:path";
import { InvalidArgumentError } from "../../errors/invalid-argument-error";
import { SearchStoreClosedError } from "../../errors/search-store-closed-error";
import { InvalidConfigError } from "../../errors/invalid-config-error";
import { SearchStoreFileError } from "../../errors/search-store-file-error";
import type { SearchStore, SearchStoreWriteOptions } from "../../spec/search-store";
import { parseSettings } from "../../util/parse-settings";
import type { FilterFieldKind } from "../filter-columns";
import { createSearchEngine, type SearchEngine } from "../search-engine";
import type { SearchDocument, SearchRequest, SearchResult } from "../search-types";
import { validateDocuments } from "./document-validation";
import { type EmbeddedStoreSettings, embeddedStoreSettingsSchema } from "./embedded-store-settings";
import { readStoreFile, removeStaleTemporaryFiles, writeStoreFile } from "./store-file";
import { WriteQueue } from "./write-queue";

export type EmbeddedSearchStore = SearchStore & {
  readonly kind: "embedded";
  /** The absolute path of the store file, or `undefined` for a store in memory only. */
  readonly path: string | undefined;
  /** Whether writes were applied since the file was last loaded or written. */
  readonly hasUnsavedChanges: boolean;
};

/**
 * Opens an in-process search store: the hybrid engine of `createSearchEngine`, optionally persisted to one
 * versioned file. With `path`, an existing file is loaded first (a wrong version, a damaged file or one
 * written with other settings fails with `SearchStoreFileError` and nothing is loaded), and `flush()` replaces
 * the file atomically. Writes are queued, so concurrent upserts, deletes and flushes never lose one another.
 */
export async function createEmbeddedStore(settings: EmbeddedStoreSettings): Promise<EmbeddedSearchStore> {
  const { path, ...engineSettings } = settings;
  // Both parts are checked before either fails, so the error names every bad setting.
  const attempt = <Value>(parse: () => Value) => {
    try {
      return { value: parse() };
    } catch (error) {
      if (!InvalidConfigError.isInstance(error)) throw error;
      return { error };
    }
  };
  const store = attempt(() => parseSettings("embedded search store", embeddedStoreSettingsSchema, { path }));
  const created = attempt(() => createSearchEngine(engineSettings));
  if (store.error !== undefined || created.error !== undefined) {
    throw new InvalidConfigError({
      subject: "embedded search store",
      issues: [...(created.error?.issues ?? []), ...(store.error?.issues ?? [])],
      cause: created.error ?? store.error,
    });
  }
  const parsed = store.value as NonNullable<typeof store.value>;
  const engine = created.value as SearchEngine;
  // The engine has validated these; the store checks documents against them before queuing a write.
  const filterFields = new Map(Object.entries(engineSettings.filterFields ?? {}));
  const absolutePath = parsed.path === undefined ? undefined : resolve(parsed.path);
  if (absolutePath !== undefined) {
    await removeStaleTemporaryFiles(absolutePath);
    const payload = await readStoreFile(absolutePath);
    if (payload !== undefined) {
      try {
        engine.importState(payload);
      } catch (error) {
        // The checksum held, so the bytes are what a store wrote: the snapshot is of another kind or settings.
        if (!InvalidArgumentError.isInstance(error)) throw error;
        throw new SearchStoreFileError({
          path: absolutePath,
          reason: "incompatible",
          message: `${error.message.replace(/^Invalid argument 'state': /, "")} Open it with the settings it was written with, or rebuild it.`,
          cause: error,
        });
      }
    }
  }
  return new EmbeddedStore(engine, absolutePath, filterFields);
}

class EmbeddedStore implements EmbeddedSearchStore {
  readonly kind = "embedded" as const;
  private readonly writes = new WriteQueue();
  /** Serialises file writes apart from `writes`, so upserts go on while a snapshot is being written. */
  private readonly fileWrites = new WriteQueue();
  private changes = 0;
  private savedChanges = 0;
  private closing: Promise<void> | undefined;

  constructor(
    private readonly engine: SearchEngine,
    readonly path: string | undefined,
    private readonly filterFields: ReadonlyMap<string, FilterFieldKind>,
  ) {}

  get hasUnsavedChanges(): boolean {
    return this.changes !== this.savedChanges;
  }

  // The methods are async so a closed store rejects instead of throwing; each queues its write before its
  // first await, which keeps writes in call order.
  async upsert(documents: readonly SearchDocument[], options: SearchStoreWriteOptions = {}): Promise<void> {
    this.assertOpen("upsert");
    validateDocuments(documents, this.filterFields);
    return this.writes.run(async () => {
      try {
        await this.engine.add(documents, options.abortSignal === undefined ? {} : { abortSignal: options.abortSignal });
      } finally {
        // A failed upsert may have applied its first batches: count it as a change either way.
        if (documents.length > 0) this.changes++;
      }
    });
  }

  async delete(ids: readonly string[]): Promise<number> {
    this.assertOpen("delete");
    return this.writes.run(() => {
      const removed = this.engine.remove(ids);
      if (removed > 0) this.changes++;
      return removed;
    });
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    this.assertOpen("search");
    return this.engine.search(request);
  }

  async count(): Promise<number> {
    this.assertOpen("count");
    return this.engine.size;
  }

  async flush(): Promise<void> {
    this.assertOpen("flush");
    return this.save();
  }

  close(): Promise<void> {
    this.closing ??= this.save().catch((error: unknown) => {
      // The store stays open when its last write failed, so the caller can free space and close again.
      this.closing = undefined;
      throw error;
    });
    return this.closing;
  }

  private save(): Promise<void> {
    const path = this.path;
    if (path === undefined) return this.writes.idle();
    // The snapshot is taken in write order; the file write runs outside the write queue.
    const snapshot = this.writes.run(() =>
      this.changes === this.savedChanges ? undefined : { bytes: this.engine.exportState(), changes: this.changes },
    );
    return this.fileWrites.run(async () => {
      const taken = await snapshot;
      // A later flush may already have written a newer snapshot.
      if (taken === undefined || taken.changes <= this.savedChanges) return;
      await writeStoreFile(path, taken.bytes);
      this.savedChanges = taken.changes;
    });
  }

  private assertOpen(operation: string): void {
    if (this.closing !== undefined) throw new SearchStoreClosedError({ store: this.kind, operation });
  }
}
