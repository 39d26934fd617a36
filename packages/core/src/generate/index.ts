export { generateText, type GenerateTextSettings, type GenerateTextResult, type StepResult } from "./generate-text";
export { streamText, type StreamTextSettings, type StreamTextResult, type StreamTextPart } from "./stream-text";
export { generateObject, type GenerateObjectSettings, type GenerateObjectResult } from "./generate-object";
export { embed, embedMany, type EmbedManySettings, type EmbedManyResult } from "./embed";
export { tool, toJsonSchema, type Tool, type ToolSet, type TypedToolCall, type TypedToolResult, type ToolExecuteOptions } from "./tool";
export type { CallSettings } from "./call-settings";
export type { Prompt } from "./prompt";
