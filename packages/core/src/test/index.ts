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
export {
  searchStoreBattery,
  type SearchStoreBatteryHandle,
  type SearchStoreBatteryOptions,
  type SearchStoreBatterySettings,
  type SearchStoreFactory,
} from "./search-store-battery";
