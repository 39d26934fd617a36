export {
  MockLanguageModel,
  MockEmbeddingModel,
  mockGenerateResult,
  mockTextStreamParts,
  simulateReadableStream,
} from "./mock-language-model";
