export { chunkKnowledgeDocument, chunkKnowledgeDocuments, type KnowledgeChunk } from "./chunk-knowledge";
export {
  knowledgeChunkSettingsSchema,
  knowledgeDocumentSchema,
  type KnowledgeChunkSettings,
  type KnowledgeDocument,
} from "./knowledge-settings";
export { markdownToBlocks } from "./markdown-blocks";
