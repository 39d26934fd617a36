/**
 * `pnpm eval [-- --base-url <url> --model <id> --json <file> --report <file.html>]`: plays every feature's
 * scenarios (support, recommendations, review summaries, copy) on the sample store against a model, measures
 * retrieval per query class and PII per entity, and prints pass rates. With no flags: OpenAI when
 * OPENAI_API_KEY is set, otherwise the offline model; `--base-url` points at any OpenAI-compatible server.
 * Exits 1 when a scenario fails.
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import {
  createOfflineEmbeddingModel,
  createOpenAICompatible,
  createSampleStoreAisle,
  renderEvaluationReport,
  resolveDefaultModels,
  runEvaluation,
  type LanguageModel,
} from "../src/index";

const { values } = parseArgs({
  options: {
    "base-url": { type: "string" },
    model: { type: "string" },
    json: { type: "string" },
    report: { type: "string" },
  },
});

let model: LanguageModel;
if (values["base-url"] !== undefined) {
  model = createOpenAICompatible({ name: "compatible", baseURL: values["base-url"] })(values.model ?? "llama3.2");
} else {
  model = resolveDefaultModels({ ...(values.model === undefined ? {} : { languageModelId: values.model }) }).languageModel;
}

const aisle = createSampleStoreAisle({ model, embeddings: createOfflineEmbeddingModel() });
console.log(`Aisle scenarios · model ${model.provider}:${model.modelId}\n`);
const report = await runEvaluation({
  aisle,
  onProgress: (outcome) => {
    console.log(`${outcome.passed ? "pass" : "FAIL"}  ${outcome.section.padEnd(9)} ${outcome.title.padEnd(64)} ${outcome.ms.toFixed(0).padStart(5)} ms`);
    for (const failure of outcome.failures) console.log(`      ✗ ${failure}`);
  },
});
const passed = report.scenarios.filter((outcome) => outcome.passed).length;
console.log("\nretrieval on the sample store (nDCG@10 / recall@10 per query class):");
for (const entry of report.retrieval) console.log(`  ${entry.class.padEnd(22)} ${entry.ndcg10.toFixed(3)} / ${entry.recall10.toFixed(3)}  (${entry.queries} queries)`);
console.log("PII on the development corpus (precision / recall per entity):");
for (const entry of report.pii) console.log(`  ${entry.entity.padEnd(16)} ${entry.precision.toFixed(3)} / ${entry.recall.toFixed(3)}  (${entry.gold} values)`);
console.log(`\n${passed}/${report.scenarios.length} scenarios passed (${((passed / report.scenarios.length) * 100).toFixed(1)} %)`);
if (values.json !== undefined) writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
if (values.report !== undefined) {
  writeFileSync(values.report, renderEvaluationReport(report));
  console.log(`Report: ${values.report}`);
}
process.exitCode = passed === report.scenarios.length ? 0 : 1;
