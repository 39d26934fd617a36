/**
 * `@aisle/medusa` is being built: the module, subscribers, workflows and routes land with the Medusa
 * plugin issue. Until then the package re-exports nothing but its name.
 */
export const packageName = "@aisle/medusa";
