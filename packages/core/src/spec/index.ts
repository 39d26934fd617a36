export type * from "./language-model";
export type * from "./embedding-model";
export type * from "./json-schema";
export type { SearchStore, SearchStoreWriteOptions } from "./search-store";
