import type { AisleEvent } from "../../sources/sources";

/** The fields of a `support.turn-answered` event that the definition reads. */
export type SupportTurnEvent = AisleEvent & {
  type: "support.turn-answered";
  intent: string;
  resolved: boolean;
  handoff: string | null;
};

function isTurnEvent(event: AisleEvent): event is SupportTurnEvent {
  return event.type === "support.turn-answered" && typeof event.intent === "string" && typeof event.resolved === "boolean";
}

/**
 * A conversation is a **verified resolution** when, judged from its `support.turn-answered` events alone:
 * 1. its last turn was resolved (answered from cited facts, confident intent, no refused lookup, no handoff);
 * 2. no turn handed off to a person; and
 * 3. the shopper never asked about the same intent again right after a resolved answer about it (a re-ask
 *    means the first answer did not settle it).
 * Greetings and goodbyes are ignored, so "thanks, bye" after an answer does not count against it.
 */
export function isVerifiedResolution(events: readonly AisleEvent[], conversationId?: string): boolean {
  const turns = events
    .filter(isTurnEvent)
    .filter((event) => conversationId === undefined || event.conversationId === conversationId)
    .filter((event) => event.intent !== "greeting" && event.intent !== "goodbye");
  const last = turns.at(-1);
  if (last === undefined || !last.resolved) return false;
  if (turns.some((turn) => turn.handoff !== null)) return false;
  for (let index = 1; index < turns.length; index++) {
    const previous = turns[index - 1] as SupportTurnEvent;
    const current = turns[index] as SupportTurnEvent;
    if (previous.resolved && current.intent === previous.intent) return false;
  }
  return true;
}
