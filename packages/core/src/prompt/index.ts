export { countTokens, getTokenizer, encodingForModel, type Tokenizer, type TokenizerEncoding } from "./tokenizer";
export { buildPrompt, type BuildPromptOptions, type BuiltPrompt, type PromptBudget } from "./build-prompt";
