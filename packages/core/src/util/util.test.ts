import { describe, expect, it } from "vitest";
import { z } from "zod";
import { InvalidConfigError } from "../errors";
import { mapConcurrent } from "./map-concurrent";
import { extractJsonText, safeParseJson } from "./parse-json";
import { parseSettings } from "./parse-settings";

describe("parseSettings", () => {
  it("returns parsed settings with defaults", () => {
    expect(parseSettings("x", z.object({ retries: z.number().default(2) }), {})).toEqual({ retries: 2 });
  });
  it("names every bad path", () => {
    const schema = z.object({ apiKey: z.string(), nested: z.object({ limit: z.number().positive() }) });
    try {
      parseSettings("provider", schema, { nested: { limit: 0 } });
      expect.unreachable();
    } catch (error) {
      expect(InvalidConfigError.isInstance(error)).toBe(true);
      expect((error as InvalidConfigError).issues.map((issue) => issue.path)).toEqual(["apiKey", "nested.limit"]);
      expect((error as Error).message).toContain("Invalid provider settings");
    }
  });
});

describe("safeParseJson", () => {
  it("separates malformed JSON from schema mismatches", () => {
    const schema = z.object({ a: z.number() });
    expect(safeParseJson('{"a":1}', schema)).toEqual({ success: true, value: { a: 1 } });
    expect(safeParseJson("{a:1}", schema)).toMatchObject({ success: false, stage: "json" });
    expect(safeParseJson('{"a":"1"}', schema)).toMatchObject({ success: false, stage: "schema" });
  });
  it("extracts JSON from prose and fences", () => {
    expect(extractJsonText('Sure! {"a": [1, 2]} Hope it helps')).toBe('{"a": [1, 2]}');
    expect(extractJsonText("```json\n[1]\n```")).toBe("[1]");
  });
});

describe("mapConcurrent", () => {
  it("keeps order and stops starting work after a failure", async () => {
    const started: number[] = [];
    await expect(
      mapConcurrent([1, 2, 3, 4, 5], 1, async (value) => {
        started.push(value);
        if (value === 2) throw new Error("stop");
        return value;
      }),
    ).rejects.toThrow("stop");
    expect(started).toEqual([1, 2]);
    expect(await mapConcurrent([3, 1, 2], 2, async (value) => value * 10)).toEqual([30, 10, 20]);
  });
});
