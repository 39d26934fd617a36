import { rule, type InjectionRule } from "./rule";

const family = "delimiter-injection" as const;

/**
 * Fake prompt structure: chat-template tokens, closing tags of our own document fence, "system:" lines,
 * banner lines that pretend the input ended. None of these belong in a shopper message or a product text.
 */
export const delimiterInjectionRules: InjectionRule[] = [
  rule("delimiter.chat-template", family, "any", 0.85, /<\|?\s*(im_start|im_end|endoftext|eot_id|start_header_id|end_header_id|system|assistant|user)\s*\|?>/u),
  rule("delimiter.inst-tags", family, "any", 0.8, /\[\/?(inst|sys)\]|<<\/?sys>>|\[(system|admin)( (message|prompt|override))?\]/u),
  rule("delimiter.fence-tags", family, "any", 0.65, /<\/?\s*(system|instructions?|documents?|context|prompt|admin|developer|assistant|tool_result)\b[^>\n]{0,40}>/u),
  // Transcripts ("User: … Assistant: …") are common in harmless prompts too, so a role line alone stays below flagging.
  rule("delimiter.role-line", family, "any", 0.4, /(^|\n)\s*[#*=>-]*\s*(system|developer|admin|administrator)( message| prompt| instructions?| override| note)?\s*[#*=]*\s*:|(^|\n)\s*[#*=>-]*\s*assistant (message|prompt|instructions?|override|note)\s*[#*=]*\s*:/u),
  rule("delimiter.end-banner", family, "any", 0.6, /(={3,}|-{3,}|#{3,}|\*{3,})\s*(end|begin|start|new|stop)\b|\b(end|beginning|start) of (the )?(system )?(prompt|instructions?|document|context|input|user input|conversation|text)\b/u),
  // Two alarm words in a row ("ATTENTION - STOP") fake an interruption of the real prompt.
  rule("delimiter.interrupt", family, "any", 0.5, /(?<!\p{L})(stop|stopp|halt|attention|achtung|warning|warnung|alerte|alto|atención)\s*[-–—:!|]+\s*(stop|stopp|halt|attention|achtung|warning|warnung|alerte|alto|atención)(?!\p{L})/u),
  rule("delimiter.role-json", family, "any", 0.7, /["']role["']\s*:\s*["'](system|assistant|developer)["']/u),
  rule("delimiter.code-fence-role", family, "any", 0.5, /'''\s*(system|instructions?|prompt)\b|```\s*(system|instructions?|prompt)\b/u),
  // A literal backslash-n typed into a message imitates the line breaks of a prompt template.
  rule("delimiter.escaped-newlines", family, "any", 0.4, /(\\n){2,}|\\n[=#-]{2,}|["'.?!]\\n\w/u, { matchOriginal: true }),
];
