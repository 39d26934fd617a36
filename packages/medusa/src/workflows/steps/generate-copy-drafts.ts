import type { CopyKind, CopyLanguage } from "@aisle/core";
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk";
import { resolveAisle } from "../../lib/resolve-aisle";

export type GenerateCopyDraftsStepInput = {
  product_ids: string[];
  kind: Exclude<CopyKind, "email-subjects">;
  job_id?: string;
  language?: CopyLanguage;
  keywords?: string[];
  length?: "short" | "medium" | "long";
};

/** Drafts copy for the products; compensation deletes the drafts this run made. */
export const generateCopyDraftsStep = createStep(
  "aisle-generate-copy-drafts",
  async (input: GenerateCopyDraftsStepInput, { container }) => {
    const aisle = resolveAisle(container);
    const options = {
      ...(input.language === undefined ? {} : { language: input.language }),
      ...(input.keywords === undefined ? {} : { keywords: input.keywords }),
      ...(input.length === undefined ? {} : { length: input.length }),
    };
    const result = await aisle.draftCopy({ productIds: input.product_ids, kind: input.kind, ...(input.job_id === undefined ? {} : { jobId: input.job_id }), options });
    return new StepResponse(result, result.drafts.map((draft) => draft.id));
  },
  async (draftIds, { container }) => {
    if (draftIds === undefined || draftIds.length === 0) return;
    await resolveAisle(container).deleteCopyDrafts(draftIds);
  },
);
