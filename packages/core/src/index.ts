export type * from "./spec";
export * from "./errors";
export * from "./middleware";
export * from "./generate";
export { countTokens, getTokenizer, encodingForModel, type Tokenizer, type TokenizerEncoding } from "./prompt/tokenizer";
