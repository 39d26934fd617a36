import type { CopyDraft } from "@aisle/core";
import { loadStore, type StoreFlags } from "../context";
import { usageError } from "../errors";
import type { Output } from "../output";

const kinds = { description: "productDescription", seo: "seoMeta", alt: "altText", ad: "adCopy", email: "emailSubjects" } as const;
type KindFlag = keyof typeof kinds;

/** `aisle copy <productId|handle>`: a draft with its fact-check, bias and voice findings. */
export async function copyCommand(
  product: string | undefined,
  flags: StoreFlags & { kind?: string; language?: string; keywords?: string },
  output: Output,
): Promise<number> {
  if (product === undefined) throw usageError("`aisle copy` needs a product id or handle.", "Example: aisle copy harbor-3-seat-sofa --kind seo");
  const kind = (flags.kind ?? "description") as KindFlag;
  if (!(kind in kinds)) throw usageError(`Unknown --kind '${flags.kind}'.`, `Use one of: ${Object.keys(kinds).join(", ")}.`);
  const language = flags.language ?? "en";
  if (!["en", "de", "fr", "es"].includes(language)) throw usageError(`Unsupported --language '${language}'.`, "Use en, de, fr or es.");
  const { aisle } = await loadStore(flags, output);
  await aisle.ready();
  const found = aisle.catalog.get(product) ?? aisle.catalog.all().find((candidate) => candidate.handle === product);
  if (found === undefined) throw usageError(`No product '${product}' in the catalog.`, "Pass a product id or handle; `aisle index --json` lists what was indexed.");
  const options = { language: language as "en", ...(flags.keywords === undefined ? {} : { keywords: flags.keywords.split(",").map((keyword) => keyword.trim()) }) };
  const draft: CopyDraft = await aisle.copy[kinds[kind]](found.id, options);
  output.write(`${JSON.stringify(draft.content, null, 2)}\n`);
  output.info(`draft ${draft.id} · ${draft.status} · written by ${draft.source}`);
  for (const finding of draft.findings) {
    output.info(`  ${finding.type} in ${finding.field}: ${"reason" in finding ? `${finding.text}: ${finding.reason}` : finding.message}`);
  }
  if (draft.findings.length === 0) output.info("  no findings");
  output.result(draft);
  return 0;
}
