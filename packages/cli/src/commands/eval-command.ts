import { writeFile } from "node:fs/promises";
import { renderEvaluationReport, runEvaluation } from "@aisle/core";
import { loadStore } from "../context";
import type { Output } from "../output";

/**
 * `aisle eval [--report report.html]`: the support, recommendation, review and copy scenarios plus retrieval
 * and PII measurements on the sample store, against the configured model; exit code 1 when a scenario fails.
 */
export async function evalCommand(flags: { report?: string }, output: Output): Promise<number> {
  const { aisle, modelSource } = await loadStore({}, output);
  output.info(`Evaluating on the sample store · ${modelSource} model`);
  const progress = output.progress("Scenarios", 23, "items");
  let done = 0;
  const report = await runEvaluation({
    aisle,
    onProgress: (outcome) => {
      progress.update(++done);
      if (!outcome.passed) output.info(`\nFAIL ${outcome.section}: ${outcome.title}: ${outcome.failures.join("; ")}`);
    },
  });
  const passed = report.scenarios.filter((outcome) => outcome.passed).length;
  progress.done(`${passed}/${report.scenarios.length} passed`);
  for (const section of ["support", "recommend", "reviews", "copy"]) {
    const outcomes = report.scenarios.filter((outcome) => outcome.section === section);
    output.write(`${section.padEnd(10)} ${outcomes.filter((outcome) => outcome.passed).length}/${outcomes.length} scenarios passed\n`);
  }
  for (const entry of report.retrieval) output.write(`retrieval  ${entry.class.padEnd(22)} nDCG@10 ${entry.ndcg10.toFixed(2)}  recall@10 ${entry.recall10.toFixed(2)}\n`);
  if (flags.report !== undefined) {
    await writeFile(flags.report, renderEvaluationReport(report));
    output.info(`Report written to ${flags.report}`);
  }
  output.result(report);
  return passed === report.scenarios.length ? 0 : 1;
}
