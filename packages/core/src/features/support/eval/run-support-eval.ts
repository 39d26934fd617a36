import type { Message } from "../../../spec";
import type { SupportAnswer, SupportAssistant } from "../support-assistant";
import type { SupportScenario } from "./support-scenarios";

export type ScenarioResult = {
  id: string;
  title: string;
  passed: boolean;
  /** Names of the checks that failed; the error message when the conversation threw. */
  failures: string[];
  answer?: SupportAnswer;
  ms: number;
};

export type SupportEvalReport = { results: ScenarioResult[]; passed: number; total: number; passRate: number };

/**
 * Plays each scripted conversation against a support assistant (any model behind it) and runs its checks on
 * the final answer. A scenario that throws fails with the error, and the run goes on with the next one.
 */
export async function runSupportEval({
  support,
  scenarios,
  onResult,
}: {
  support: SupportAssistant;
  scenarios: readonly SupportScenario[];
  onResult?: (result: ScenarioResult, index: number) => void;
}): Promise<SupportEvalReport> {
  const results: ScenarioResult[] = [];
  for (const [index, scenario] of scenarios.entries()) {
    const started = performance.now();
    const messages: Message[] = [];
    let answer: SupportAnswer | undefined;
    let failures: string[];
    try {
      for (const text of scenario.shopper) {
        messages.push({ role: "user", content: text });
        answer = await support.answer({
          messages,
          conversationId: `eval-${scenario.id}`,
          ...(scenario.customerId === undefined ? {} : { shopper: { customerId: scenario.customerId } }),
        });
        messages.push({ role: "assistant", content: answer.text });
      }
      const final = answer as SupportAnswer;
      failures = scenario.checks.filter((check) => !check.check(final)).map((check) => check.name);
    } catch (error) {
      failures = [`threw: ${error instanceof Error ? error.message : String(error)}`];
    }
    const result: ScenarioResult = {
      id: scenario.id,
      title: scenario.title,
      passed: failures.length === 0,
      failures,
      ...(answer === undefined ? {} : { answer }),
      ms: performance.now() - started,
    };
    results.push(result);
    onResult?.(result, index);
  }
  const passed = results.filter((result) => result.passed).length;
  return { results, passed, total: results.length, passRate: results.length === 0 ? 0 : passed / results.length };
}
