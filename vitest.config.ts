import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import type { Reporter } from "vitest/node";

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Ends the run with the plain `N passed, N failed` line that CI tooling reads in any language. */
const summaryReporter: Reporter = {
  onTestRunEnd(testModules) {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const testModule of testModules) {
      for (const test of testModule.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") counts.passed++;
        else if (state === "failed") counts.failed++;
        else counts.skipped++;
      }
    }
    const skipped = counts.skipped > 0 ? `, ${counts.skipped} skipped` : "";
    process.stdout.write(`\ntests: ${counts.passed} passed, ${counts.failed} failed${skipped}\n`);
  },
};

export default defineConfig({
  resolve: {
    // Tests run against the sources, so `pnpm test` needs no build step.
    alias: [
      { find: /^@aisle\/core\/test$/, replacement: source("./packages/core/src/test/index.ts") },
      { find: /^@aisle\/core$/, replacement: source("./packages/core/src/index.ts") },
      { find: /^@aisle\/medusa$/, replacement: source("./packages/medusa/src/index.ts") },
    ],
  },
  test: {
    pool: "forks",
    testTimeout: 20_000,
    reporters: ["default", summaryReporter],
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["packages/*/src/**/*.test.ts", "examples/*/src/**/*.test.ts"] },
      },
      {
        // Medusa database tests (`*.spec.ts`): Medusa's test runners against the local PostgreSQL, which create
        // and drop their own databases. Medusa loads module, route and subscriber files with plain `require`,
        // so the setup file registers tsx for CommonJS; the runners use Jest's globals.
        extends: true,
        test: {
          name: "medusa",
          include: ["packages/medusa/src/**/*.spec.ts", "packages/medusa/integration-tests/**/*.spec.ts"],
          globals: true,
          setupFiles: ["packages/medusa/integration-tests/setup.ts"],
          // One application or module database at a time: each runner needs its own and they share a name.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
          env: { DB_USERNAME: "postgres", DB_PASSWORD: "", NODE_ENV: "test", MEDUSA_FF_ANALYTICS: "false", MEDUSA_DISABLE_TELEMETRY: "true" },
        },
      },
    ],
  },
});
