import { AisleError } from "./aisle-error";

const name = "AisleDraftNotApprovedError";
const marker = `aisle.error.${name}`;
const symbol = Symbol.for(marker);

/** A copy draft was about to reach a live product without an explicit approval. */
export class DraftNotApprovedError extends AisleError {
  private readonly [symbol] = true;
  readonly draftId: string;
  readonly status: string;

  constructor({ draftId, status }: { draftId: string; status: string }) {
    super({
      name,
      message: `Draft ${draftId} is '${status}': only approved drafts can be published. Approve it with copy.approve(id) first.`,
    });
    this.draftId = draftId;
    this.status = status;
  }

  static override isInstance(error: unknown): error is DraftNotApprovedError {
    return AisleError.hasMarker(error, marker);
  }
}
