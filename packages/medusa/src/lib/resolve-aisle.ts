import type { MedusaContainer } from "@medusajs/framework/types";
import { ContainerRegistrationKeys } from "@medusajs/framework/utils";
import { AISLE_MODULE } from "../modules/aisle";
import type AisleModuleService from "../modules/aisle/service";
import type { GraphQuery } from "./query-sources";

/** The module's service, connected to the application's Query (modules cannot resolve Query themselves). */
export function resolveAisle(container: Pick<MedusaContainer, "resolve">): AisleModuleService {
  const service = container.resolve<AisleModuleService>(AISLE_MODULE);
  return service.connect(container.resolve<GraphQuery>(ContainerRegistrationKeys.QUERY));
}
