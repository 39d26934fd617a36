import type { PiiVault } from "./pii-vault";

/** No placeholder is longer than this; a longer `<...` run is ordinary text and is released. */
const maximumPlaceholderLength = 48;
const partialPlaceholder = /^<(?:[A-Z][A-Z0-9_]*)?$/;

export type StreamingRestorer = {
  /** Restored text that is safe to show now; a possible placeholder prefix at the end is held back. */
  push(chunk: string): string;
  /** The rest at the end of the stream. */
  flush(): string;
};

/**
 * Restores placeholders in text that arrives in pieces, where `<EMA` may end one chunk and `IL_1>` start
 * the next. Only a trailing `<` plus placeholder characters is held back, so text reaches the shopper as
 * soon as it cannot be part of a placeholder, and no placeholder or part of one is shown.
 *
 * Unknown placeholders (well-formed, but not issued by this vault) pass through unchanged: the vault never
 * issued them, so they hide no shopper data, and dropping them could delete legitimate text. A held-back
 * tail that is still open when the stream ends is dropped if it is the beginning of a placeholder the vault
 * issued (a cut-off answer), and released as text otherwise.
 */
export function createStreamingRestorer(vault: PiiVault): StreamingRestorer {
  let pending = "";
  return {
    push(chunk) {
      pending += chunk;
      const lastOpen = pending.lastIndexOf("<");
      let hold = pending.length;
      if (lastOpen !== -1) {
        const tail = pending.slice(lastOpen);
        if (tail.length <= maximumPlaceholderLength && partialPlaceholder.test(tail)) hold = lastOpen;
      }
      const ready = pending.slice(0, hold);
      pending = pending.slice(hold);
      return vault.restore(ready);
    },
    flush() {
      const rest = pending;
      pending = "";
      if (rest.length === 0) return "";
      if (vault.isPlaceholderPrefix(rest)) return "";
      return vault.restore(rest);
    },
  };
}

/** A `TransformStream` of text chunks that restores the vault's placeholders. */
export function createRestoreTransform(vault: PiiVault): TransformStream<string, string> {
  const restorer = createStreamingRestorer(vault);
  return new TransformStream<string, string>({
    transform(chunk, controller) {
      const ready = restorer.push(chunk);
      if (ready.length > 0) controller.enqueue(ready);
    },
    flush(controller) {
      const rest = restorer.flush();
      if (rest.length > 0) controller.enqueue(rest);
    },
  });
}

/** The same for async iterables of text chunks. */
export async function* restoreTextStream(chunks: AsyncIterable<string>, vault: PiiVault): AsyncGenerator<string> {
  const restorer = createStreamingRestorer(vault);
  for await (const chunk of chunks) {
    const ready = restorer.push(chunk);
    if (ready.length > 0) yield ready;
  }
  const rest = restorer.flush();
  if (rest.length > 0) yield rest;
}
