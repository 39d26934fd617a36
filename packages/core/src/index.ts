export type * from "./spec";
export * from "./errors";
export * from "./middleware";
export * from "./generate";
export * from "./prompt";
export { renderDocuments, parseCitations } from "./util/render-documents";
