import { InvalidArgumentError } from "../errors/invalid-argument-error";
import type { ContextDocument, Message } from "../spec";
import { getTokenizer, type Tokenizer } from "./tokenizer";

/** OpenAI's chat format spends about this many tokens per message on role and separators. */
const messageOverheadTokens = 4;
/** Tokens spent priming the assistant's reply. */
const replyPrimingTokens = 3;

export type PromptBudget = {
  /** The model's context window in tokens. */
  contextTokens: number;
  /** Kept free for the answer. */
  reserveOutputTokens?: number;
  /** Share of what is left after system and question that documents may take (0-1, default 0.6). */
  documentShare?: number;
};

export type BuildPromptOptions = {
  /** Model id, for its tokenizer. */
  model?: string;
  system?: string;
  /** Earlier turns, oldest first. The newest fit; older ones are dropped first. */
  history?: Message[];
  /** The turn being answered; always kept. */
  question: Message;
  /** Ranked best first; lower-ranked documents are dropped first and the last one kept may be shortened. */
  documents?: ContextDocument[];
  budget: PromptBudget;
};

export type BuiltPrompt = {
  messages: Message[];
  documents: ContextDocument[];
  /** Tokens the prompt uses by the tokenizer's count, message overhead included. */
  inputTokens: number;
  dropped: { documents: number; messages: number };
  /** Ids of documents that were shortened to fit. */
  truncatedDocuments: string[];
};

/**
 * Fits a prompt to a model's context window by real token counts: the system prompt and the question
 * always stay; documents come next in rank order (the last one shortened on a token boundary rather than
 * dropped when a useful part fits); the newest turns of history fill what remains.
 */
export function buildPrompt(options: BuildPromptOptions): BuiltPrompt {
  const tokenizer = getTokenizer(options.model ?? "o200k_base");
  const { contextTokens, reserveOutputTokens = 512, documentShare = 0.6 } = options.budget;
  const cost = (message: Message) => tokenizer.count(message.content) + messageOverheadTokens;

  const system: Message | undefined = options.system === undefined ? undefined : { role: "system", content: options.system };
  const fixed = (system === undefined ? 0 : cost(system)) + cost(options.question) + replyPrimingTokens;
  const available = contextTokens - reserveOutputTokens - fixed;
  if (available < 0) {
    throw new InvalidArgumentError({
      argument: "budget",
      message: `the system prompt and question need ${fixed} tokens but only ${contextTokens - reserveOutputTokens} are available after reserving ${reserveOutputTokens} for the answer.`,
    });
  }

  const documents = fitDocuments(options.documents ?? [], Math.floor(available * documentShare), tokenizer);
  let remaining = available - documents.tokens;

  const history = options.history ?? [];
  const kept: Message[] = [];
  for (let index = history.length - 1; index >= 0; index--) {
    const message = history[index] as Message;
    const tokens = cost(message);
    if (tokens > remaining) break;
    kept.unshift(message);
    remaining -= tokens;
  }

  return {
    messages: [...(system === undefined ? [] : [system]), ...kept, options.question],
    documents: documents.kept,
    inputTokens: available - remaining + fixed,
    dropped: { documents: (options.documents?.length ?? 0) - documents.kept.length, messages: history.length - kept.length },
    truncatedDocuments: documents.truncated,
  };
}

/** Smallest piece of a document worth keeping when shortening it. */
const minimumUsefulTokens = 32;

function fitDocuments(documents: ContextDocument[], budget: number, tokenizer: Tokenizer) {
  const kept: ContextDocument[] = [];
  const truncated: string[] = [];
  let tokens = 0;
  for (const document of documents) {
    // Id, title and path travel with the text when rendered.
    const header = tokenizer.count(`${document.id} ${document.title ?? ""} ${(document.path ?? []).join(" > ")}`) + 8;
    const size = tokenizer.count(document.text) + header;
    if (tokens + size <= budget) {
      kept.push(document);
      tokens += size;
      continue;
    }
    const room = budget - tokens - header;
    if (room >= minimumUsefulTokens) {
      kept.push({ ...document, text: tokenizer.truncate(document.text, room) });
      truncated.push(document.id);
      tokens += room + header;
    }
    break;
  }
  return { kept, truncated, tokens };
}
