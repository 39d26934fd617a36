import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { z } from "zod";
import { BiasLexiconError } from "../../../errors/bias-lexicon-error";

const lexicon = "retext-equality";

const retextPatternSchema = z.object({
  id: z.string().min(1),
  type: z.enum(["basic", "or"]),
  categories: z.array(z.string()),
  /** Phrase → which side of the pattern it is (`female`, `male`, `a`). */
  inconsiderate: z.record(z.string(), z.string()),
  /** Suggested replacements as keys. */
  considerate: z.record(z.string(), z.string()).optional(),
  note: z.string().optional(),
  condition: z.string().optional(),
  /** Phrases whose apostrophes matter ("she's"). */
  apostrophe: z.boolean().optional(),
});

export type RetextPattern = z.output<typeof retextPatternSchema>;

const patternsModuleSchema = z.object({ patterns: z.array(retextPatternSchema).min(1) });

/**
 * Where this module lives, in either build: the CommonJS build has `__filename`, the ES module build has
 * `import.meta.url`. Resolving from here finds the copy of retext-equality that @aisle/core depends on.
 */
function ownLocation(): string {
  return typeof __filename === "string" ? __filename : import.meta.url;
}

let cached: readonly RetextPattern[] | undefined;

/**
 * Reads retext-equality's English pattern table from the installed package, once, synchronously. The package
 * is ES-module-only and exports only its unified plugin, so the table is required by file path next to the
 * resolved entry point; `require` of an ES module without top-level await is synchronous on the Node versions
 * Aisle supports (^22.12 and 24+), so this works from the ESM and the CommonJS build alike.
 */
export function loadRetextPatterns(): readonly RetextPattern[] {
  if (cached !== undefined) return cached;
  let loaded: unknown;
  let file = "";
  try {
    const require = createRequire(ownLocation());
    file = join(dirname(require.resolve(lexicon)), "patterns-en.js");
    loaded = require(file);
  } catch (error) {
    throw new BiasLexiconError({
      lexicon,
      message:
        `${file === "" ? "the package is not installed" : `${file} could not be loaded`}. It is a dependency of @aisle/core; ` +
        `if a bundler left it out, keep it external, or lint with sources: ["aisle-commerce"].`,
      cause: error,
    });
  }
  const parsed = patternsModuleSchema.safeParse(loaded);
  if (!parsed.success) {
    throw new BiasLexiconError({
      lexicon,
      message: `${file} does not export the expected pattern table (${parsed.error.issues[0]?.message ?? "unknown shape"}).`,
      cause: parsed.error,
    });
  }
  cached = parsed.data.patterns;
  return cached;
}
