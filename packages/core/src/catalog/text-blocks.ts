/** Block-level structure of a rich text (HTML or Markdown), enough to render plain text or cut it into sections. */
export type TextBlock =
  | { kind: "heading"; level: number; text: string }
  | { kind: "paragraph"; text: string }
  /** `marker` is "-" or "3." for an item's first block and "" for a continuation inside the same item. */
  | { kind: "list-item"; text: string; depth: number; marker: string }
  | { kind: "table-row"; cells: string[]; header: boolean }
  | { kind: "code"; text: string };

export function blockText(block: TextBlock): string {
  switch (block.kind) {
    case "list-item":
      return `${"  ".repeat(block.depth)}${block.marker === "" ? "  " : `${block.marker} `}${block.text}`;
    case "table-row":
      return block.cells.join(" | ");
    default:
      return block.text;
  }
}

/** Items of one list and rows of one table sit on consecutive lines; everything else is a paragraph apart. */
export function renderBlocks(blocks: readonly TextBlock[]): string {
  let output = "";
  let previous: TextBlock | undefined;
  for (const block of blocks) {
    if (previous !== undefined) {
      const tight =
        (previous.kind === "list-item" && block.kind === "list-item") ||
        (previous.kind === "table-row" && block.kind === "table-row");
      output += tight ? "\n" : "\n\n";
    }
    output += blockText(block);
    previous = block;
  }
  return output;
}

// Zero-width characters and C0/C1 controls (other than newline and tab) carry no meaning for search or prompts
// and are a common way to smuggle hidden text.
const invisible = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200D\u2060\uFEFF]/g;

/** Collapses runs of white space (including no-break spaces) into one space, as HTML rendering does. */
export function collapseWhitespace(text: string): string {
  return text.replace(invisible, "").replace(/[\s\u00A0]+/g, " ").trim();
}

export function removeInvisible(text: string): string {
  return text.replace(invisible, "");
}
