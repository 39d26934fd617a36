import vard from "@andersmyrmel/vard";
import { checkInjection, checkJailbreak } from "llm_guardrail";
import { createInjectionDetector, trainInjectionClassifier, type InjectionExample } from "../../src/guards/injection";

/** A screen under test: true when it would stop or flag the text. */
export type Engine = {
  name: string;
  description: string;
  detect(text: string): boolean | Promise<boolean>;
};

export function aisleEngine(): Engine {
  const detector = createInjectionDetector();
  return {
    name: "aisle",
    description: "createInjectionDetector() defaults, source \"shopper\"; positive = verdict flag or block",
    detect: (text) => detector.detect(text, { source: "shopper" }).verdict !== "allow",
  };
}

/**
 * The same detector plus a classifier fitted in this run on the development half only (deepset, Apache-2.0;
 * jailbreak-classification, MIT/Apache-2.0; Bitext utterances as negatives, used, not redistributed). The
 * fitted weights live in memory for the run; nothing is written or shipped.
 */
export function aisleTrainedEngine(examples: readonly InjectionExample[]): Engine {
  const classifier = trainInjectionClassifier(examples);
  const detector = createInjectionDetector({ classifier });
  return {
    name: "aisle+trained",
    description: `aisle plus trainInjectionClassifier() fitted at run time on ${examples.length} development-half rows (its dev figures are training-set figures)`,
    detect: (text) => detector.detect(text, { source: "shopper" }).verdict !== "allow",
  };
}

/** The baseline: flag any of these, case-insensitive, as whole words. */
export function keywordEngine(): Engine {
  const pattern = /\b(ignore|disregard|previous instructions|system prompt|jailbreak|pretend|act as|DAN)\b/i;
  return {
    name: "keywords",
    description: "any of: ignore, disregard, previous instructions, system prompt, jailbreak, pretend, act as, DAN",
    detect: (text) => pattern.test(text),
  };
}

export function vardEngine(): Engine {
  // Length is not what is measured here: the default 10,000-character cap would flag long prompts by size.
  const guard = vard().maxLength(1_000_000);
  return {
    name: "vard",
    description: "@andersmyrmel/vard 1.2 (MIT), moderate preset (threshold 0.7), length cap lifted; positive = not safe",
    detect: (text) => !guard.safeParse(text).safe,
  };
}

export function llmGuardrailEngine(): Engine {
  return {
    name: "llm_guardrail",
    description: "llm_guardrail 2.1 (ISC), TF-IDF + logistic regression; positive = injection or jailbreak model fires",
    async detect(text) {
      const [injection, jailbreak] = await Promise.all([checkInjection(text), checkJailbreak(text)]);
      return injection.detected || jailbreak.detected;
    },
  };
}
