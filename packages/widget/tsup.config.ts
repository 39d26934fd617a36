import { defineConfig } from "tsup";

// The module build for bundlers; scripts/build-script.ts adds the minified one-script-tag build beside it.
export default defineConfig({
  entry: { index: "src/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
  platform: "browser",
});
