/**
 * Entity types the built-in recognizers emit. The names follow Presidio's labels so results compare with
 * Presidio-style evaluation data; custom patterns add their own upper-case type names.
 */
export const builtInEntityTypes = [
  "EMAIL_ADDRESS",
  "PHONE_NUMBER",
  "CREDIT_CARD",
  "IBAN_CODE",
  "IP_ADDRESS",
  "US_SSN",
  "ZIP_CODE",
  "URL",
  "STREET_ADDRESS",
  "DATE_TIME",
  "PERSON",
  "LOCATION",
  "ORGANIZATION",
  "AGE",
  "TITLE",
  "NRP",
  "ORDER_NUMBER",
  "TRACKING_NUMBER",
  "GIFT_CARD_CODE",
  "DISCOUNT_CODE",
] as const;

export type BuiltInEntityType = (typeof builtInEntityTypes)[number];

/** A built-in type or the type name of a merchant's custom pattern. */
export type PiiEntityType = BuiltInEntityType | (string & {});

/** One detected value: offsets into the analysed text, end exclusive. */
export type PiiSpan = {
  type: PiiEntityType;
  start: number;
  end: number;
  text: string;
  /** Confidence in [0, 1]; overlaps are resolved in favour of the higher score, then the longer span. */
  score: number;
};

/**
 * Short labels used in placeholders and type-label redaction (`<EMAIL_1>`, `[PHONE]`). Kept short because
 * the model reads them, and stable because restored text depends on them.
 */
const placeholderLabels: Record<BuiltInEntityType, string> = {
  EMAIL_ADDRESS: "EMAIL",
  PHONE_NUMBER: "PHONE",
  CREDIT_CARD: "CARD",
  IBAN_CODE: "IBAN",
  IP_ADDRESS: "IP",
  US_SSN: "SSN",
  ZIP_CODE: "ZIP",
  URL: "URL",
  STREET_ADDRESS: "ADDRESS",
  DATE_TIME: "DATE",
  PERSON: "PERSON",
  LOCATION: "LOCATION",
  ORGANIZATION: "ORG",
  AGE: "AGE",
  TITLE: "TITLE",
  NRP: "GROUP",
  ORDER_NUMBER: "ORDER",
  TRACKING_NUMBER: "TRACKING",
  GIFT_CARD_CODE: "GIFT_CARD",
  DISCOUNT_CODE: "DISCOUNT_CODE",
};

export function placeholderLabel(type: PiiEntityType): string {
  return (placeholderLabels as Record<string, string | undefined>)[type] ?? type.toUpperCase().replace(/[^A-Z0-9_]/g, "_");
}

export function isBuiltInEntityType(type: string): type is BuiltInEntityType {
  return (builtInEntityTypes as readonly string[]).includes(type);
}
