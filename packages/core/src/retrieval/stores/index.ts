export { createEmbeddedStore, type EmbeddedSearchStore } from "./embedded-store";
export { embeddedStoreSettingsSchema, type EmbeddedStoreSettings } from "./embedded-store-settings";
export { createPostgresStore, type PostgresSearchStore } from "./postgres-store";
export { postgresStoreSettingsSchema, type PostgresStoreSettings, type SqlClient } from "./postgres-store-settings";
export { storeFileVersion } from "./store-file";
