import type { ToolDefinition } from "../../spec";
import { contentTerms, identifierTerms } from "./text-analysis";

export type ToolMatch = {
  tool: ToolDefinition;
  /** Share of the question's words found in the tool's name and description, 0-1. */
  coverage: number;
  /** Question words found there (partial matches count half). */
  matched: number;
};

/**
 * Tools ranked by how much of the question their name and description cover. Numbers, addresses, links
 * and redaction placeholders are left out of the question: they are arguments, not intent.
 */
export function rankTools(tools: readonly ToolDefinition[], question: string): ToolMatch[] {
  const intent = question.replace(/\S+@\S+|https?:\/\/\S+|#\S+/g, " ");
  const questionTerms = [...new Set(contentTerms(intent).filter((term) => !/^\d+$/.test(term)))];
  const matches = tools.map((tool, order) => {
    const vocabulary = new Set([...identifierTerms(tool.name), ...contentTerms(tool.description ?? "")]);
    let covered = 0;
    for (const term of questionTerms) {
      if (vocabulary.has(term)) covered += 1;
      else if (term.length >= 4 && [...vocabulary].some((word) => word.length >= 4 && (word.startsWith(term) || term.startsWith(word)))) covered += 0.5;
    }
    return { tool, coverage: questionTerms.length === 0 ? 0 : covered / questionTerms.length, matched: covered, order };
  });
  return matches
    .sort((left, right) => right.coverage - left.coverage || left.order - right.order)
    .map(({ tool, coverage, matched }) => ({ tool, coverage, matched }));
}
