/** Anything an importer can read: a whole text, bytes, or chunks from a file, a fetch body or a Node stream. */
export type ImportSource =
  | string
  | Uint8Array
  | Iterable<string | Uint8Array>
  | AsyncIterable<string | Uint8Array>
  | ReadableStream<string | Uint8Array>;

/** Decodes any import source into UTF-8 text chunks, dropping a leading byte-order mark. */
export async function* readTextChunks(source: ImportSource): AsyncGenerator<string> {
  if (typeof source === "string") {
    yield stripByteOrderMark(source);
    return;
  }
  // The decoder removes a BOM itself and keeps multi-byte characters split across chunks intact.
  const decoder = new TextDecoder("utf-8");
  let first = true;
  const decode = (chunk: string | Uint8Array): string => {
    const text = typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    if (!first) return text;
    first = false;
    return stripByteOrderMark(text);
  };
  if (source instanceof Uint8Array) {
    yield decode(source);
  } else if (isReadableStream(source)) {
    const reader = source.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        yield decode(value);
      }
    } finally {
      reader.releaseLock();
    }
  } else {
    for await (const chunk of source) yield decode(chunk);
  }
  const rest = decoder.decode();
  if (rest !== "") yield rest;
}

export type SourceLine = { number: number; text: string; oversized: boolean };

/**
 * Splits text chunks into lines (LF or CRLF), numbered from 1. A line longer than `maxLineLength` is not kept
 * in memory: it comes back empty with `oversized: true`, so one giant line cannot exhaust memory.
 */
export async function* readLines(chunks: AsyncIterable<string>, maxLineLength: number): AsyncGenerator<SourceLine> {
  let buffer = "";
  let oversized = false;
  let number = 0;
  const emit = (text: string): SourceLine => {
    number += 1;
    const line = { number, text: oversized ? "" : text.endsWith("\r") ? text.slice(0, -1) : text, oversized };
    oversized = false;
    return line;
  };
  for await (const chunk of chunks) {
    let start = 0;
    for (let newline = chunk.indexOf("\n"); newline !== -1; newline = chunk.indexOf("\n", start)) {
      const text = oversized ? "" : buffer + chunk.slice(start, newline);
      buffer = "";
      if (text.length > maxLineLength) oversized = true;
      yield emit(text);
      start = newline + 1;
    }
    if (!oversized) buffer += chunk.slice(start);
    if (buffer.length > maxLineLength) {
      oversized = true;
      buffer = "";
    }
  }
  if (buffer !== "" || oversized) yield emit(buffer);
}

const stripByteOrderMark = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

function isReadableStream(value: unknown): value is ReadableStream<string | Uint8Array> {
  return typeof value === "object" && value !== null && typeof (value as ReadableStream).getReader === "function";
}
