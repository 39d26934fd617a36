/**
 * One producer, any number of readers that each see every item from the start. Lets `streamText` offer
 * `textStream`, `fullStream` and promises over a single model stream.
 */
export class ReplayBuffer<T> {
  private readonly items: T[] = [];
  private closed = false;
  private failure: { error: unknown } | undefined;
  private wake: (() => void) | undefined;
  private waiting: Promise<void> | undefined;

  push(item: T): void {
    this.items.push(item);
    this.notify();
  }

  close(): void {
    this.closed = true;
    this.notify();
  }

  fail(error: unknown): void {
    this.failure = { error };
    this.closed = true;
    this.notify();
  }

  async *read(): AsyncGenerator<T> {
    let index = 0;
    for (;;) {
      while (index < this.items.length) yield this.items[index++] as T;
      if (this.closed) {
        if (this.failure !== undefined) throw this.failure.error;
        return;
      }
      await this.next();
    }
  }

  private next(): Promise<void> {
    this.waiting ??= new Promise<void>((resolve) => {
      this.wake = resolve;
    });
    return this.waiting;
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    this.waiting = undefined;
    wake?.();
  }
}
