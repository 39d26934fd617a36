import { readFileSync } from "node:fs";
import { z } from "zod";
import { chunkLines } from "../../../test/openai-test-server";
import { safeParseJson } from "../../../util/parse-json";

const fixtureText = (name: string) => readFileSync(new URL(`./${name}`, import.meta.url), "utf8");

/** A recorded JSON response body, parsed. */
export function jsonFixture(name: string): unknown {
  const parsed = safeParseJson(fixtureText(name), z.unknown());
  if (!parsed.success) throw parsed.error;
  return parsed.value;
}

/** A recorded JSON body exactly as the server sent it (for asserting `responseBody`). */
export function textFixture(name: string): string {
  return fixtureText(name);
}

/** A recorded stream: one JSON chunk per line, sent as they are. */
export function chunksFixture(name: string): string[] {
  return chunkLines(fixtureText(name));
}

export function headersFixture(name: string): Record<string, string> {
  const parsed = safeParseJson(fixtureText(name), z.record(z.string(), z.string()));
  if (!parsed.success) throw parsed.error;
  return parsed.value;
}
