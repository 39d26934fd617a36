import { z } from "zod";

const optionalNumber = z.number().nullish();
const optionalString = z.string().nullish();

/**
 * The fields of a chat-completion stream chunk that Aisle reads. Everything is optional because
 * OpenAI-compatible servers leave out what they do not support (usage, ids, tool-call indexes); other fields
 * pass unread. Validated per chunk, so a malformed event becomes a typed error instead of a crash later.
 */
export const chatChunkSchema = z.object({
  id: optionalString,
  model: optionalString,
  choices: z
    .array(
      z.object({
        delta: z
          .object({
            content: optionalString,
            tool_calls: z
              .array(
                z.object({
                  index: optionalNumber,
                  id: optionalString,
                  function: z.object({ name: optionalString, arguments: optionalString }).nullish(),
                }),
              )
              .nullish(),
          })
          .nullish(),
        finish_reason: optionalString,
      }),
    )
    .nullish(),
  usage: z
    .object({ prompt_tokens: optionalNumber, completion_tokens: optionalNumber, total_tokens: optionalNumber })
    .nullish(),
  /** Present when the server reports a failure inside an already-open stream. */
  error: z.unknown().optional(),
});

export type ChatChunk = z.output<typeof chatChunkSchema>;
