import { describe, expect, it } from "vitest";
import { normalizeText } from "./normalize-text";
import { offTopicCommand } from "./off-topic-command";

const signal = (text: string) => offTopicCommand(normalizeText(text));
const word = (text: string) => {
  const found = signal(text);
  return found === undefined ? undefined : text.slice(found.span.start, found.span.end);
};

describe("offTopicCommand", () => {
  it.each([
    ["Write me a poem about the moon.", "Write"],
    ["Who won the match? Now tell me a story about dragons.", "tell"],
    ["Klimawandel Politik Schreiben Sie eine Rede.", "Schreiben"],
    ["Erzähl mir einen Witz über Katzen.", "Erzähl"],
    ["Écris un poème sur la mer.", "Écris"],
    ["Dime un chiste sobre gatos.", "Dime"],
  ])("finds the instruction in %s", (text, verb) => {
    expect(word(text)).toBe(verb);
    expect(signal(text)).toMatchObject({ family: "off-topic", rule: "off-topic.command", weight: 0.25 });
  });

  it.each([
    "Write the order number on the invoice.",
    "Tell me when my parcel arrives.",
    "Schreiben Sie mir eine Rechnung.",
    "Écrivez-moi un message pour la carte cadeau.",
    "Dime cuándo llega mi pedido.",
    "Show me running shoes in size 42.",
  ])("stays silent when the message names a store topic: %s", (text) => {
    expect(signal(text)).toBeUndefined();
  });

  it.each([
    "What's the weather like in Berlin?",
    "Was sagen Sie dazu?",
    "Ignore my last message.",
    "Write: hello",
    "Who wrote this poem about the moon?",
  ])("stays silent without a task-giving verb at the start of a sentence: %s", (text) => {
    expect(signal(text)).toBeUndefined();
  });
});
