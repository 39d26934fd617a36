/**
 * `pnpm eval [-- --base-url <url> --model <id> --json <file>]`: plays the support scenarios against a model and
 * prints the pass rate. With no flags: OpenAI when OPENAI_API_KEY is set, otherwise the offline model; with
 * `--base-url`, any OpenAI-compatible server (Ollama, vLLM). Exits 1 when a scenario fails.
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import {
  createOfflineEmbeddingModel,
  createOpenAICompatible,
  createSampleStoreAisle,
  resolveDefaultModels,
  runSupportEval,
  supportScenarios,
  type LanguageModel,
} from "../src/index";

const { values } = parseArgs({
  options: {
    "base-url": { type: "string" },
    model: { type: "string" },
    json: { type: "string" },
  },
});

let model: LanguageModel;
if (values["base-url"] !== undefined) {
  model = createOpenAICompatible({ name: "compatible", baseURL: values["base-url"] })(values.model ?? "llama3.2");
} else {
  const defaults = resolveDefaultModels({ ...(values.model === undefined ? {} : { languageModelId: values.model }) });
  model = defaults.languageModel;
}

const aisle = createSampleStoreAisle({ model, embeddings: createOfflineEmbeddingModel() });
console.log(`Support scenarios · model ${model.provider}:${model.modelId}\n`);
const report = await runSupportEval({
  support: aisle.support,
  scenarios: supportScenarios,
  onResult: (result) => {
    const mark = result.passed ? "pass" : "FAIL";
    console.log(`${mark}  ${result.title.padEnd(48)} ${result.ms.toFixed(0).padStart(5)} ms`);
    for (const failure of result.failures) console.log(`      ✗ ${failure}`);
    if (!result.passed && result.answer !== undefined) console.log(`      answer: ${result.answer.text.replaceAll("\n", " ").slice(0, 240)}`);
  },
});
console.log(`\n${report.passed}/${report.total} scenarios passed (${(report.passRate * 100).toFixed(1)} %)`);
if (values.json !== undefined) {
  writeFileSync(
    values.json,
    `${JSON.stringify({ model: `${model.provider}:${model.modelId}`, passed: report.passed, total: report.total, passRate: report.passRate, results: report.results.map(({ answer: _answer, ...rest }) => rest) }, null, 2)}\n`,
  );
}
process.exitCode = report.passed === report.total ? 0 : 1;
