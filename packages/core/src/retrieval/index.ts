export { createSearchEngine, type SearchEngine, type SearchEngineStats, type AddDocumentsOptions } from "./search-engine";
export { searchEngineSettingsSchema, type SearchEngineSettings } from "./search-engine-settings";
export type {
  SearchDocument,
  SearchHit,
  SearchMode,
  SearchRequest,
  SearchResult,
  FacetCount,
  RerankFunction,
} from "./search-types";
export type { SearchFilter, FieldCondition } from "./filters";
export type { FilterFieldKind, FilterValue } from "./filter-columns";
export { createTextAnalyzer, type TextAnalyzer, type TextAnalyzerOptions } from "./analyzer";
export { type AnalysisLanguage, type StemmingMode, analysisLanguages } from "./stemmers";
export { foldText } from "./fold-text";
export {
  createFlatVectorIndex,
  type FlatVectorIndexOptions,
  type VectorIndex,
  type VectorIndexFactory,
  type VectorIndexState,
  type VectorMatches,
} from "./vector-index";
export { fuseScores, type FusionCandidates, type FusionMethod, type FusionOptions } from "./fusion";
export { selectDiverse } from "./mmr";
export { createCatalogIndex, catalogIndexSettingsSchema, catalogSearchSchema, type CatalogIndex, type CatalogIndexSettings, type CatalogSearchOptions, type CatalogSearchResult, type CatalogHit } from "./catalog-index";
export { createKnowledgeIndex, knowledgeIndexSettingsSchema, type KnowledgeIndex, type KnowledgeIndexSettings, type KnowledgeHit } from "./knowledge-index";
export * from "./stores";
