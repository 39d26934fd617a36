import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk";
import { resolveAisle } from "../../lib/resolve-aisle";

/** Marks the draft approved; compensation puts back the status it had. */
export const approveCopyDraftStep = createStep(
  "aisle-approve-copy-draft",
  async (input: { draft_id: string; approved_by?: string }, { container }) => {
    const aisle = resolveAisle(container);
    const { draft, previousStatus } = await aisle.approveDraft(input.draft_id, input.approved_by);
    return new StepResponse(draft, { id: draft.id, status: previousStatus });
  },
  async (previous, { container }) => {
    if (previous === undefined) return;
    await resolveAisle(container).restoreDraftStatus(previous.id, previous.status);
  },
);
