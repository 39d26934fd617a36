import { defaultSupportIntents } from "./default-support-intents";
import { createIntentClassifier, type IntentClassifier } from "./intent-classifier";
import type { IntentClassifierSettings, IntentExample } from "./intent-classifier-settings";

export type DefaultIntentClassifierSettings = Omit<IntentClassifierSettings, "examples"> & {
  /** A shop's own utterances, trained together with the shipped seed set (new intents are fine too). */
  examples?: IntentExample[];
};

/** The seed examples of `defaultSupportIntents` as training rows. */
export function defaultSupportIntentExamples(): IntentExample[] {
  return defaultSupportIntents.flatMap((definition) => definition.examples.map((text) => ({ text, intent: definition.intent })));
}

/**
 * A classifier over the shipped commerce intents, trained in process (well under a second). Train it once
 * and keep it; `toJSON()` / `loadIntentClassifier` skip even that.
 */
export function createDefaultIntentClassifier(settings: DefaultIntentClassifierSettings = {}): IntentClassifier {
  const { examples = [], ...rest } = settings;
  return createIntentClassifier({ ...rest, examples: [...defaultSupportIntentExamples(), ...examples] });
}
