import { z } from "zod";
import type { EmbeddingModel } from "../spec";

/** A setting that takes an embedding model: any object with `modelId` and `doEmbed`, whatever its provider. */
export const embeddingModelSchema = z.custom<EmbeddingModel>(
  (value) =>
    typeof value === "object" &&
    value !== null &&
    typeof (value as { doEmbed?: unknown }).doEmbed === "function" &&
    typeof (value as { modelId?: unknown }).modelId === "string",
  { message: "must be an EmbeddingModel (an object with modelId and doEmbed)" },
);
