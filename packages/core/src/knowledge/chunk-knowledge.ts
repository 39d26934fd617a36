import type { z } from "zod";
import { htmlToBlocks } from "../catalog/html-to-text";
import { slugify } from "../catalog/slugify";
import { blockText, collapseWhitespace, type TextBlock } from "../catalog/text-blocks";
import { getTokenizer, type Tokenizer } from "../prompt/tokenizer";
import type { ContextDocument } from "../spec";
import { parseSettings } from "../util/parse-settings";
import {
  knowledgeChunkSettingsSchema,
  knowledgeDocumentSchema,
  type KnowledgeChunkSettings,
  type KnowledgeDocument,
} from "./knowledge-settings";
import { markdownToBlocks } from "./markdown-blocks";

/** A section-aware piece of a policy or FAQ, ready to index and to put into a prompt. */
export type KnowledgeChunk = ContextDocument & {
  /** `<documentId>#<slug-path>-<n>`: stable while the section's headings and position within it stay. */
  id: string;
  documentId: string;
  /** Heading path from the document title down, e.g. `["Returns policy", "Refund window"]`. */
  path: string[];
  trusted: boolean;
  /** Tokens of `text` in the configured encoding; never above `maxTokens`. */
  tokenCount: number;
};

type Settings = z.output<typeof knowledgeChunkSettingsSchema>;
type ParsedDocument = z.output<typeof knowledgeDocumentSchema>;
type Section = { path: string[]; blocks: TextBlock[] };
type Piece = { text: string; separator: string };

/**
 * Splits a Markdown, HTML or plain-text document into chunks that follow its headings. Each chunk stays inside
 * one section, fits `maxTokens`, and breaks between blocks, then between sentences, then between words only
 * when it must. An introduction ending in ":" moves to the chunk with the list it introduces.
 */
export function chunkKnowledgeDocument(document: KnowledgeDocument, settings: KnowledgeChunkSettings = {}): KnowledgeChunk[] {
  return chunkKnowledgeDocuments([document], settings);
}

export function chunkKnowledgeDocuments(
  documents: readonly KnowledgeDocument[],
  settings: KnowledgeChunkSettings = {},
): KnowledgeChunk[] {
  const parsedSettings = parseSettings("knowledge chunking", knowledgeChunkSettingsSchema, settings);
  const chunker = new Chunker(parsedSettings);
  return documents.flatMap((document) =>
    chunker.chunk(parseSettings("knowledge document", knowledgeDocumentSchema, document)),
  );
}

class Chunker {
  private readonly tokenizer: Tokenizer;
  private readonly segmenter: Intl.Segmenter;

  constructor(private readonly settings: Settings) {
    this.tokenizer = getTokenizer(settings.encoding);
    this.segmenter = createSentenceSegmenter(settings.locale);
  }

  chunk(document: ParsedDocument): KnowledgeChunk[] {
    const blocks = toBlocks(document);
    const firstBlock = blocks[0];
    const title = document.title ?? (firstBlock?.kind === "heading" ? firstBlock.text : undefined);
    const counters = new Map<string, number>();
    const chunks: KnowledgeChunk[] = [];
    for (const section of sections(blocks, title)) {
      const slugPath = section.path.map((heading) => slugify(heading)).filter((slug) => slug !== "").join("/") || "main";
      for (const text of this.pack(section)) {
        const number = (counters.get(slugPath) ?? 0) + 1;
        counters.set(slugPath, number);
        chunks.push({
          id: `${document.id}#${slugPath}-${number}`,
          documentId: document.id,
          ...(title === undefined ? {} : { title }),
          path: section.path,
          text,
          trusted: document.trusted,
          tokenCount: this.tokenizer.count(text),
        });
      }
    }
    return chunks;
  }

  private pack(section: Section): string[] {
    const prefix = this.settings.includeHeadingPath && section.path.length > 0 ? `${section.path.join(" > ")}\n\n` : "";
    // Keep room for at least a few words of body even under a very long heading path.
    // One token of slack: BPE may merge across the boundary between prefix and body differently.
    const budget = Math.max(8, this.settings.maxTokens - (prefix === "" ? 0 : this.count(prefix) + 1));
    const pieces: Piece[] = [];
    let previous: TextBlock | undefined;
    for (const block of section.blocks) {
      const tight =
        previous !== undefined &&
        ((previous.kind === "list-item" && block.kind === "list-item") ||
          (previous.kind === "table-row" && block.kind === "table-row"));
      const separator = tight ? "\n" : "\n\n";
      const text = blockText(block);
      this.split(text, budget).forEach((part, index) => pieces.push({ text: part, separator: index === 0 ? separator : " " }));
      previous = block;
    }

    const chunks: string[] = [];
    let current: Piece[] = [];
    const join = (list: Piece[]) => list.map((piece, index) => (index === 0 ? piece.text : piece.separator + piece.text)).join("");
    for (const piece of pieces) {
      if (current.length === 0 || this.count(join([...current, piece])) <= budget) {
        current.push(piece);
        continue;
      }
      let carried: Piece[] = [];
      const last = current.at(-1);
      // An introduction ("You can return:") belongs with what it introduces, when both fit together.
      if (current.length > 1 && last !== undefined && /:\s*$/.test(last.text) && this.count(join([last, piece])) <= budget) {
        carried = [current.pop() as Piece];
      }
      chunks.push(join(current));
      current = [...carried, piece];
    }
    if (current.length > 0) chunks.push(join(current));
    return chunks.map((chunk) => prefix + chunk);
  }

  /** Splits text that exceeds the budget at sentence, then word, then token boundaries. */
  private split(text: string, budget: number): string[] {
    if (this.count(text) <= budget) return [text];
    const sentences = [...this.segmenter.segment(text)].map((segment) => segment.segment.trim()).filter((part) => part !== "");
    const units = sentences.length > 1 ? sentences : text.split(/\s+/).filter((part) => part !== "");
    if (units.length <= 1) return this.splitByTokens(text, budget);
    const parts: string[] = [];
    let current = "";
    for (const unit of units) {
      const pieces = this.count(unit) > budget ? this.split(unit, budget) : [unit];
      for (const piece of pieces) {
        const candidate = current === "" ? piece : `${current} ${piece}`;
        if (this.count(candidate) <= budget) {
          current = candidate;
        } else {
          if (current !== "") parts.push(current);
          current = piece;
        }
      }
    }
    if (current !== "") parts.push(current);
    return parts;
  }

  private splitByTokens(text: string, budget: number): string[] {
    const tokens = this.tokenizer.encode(text);
    const parts: string[] = [];
    for (let start = 0; start < tokens.length; start += budget) {
      const part = this.tokenizer.decode(tokens.slice(start, start + budget)).trim();
      if (part !== "") parts.push(part);
    }
    return parts;
  }

  private count(text: string): number {
    return this.tokenizer.count(text);
  }
}

function toBlocks(document: ParsedDocument): TextBlock[] {
  switch (document.format) {
    case "html":
      return htmlToBlocks(document.content);
    case "markdown":
      return markdownToBlocks(document.content);
    case "text":
      return document.content
        .split(/\r?\n(?:[ \t]*\r?\n)+/)
        .map((paragraph) => paragraph.split(/\r?\n/).map(collapseWhitespace).filter((line) => line !== "").join("\n"))
        .filter((paragraph) => paragraph !== "")
        .map((text) => ({ kind: "paragraph", text }));
  }
}

/** Groups blocks under their headings; the path starts with the document title unless the top heading is it. */
function sections(blocks: readonly TextBlock[], title: string | undefined): Section[] {
  const result: Section[] = [];
  const stack: Array<{ level: number; text: string }> = [];
  const pathOf = () => {
    const headings = stack.map((entry) => entry.text);
    if (title === undefined || fold(headings[0] ?? "") === fold(title)) return headings;
    return [title, ...headings];
  };
  let current: Section = { path: pathOf(), blocks: [] };
  for (const block of blocks) {
    if (block.kind !== "heading") {
      current.blocks.push(block);
      continue;
    }
    if (current.blocks.length > 0) result.push(current);
    while ((stack.at(-1)?.level ?? 0) >= block.level) stack.pop();
    stack.push({ level: block.level, text: block.text });
    current = { path: pathOf(), blocks: [] };
  }
  if (current.blocks.length > 0) result.push(current);
  return result;
}

const fold = (text: string) => collapseWhitespace(text).toLowerCase();

function createSentenceSegmenter(locale: string): Intl.Segmenter {
  try {
    return new Intl.Segmenter(locale, { granularity: "sentence" });
  } catch {
    // An unknown locale tag should not stop chunking; the root locale segments most scripts well.
    return new Intl.Segmenter(undefined, { granularity: "sentence" });
  }
}
