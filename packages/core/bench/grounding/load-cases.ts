import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

/** One labelled case, read from the cases file at run time; nothing from it is stored. */
export const groundingCaseSchema = z.object({
  id: z.string(),
  productId: z.string(),
  facts: z.string(),
  text: z.string(),
  label: z.enum(["supported", "unsupported"]),
  unsupported: z.array(z.string()),
  kind: z.string(),
});

export type GroundingCase = z.output<typeof groundingCaseSchema>;

export function loadCases(path: string): GroundingCase[] {
  const file = statSync(path).isDirectory() ? join(path, "cases.jsonl") : path;
  const cases: GroundingCase[] = [];
  readFileSync(file, "utf8")
    .split("\n")
    .forEach((line, index) => {
      if (line.trim() === "") return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        throw new Error(`${file}:${index + 1}: not JSON (${(error as Error).message})`);
      }
      const parsed = groundingCaseSchema.safeParse(value);
      if (!parsed.success) throw new Error(`${file}:${index + 1}: ${parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`);
      cases.push(parsed.data);
    });
  if (cases.length === 0) throw new Error(`${file}: no cases`);
  return cases;
}

export type Half = "development" | "held-out";

/**
 * Splits by brand (the first word of the facts), so no product line is in both halves: brands are taken in
 * the order of their SHA-1 and each goes to the half with fewer cases so far. Deterministic, about 50/50.
 * Development is the half tuned on; held-out was only scored.
 */
export function splitByBrand(cases: readonly GroundingCase[]): Map<GroundingCase, Half> {
  const brandOf = (entry: GroundingCase) => (entry.facts.split(/\s+/)[0] ?? "").toLowerCase();
  const counts = new Map<string, number>();
  for (const entry of cases) counts.set(brandOf(entry), (counts.get(brandOf(entry)) ?? 0) + 1);
  const hash = (brand: string) => createHash("sha1").update(brand).digest("hex");
  const brands = [...counts.keys()].sort((left, right) => (hash(left) < hash(right) ? -1 : hash(left) > hash(right) ? 1 : 0));
  const sizes = { development: 0, "held-out": 0 };
  const halfOfBrand = new Map<string, Half>();
  for (const brand of brands) {
    const half: Half = sizes.development <= sizes["held-out"] ? "development" : "held-out";
    halfOfBrand.set(brand, half);
    sizes[half] += counts.get(brand) ?? 0;
  }
  return new Map(cases.map((entry) => [entry, halfOfBrand.get(brandOf(entry)) as Half]));
}
