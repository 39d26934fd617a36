import { z } from "zod";
import type { ContextDocument, Message, Source } from "../../spec";
import { safeParseJson } from "../../util/parse-json";
import { LexicalIndex } from "./lexical-index";
import { contentTerms, languageEvidence, splitIdentifier, type OfflineLanguage } from "./text-analysis";
import { splitIntoUnits, type TextUnit } from "./text-units";

export type KnowledgeSourceKind = "document" | "tool-result" | "message";

/** Something the offline model may answer from: a context document, a tool result or a shopper message. */
export type KnowledgeSource = {
  kind: KnowledgeSourceKind;
  id: string;
  title?: string;
  path?: string[];
  /** A tool result that arrived after the latest question, i.e. fetched to answer it. */
  fresh: boolean;
  /** Set when the text says clearly which language it is in. */
  language?: OfflineLanguage;
};

export type KnowledgeUnit = TextUnit & {
  source: number;
  terms: string[];
  contextTerms: string[];
};

export type Knowledge = {
  sources: KnowledgeSource[];
  units: KnowledgeUnit[];
  unitsBySource: number[][];
  index: LexicalIndex;
};

export type KnowledgeInput = { source: KnowledgeSource; text: string };

/** Stopword hits by which the leading language must beat the runner-up before a text counts as in it. */
export const minimumLanguageLead = 2;

export function buildKnowledge(inputs: readonly KnowledgeInput[]): Knowledge {
  const sources: KnowledgeSource[] = [];
  const units: KnowledgeUnit[] = [];
  const unitsBySource: number[][] = [];
  for (const { source, text } of inputs) {
    const sourceIndex = sources.length;
    const evidence = languageEvidence(text);
    sources.push(evidence.lead >= minimumLanguageLead ? { ...source, language: evidence.language } : source);
    const sourceContext = contentTerms([source.title ?? "", ...(source.path ?? [])].join(" "));
    const owned: number[] = [];
    for (const unit of splitIntoUnits(text)) {
      const headingTerms = unit.heading === undefined ? [] : contentTerms(unit.heading);
      owned.push(units.length);
      units.push({
        ...unit,
        source: sourceIndex,
        terms: contentTerms(unit.text),
        contextTerms: [...new Set([...sourceContext, ...headingTerms])],
      });
    }
    unitsBySource.push(owned);
  }
  return { sources, units, unitsBySource, index: new LexicalIndex(units) };
}

export function documentInputs(documents: readonly ContextDocument[]): KnowledgeInput[] {
  return documents.map((document) => ({
    source: {
      kind: "document",
      id: document.id,
      ...(document.title === undefined ? {} : { title: document.title }),
      ...(document.path === undefined ? {} : { path: document.path }),
      fresh: false,
    },
    text: document.text,
  }));
}

/** Tool results in the conversation; those after the last user message are marked fresh. */
export function toolResultInputs(messages: readonly Message[]): KnowledgeInput[] {
  const lastUser = lastUserIndex(messages);
  const inputs: KnowledgeInput[] = [];
  messages.forEach((message, position) => {
    if (message.role !== "tool") return;
    inputs.push({
      source: { kind: "tool-result", id: `tool:${message.toolCallId}`, title: splitIdentifier(message.toolName), fresh: position > lastUser },
      text: toolResultText(message.content),
    });
  });
  return inputs;
}

/** The shopper's messages, newest first: what a tool call's arguments and a classification come from. */
export function userMessageInputs(messages: readonly Message[]): KnowledgeInput[] {
  const inputs: KnowledgeInput[] = [];
  messages.forEach((message, position) => {
    if (message.role === "user") inputs.unshift({ source: { kind: "message", id: `message:${position}`, fresh: false }, text: message.content });
  });
  return inputs;
}

export function lastUserIndex(messages: readonly Message[]): number {
  for (let index = messages.length - 1; index >= 0; index--) if (messages[index]?.role === "user") return index;
  return -1;
}

export function toSource(source: KnowledgeSource): Source {
  return {
    id: source.id,
    ...(source.title === undefined ? {} : { title: source.title }),
    ...(source.path === undefined ? {} : { path: source.path }),
  };
}

const jsonValue = z.json();
type JsonValue = z.infer<typeof jsonValue>;

/**
 * Renders a tool's output as "Key: value" lines so it splits into the same units as a document: JSON
 * objects become one line per field (nested fields keep their parent's name), arrays of objects one line
 * per element. Text that is not JSON stays as it is.
 */
export function toolResultText(content: string): string {
  const parsed = safeParseJson(content, jsonValue);
  if (!parsed.success) return content;
  return jsonLines(parsed.value, undefined).join("\n");
}

function jsonLines(value: JsonValue, label: string | undefined): string[] {
  if (value === null) return [];
  if (typeof value !== "object") return [label === undefined ? String(value) : `${label}: ${String(value)}`];
  if (Array.isArray(value)) {
    if (value.every((item) => item === null || typeof item !== "object")) {
      const text = value.filter((item) => item !== null).map(String).join(", ");
      return text === "" ? [] : [label === undefined ? text : `${label}: ${text}`];
    }
    return value.flatMap((item) => {
      const inline = inlineJson(item);
      if (inline === "") return [];
      return [label === undefined ? inline : `${label}: ${inline}`];
    });
  }
  return Object.entries(value).flatMap(([key, child]) => {
    const childLabel = label === undefined ? humanise(key) : `${label} ${humanise(key).toLowerCase()}`;
    return jsonLines(child, childLabel);
  });
}

function inlineJson(value: JsonValue): string {
  if (value === null) return "";
  if (typeof value !== "object") return String(value);
  if (Array.isArray(value)) return value.map(inlineJson).filter((text) => text !== "").join(", ");
  return Object.entries(value)
    .filter(([, child]) => child !== null)
    .map(([key, child]) => {
      const text = inlineJson(child);
      return typeof child === "object" ? `${humanise(key)} (${text})` : `${humanise(key)}: ${text}`;
    })
    .join(", ");
}

/** "trackingNumber" → "Tracking number". */
export function humanise(identifier: string): string {
  const spaced = splitIdentifier(identifier).toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
