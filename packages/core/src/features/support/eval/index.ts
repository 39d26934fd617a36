export { supportScenarios, type ScenarioCheck, type SupportScenario } from "./support-scenarios";
export { runSupportEval, type ScenarioResult, type SupportEvalReport } from "./run-support-eval";
