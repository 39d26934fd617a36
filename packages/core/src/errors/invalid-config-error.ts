import { AisleError } from "./aisle-error";

const name = "AisleInvalidConfigError";
const marker = `aisle.error.${name}`;
const symbol = Symbol.for(marker);

export type ConfigIssue = { path: string; message: string };

/** Settings failed validation. The message names every bad path, not just the first. */
export class InvalidConfigError extends AisleError {
  private readonly [symbol] = true;
  readonly issues: ConfigIssue[];
  readonly subject: string;

  constructor({ subject, issues, cause }: { subject: string; issues: ConfigIssue[]; cause?: unknown }) {
    const lines = issues.map((issue) => `  - ${issue.path || "(root)"}: ${issue.message}`).join("\n");
    super({ name, message: `Invalid ${subject} settings:\n${lines}`, cause });
    this.subject = subject;
    this.issues = issues;
  }

  static override isInstance(error: unknown): error is InvalidConfigError {
    return AisleError.hasMarker(error, marker);
  }
}
