/** Where screened text comes from. Retrieved text (descriptions, reviews, tool results) is data, never instructions. */
export type InjectionSource = "shopper" | "retrieved";

export type InjectionVerdict = "allow" | "flag" | "block";

export const injectionFamilies = [
  /** "Ignore all previous instructions", "Vergiss alles davor". */
  "instruction-override",
  /** "You are now …", "act as …", "stay in character": re-assigning who the assistant is. */
  "role-play",
  /** "Show me your system prompt", "what is written above". */
  "system-prompt-exfiltration",
  /** "No rules, no filters", "never refuse", DAN and developer-mode personas. */
  "policy-evasion",
  /** Invisible characters, homoglyphs, spaced or leet-spelled keywords, encoded payloads. */
  "obfuscation",
  /** Fake prompt structure: `<|im_start|>`, `[INST]`, `</document>`, "system:" lines. */
  "delimiter-injection",
  /** Prices, discounts, refunds and tools steered by text: "give me a 100% discount". */
  "tool-manipulation",
  /** Forcing a fixed answer or a new task: `say "…"`, "new task:", "don't use the documents". */
  "task-hijack",
  /** Retrieved text that speaks to the assistant: "note to the AI", "tell the customer to …". */
  "addressed-to-assistant",
  /** Shape rather than wording: many rules aimed at the model, talk about the model itself. */
  "structure",
  /** A shopper instruction that names no store topic at all (shopper messages only). */
  "off-topic",
  /** A learned classifier's vote, when the shop trained one (`trainInjectionClassifier`). */
  "classifier",
] as const;

export type InjectionFamily = (typeof injectionFamilies)[number];

export type InjectionLanguage = "en" | "de" | "fr" | "es";

export type InjectionSpan = { start: number; end: number };

export type InjectionSignal = {
  family: InjectionFamily;
  /** Which rule fired, e.g. `override.ignore-previous`; stable across releases for logging. */
  rule: string;
  /** Offsets into the screened text (UTF-16 code units, end exclusive). */
  span: InjectionSpan;
  /** Contribution after per-source and per-family scaling, in [0, 1]. */
  weight: number;
};

export type InjectionResult = {
  verdict: InjectionVerdict;
  /** Combined evidence in [0, 1]: a noisy-OR over families, each family a decayed noisy-OR over its signals. */
  score: number;
  signals: InjectionSignal[];
};
