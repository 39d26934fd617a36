/**
 * `@aisle/shopify` is being built: the catalog source, webhook handlers, app-proxy chat and admin copy
 * drafts land with the Shopify plugin issue. Until then the package re-exports nothing but its name.
 */
export const packageName = "@aisle/shopify";
