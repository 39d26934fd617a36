import { runSupportEval, supportScenarios } from "@aisle/core";
import { loadStore } from "../context";
import type { Output } from "../output";

/** `aisle eval`: the support scenarios against the configured model; exit code 1 when one fails. */
export async function evalCommand(output: Output): Promise<number> {
  const { aisle, modelSource } = await loadStore({}, output);
  output.info(`Support scenarios · ${modelSource} model`);
  const progress = output.progress("Scenarios", supportScenarios.length, "items");
  let done = 0;
  const report = await runSupportEval({
    support: aisle.support,
    scenarios: supportScenarios,
    onResult: (result) => {
      progress.update(++done);
      if (!result.passed) output.info(`\nFAIL ${result.title}: ${result.failures.join("; ")}`);
    },
  });
  progress.done(`${report.passed}/${report.total} passed`);
  output.write(`${report.passed}/${report.total} scenarios passed (${(report.passRate * 100).toFixed(1)} %)\n`);
  output.result({ passed: report.passed, total: report.total, passRate: report.passRate, results: report.results.map(({ answer: _answer, ...rest }) => rest) });
  return report.passed === report.total ? 0 : 1;
}
