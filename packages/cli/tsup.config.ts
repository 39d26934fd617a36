import { defineConfig } from "tsup";

export default defineConfig({
  entry: { cli: "src/cli.ts" },
  format: ["esm"],
  clean: true,
  sourcemap: true,
  target: "node22",
  // The binary uses the published @aisle/core, not a copy of it.
  external: ["@aisle/core"],
  banner: { js: "#!/usr/bin/env node" },
});
