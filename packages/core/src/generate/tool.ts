import { z } from "zod";
import { InvalidToolInputError } from "../errors/invalid-tool-input-error";
import type { JsonSchema, ToolCall, ToolDefinition } from "../spec";
import { safeParseJson } from "../util/parse-json";

export type ToolExecuteOptions = { toolCallId: string; abortSignal?: AbortSignal };

export type Tool<Input = unknown, Output = unknown> = {
  description?: string;
  inputSchema: z.ZodType<Input>;
  /** Runs the tool. Authorisation belongs here, in code: never trust the model's say-so. */
  execute?: (input: Input, options: ToolExecuteOptions) => Promise<Output> | Output;
};

export type ToolSet = Record<string, Tool<any, any>>;

/** Declares a tool whose arguments are typed and validated by a zod schema. */
export function tool<Input, Output>(definition: Tool<Input, Output>): Tool<Input, Output> {
  return definition;
}

export type TypedToolCall<Tools extends ToolSet> = {
  [Name in keyof Tools & string]: { toolCallId: string; toolName: Name; input: z.output<Tools[Name]["inputSchema"]> };
}[keyof Tools & string];

export type TypedToolResult<Tools extends ToolSet> = TypedToolCall<Tools> & { output: unknown };

export function toJsonSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  return rest;
}

export function toolDefinitions(tools: ToolSet | undefined): ToolDefinition[] | undefined {
  if (tools === undefined) return undefined;
  return Object.entries(tools).map(([name, definition]) => ({
    name,
    description: definition.description,
    inputSchema: toJsonSchema(definition.inputSchema),
  }));
}

export function parseToolCall<Tools extends ToolSet>(tools: Tools, call: ToolCall): TypedToolCall<Tools> {
  const definition = tools[call.toolName];
  if (definition === undefined) {
    throw new InvalidToolInputError({
      toolName: call.toolName,
      toolInput: call.input,
      message: `no such tool; available: ${Object.keys(tools).join(", ") || "none"}.`,
    });
  }
  const parsed = safeParseJson(call.input.trim() === "" ? "{}" : call.input, definition.inputSchema);
  if (!parsed.success) {
    throw new InvalidToolInputError({
      toolName: call.toolName,
      toolInput: call.input,
      message: parsed.stage === "json" ? "arguments are not valid JSON." : parsed.error.message,
      cause: parsed.error,
    });
  }
  return { toolCallId: call.toolCallId, toolName: call.toolName, input: parsed.value } as TypedToolCall<Tools>;
}

export async function executeToolCall<Tools extends ToolSet>(
  tools: Tools,
  call: TypedToolCall<Tools>,
  abortSignal: AbortSignal | undefined,
): Promise<TypedToolResult<Tools> | undefined> {
  const definition = tools[call.toolName];
  if (definition?.execute === undefined) return undefined;
  const output = await definition.execute(call.input, { toolCallId: call.toolCallId, abortSignal });
  return { ...call, output };
}

/** Serialises a tool's output for the tool message the model reads next. */
export function toolOutputText(output: unknown): string {
  return typeof output === "string" ? output : JSON.stringify(output ?? null);
}
