import { describe, expect, it } from "vitest";
import { ServerSentEventDecoder, type ServerSentEvent } from "./server-sent-events";

function decode(pieces: string[]): ServerSentEvent[] {
  const events: ServerSentEvent[] = [];
  const decoder = new ServerSentEventDecoder((event) => events.push(event));
  for (const piece of pieces) decoder.push(piece);
  decoder.end();
  return events;
}

describe("ServerSentEventDecoder", () => {
  const stream = 'data: {"a":1}\n\n: keep-alive\n\nevent: error\ndata: {"b":2}\n\ndata: [DONE]\n\n';
  const expected = [
    { event: undefined, data: '{"a":1}' },
    { event: "error", data: '{"b":2}' },
    { event: undefined, data: "[DONE]" },
  ];

  it("decodes data and event fields and skips comments", () => {
    expect(decode([stream])).toEqual(expected);
  });

  it("gives the same events however the text is split across reads", () => {
    for (let size = 1; size <= 7; size++) {
      const pieces = stream.match(new RegExp(`[\\s\\S]{1,${size}}`, "g")) ?? [];
      expect(decode(pieces)).toEqual(expected);
    }
  });

  it("accepts CRLF and CR line ends, including a CRLF split between reads", () => {
    expect(decode([stream.replaceAll("\n", "\r\n")])).toEqual(expected);
    expect(decode([stream.replaceAll("\n", "\r")])).toEqual(expected);
    expect(decode(['data: {"a":1}\r', "\n\r", "\n"])).toEqual([{ event: undefined, data: '{"a":1}' }]);
  });

  it("joins multi-line data and takes data without the optional space", () => {
    expect(decode(["data:first\ndata: second\n\n"])).toEqual([{ event: undefined, data: "first\nsecond" }]);
  });

  it("drops an event the stream never terminated", () => {
    expect(decode(['data: {"a":1}\n\ndata: {"cut', "\n"])).toEqual([{ event: undefined, data: '{"a":1}' }]);
  });
});
