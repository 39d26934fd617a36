/** True for an abort the caller asked for (AbortSignal), which must never be retried or masked. */
export function isAbortError(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error.name === "AbortError" || error.name === "APIUserAbortError" || error.name === "ResponseAborted")
  );
}
