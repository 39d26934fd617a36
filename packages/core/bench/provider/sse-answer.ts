/**
 * A realistic OpenAI chat-completions SSE answer, built once and replayed byte for byte: a role chunk, one
 * chunk per token-sized content delta, a finish chunk, the usage chunk `stream_options.include_usage` asks
 * for, and `data: [DONE]`. Every chunk carries the fields the live API sends (including `obfuscation`), so
 * the JSON each client parses is the size it would be in production.
 */
const answer =
  "Yes, the Trailrunner 2 is a good fit for wide feet. It comes in a standard and a wide (2E) last, in half " +
  "sizes from 38 to 47, and most reviewers say it runs true to size. The upper is a stretchy engineered mesh, " +
  "so the toe box has room without feeling loose. If you are between sizes, go half a size up for long runs. " +
  "Returns are free within 30 days if the fit is not right.";

const id = "chatcmpl-CbBench7n2mQ4xYd9kLwPz3rVfHs";
const model = "gpt-4o-mini-2024-07-18";
const created = 1763116800;

/** Splits text into pieces of about one token each: a leading space stays with its word, punctuation alone. */
export function tokenPieces(text: string): string[] {
  return text.match(/ ?[A-Za-z0-9]+|[^A-Za-z0-9 ]| /g) ?? [];
}

function obfuscation(index: number): string {
  return "x".repeat(4 + (index % 9));
}

function chunk(index: number, choices: unknown[], usage: unknown = null): string {
  return JSON.stringify({
    id,
    object: "chat.completion.chunk",
    created,
    model,
    service_tier: "default",
    system_fingerprint: "fp_560af6e559",
    choices,
    usage,
    obfuscation: obfuscation(index),
  });
}

export type SseAnswer = { events: string[]; text: string; chunkCount: number };

/** The answer as SSE events (`data: …\n\n`), optionally cut to about `contentChunks` content deltas. */
export function buildSseAnswer(contentChunks: number): SseAnswer {
  const pieces = tokenPieces(answer);
  while (pieces.length < contentChunks) pieces.push(...tokenPieces(` ${answer}`));
  const content = pieces.slice(0, contentChunks);
  const chunks = [chunk(0, [{ index: 0, delta: { role: "assistant", content: "", refusal: null }, logprobs: null, finish_reason: null }])];
  content.forEach((piece, index) =>
    chunks.push(chunk(index + 1, [{ index: 0, delta: { content: piece }, logprobs: null, finish_reason: null }])),
  );
  chunks.push(chunk(content.length + 1, [{ index: 0, delta: {}, logprobs: null, finish_reason: "stop" }]));
  chunks.push(
    chunk(content.length + 2, [], {
      prompt_tokens: 96,
      completion_tokens: content.length,
      total_tokens: 96 + content.length,
      prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
      completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 },
    }),
  );
  const events = chunks.map((data) => `data: ${data}\n\n`);
  events.push("data: [DONE]\n\n");
  return { events, text: content.join(""), chunkCount: chunks.length };
}
