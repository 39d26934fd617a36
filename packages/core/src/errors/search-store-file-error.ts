import { AisleError } from "./aisle-error";

const name = "AisleSearchStoreFileError";
const marker = `aisle.error.${name}`;
const symbol = Symbol.for(marker);

export type SearchStoreFileErrorReason =
  /** The file was written by another version of the store file format. */
  | "unsupported-version"
  /** The file is not a store file, is truncated, or its checksum does not match its contents. */
  | "corrupt"
  /** The file is intact but was written by a store with other fields, analysis or embedding model. */
  | "incompatible"
  /** The file exists but could not be read. */
  | "read-failed"
  /** Writing the new file failed; the previous file, if any, is unchanged. */
  | "write-failed";

/** A search store file could not be loaded or saved. Nothing was half-loaded or half-written. */
export class SearchStoreFileError extends AisleError {
  private readonly [symbol] = true;
  readonly path: string;
  readonly reason: SearchStoreFileErrorReason;

  constructor({ path, reason, message, cause }: { path: string; reason: SearchStoreFileErrorReason; message: string; cause?: unknown }) {
    super({ name, message: `Search store file '${path}' (${reason}): ${message}`, cause });
    this.path = path;
    this.reason = reason;
  }

  static override isInstance(error: unknown): error is SearchStoreFileError {
    return AisleError.hasMarker(error, marker);
  }
}
