export { createAisle, conversationPiiEntities, type Aisle, type AisleIndexReport } from "./create-aisle";
export { aisleSettingsSchema, type AisleSettings, type AisleProgress } from "./aisle-settings";
export { createSampleStoreAisle } from "./create-sample-store-aisle";
