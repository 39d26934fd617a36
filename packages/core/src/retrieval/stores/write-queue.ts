/**
 * Runs tasks one at a time in the order they were queued. A failed task rejects only its own caller; the
 * tasks after it still run.
 */
export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<Result>(task: () => Result | Promise<Result>): Promise<Result> {
    const result = this.tail.then(task);
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Resolves when every task queued so far has settled. */
  idle(): Promise<void> {
    return this.tail.then(() => undefined);
  }
}
