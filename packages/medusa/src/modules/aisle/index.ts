import { Module } from "@medusajs/framework/utils";
import validateOptions from "./loaders/validate-options";
import AisleModuleService from "./service";

export const AISLE_MODULE = "aisle";

// The type is spelled out so the declaration names `Module` rather than an internal path of Medusa's types.
export default Module(AISLE_MODULE, { service: AisleModuleService, loaders: [validateOptions] }) as ReturnType<typeof Module<typeof AISLE_MODULE, typeof AisleModuleService>>;
