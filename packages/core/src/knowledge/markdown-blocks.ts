import { Lexer, type MarkedToken, type Token } from "marked";
import { decodeHtmlEntities, htmlToBlocks } from "../catalog/html-to-text";
import { collapseWhitespace, removeInvisible, type TextBlock } from "../catalog/text-blocks";

/**
 * Parses Markdown (CommonMark + GFM tables, through marked's lexer) into the same blocks as `htmlToBlocks`.
 * Inline formatting is dropped, links keep their text, embedded HTML goes through the HTML path.
 */
export function markdownToBlocks(markdown: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  appendBlocks(Lexer.lex(markdown, { gfm: true }), blocks, 0);
  return blocks;
}

function appendBlocks(tokens: readonly Token[], blocks: TextBlock[], depth: number): void {
  for (const generic of tokens) {
    const token = generic as MarkedToken;
    switch (token.type) {
      case "heading": {
        const text = inlineText(token.tokens);
        if (text !== "") blocks.push({ kind: "heading", level: token.depth, text: text.replaceAll("\n", " ") });
        break;
      }
      case "paragraph":
      case "text": {
        const text = inlineText(token.tokens ?? [{ type: "text", raw: token.text, text: token.text }]);
        if (text !== "") blocks.push({ kind: "paragraph", text });
        break;
      }
      case "list": {
        let number = typeof token.start === "number" ? token.start : 1;
        for (const item of token.items) {
          const marker = token.ordered ? `${number}.` : "-";
          number += 1;
          const itemBlocks: TextBlock[] = [];
          appendBlocks(item.tokens, itemBlocks, depth + 1);
          let first = true;
          for (const block of itemBlocks) {
            if (block.kind === "paragraph") {
              blocks.push({ kind: "list-item", text: block.text, depth, marker: first ? marker : "" });
              first = false;
            } else {
              blocks.push(block);
            }
          }
        }
        break;
      }
      case "blockquote":
        appendBlocks(token.tokens, blocks, depth);
        break;
      case "code": {
        const text = removeInvisible(token.text).replace(/\s+$/, "");
        if (text !== "") blocks.push({ kind: "code", text });
        break;
      }
      case "table": {
        blocks.push({ kind: "table-row", header: true, cells: token.header.map((cell) => inlineText(cell.tokens)) });
        for (const row of token.rows) {
          blocks.push({ kind: "table-row", header: false, cells: row.map((cell) => inlineText(cell.tokens)) });
        }
        break;
      }
      case "html":
        blocks.push(...htmlToBlocks(token.text));
        break;
      default:
        // space, hr, def and extension tokens carry no text.
        break;
    }
  }
}

function inlineText(tokens: readonly Token[]): string {
  let text = "";
  const walk = (list: readonly Token[]) => {
    for (const generic of list) {
      const token = generic as MarkedToken;
      switch (token.type) {
        case "text":
          // A soft line break in Markdown source is a space; only `br` breaks the line.
          if (token.tokens !== undefined && token.tokens.length > 0) walk(token.tokens);
          else text += decodeHtmlEntities(token.text).replaceAll("\n", " ");
          break;
        case "escape":
        case "codespan":
          text += token.text;
          break;
        case "image":
          text += token.text;
          break;
        case "br":
          text += "\n";
          break;
        case "strong":
        case "em":
        case "del":
        case "link":
          walk(token.tokens);
          break;
        default:
          // Inline HTML tags (<b>, <span>) and checkboxes add no text of their own.
          break;
      }
    }
  };
  walk(tokens);
  return text
    .split("\n")
    .map(collapseWhitespace)
    .join("\n")
    .replace(/\n{2,}/g, "\n")
    .trim();
}
