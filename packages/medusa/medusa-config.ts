import { createOfflineEmbeddingModel, createOfflineLanguageModel } from "@aisle/core";
import { defineConfig, loadEnv } from "@medusajs/framework/utils";
import { join } from "node:path";

/*
 * The plugin's own Medusa project config: `medusa plugin:db:generate` reads it to diff the module's models,
 * and the integration tests boot an application from this folder (`src/` is then the application's own
 * code, so the module, routes, subscribers and workflows load from source). Applications use the plugin
 * through `plugins: [{ resolve: "@aisle/medusa", options }]` instead (see examples/medusa-store).
 */
loadEnv(process.env.NODE_ENV || "development", process.cwd());

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL ?? "postgres://postgres@localhost:5432/aisle_medusa_plugin",
    http: {
      storeCors: "*",
      adminCors: "*",
      authCors: "*",
      jwtSecret: process.env.JWT_SECRET ?? "aisle-plugin-development-only",
      cookieSecret: process.env.COOKIE_SECRET ?? "aisle-plugin-development-only",
    },
  },
  admin: { disable: true },
  modules: [
    {
      // Absolute: the tests load this config from the repository root.
      resolve: join(__dirname, "src/modules/aisle"),
      options: {
        store: { name: "Aisle Test Store", currency: "USD" },
        // Offline models: the tests and `db:generate` need no API key and give the same answers every run.
        model: createOfflineLanguageModel(),
        embeddings: createOfflineEmbeddingModel(),
        knowledge: [
          {
            id: "policy:returns",
            title: "Returns",
            content: "# Returns\n\nUnworn items can be returned within 30 days of delivery for a full refund.",
          },
        ],
      },
    },
  ],
});
