export type * from "./language-model";
export type * from "./embedding-model";
export type * from "./json-schema";
