import { createHash, randomBytes } from "node:crypto";
import { type FileHandle, mkdir, open, readdir, readFile, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { SearchStoreFileError } from "../../errors/search-store-file-error";

/*
 * Store file layout, format version 1 (all integers little-endian):
 *   0  8 bytes  magic "AISLESTR"
 *   8  uint32   format version
 *  12  uint32   reserved, 0
 *  16  uint64   payload length in bytes
 *  24  32 bytes SHA-256 of the payload
 *  56  payload: the engine's own versioned snapshot (see `SearchEngine.exportState`)
 * The header is checked before the engine sees a byte, so a torn or foreign file is refused whole.
 */
const magic = Buffer.from("AISLESTR", "ascii");
export const storeFileVersion = 1;
const headerLength = 56;
const checksumOffset = 24;
/** Writes are split so no single `write` call nears the 2 GiB limit some platforms have. */
const writeChunkBytes = 64 * 1024 * 1024;

function checksum(payload: Uint8Array): Buffer {
  return createHash("sha256").update(payload).digest();
}

function encodeHeader(payload: Uint8Array): Buffer {
  const header = Buffer.alloc(headerLength);
  magic.copy(header, 0);
  header.writeUInt32LE(storeFileVersion, 8);
  header.writeUInt32LE(0, 12);
  header.writeBigUInt64LE(BigInt(payload.byteLength), 16);
  checksum(payload).copy(header, checksumOffset);
  return header;
}

/** The payload of the store file at `path`, or `undefined` when there is no file. */
export async function readStoreFile(path: string): Promise<Uint8Array | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if (errorCode(error) === "ENOENT") return undefined;
    throw new SearchStoreFileError({ path, reason: "read-failed", message: errorMessage(error), cause: error });
  }
  const corrupt = (message: string) => new SearchStoreFileError({ path, reason: "corrupt", message });
  if (bytes.length < magic.length || !bytes.subarray(0, magic.length).equals(magic)) {
    throw corrupt("not an Aisle search store file (bad magic bytes).");
  }
  if (bytes.length < headerLength) throw corrupt(`the header is truncated (${bytes.length} of ${headerLength} bytes).`);
  const version = bytes.readUInt32LE(8);
  if (version !== storeFileVersion) {
    throw new SearchStoreFileError({
      path,
      reason: "unsupported-version",
      message: `written in store file format version ${version}; this version of Aisle reads version ${storeFileVersion}. Rebuild the store from the catalog.`,
    });
  }
  const declared = bytes.readBigUInt64LE(16);
  const actual = BigInt(bytes.length - headerLength);
  if (declared !== actual) throw corrupt(`the header declares ${declared} payload bytes but the file holds ${actual}.`);
  const payload = bytes.subarray(headerLength);
  if (!checksum(payload).equals(bytes.subarray(checksumOffset, headerLength))) {
    throw corrupt("the checksum does not match the contents.");
  }
  return payload;
}

/**
 * Replaces the file at `path` with `payload` so that a crash at any moment leaves either the old file or the
 * new one: the bytes go to `<path>.<pid>.<random>.tmp`, are synced, and only then renamed over `path`.
 */
export async function writeStoreFile(path: string, payload: Uint8Array): Promise<void> {
  const directory = dirname(path);
  const temporary = `${path}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
  let handle: FileHandle | undefined;
  try {
    await mkdir(directory, { recursive: true });
    handle = await open(temporary, "wx");
    await writeAll(handle, encodeHeader(payload));
    await writeAll(handle, payload);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temporary, path);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temporary).catch(() => undefined);
    throw new SearchStoreFileError({
      path,
      reason: "write-failed",
      message: `${errorMessage(error)}; the previous file is unchanged.`,
      cause: error,
    });
  }
  await syncDirectory(directory);
}

/**
 * Deletes temporary files that a process which no longer runs left beside `path` when it crashed mid-write.
 * Files of running processes (another store writing the same path) are left alone.
 */
export async function removeStaleTemporaryFiles(path: string): Promise<void> {
  const directory = dirname(path);
  let names: string[];
  try {
    names = await readdir(directory);
  } catch {
    return;
  }
  const prefix = `${basename(path)}.`;
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const match = /^(\d+)\.[0-9a-f]+\.tmp$/.exec(name.slice(prefix.length));
    if (match === null) continue;
    const pid = Number(match[1]);
    if (pid === process.pid || isRunning(pid)) continue;
    await unlink(join(directory, name)).catch(() => undefined);
  }
}

async function writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < bytes.byteLength) {
    const { bytesWritten } = await handle.write(bytes, offset, Math.min(writeChunkBytes, bytes.byteLength - offset));
    offset += bytesWritten;
  }
}

/** Makes the rename itself durable. Some platforms cannot open a directory; the data is already in place. */
async function syncDirectory(directory: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(directory, "r");
    await handle.sync();
  } catch {
    // Best effort: see above.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === "EPERM";
  }
}

function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null ? ((error as { code?: unknown }).code as string | undefined) : undefined;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
