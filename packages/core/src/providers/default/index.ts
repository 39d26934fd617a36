export { resolveDefaultModels, offlineNotice, type DefaultModels } from "./default-models";
export { defaultModelsSettingsSchema, type DefaultModelsSettings } from "./default-models-settings";
