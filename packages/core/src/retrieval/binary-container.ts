import { z } from "zod";
import { InvalidArgumentError } from "../errors/invalid-argument-error";
import { safeParseJson } from "../util/parse-json";

/*
 * Layout: the 8 magic bytes "AISLEIDX", a little-endian uint32 header length, the header as UTF-8 JSON, then
 * each typed array in header order, every one starting on an 8-byte boundary so it can be read in place.
 */
const magic = new TextEncoder().encode("AISLEIDX");

export type StoredArray = Uint8Array | Int8Array | Uint16Array | Uint32Array | Int32Array | Float32Array | Float64Array;

const arrayTypes = {
  uint8: Uint8Array,
  int8: Int8Array,
  uint16: Uint16Array,
  uint32: Uint32Array,
  int32: Int32Array,
  float32: Float32Array,
  float64: Float64Array,
} as const;

type ArrayTypeName = keyof typeof arrayTypes;

const sectionSchema = z.object({
  name: z.string(),
  type: z.enum(["uint8", "int8", "uint16", "uint32", "int32", "float32", "float64"]),
  length: z.number().int().min(0),
});

const containerHeaderSchema = z.object({ sections: z.array(sectionSchema), meta: z.unknown() });

function typeName(array: StoredArray): ArrayTypeName {
  for (const [name, constructor] of Object.entries(arrayTypes)) {
    if (array instanceof constructor) return name as ArrayTypeName;
  }
  throw new InvalidArgumentError({ argument: "array", message: "unsupported typed array." });
}

const align = (offset: number) => Math.ceil(offset / 8) * 8;

/** Packs JSON metadata and named typed arrays into one byte array. */
export function packContainer(meta: unknown, arrays: ReadonlyMap<string, StoredArray>): Uint8Array {
  const sections = [...arrays].map(([name, array]) => ({ name, type: typeName(array), length: array.length }));
  const header = new TextEncoder().encode(JSON.stringify({ sections, meta }));
  let size = align(magic.length + 4 + header.length);
  for (const array of arrays.values()) size = align(size + array.byteLength);
  const bytes = new Uint8Array(size);
  bytes.set(magic, 0);
  new DataView(bytes.buffer).setUint32(magic.length, header.length, true);
  bytes.set(header, magic.length + 4);
  let offset = align(magic.length + 4 + header.length);
  for (const array of arrays.values()) {
    bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), offset);
    offset = align(offset + array.byteLength);
  }
  return bytes;
}

/** Reads what `packContainer` wrote; throws `InvalidArgumentError` on anything malformed. */
export function unpackContainer(input: Uint8Array): { meta: unknown; arrays: Map<string, StoredArray> } {
  const fail = (message: string) => new InvalidArgumentError({ argument: "state", message });
  if (input.length < magic.length + 4 || !magic.every((byte, index) => input[index] === byte)) {
    throw fail("not an Aisle search index (bad magic bytes).");
  }
  // Typed-array views need aligned offsets: copy when the caller's bytes start mid-buffer.
  const bytes = input.byteOffset % 8 === 0 ? input : input.slice();
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset).getUint32(magic.length, true);
  const headerEnd = magic.length + 4 + headerLength;
  if (headerEnd > bytes.length) throw fail("header runs past the end of the data.");
  const headerText = new TextDecoder().decode(bytes.subarray(magic.length + 4, headerEnd));
  const parsed = safeParseJson(headerText, containerHeaderSchema);
  if (!parsed.success) throw fail(`unreadable header (${parsed.error.message}).`);
  const arrays = new Map<string, StoredArray>();
  let offset = align(headerEnd);
  for (const section of parsed.value.sections) {
    const constructor = arrays.has(section.name) ? undefined : arrayTypes[section.type];
    if (constructor === undefined) throw fail(`section '${section.name}' appears twice.`);
    const byteLength = section.length * constructor.BYTES_PER_ELEMENT;
    if (offset + byteLength > bytes.length) throw fail(`section '${section.name}' runs past the end of the data.`);
    arrays.set(section.name, new constructor(bytes.buffer as ArrayBuffer, bytes.byteOffset + offset, section.length));
    offset = align(offset + byteLength);
  }
  return { meta: parsed.value.meta, arrays };
}
