import { fileURLToPath } from "node:url";
import { reactRouter } from "@react-router/dev/vite";
import { defineConfig } from "vite";

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  // The example builds against the workspace sources, so it needs no package build first. An app outside this
  // repository imports the published packages and needs none of this.
  resolve: {
    alias: [
      { find: /^@aisle\/core$/, replacement: source("../../packages/core/src/index.ts") },
      { find: /^@aisle\/shopify$/, replacement: source("../../packages/shopify/src/index.ts") },
    ],
  },
  server: { port: Number(process.env.PORT ?? 3000) },
  plugins: [reactRouter()],
  build: { assetsInlineLimit: 0 },
});
