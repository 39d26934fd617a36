import { resolvePiiSettings, type PiiSettings, type ResolvedPiiSettings } from "./pii-settings";
import type { PiiEntityType, PiiSpan } from "./pii-types";
import { resolveOverlaps } from "./resolve-overlaps";
import { ageRecognizer } from "./recognizers/age";
import { customPatternRecognizer } from "./recognizers/custom-pattern";
import { dateTimeRecognizer } from "./recognizers/date-time";
import { emailRecognizer } from "./recognizers/email";
import { ibanRecognizer } from "./recognizers/iban";
import { ipAddressRecognizer } from "./recognizers/ip-address";
import { merchantCodeRecognizer } from "./recognizers/merchant-codes";
import { orderNumberRecognizer } from "./recognizers/order-number";
import { paymentCardRecognizer } from "./recognizers/payment-card";
import { phoneRecognizer } from "./recognizers/phone";
import { postalCodeRecognizer } from "./recognizers/postal-code";
import { properNounRecognizer, warmUpLexicons } from "./recognizers/proper-nouns";
import { createRecognizerContext, type Recognizer } from "./recognizers/recognizer";
import { streetAddressRecognizer } from "./recognizers/street-address";
import { trackingNumberRecognizer } from "./recognizers/tracking-number";
import { urlRecognizer } from "./recognizers/url";
import { usSsnRecognizer } from "./recognizers/us-ssn";

export const builtInRecognizers: readonly Recognizer[] = [
  emailRecognizer,
  urlRecognizer,
  phoneRecognizer,
  paymentCardRecognizer,
  ibanRecognizer,
  ipAddressRecognizer,
  usSsnRecognizer,
  postalCodeRecognizer,
  streetAddressRecognizer,
  dateTimeRecognizer,
  ageRecognizer,
  properNounRecognizer,
  orderNumberRecognizer,
  trackingNumberRecognizer,
  merchantCodeRecognizer,
];

export type PiiDetector = {
  readonly settings: ResolvedPiiSettings;
  /** Non-overlapping spans in text order. */
  detect(text: string): PiiSpan[];
};

/**
 * Builds a detector from validated settings. The detector holds no per-call state, so one instance can
 * serve every conversation concurrently.
 */
export function createPiiDetector(settings: PiiSettings = {}): PiiDetector {
  const resolved = resolvePiiSettings(settings);
  const recognizers = [
    ...builtInRecognizers.filter((recognizer) => recognizer.entities.some((entity) => resolved.enabled.has(entity))),
    ...(resolved.customPatterns.length > 0 ? [customPatternRecognizer] : []),
  ];
  if (recognizers.includes(properNounRecognizer) || recognizers.includes(streetAddressRecognizer)) warmUpLexicons();
  const allowed = new Set(resolved.allowList.map((entry) => entry.trim().toLowerCase()));
  const isAllowed = (value: string): boolean => {
    if (allowed.size === 0) return false;
    const normalised = value.trim().toLowerCase();
    if (allowed.has(normalised)) return true;
    // "Nike Air Max" allowed also covers a detected "Air Max" inside it.
    for (const entry of allowed) if (entry.includes(normalised) && normalised.length >= 3 && new RegExp(`(?:^|\\s)${escape(normalised)}(?:$|\\s)`).test(entry)) return true;
    return false;
  };
  return {
    settings: resolved,
    detect(text) {
      if (text.length === 0) return [];
      const context = createRecognizerContext(text, resolved);
      const found = recognizers.flatMap((recognizer) => recognizer.recognize(context));
      const candidates = found.filter(
        (candidate) => resolved.enabled.has(candidate.type as PiiEntityType) && candidate.score >= resolved.minScore && !isAllowed(candidate.text),
      );
      return resolveOverlaps(candidates);
    },
  };
}

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
