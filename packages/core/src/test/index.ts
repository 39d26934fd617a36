export {
  MockLanguageModel,
  MockEmbeddingModel,
  mockGenerateResult,
  mockTextStreamParts,
  simulateReadableStream,
} from "./mock-language-model";
export {
  createOpenAITestServer,
  chunkLines,
  type OpenAITestServer,
  type OpenAITestResponse,
  type OpenAITestResponder,
  type RecordedRequest,
} from "./openai-test-server";
