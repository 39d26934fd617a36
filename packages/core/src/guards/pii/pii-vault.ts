import type { PiiEntityType } from "./pii-types";
import { placeholderLabel } from "./pii-types";

/** `<EMAIL_1>`, `<PERSON_12>`: an upper-case label, an underscore and a counter. */
export const placeholderPattern = /<([A-Z][A-Z0-9_]*)_(\d{1,9})>/g;

/**
 * Placeholders and the values they stand for, for one conversation. Each vault has its own counters, so
 * concurrent conversations never share or leak numbering; keep one vault per conversation and reuse it
 * across turns so a value keeps its placeholder.
 */
export type PiiVault = {
  /** The placeholder for a value, issuing a new one the first time the value is seen. */
  placeholderFor(entity: { type: PiiEntityType; text: string }): string;
  /** The original value behind a placeholder this vault issued. */
  lookup(placeholder: string): string | undefined;
  /** Replaces every placeholder this vault issued; other placeholder-shaped text is left as it is. */
  restore(text: string): string;
  /** True when `text` is the beginning of at least one placeholder this vault issued. */
  isPlaceholderPrefix(text: string): boolean;
  readonly size: number;
  entries(): Array<{ placeholder: string; type: PiiEntityType; text: string }>;
};

/** Values that differ only in case, spacing or separators are the same value. */
export function normaliseValue(type: PiiEntityType, text: string): string {
  const collapsed = text.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
  if (type === "PHONE_NUMBER" || type === "CREDIT_CARD" || type === "IBAN_CODE" || type === "US_SSN" || type === "TRACKING_NUMBER") {
    return collapsed.replace(/[\s().-]/g, "");
  }
  if (type === "ORDER_NUMBER") return collapsed.replace(/^#/, "");
  return collapsed;
}

export function createPiiVault(): PiiVault {
  const byValue = new Map<string, string>();
  const byPlaceholder = new Map<string, { type: PiiEntityType; text: string }>();
  const counters = new Map<string, number>();
  const restoreMatch = (placeholder: string) => byPlaceholder.get(placeholder)?.text ?? placeholder;
  return {
    placeholderFor({ type, text }) {
      const label = placeholderLabel(type);
      const key = `${label}\u0000${normaliseValue(type, text)}`;
      const existing = byValue.get(key);
      if (existing !== undefined) return existing;
      const next = (counters.get(label) ?? 0) + 1;
      counters.set(label, next);
      const placeholder = `<${label}_${next}>`;
      byValue.set(key, placeholder);
      byPlaceholder.set(placeholder, { type, text });
      return placeholder;
    },
    lookup: (placeholder) => byPlaceholder.get(placeholder)?.text,
    restore: (text) => (byPlaceholder.size === 0 || !text.includes("<") ? text : text.replace(placeholderPattern, restoreMatch)),
    isPlaceholderPrefix(text) {
      for (const placeholder of byPlaceholder.keys()) if (placeholder.startsWith(text)) return true;
      return false;
    },
    get size() {
      return byPlaceholder.size;
    },
    entries: () => [...byPlaceholder].map(([placeholder, entry]) => ({ placeholder, ...entry })),
  };
}
