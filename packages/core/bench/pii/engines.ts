import { OpenRedaction } from "@openredaction/openredaction";
import { SyncRedactor } from "redact-pii";
import { NameRedactor } from "redact-pii/lib/built-ins/NameRedactor";
import { createRequire } from "node:module";
import { createPiiDetector } from "../../src/guards/pii/pii-detector";
import type { Prediction } from "./metrics";

export type Engine = { name: string; detect(text: string): Prediction[] };

/** Aisle's own types to the benchmark's Presidio labels; commerce identifiers have no gold label. */
const aisleLabels: Record<string, string> = { URL: "DOMAIN_NAME", LOCATION: "GPE" };

export function aisleEngine(): Engine {
  const detector = createPiiDetector();
  return {
    name: "aisle",
    detect: (text) =>
      detector.detect(text).map((found) => ({ label: aisleLabels[found.type] ?? found.type, start: found.start, end: found.end })),
  };
}

/**
 * OpenRedaction names its types after the pattern that fired (EMAIL, PHONE_UK_MOBILE, NAME, ...). The map
 * reads the family from the name; types for things the data never labels (passports, API keys, ...) stay
 * OTHER and count against precision when they fire.
 */
export function openRedactionLabel(type: string): string {
  const upper = type.toUpperCase();
  if (/EMAIL/.test(upper)) return "EMAIL_ADDRESS";
  if (/IBAN/.test(upper)) return "IBAN_CODE";
  if (/CREDIT_CARD|CARD_NUMBER|^CARD|VISA|MASTERCARD|AMEX/.test(upper)) return "CREDIT_CARD";
  if (/SSN|SOCIAL_SECURITY/.test(upper)) return "US_SSN";
  if (/IPV4|IPV6|IP_ADDRESS|^IP$/.test(upper)) return "IP_ADDRESS";
  if (/PHONE|MOBILE|TELEPHONE|LANDLINE|FAX/.test(upper)) return "PHONE_NUMBER";
  if (/URL|DOMAIN|WEBSITE/.test(upper)) return "DOMAIN_NAME";
  if (/ZIP|POSTCODE|POSTAL/.test(upper)) return "ZIP_CODE";
  if (/ADDRESS|STREET/.test(upper) && !/EMAIL|IP|MAC|WALLET|BITCOIN|ETHEREUM|CRYPTO/.test(upper)) return "STREET_ADDRESS";
  if (/DATE|DOB|BIRTH/.test(upper)) return "DATE_TIME";
  if (/^AGE$|_AGE$/.test(upper)) return "AGE";
  if (/NAME/.test(upper) && !/USERNAME|USER_NAME|DOMAIN|HOST|FILE/.test(upper)) return "PERSON";
  if (/COMPANY|ORGANI[SZ]ATION|EMPLOYER/.test(upper)) return "ORGANIZATION";
  if (/CITY|COUNTRY|LOCATION|REGION/.test(upper)) return "GPE";
  if (/NATIONALITY|RELIGION|ETHNIC/.test(upper)) return "NRP";
  if (/TITLE|HONORIFIC/.test(upper)) return "TITLE";
  return "OTHER";
}

export function openRedactionEngine(): Engine {
  const redactor = new OpenRedaction();
  return {
    name: "openredaction",
    detect(text) {
      return redactor.detect(text).detections.map((detection) => ({
        label: openRedactionLabel(detection.type),
        start: detection.position[0],
        end: detection.position[1],
      }));
    },
  };
}

/** redact-pii's built-in redactors and the label each maps to. */
const redactPiiLabels: Record<string, string> = {
  names: "PERSON",
  streetAddress: "STREET_ADDRESS",
  zipcode: "ZIP_CODE",
  phoneNumber: "PHONE_NUMBER",
  emailAddress: "EMAIL_ADDRESS",
  creditCardNumber: "CREDIT_CARD",
  usSocialSecurityNumber: "US_SSN",
  ipAddress: "IP_ADDRESS",
  url: "DOMAIN_NAME",
  username: "OTHER",
  password: "OTHER",
  credentials: "OTHER",
  digits: "OTHER",
};

/**
 * redact-pii only returns redacted text, and its per-redactor `replaceWith` option is ignored by the
 * installed version (every built-in uses its own upper-case name). So the built-ins are switched off and the
 * package's own patterns and name redactor are re-added in the package's order, each replacing with a
 * private-use marker; the markers are then aligned back to the original text.
 */
export function redactPiiEngine(): Engine {
  // Required through CommonJS so the keys keep the order the package itself iterates them in.
  const simpleRegexpPatterns = createRequire(import.meta.url)("redact-pii/lib/built-ins/simple-regexp-patterns") as Record<string, RegExp>;
  const names = [...Object.keys(simpleRegexpPatterns), "names"];
  const markerFor = (index: number) => `\uE000${String.fromCharCode(0xe100 + index)}\uE001`;
  const redactor = new SyncRedactor({
    builtInRedactors: Object.fromEntries(names.map((name) => [name, { enabled: false }])),
    customRedactors: {
      before: names.map((name, index) =>
        name === "names"
          ? new NameRedactor(markerFor(index))
          : { regexpPattern: simpleRegexpPatterns[name] as RegExp, replaceWith: markerFor(index) },
      ),
    },
  });
  const markerPattern = /\uE000([\uE100-\uE1FF])\uE001/gu;
  return {
    name: "redact-pii",
    detect(text) {
      const redacted = redactor.redact(text);
      const predictions: Prediction[] = [];
      const literals: string[] = [];
      const labels: string[] = [];
      let last = 0;
      for (const match of redacted.matchAll(markerPattern)) {
        literals.push(redacted.slice(last, match.index));
        labels.push(redactPiiLabels[names[(match[1] as string).charCodeAt(0) - 0xe100] as string] ?? "OTHER");
        last = match.index + match[0].length;
      }
      literals.push(redacted.slice(last));
      let position = (literals[0] as string).length;
      for (let index = 0; index < labels.length; index++) {
        const next = literals[index + 1] as string;
        const isLast = index === labels.length - 1;
        let end: number;
        if (isLast) end = text.length - next.length;
        else if (next.length === 0) end = position + 1;
        else end = text.indexOf(next, position + 1);
        if (end < position) break;
        predictions.push({ label: labels[index] as string, start: position, end });
        position = end + next.length;
      }
      return predictions;
    },
  };
}
