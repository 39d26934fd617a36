export type ServerSentEvent = { event: string | undefined; data: string };

/**
 * Incremental server-sent-events decoder (the parts of the WHATWG event-stream format chat APIs use: `data`,
 * `event`, comments, LF / CRLF / CR line ends, multi-line data). Text is fed as it arrives, split anywhere;
 * complete events are handed to `onEvent` synchronously, so one network read that holds many events costs
 * one pass and no extra awaits. An event left unterminated when the stream ends is dropped, as the format says.
 */
export class ServerSentEventDecoder {
  private buffer = "";
  /** Index of the next CR in `buffer`, or -1 when none is left; saves rescanning for CRs that are not there. */
  private nextCarriageReturn = -1;
  private data: string | undefined;
  private event: string | undefined;
  private readonly onEvent: (event: ServerSentEvent) => void;

  constructor(onEvent: (event: ServerSentEvent) => void) {
    this.onEvent = onEvent;
  }

  push(text: string): void {
    const appendedAt = this.buffer.length;
    this.buffer = appendedAt === 0 ? text : this.buffer + text;
    if (this.nextCarriageReturn === -1) this.nextCarriageReturn = this.buffer.indexOf("\r", appendedAt);
    const buffer = this.buffer;
    let start = 0;
    for (;;) {
      const lineFeed = buffer.indexOf("\n", start);
      const carriageReturn = this.nextCarriageReturn;
      let end: number;
      let next: number;
      if (carriageReturn !== -1 && (lineFeed === -1 || carriageReturn < lineFeed)) {
        // A CR at the very end may be the first half of a CRLF split across reads: wait for more text.
        if (carriageReturn === buffer.length - 1) break;
        end = carriageReturn;
        next = buffer.charCodeAt(carriageReturn + 1) === 10 ? carriageReturn + 2 : carriageReturn + 1;
        this.nextCarriageReturn = buffer.indexOf("\r", next);
      } else if (lineFeed !== -1) {
        end = lineFeed;
        next = lineFeed + 1;
      } else {
        break;
      }
      this.line(buffer.slice(start, end));
      start = next;
    }
    if (start > 0) {
      this.buffer = buffer.slice(start);
      if (this.nextCarriageReturn !== -1) this.nextCarriageReturn -= start;
    }
  }

  /** Call when the body ends: a final CR can no longer be the start of a CRLF. */
  end(): void {
    if (this.buffer.endsWith("\r")) this.push("\n");
  }

  private line(line: string): void {
    if (line.length === 0) {
      if (this.data !== undefined) this.onEvent({ event: this.event, data: this.data });
      this.data = undefined;
      this.event = undefined;
      return;
    }
    // The common case first: `data: {...}`.
    if (line.startsWith("data: ")) {
      this.appendData(line.slice(6));
      return;
    }
    if (line.charCodeAt(0) === 58 /* ":" comment, e.g. keep-alive */) return;
    const colon = line.indexOf(":");
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    if (field === "data") this.appendData(value);
    else if (field === "event") this.event = value;
  }

  private appendData(value: string): void {
    this.data = this.data === undefined ? value : `${this.data}\n${value}`;
  }
}
