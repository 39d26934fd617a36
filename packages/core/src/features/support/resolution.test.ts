import { describe, expect, it } from "vitest";
import { isVerifiedResolution } from "./resolution";

const turn = (intent: string, resolved: boolean, handoff: string | null = null, conversationId = "c") => ({
  type: "support.turn-answered",
  at: "2026-11-20T12:00:00Z",
  conversationId,
  intent,
  resolved,
  handoff,
});

describe("isVerifiedResolution", () => {
  it("counts a conversation whose last answer resolved it without a handoff or a re-ask", () => {
    expect(isVerifiedResolution([turn("order_status", false), turn("order_status", true), turn("goodbye", false)])).toBe(true);
  });

  it("does not count a re-ask of the same intent after a resolved answer", () => {
    expect(isVerifiedResolution([turn("return_policy", true), turn("return_policy", true)])).toBe(false);
  });

  it("does not count a handoff or an unresolved last turn", () => {
    expect(isVerifiedResolution([turn("order_status", true), turn("complaint", true, "upset")])).toBe(false);
    expect(isVerifiedResolution([turn("shipping_policy", true), turn("order_status", false)])).toBe(false);
    expect(isVerifiedResolution([])).toBe(false);
  });

  it("reads one conversation out of a shared event log", () => {
    const log = [turn("order_status", true, null, "a"), turn("order_status", false, null, "b")];
    expect(isVerifiedResolution(log, "a")).toBe(true);
    expect(isVerifiedResolution(log, "b")).toBe(false);
  });
});
