import { describe, expect, it } from "vitest";
import {
  AisleError,
  ApiCallError,
  BudgetExceededError,
  InvalidConfigError,
  NoObjectGeneratedError,
  TimeoutError,
  parseRetryAfter,
} from "./index";

describe("AisleError family", () => {
  it("recognises instances by marker, also for a copy from another bundle", () => {
    const error = new TimeoutError({ timeoutMs: 5, operation: "Call" });
    expect(AisleError.isInstance(error)).toBe(true);
    expect(TimeoutError.isInstance(error)).toBe(true);
    expect(ApiCallError.isInstance(error)).toBe(false);
    // A structurally separate copy of the class (another package version) carries the same global marker.
    const foreign = Object.assign(new Error("x"), { [Symbol.for("aisle.error.AisleTimeoutError")]: true });
    expect(TimeoutError.isInstance(foreign)).toBe(true);
    expect(TimeoutError.isInstance(new Error("plain"))).toBe(false);
    expect(TimeoutError.isInstance(null)).toBe(false);
  });

  it("classifies API errors as retryable by status", () => {
    const make = (statusCode?: number) => new ApiCallError({ message: "m", url: "u", statusCode });
    expect([408, 409, 429, 500, 503].map((status) => make(status).isRetryable)).toEqual([true, true, true, true, true]);
    expect([400, 401, 403, 404, 422].map((status) => make(status).isRetryable)).toEqual([false, false, false, false, false]);
    expect(make(undefined).isRetryable).toBe(true);
  });

  it("reads Retry-After in seconds, as a date, and retry-after-ms", () => {
    expect(parseRetryAfter({ "Retry-After": "2" })).toBe(2000);
    expect(parseRetryAfter({ "retry-after-ms": "150", "retry-after": "9" })).toBe(150);
    const inFive = new Date(Date.now() + 5000).toUTCString();
    expect(parseRetryAfter({ "retry-after": inFive })).toBeGreaterThan(3000);
    expect(parseRetryAfter({ "retry-after": "soon" })).toBeUndefined();
    expect(parseRetryAfter(undefined)).toBeUndefined();
  });

  it("writes messages that say what is wrong", () => {
    const config = new InvalidConfigError({
      subject: "client",
      issues: [
        { path: "model", message: "Required" },
        { path: "budget.limitUsd", message: "Too small" },
      ],
    });
    expect(config.message).toBe("Invalid client settings:\n  - model: Required\n  - budget.limitUsd: Too small");
    expect(new BudgetExceededError({ scope: "shop=a", limitUsd: 1, spentUsd: 1.5 }).message).toContain("shop=a");
    expect(new NoObjectGeneratedError({ text: "raw" }).text).toBe("raw");
  });
});
