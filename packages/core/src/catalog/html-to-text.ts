import { Parser } from "htmlparser2";
import { collapseWhitespace, removeInvisible, renderBlocks, type TextBlock } from "./text-blocks";

/*
 * Built on htmlparser2's streaming tokenizer: one linear pass, no regular expression over markup, tolerant of
 * unclosed and misnested tags the way browsers are. Nothing here ever produces markup, so the text is safe to
 * index and to put into prompts; it is NOT escaped for re-insertion into HTML (decoded `&lt;` becomes `<`).
 */

// Elements whose content is never visible text (or is active content we must never pass on).
const hiddenElements = new Set([
  "script", "style", "noscript", "template", "head", "title", "svg", "math", "iframe", "object", "embed",
  "canvas", "audio", "video", "select", "textarea", "frameset", "noembed", "noframes", "xmp", "plaintext",
]);

const blockElements = new Set([
  "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "footer", "form", "header", "hgroup", "hr", "html", "main", "nav", "p",
  "section", "summary", "caption", "table", "thead", "tbody", "tfoot", "ul", "ol", "menu", "li", "tr", "td",
  "th", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "legend", "option",
]);

const lineBreak = "\n";

type ListContext = { ordered: boolean; next: number };
type ItemContext = { depth: number; marker: string; started: boolean };

/** Parses HTML into headings, paragraphs, list items, table rows and preformatted blocks. */
export function htmlToBlocks(html: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let inline = "";
  let hiddenDepth = 0;
  let preDepth = 0;
  let headingLevel = 0;
  let cellDepth = 0;
  const lists: ListContext[] = [];
  const items: ItemContext[] = [];
  let row: { cells: string[]; header: boolean } | undefined;

  const takeInline = (): string => {
    const text = inline
      .split(lineBreak)
      .map(collapseWhitespace)
      .join(lineBreak)
      .replace(/\n{3,}/g, "\n\n")
      .trim();
    inline = "";
    return text;
  };

  const flush = () => {
    if (cellDepth > 0) return;
    if (preDepth > 0) {
      const text = removeInvisible(inline).replace(/^\n+|\s+$/g, "");
      inline = "";
      if (text !== "") blocks.push({ kind: "code", text });
      return;
    }
    const text = takeInline();
    if (text === "") return;
    if (headingLevel > 0) {
      blocks.push({ kind: "heading", level: headingLevel, text: text.replaceAll(lineBreak, " ") });
      return;
    }
    const item = items.at(-1);
    if (item !== undefined) {
      blocks.push({ kind: "list-item", text, depth: item.depth, marker: item.started ? "" : item.marker });
      item.started = true;
      return;
    }
    blocks.push({ kind: "paragraph", text });
  };

  const parser = new Parser(
    {
      onopentag(name) {
        if (hiddenDepth > 0 || hiddenElements.has(name)) {
          hiddenDepth += 1;
          return;
        }
        if (name === "br") {
          inline += lineBreak;
          return;
        }
        if (name === "img" || name === "wbr") return;
        if (!blockElements.has(name)) return;
        if (cellDepth > 0) {
          // Block structure inside a table cell collapses to spaces: a cell stays one field of its row.
          if (name === "td" || name === "th") cellDepth += 1;
          inline += " ";
          return;
        }
        flush();
        switch (name) {
          case "ul":
          case "menu":
            lists.push({ ordered: false, next: 1 });
            break;
          case "ol":
            lists.push({ ordered: true, next: 1 });
            break;
          case "li": {
            const list = lists.at(-1);
            const marker = list?.ordered === true ? `${list.next}.` : "-";
            if (list !== undefined) list.next += 1;
            items.push({ depth: Math.max(0, lists.length - 1), marker, started: false });
            break;
          }
          case "tr":
            row = { cells: [], header: false };
            break;
          case "td":
          case "th":
            cellDepth = 1;
            if (name === "th" && row !== undefined) row.header = true;
            break;
          case "pre":
            preDepth += 1;
            break;
          default:
            if (/^h[1-6]$/.test(name)) headingLevel = Number(name.slice(1));
        }
      },
      ontext(text) {
        if (hiddenDepth > 0) return;
        inline += text;
      },
      onclosetag(name) {
        if (hiddenDepth > 0) {
          // Void elements in the hidden set (embed) close immediately, balancing their own open.
          hiddenDepth -= 1;
          return;
        }
        if (!blockElements.has(name)) return;
        if (cellDepth > 0) {
          if (name === "td" || name === "th") {
            cellDepth -= 1;
            if (cellDepth === 0) {
              const cell = takeInline().replaceAll(lineBreak, " ");
              (row ??= { cells: [], header: name === "th" }).cells.push(cell);
            }
          } else {
            inline += " ";
          }
          return;
        }
        flush();
        switch (name) {
          case "ul":
          case "ol":
          case "menu":
            lists.pop();
            break;
          case "li":
            items.pop();
            break;
          case "tr":
            if (row !== undefined && row.cells.some((cell) => cell !== "")) blocks.push({ kind: "table-row", ...row });
            row = undefined;
            break;
          case "pre":
            preDepth = Math.max(0, preDepth - 1);
            break;
          default:
            if (/^h[1-6]$/.test(name)) headingLevel = 0;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  // A cell left open by truncated markup still holds text worth keeping.
  if (cellDepth > 0) {
    cellDepth = 0;
    flush();
  }
  flush();
  return blocks;
}

export type HtmlToTextOptions = {
  /** Cut the result to this many characters (on a word boundary when there is one nearby). */
  maxLength?: number;
};

/**
 * Plain text of an HTML fragment: markup, scripts and styles removed, entities decoded, paragraphs separated by
 * a blank line, list items on their own lines ("- " or "1. "), table cells joined with " | ".
 */
export function htmlToText(html: string, options: HtmlToTextOptions = {}): string {
  const text = renderBlocks(htmlToBlocks(html));
  const maxLength = options.maxLength;
  if (maxLength === undefined || text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const space = cut.lastIndexOf(" ");
  return (space > maxLength * 0.5 ? cut.slice(0, space) : cut).trimEnd();
}

/** Decodes HTML character references in text that is otherwise plain (e.g. Markdown). */
export function decodeHtmlEntities(text: string): string {
  if (!text.includes("&")) return text;
  let decoded = "";
  const parser = new Parser({ ontext: (chunk) => (decoded += chunk) }, { decodeEntities: true });
  // Escaping "<" first keeps the parser from reading any of the text as markup.
  parser.write(text.replaceAll("<", "&lt;"));
  parser.end();
  return decoded;
}
