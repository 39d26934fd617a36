import { AisleError } from "./aisle-error";

/** A claim of the grounding report (`GroundingClaim` in the grounding guard; errors depend on nothing else). */
export type UngroundedClaim = {
  kind: string;
  text: string;
  start: number;
  end: number;
  supported: boolean;
  reason: string;
  evidence?: { text: string; source?: string };
};

export type UngroundedReport = { grounded: boolean; claims: UngroundedClaim[]; unsupported: UngroundedClaim[] };

const name = "AisleUngroundedResponseError";
const marker = `aisle.error.${name}`;
const symbol = Symbol.for(marker);

/**
 * The grounding guard refused an answer: it states claims the call's documents do not support. `report`
 * lists every claim with the reason; `text` is the refused answer (for a stream, the text checked so far).
 */
export class UngroundedResponseError extends AisleError {
  private readonly [symbol] = true;
  readonly report: UngroundedReport;
  readonly text: string;

  constructor({ report, text, cause }: { report: UngroundedReport; text: string; cause?: unknown }) {
    const claims = report.unsupported.map((claim) => `"${claim.text}" (${claim.kind})`).join(", ");
    super({ name, message: `The answer states claims its documents do not support: ${claims}.`, cause });
    this.report = report;
    this.text = text;
  }

  static override isInstance(error: unknown): error is UngroundedResponseError {
    return AisleError.hasMarker(error, marker);
  }
}
