/**
 * Development-half tuning aid (not part of the benchmark): builds Aisle's hybrid engine once and scores
 * several fusion settings per request, so general parameters can be chosen on the development half.
 *
 *   pnpm exec tsx packages/core/bench/retrieval/tune.ts --data <folder> [--settings '<json>']
 */
import { performance } from "node:perf_hooks";
import { z } from "zod";
import { safeParseJson } from "../../src/util/parse-json";
import { createOfflineEmbeddingModel, type OfflineEmbeddingModelSettings } from "../../src/providers/offline/offline-embedding-model";
import { createSearchEngine, type SearchRequest } from "../../src/retrieval";
import { aisleSettings } from "./engines";
import { loadProductSearchData } from "./load-data";
import { mean, ndcgAt, recallAt } from "./metrics";

const argv = process.argv.slice(2).filter((part) => part !== "--");
const folder = argv[argv.indexOf("--data") + 1] as string;
const settingsIndex = argv.indexOf("--settings");
type TuneSettings = { engine?: object; model?: OfflineEmbeddingModelSettings; variants?: Partial<SearchRequest>[]; lexicalOnly?: boolean };
const parsedSettings = settingsIndex >= 0 ? safeParseJson(argv[settingsIndex + 1] ?? "", z.record(z.string(), z.unknown())) : undefined;
if (parsedSettings !== undefined && !parsedSettings.success) throw parsedSettings.error;
// A developer's own command-line input: shape-checked as an object, fields trusted as typed.
const extra = (parsedSettings?.value ?? {}) as TuneSettings;
const { products, queries, judgments } = loadProductSearchData(folder);
const engine = createSearchEngine(aisleSettings({ ...(extra.lexicalOnly ? {} : { embedding: { model: createOfflineEmbeddingModel(extra.model ?? {}) } }), ...(extra.engine ?? {}) }));
const start = performance.now();
await engine.add(products.map((product) => ({ id: product.id, text: { title: product.title, description: product.description } })));
console.log(`build ${(performance.now() - start).toFixed(0)} ms`);
const variants: Partial<SearchRequest>[] = extra.variants ?? [
  { mode: "lexical" },
  { mode: "vector" },
  { fusion: { method: "rrf", vectorWeight: 0.5 } },
  { fusion: { method: "rrf", vectorWeight: 0.3 } },
  { fusion: { method: "weighted", vectorWeight: 0.2 } },
  { fusion: { method: "weighted", vectorWeight: 0.3 } },
  { fusion: { method: "weighted", vectorWeight: 0.4 } },
  { fusion: { method: "weighted", vectorWeight: 0.5 } },
];
for (const variant of variants) {
  const ndcgs: number[] = [];
  const recalls: number[] = [];
  const begin = performance.now();
  for (const query of queries) {
    const result = await engine.search({ query: query.text, limit: 100, ...variant });
    const ranked = result.hits.map((hit) => hit.id);
    const judged = judgments.get(query.id) ?? new Map<string, number>();
    const ndcg = ndcgAt(10, ranked, judged);
    const recall = recallAt(100, ranked, judged);
    if (ndcg !== undefined) ndcgs.push(ndcg);
    if (recall !== undefined) recalls.push(recall);
  }
  console.log(JSON.stringify(variant), `nDCG@10 ${mean(ndcgs).toFixed(4)} recall@100 ${mean(recalls).toFixed(4)} ${((performance.now() - begin) / queries.length).toFixed(2)} ms/query`);
}
