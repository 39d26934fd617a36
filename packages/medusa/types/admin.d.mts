/**
 * The dashboard extensions `medusa plugin:build` bundles into `.medusa/server/src/admin`: Medusa's admin
 * bundler imports them when an application lists the plugin; application code has no use for them.
 */
declare const plugin: {
  widgetModule: { widgets: Array<{ Component: unknown; zone: string[]; widgetId: string }> };
  [module: string]: unknown;
};
export default plugin;
