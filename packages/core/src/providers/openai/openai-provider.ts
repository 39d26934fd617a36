import OpenAI, { AzureOpenAI } from "openai";
import { InvalidArgumentError } from "../../errors/invalid-argument-error";
import { parseSettings } from "../../util/parse-settings";
import { noTimeoutMs, OpenAIClientSource } from "./openai-client";
import { OpenAIChatLanguageModel, type OpenAIChatConfig } from "./openai-chat-language-model";
import { OpenAIEmbeddingModel } from "./openai-embedding-model";
import {
  azureOpenAISettingsSchema,
  openAIChatModelSettingsSchema,
  openAICompatibleSettingsSchema,
  openAIEmbeddingModelSettingsSchema,
  openAISettingsSchema,
  type AzureOpenAISettings,
  type OpenAIChatModelSettings,
  type OpenAICompatibleSettings,
  type OpenAIEmbeddingModelSettings,
  type OpenAISettings,
} from "./openai-settings";

/** Known chat model ids, for completion in editors; any other id is passed through. */
export type OpenAIChatModelId =
  | "gpt-4o-mini"
  | "gpt-4o"
  | "gpt-4.1"
  | "gpt-4.1-mini"
  | "gpt-4.1-nano"
  | "gpt-5"
  | "gpt-5-mini"
  | "gpt-5-nano"
  | (string & {});

export type OpenAIEmbeddingModelId =
  | "text-embedding-3-small"
  | "text-embedding-3-large"
  | "text-embedding-ada-002"
  | (string & {});

export type OpenAIProvider = {
  (modelId: OpenAIChatModelId, settings?: OpenAIChatModelSettings): OpenAIChatLanguageModel;
  languageModel(modelId: OpenAIChatModelId, settings?: OpenAIChatModelSettings): OpenAIChatLanguageModel;
  embeddingModel(modelId: OpenAIEmbeddingModelId, settings?: OpenAIEmbeddingModelSettings): OpenAIEmbeddingModel;
  /** Same as `embeddingModel`, under the name other SDKs use. */
  textEmbeddingModel(modelId: OpenAIEmbeddingModelId, settings?: OpenAIEmbeddingModelSettings): OpenAIEmbeddingModel;
};

const openAIBaseURL = "https://api.openai.com/v1";

/**
 * The OpenAI provider. Building it needs no environment: the key is read from `apiKey` or `OPENAI_API_KEY`
 * when a request is made. The SDK's own retries and timeout are off, because Aisle's retry and timeout
 * middleware own them (with Retry-After, jitter and stream-aware recovery).
 */
export function createOpenAI(settings: OpenAISettings = {}): OpenAIProvider {
  const resolved = parseSettings("OpenAI provider", openAISettingsSchema, settings);
  const baseURL = resolved.baseURL ?? openAIBaseURL;
  const source = new OpenAIClientSource({
    provider: resolved.name,
    apiKey: resolved.apiKey,
    apiKeyEnvironmentVariable: "OPENAI_API_KEY",
    apiKeyRequired: true,
    baseURL,
    fetch: resolved.fetch,
    createClient: (apiKey, fetch) =>
      new OpenAI({
        apiKey,
        baseURL,
        ...(resolved.organization === undefined ? {} : { organization: resolved.organization }),
        ...(resolved.project === undefined ? {} : { project: resolved.project }),
        ...(resolved.headers === undefined ? {} : { defaultHeaders: resolved.headers }),
        fetch,
        maxRetries: 0,
        timeout: noTimeoutMs,
      }),
  });
  return buildProvider(source, { source, maxTokensParameter: "max_completion_tokens" });
}

/**
 * A provider for any server that speaks the OpenAI chat-completions API (Ollama, vLLM, LM Studio, llama.cpp).
 * The key is optional: without one no `Authorization` header is sent. OpenAI's own environment (organization,
 * project) never leaks into these requests.
 */
export function createOpenAICompatible(settings: OpenAICompatibleSettings): OpenAIProvider {
  const resolved = parseSettings("OpenAI-compatible provider", openAICompatibleSettingsSchema, settings);
  const environmentVariable = `${resolved.name.toUpperCase().replace(/[^A-Z0-9]+/g, "_")}_API_KEY`;
  const source = new OpenAIClientSource({
    provider: resolved.name,
    apiKey: resolved.apiKey,
    apiKeyEnvironmentVariable: environmentVariable,
    apiKeyRequired: false,
    baseURL: resolved.baseURL,
    fetch: resolved.fetch,
    createClient: (apiKey, fetch) =>
      new OpenAI({
        // The SDK insists on a key; the placeholder never leaves the process because its header is removed.
        apiKey: apiKey ?? "unused",
        baseURL: resolved.baseURL,
        organization: null,
        project: null,
        defaultHeaders: { ...resolved.headers, ...(apiKey === undefined ? { Authorization: null } : {}) },
        ...(resolved.queryParams === undefined ? {} : { defaultQuery: resolved.queryParams }),
        fetch,
        maxRetries: 0,
        timeout: noTimeoutMs,
      }),
  });
  return buildProvider(source, { source, maxTokensParameter: "max_tokens" });
}

/**
 * Azure OpenAI through the SDK's `AzureOpenAI` client. Model ids are deployment names. The key comes from
 * `apiKey` or `AZURE_OPENAI_API_KEY` when a request is made.
 */
export function createAzureOpenAI(settings: AzureOpenAISettings): OpenAIProvider {
  const resolved = parseSettings("Azure OpenAI provider", azureOpenAISettingsSchema, settings);
  const endpoint = (resolved.endpoint ?? `https://${resolved.resourceName}.openai.azure.com`).replace(/\/+$/, "");
  // Given explicitly so the SDK never picks up OPENAI_BASE_URL, which would clash with an Azure endpoint.
  const baseURL = `${endpoint}/openai`;
  const source = new OpenAIClientSource({
    provider: resolved.name,
    apiKey: resolved.apiKey,
    apiKeyEnvironmentVariable: "AZURE_OPENAI_API_KEY",
    apiKeyRequired: true,
    baseURL,
    fetch: resolved.fetch,
    createClient: (apiKey, fetch) =>
      new AzureOpenAI({
        apiKey,
        baseURL,
        apiVersion: resolved.apiVersion,
        ...(resolved.headers === undefined ? {} : { defaultHeaders: resolved.headers }),
        fetch,
        maxRetries: 0,
        timeout: noTimeoutMs,
      }),
  });
  return buildProvider(source, { source, maxTokensParameter: "max_completion_tokens" });
}

function buildProvider(source: OpenAIClientSource, chatConfig: OpenAIChatConfig): OpenAIProvider {
  const languageModel = (modelId: OpenAIChatModelId, settings: OpenAIChatModelSettings = {}) => {
    checkModelId(modelId);
    const resolved = parseSettings(`${source.provider} chat model`, openAIChatModelSettingsSchema, settings);
    return new OpenAIChatLanguageModel(modelId, resolved, chatConfig);
  };
  const embeddingModel = (modelId: OpenAIEmbeddingModelId, settings: OpenAIEmbeddingModelSettings = {}) => {
    checkModelId(modelId);
    const resolved = parseSettings(`${source.provider} embedding model`, openAIEmbeddingModelSettingsSchema, settings);
    return new OpenAIEmbeddingModel(modelId, resolved, source);
  };
  const provider = (modelId: OpenAIChatModelId, settings?: OpenAIChatModelSettings) => languageModel(modelId, settings);
  return Object.assign(provider, { languageModel, embeddingModel, textEmbeddingModel: embeddingModel });
}

function checkModelId(modelId: unknown): asserts modelId is string {
  if (typeof modelId !== "string" || modelId.trim().length === 0) {
    throw new InvalidArgumentError({ argument: "modelId", message: "must be a non-empty model id, e.g. \"gpt-4o-mini\"." });
  }
}
