import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { parentPort, workerData } from "node:worker_threads";
import { buildSseAnswer } from "./sse-answer";

export type ReplayServerOptions = { contentChunks: number; pacingMs: number };

/**
 * Serves the same SSE answer to every `POST …/chat/completions`, on 127.0.0.1 only. Runs in a worker thread
 * so serving never competes with the measured clients for the main event loop.
 */
export function startReplayServer({ contentChunks, pacingMs }: ReplayServerOptions): Promise<{ server: Server; port: number }> {
  const events = buildSseAnswer(contentChunks).events.map((event) => Buffer.from(event));
  const server = createServer((request, response) => {
    if (request.method !== "POST" || !request.url?.endsWith("/chat/completions")) {
      response.writeHead(404, { "content-type": "application/json" }).end('{"error":{"message":"not found"}}');
      return;
    }
    request.resume();
    request.on("end", async () => {
      response.writeHead(200, {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-cache",
        "x-request-id": "req_bench",
      });
      for (const event of events) {
        if (pacingMs > 0) await new Promise((resolve) => setTimeout(resolve, pacingMs));
        response.write(event);
      }
      response.end();
    });
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => resolve({ server, port: (server.address() as AddressInfo).port }));
  });
}

if (parentPort !== null) {
  const port = parentPort;
  const options = workerData as ReplayServerOptions;
  const { server, port: listening } = await startReplayServer(options);
  port.postMessage({ port: listening });
  port.on("message", (message) => {
    if (message === "stop") server.close(() => port.close());
  });
}
