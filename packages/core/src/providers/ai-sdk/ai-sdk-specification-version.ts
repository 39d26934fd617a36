import { InvalidArgumentError } from "../../errors/invalid-argument-error";
import type { AiSdkSpecificationVersion } from "./ai-sdk-types";

const supportedVersions: readonly AiSdkSpecificationVersion[] = ["v4", "v3", "v2"];

/**
 * Reads the model's `specificationVersion` at run time: the static type accepts any string because a user's
 * AI SDK may be newer or older than the one Aisle was built against, and that must fail here, by name, not
 * deep inside a call.
 */
export function supportedSpecificationVersion(
  model: unknown,
  kind: "language model" | "embedding model",
  requiredMethods: readonly string[],
): AiSdkSpecificationVersion {
  if (model === null || typeof model !== "object") {
    throw new InvalidArgumentError({
      argument: "model",
      message: `expected an AI SDK ${kind} object, got ${model === null ? "null" : typeof model}.`,
    });
  }
  const version = (model as { specificationVersion?: unknown }).specificationVersion;
  if (version === "aisle.v1") {
    throw new InvalidArgumentError({
      argument: "model",
      message: `this is already an Aisle ${kind} (specificationVersion 'aisle.v1'); use it directly.`,
    });
  }
  if (!supportedVersions.includes(version as AiSdkSpecificationVersion)) {
    throw new InvalidArgumentError({
      argument: "model",
      message:
        `unsupported AI SDK ${kind} specificationVersion '${String(version)}'; ` +
        `supported versions are ${supportedVersions.map((supported) => `'${supported}'`).join(", ")}.`,
    });
  }
  const missing = requiredMethods.filter((method) => typeof (model as Record<string, unknown>)[method] !== "function");
  if (missing.length > 0) {
    throw new InvalidArgumentError({
      argument: "model",
      message: `the AI SDK ${kind} has no ${missing.join(" or ")} method.`,
    });
  }
  return version as AiSdkSpecificationVersion;
}
