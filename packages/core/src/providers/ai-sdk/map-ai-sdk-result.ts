import type { FinishReason, ResponseMetadata, Usage } from "../../spec";
import { headersToRecord } from "../../util/headers";
import type { AiSdkFinishReason, AiSdkResponseMetadata, AiSdkTokenCount, AiSdkUsage, AiSdkWarning } from "./ai-sdk-types";

/** The AI SDK's unified reason, with the two Aisle has no name for (`interrupted`, v2's `unknown`) as `other`. */
export function mapFinishReason(reason: AiSdkFinishReason | undefined): FinishReason {
  const unified = typeof reason === "string" ? reason : reason?.unified;
  switch (unified) {
    case "stop":
    case "length":
    case "tool-calls":
    case "content-filter":
    case "error":
      return unified;
    default:
      return "other";
  }
}

export function isInterrupted(reason: AiSdkFinishReason | undefined): boolean {
  return typeof reason === "object" && reason.unified === "interrupted";
}

/** Counts the provider did not report are 0, as in every Aisle provider, so usage can always be summed. */
export function mapUsage(usage: AiSdkUsage | undefined): Usage {
  const inputTokens = tokenCount(usage?.inputTokens);
  const outputTokens = tokenCount(usage?.outputTokens);
  const reportedTotal = usage?.totalTokens;
  return {
    inputTokens,
    outputTokens,
    totalTokens: typeof reportedTotal === "number" ? reportedTotal : inputTokens + outputTokens,
  };
}

function tokenCount(count: AiSdkTokenCount): number {
  const value = typeof count === "object" ? count.total : count;
  return typeof value === "number" && Number.isFinite(value) ? value : 0;
}

export function mapResponseMetadata(response: AiSdkResponseMetadata | undefined): ResponseMetadata | undefined {
  if (response === undefined) return undefined;
  return {
    ...(response.id === undefined ? {} : { id: response.id }),
    ...(response.modelId === undefined ? {} : { modelId: response.modelId }),
    ...(response.headers === undefined ? {} : { headers: headersToRecord(response.headers) }),
  };
}

/** One readable sentence per warning, whatever the spec version's shape. */
export function formatWarning(warning: AiSdkWarning): string {
  const details = warning.details === undefined || warning.details === "" ? "" : `: ${warning.details}`;
  switch (warning.type) {
    case "unsupported":
      return `Unsupported feature '${warning.feature ?? "unknown"}'${details}`;
    case "compatibility":
      return `Feature '${warning.feature ?? "unknown"}' runs in a compatibility mode${details}`;
    case "deprecated":
      return `Deprecated setting '${String(warning.setting)}'${warning.message ? `: ${warning.message}` : ""}`;
    case "unsupported-setting":
      return `Unsupported setting '${String(warning.setting)}'${details}`;
    case "unsupported-tool":
      return `Unsupported tool '${warning.tool?.name ?? "unknown"}'${details}`;
    default:
      return warning.message ?? `${warning.type}${details}`;
  }
}

export function formatWarnings(warnings: readonly AiSdkWarning[] | undefined): string[] {
  return (warnings ?? []).map(formatWarning);
}
