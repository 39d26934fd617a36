/** A failure the user can fix: what is wrong, and what to do about it. Exit code 1 (2 for usage errors). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = "CliError";
  }
}

export function usageError(message: string, hint = "Run `aisle --help` for the commands and their flags."): CliError {
  return new CliError(message, hint, 2);
}
