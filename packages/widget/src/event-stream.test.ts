import { describe, expect, it } from "vitest";
import { readEventStream, type ServerSentEvent } from "./event-stream";

/** A body that arrives in the given pieces, as a network would split it. */
function body(...pieces: Array<string | Uint8Array>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const piece of pieces) controller.enqueue(typeof piece === "string" ? encoder.encode(piece) : piece);
      controller.close();
    },
  });
}

async function all(stream: ReadableStream<Uint8Array>): Promise<ServerSentEvent[]> {
  const events: ServerSentEvent[] = [];
  for await (const event of readEventStream(stream)) events.push(event);
  return events;
}

describe("readEventStream", () => {
  it("reads named events and joins multi-line data", async () => {
    expect(await all(body('event: start\ndata: {"a":1}\n\n', "data: line one\ndata: line two\n\n"))).toEqual([
      { event: "start", data: '{"a":1}' },
      { event: "message", data: "line one\nline two" },
    ]);
  });

  it("reassembles events, lines and characters split across chunks", async () => {
    const euro = new TextEncoder().encode("€");
    const events = await all(body("eve", "nt: text\nda", "ta: ", euro.slice(0, 2), euro.slice(2), "\n", "\n"));
    expect(events).toEqual([{ event: "text", data: "€" }]);
  });

  it("accepts CRLF and CR line ends, including a CRLF split between chunks", async () => {
    expect(await all(body("event: a\r\ndata: 1\r", "\n\r\n", "event: b\rdata: 2\r\r"))).toEqual([
      { event: "a", data: "1" },
      { event: "b", data: "2" },
    ]);
  });

  it("skips comments and unknown fields, keeps a value's spaces after the first, and drops a cut-off event", async () => {
    expect(await all(body(": keep-alive\n\nid: 7\nretry: 10\nevent: text\ndata:  two spaces\n\nevent: text\ndata: cut"))).toEqual([
      { event: "text", data: " two spaces" },
    ]);
  });
});
