import * as cl100k from "gpt-tokenizer/encoding/cl100k_base";
import * as o200k from "gpt-tokenizer/encoding/o200k_base";

export type TokenizerEncoding = "o200k_base" | "cl100k_base";

export type Tokenizer = {
  readonly encoding: TokenizerEncoding;
  count(text: string): number;
  encode(text: string): number[];
  decode(tokens: number[]): string;
  /** The longest prefix of `text` that fits in `maxTokens`, cut on a token boundary. */
  truncate(text: string, maxTokens: number): string;
};

const encodings = { o200k_base: o200k, cl100k_base: cl100k } as const;

/**
 * Picks the BPE encoding a model uses. GPT-4o, GPT-4.1, GPT-5 and the o-series use o200k_base; older
 * GPT-4/3.5 models and the text-embedding-3 family use cl100k_base. Unknown models (local servers, other
 * providers) get o200k_base, which counts close to most modern BPE vocabularies.
 */
export function encodingForModel(modelId: string): TokenizerEncoding {
  const id = modelId.toLowerCase();
  if (/^(gpt-3\.5|gpt-4(?!o|\.1|\.5)|text-embedding|text-davinci)/.test(id)) return "cl100k_base";
  return "o200k_base";
}

const cache = new Map<TokenizerEncoding, Tokenizer>();

export function getTokenizer(encodingOrModel: TokenizerEncoding | string = "o200k_base"): Tokenizer {
  const encoding: TokenizerEncoding =
    encodingOrModel === "o200k_base" || encodingOrModel === "cl100k_base"
      ? encodingOrModel
      : encodingForModel(encodingOrModel);
  const cached = cache.get(encoding);
  if (cached !== undefined) return cached;
  const implementation = encodings[encoding];
  const tokenizer: Tokenizer = {
    encoding,
    count: (text) => (text.length === 0 ? 0 : implementation.countTokens(text)),
    encode: (text) => implementation.encode(text),
    decode: (tokens) => implementation.decode(tokens),
    truncate(text, maxTokens) {
      if (maxTokens <= 0) return "";
      if (implementation.isWithinTokenLimit(text, maxTokens) !== false) return text;
      return implementation.decode(implementation.encode(text).slice(0, maxTokens));
    },
  };
  cache.set(encoding, tokenizer);
  return tokenizer;
}

/** Tokens in `text` for `model` (default encoding o200k_base). */
export function countTokens(text: string, model?: string): number {
  return getTokenizer(model ?? "o200k_base").count(text);
}
