import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", "test/index": "src/test/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "node22",
  treeshake: true,
  external: ["@aisle/core", "@shopify/shopify-api", "msw", "msw/node", "vitest", "zod"],
});
