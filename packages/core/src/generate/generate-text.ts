import type { FinishReason, Message, ResponseMetadata, Source, ToolChoice, Usage } from "../spec";
import { addUsage, callOptions, emptyUsage, type CallSettings } from "./call-settings";
import { standardizePrompt } from "./prompt";
import {
  executeToolCall,
  parseToolCall,
  toolDefinitions,
  toolOutputText,
  type ToolSet,
  type TypedToolCall,
  type TypedToolResult,
} from "./tool";

export type GenerateTextSettings<Tools extends ToolSet> = CallSettings & {
  tools?: Tools;
  toolChoice?: ToolChoice;
  /**
   * How many model calls may run: with tools that have `execute`, each step feeds tool results back to the
   * model. Default 1 (tool calls are returned, not answered).
   */
  maxSteps?: number;
};

export type StepResult<Tools extends ToolSet> = {
  text: string;
  toolCalls: Array<TypedToolCall<Tools>>;
  toolResults: Array<TypedToolResult<Tools>>;
  finishReason: FinishReason;
  usage: Usage;
};

export type GenerateTextResult<Tools extends ToolSet> = StepResult<Tools> & {
  /** Usage summed over every step. */
  totalUsage: Usage;
  steps: Array<StepResult<Tools>>;
  sources: Source[];
  response: ResponseMetadata | undefined;
  warnings: string[];
};

export async function generateText<Tools extends ToolSet = {}>(
  settings: GenerateTextSettings<Tools>,
): Promise<GenerateTextResult<Tools>> {
  const { model, tools, toolChoice, maxSteps = 1 } = settings;
  const messages: Message[] = standardizePrompt(settings);
  const steps: Array<StepResult<Tools>> = [];
  const sources = new Map<string, Source>();
  const warnings: string[] = [];
  let totalUsage = emptyUsage();
  let response: ResponseMetadata | undefined;

  for (let step = 0; step < maxSteps; step++) {
    const result = await model.doGenerate({
      ...callOptions(settings),
      messages,
      tools: toolDefinitions(tools),
      toolChoice,
    });
    totalUsage = addUsage(totalUsage, result.usage);
    response = result.response;
    warnings.push(...(result.warnings ?? []));
    for (const source of result.sources ?? []) sources.set(source.id, source);

    const toolCalls = tools === undefined ? [] : result.toolCalls.map((call) => parseToolCall(tools, call));
    const toolResults: Array<TypedToolResult<Tools>> = [];
    for (const call of toolCalls) {
      const executed = await executeToolCall(tools as Tools, call, settings.abortSignal);
      if (executed !== undefined) toolResults.push(executed);
    }
    steps.push({ text: result.text, toolCalls, toolResults, finishReason: result.finishReason, usage: result.usage });

    const answeredEveryCall = toolCalls.length > 0 && toolResults.length === toolCalls.length;
    if (!answeredEveryCall) break;
    messages.push({ role: "assistant", content: result.text, toolCalls: result.toolCalls });
    for (const toolResult of toolResults) {
      messages.push({
        role: "tool",
        toolCallId: toolResult.toolCallId,
        toolName: toolResult.toolName,
        content: toolOutputText(toolResult.output),
      });
    }
  }

  const last = steps.at(-1) as StepResult<Tools>;
  return { ...last, totalUsage, steps, sources: [...sources.values()], response, warnings };
}
