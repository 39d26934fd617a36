export type ServerSentEvent = { event: string; data: string };

/**
 * Reads `text/event-stream` from a fetch body. The chat is a POST, which `EventSource` cannot send, so the
 * framing is parsed here: events end at a blank line, `data:` lines are joined with newlines, comments
 * (`:`) and unknown fields are skipped, and any of CRLF, LF or CR ends a line.
 */
export async function* readEventStream(body: ReadableStream<Uint8Array>): AsyncGenerator<ServerSentEvent> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  let event = "";
  let data: string[] = [];
  const line = (text: string): ServerSentEvent | undefined => {
    if (text === "") {
      const complete = data.length === 0 ? undefined : { event: event || "message", data: data.join("\n") };
      event = "";
      data = [];
      return complete;
    }
    const colon = text.indexOf(":");
    const field = colon === -1 ? text : text.slice(0, colon);
    const value = colon === -1 ? "" : text.slice(colon + (text[colon + 1] === " " ? 2 : 1));
    if (field === "event") event = value;
    else if (field === "data") data.push(value);
    return undefined;
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
      // A trailing CR may be the first half of CRLF: keep it until the next chunk unless the stream ended.
      const pattern = done ? /\r\n|\r|\n/g : /\r\n|\r(?!$)|\n/g;
      let start = 0;
      let match: RegExpExecArray | null;
      while ((match = pattern.exec(buffer)) !== null) {
        const complete = line(buffer.slice(start, match.index));
        start = match.index + match[0].length;
        if (complete !== undefined) yield complete;
      }
      buffer = buffer.slice(start);
      if (done) {
        // A final event without its blank line was cut off mid-way; dropping it is what EventSource does.
        return;
      }
    }
  } finally {
    reader.releaseLock();
  }
}
