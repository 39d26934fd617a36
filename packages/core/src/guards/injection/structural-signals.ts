import type { InjectionSignal } from "./injection-types";
import { originalSpan, type NormalizedText } from "./normalize-text";

/** Words an attacker disguises; finding one behind spacing, leetspeak or an encoding is strong evidence. */
const disguisedKeywords = [
  "ignore",
  "ignoreall",
  "disregard",
  "forget",
  "instructions",
  "instruction",
  "systemprompt",
  "prompt",
  "jailbreak",
  "override",
  "bypass",
  "password",
  "admin",
  "unfiltered",
  "uncensored",
  "ignoriere",
  "vergiss",
  "anweisungen",
  "ignora",
  "oublie",
];

const containsKeyword = (value: string) => disguisedKeywords.some((keyword) => value.includes(keyword));

const leetMap: Record<string, string> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", $: "s", "!": "i", "|": "l" };

const spacedLetters = /(?<![\p{L}\p{N}])(?:\p{L}[ .\-_*|]){3,}\p{L}(?![\p{L}\p{N}])/gu;
const leetToken = /[a-z0-9@$!|]{4,}/g;
const base64Run = /[A-Za-z0-9+/]{40,}={0,2}/g;
const hexRun = /(?:\b[0-9a-fA-F]{2}[ :]?){16,}/g;
const directive =
  /\b(you (will|must|shall|are going to|should|have to|can ?not|can't|won't|will never|will always|do not|don't|never|always|are not|aren't|may not|need to|are able to|are free to|are allowed to))\b|\b(always|never) (respond|answer|reply|say|refuse|break|mention|use|include|remind|add|generate|provide|stop|follow|censor|apologi[sz]e|deny|reject|question)\b|(?<!\p{L})(du (wirst|musst|darfst|sollst)|tu (dois|vas|ne dois)|debes|tienes que|no debes)(?!\p{L})/gu;

/**
 * Signals that come from counting and decoding rather than from one phrase: hidden characters, disguised
 * keywords, encoded payloads, and prompts that lay down many rules for the model (a shopper asks; a
 * jailbreak legislates).
 */
export function structuralSignals(normalized: NormalizedText): InjectionSignal[] {
  const signals: InjectionSignal[] = [];
  const { invisible } = normalized;
  const at = Math.max(0, invisible.firstAt);
  if (invisible.tag > 0) signals.push({ family: "obfuscation", rule: "obfuscation.tag-characters", span: { start: at, end: at + 2 }, weight: 0.9 });
  if (invisible.zeroWidth > 0) {
    signals.push({ family: "obfuscation", rule: "obfuscation.zero-width", span: { start: at, end: at + 1 }, weight: invisible.zeroWidth >= 3 ? 0.5 : 0.3 });
  }
  if (invisible.bidi > 0) signals.push({ family: "obfuscation", rule: "obfuscation.bidi-control", span: { start: at, end: at + 1 }, weight: 0.4 });
  if (normalized.homoglyphs > 0) {
    signals.push({ family: "obfuscation", rule: "obfuscation.homoglyphs", span: { start: normalized.firstHomoglyphAt, end: normalized.firstHomoglyphAt + 1 }, weight: normalized.homoglyphs >= 3 ? 0.6 : 0.45 });
  }

  const text = normalized.text;
  for (const match of text.matchAll(spacedLetters)) {
    const collapsed = match[0].replace(/[^\p{L}]/gu, "");
    if (containsKeyword(collapsed)) {
      signals.push({ family: "obfuscation", rule: "obfuscation.spaced-keyword", span: originalSpan(normalized, match.index, match.index + match[0].length), weight: 0.6 });
      break;
    }
  }
  for (const match of text.matchAll(leetToken)) {
    const token = match[0];
    if (!/[a-z]/.test(token) || !/[0-9@$!|]/.test(token)) continue;
    const plain = token.replace(/[0-9@$!|]/g, (char) => leetMap[char] ?? char);
    if (containsKeyword(plain)) {
      signals.push({ family: "obfuscation", rule: "obfuscation.leet-keyword", span: originalSpan(normalized, match.index, match.index + token.length), weight: 0.5 });
      break;
    }
  }

  const original = normalized.original;
  for (const match of original.matchAll(base64Run)) {
    const decoded = decodeBase64(match[0]);
    if (decoded === undefined) continue;
    const span = { start: match.index, end: match.index + match[0].length };
    const hidden = containsKeyword(decoded.toLowerCase().replace(/\s+/g, ""));
    signals.push({ family: "obfuscation", rule: hidden ? "obfuscation.encoded-instructions" : "obfuscation.encoded-text", span, weight: hidden ? 0.8 : 0.35 });
    break;
  }
  for (const match of original.matchAll(hexRun)) {
    const bytes = match[0].match(/[0-9a-fA-F]{2}/g) ?? [];
    const decoded = String.fromCharCode(...bytes.map((byte) => Number.parseInt(byte, 16)));
    if (!isMostlyText(decoded)) continue;
    const hidden = containsKeyword(decoded.toLowerCase().replace(/\s+/g, ""));
    signals.push({ family: "obfuscation", rule: hidden ? "obfuscation.encoded-instructions" : "obfuscation.encoded-text", span: { start: match.index, end: match.index + match[0].length }, weight: hidden ? 0.8 : 0.35 });
    break;
  }

  const morse = decodeMorse(original);
  if (morse !== undefined) {
    const hidden = containsKeyword(morse.text.replace(/\s+/g, ""));
    signals.push({ family: "obfuscation", rule: hidden ? "obfuscation.encoded-instructions" : "obfuscation.encoded-text", span: morse.span, weight: hidden ? 0.8 : 0.4 });
  }

  let directives = 0;
  let firstDirective: { start: number; end: number } | undefined;
  for (const match of text.matchAll(directive)) {
    directives++;
    firstDirective ??= originalSpan(normalized, match.index, match.index + match[0].length);
  }
  if (directives >= 4 && firstDirective !== undefined) {
    signals.push({ family: "structure", rule: "structure.rule-dense", span: firstDirective, weight: directives >= 12 ? 0.55 : directives >= 7 ? 0.4 : 0.25 });
  }
  return signals;
}

const morseTable: Record<string, string> = {
  ".-": "a", "-...": "b", "-.-.": "c", "-..": "d", ".": "e", "..-.": "f", "--.": "g", "....": "h", "..": "i", ".---": "j",
  "-.-": "k", ".-..": "l", "--": "m", "-.": "n", "---": "o", ".--.": "p", "--.-": "q", ".-.": "r", "...": "s", "-": "t",
  "..-": "u", "...-": "v", ".--": "w", "-..-": "x", "-.--": "y", "--..": "z",
};
const morseRun = /(?:[.-]{1,6}[ /]+){11,}[.-]{1,6}/g;

/** Morse code decodes to letters; decorative dashes and ellipses do not, so they are skipped. */
function decodeMorse(value: string): { text: string; span: { start: number; end: number } } | undefined {
  for (const match of value.matchAll(morseRun)) {
    const words = match[0].trim().split(/\s*\/\s*|\s{2,}/);
    const letters = words.map((word) => word.split(" ").map((code) => morseTable[code] ?? "?").join(""));
    const text = letters.join(" ");
    const known = text.replace(/[^a-z]/g, "").length;
    if (known >= 10 && known / text.replace(/\s/g, "").length > 0.9) return { text, span: { start: match.index, end: match.index + match[0].length } };
  }
  return undefined;
}

function decodeBase64(value: string): string | undefined {
  // Long runs of letters are also product codes and hashes; only text that decodes to prose counts.
  if (!/[A-Z]/.test(value) || !/[a-z]/.test(value)) return undefined;
  try {
    const decoded = atob(value.length % 4 === 0 ? value : value.slice(0, value.length - (value.length % 4)));
    return isMostlyText(decoded) ? decoded : undefined;
  } catch {
    return undefined;
  }
}

function isMostlyText(value: string): boolean {
  if (value.length < 8) return false;
  let printable = 0;
  let letters = 0;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code >= 32 && code < 127) printable++;
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) letters++;
  }
  return printable / value.length > 0.95 && letters / value.length > 0.6 && value.includes(" ");
}
