import type { AisleEvent, EventSink } from "./sources";

/** Sends an analytics event without waiting for it; a sink that throws or rejects never breaks a feature. */
export function emitEvent(sink: EventSink | undefined, event: AisleEvent): void {
  if (sink === undefined) return;
  try {
    void Promise.resolve(sink.emit(event)).catch(() => {});
  } catch {
    // Analytics must never break an answer, a draft or a recommendation.
  }
}
