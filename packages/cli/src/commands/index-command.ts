import { loadStore, type StoreFlags } from "../context";
import { CliError } from "../errors";
import type { Output } from "../output";

/** `aisle index <catalog>`: reads, validates and indexes a catalog, and reports what was indexed and what was not. */
export async function indexCommand(catalog: string | undefined, flags: StoreFlags & { strict?: boolean }, output: Output): Promise<number> {
  const loaded = await loadStore({ ...flags, ...(catalog === undefined ? {} : { catalog }) }, output);
  const progress = output.progress("Indexing", loaded.products, "items");
  const report = await loaded.aisle.ready();
  progress.done(`${report.products} products (${report.skippedProducts} not active) and ${report.knowledgeChunks} policy sections`);
  for (const error of loaded.rowErrors.slice(0, 20)) output.info(`  line ${error.line}: ${error.message}`);
  if (loaded.rowErrors.length > 20) output.info(`  ... and ${loaded.rowErrors.length - 20} more bad rows (use --json for all)`);
  output.result({
    source: loaded.source,
    products: report.products,
    skippedProducts: report.skippedProducts,
    knowledgeDocuments: report.knowledgeDocuments,
    knowledgeChunks: report.knowledgeChunks,
    ms: report.ms,
    rowErrors: loaded.rowErrors.map((error) => ({ line: error.line, code: error.code, message: error.message, issues: error.issues })),
  });
  if (report.products === 0) throw new CliError("No products were indexed.", "Check the file's format; each bad row is listed above.");
  return flags.strict === true && loaded.rowErrors.length > 0 ? 1 : 0;
}
