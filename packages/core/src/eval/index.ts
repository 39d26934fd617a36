export { runEvaluation, type EvaluationReport, type ScenarioOutcome } from "./run-evaluation";
export { renderEvaluationReport } from "./render-report";
export { sampleRetrievalQueries, type RetrievalQuery, type RetrievalQueryClass } from "./retrieval-queries";
