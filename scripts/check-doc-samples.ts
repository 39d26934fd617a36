/**
 * Type-checks every TypeScript sample in README.md and docs/: each ```ts block becomes a module under
 * .doc-samples/ (imports of @aisle/* resolve to the workspace sources) and tsc checks them all. A sample that
 * needs something from its surroundings says so with `declare const x: T;`. Blocks fenced as ```ts skip-check
 * are left out (for fragments that cannot stand alone).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const output = join(root, ".doc-samples");

function markdownFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    // The generated API reference quotes signatures, not runnable samples.
    return name.endsWith(".md") && !path.includes(join("reference", "api")) ? [path] : [];
  });
}

rmSync(output, { recursive: true, force: true });
mkdirSync(output, { recursive: true });
const files = [join(root, "README.md"), ...markdownFiles(join(root, "docs")), ...["cli", "core", "shopify", "medusa", "widget"].map((name) => join(root, "packages", name, "README.md"))].filter((path) => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
});
const sources: Array<{ sample: string; origin: string }> = [];
for (const file of files) {
  const text = readFileSync(file, "utf8");
  let index = 0;
  for (const match of text.matchAll(/^```(ts|typescript)([^\n]*)\n([\s\S]*?)^```/gm)) {
    if ((match[2] ?? "").includes("skip-check")) continue;
    index++;
    const line = text.slice(0, match.index).split("\n").length;
    const name = `${relative(root, file).replace(/[^a-z0-9]+/gi, "-")}-${index}.ts`;
    // Each sample is its own module, so names never collide across samples.
    writeFileSync(join(output, name), `// ${relative(root, file)}:${line}\n${match[3]}\nexport {};\n`);
    sources.push({ sample: name, origin: `${relative(root, file)}:${line}` });
  }
}
writeFileSync(
  join(output, "tsconfig.json"),
  JSON.stringify(
    {
      extends: "../tsconfig.base.json",
      compilerOptions: {
        noEmit: true,
        noUnusedLocals: false,
        paths: {
          "@aisle/core": ["../packages/core/src/index.ts"],
          "@aisle/core/test": ["../packages/core/src/test/index.ts"],
          "@aisle/shopify": ["../packages/shopify/src/index.ts"],
          "@aisle/medusa": ["../packages/medusa/src/index.ts"],
          "@aisle/medusa/workflows": ["../packages/medusa/src/workflows/index.ts"],
          "@medusajs/framework/utils": ["../packages/medusa/node_modules/@medusajs/framework/dist/utils/index.d.ts"],
          // Libraries the docs show alongside Aisle; installed as core's development dependencies.
          pg: ["../packages/core/node_modules/@types/pg/index.d.ts"],
          "@electric-sql/pglite": ["../packages/core/node_modules/@electric-sql/pglite/dist/index.d.ts"],
          "@electric-sql/pglite-pgvector": ["../packages/core/node_modules/@electric-sql/pglite-pgvector/dist/index.d.ts"],
        },
      },
      include: ["*.ts", "../packages/core/src/**/*.d.ts"],
    },
    null,
    2,
  ),
);
try {
  execFileSync(join(root, "node_modules", ".bin", "tsc"), ["-p", join(output, "tsconfig.json")], { stdio: "inherit" });
  console.log(`Type-checked ${sources.length} samples from ${files.length} files.`);
} catch {
  console.error("Some documentation samples do not type-check (the first line of each file under .doc-samples/ says where it came from).");
  process.exitCode = 1;
}
