export { createAisle, type Aisle, type AisleIndexReport } from "./create-aisle";
export { aisleSettingsSchema, type AisleSettings, type AisleProgress } from "./aisle-settings";
