import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/** The gzipped size the script tag build must stay under (see README). */
export const gzipBudgetBytes = 12 * 1024;

const packageDirectory = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The one-script-tag build: the element and its registration in one minified IIFE, no dependencies. */
export async function bundleScript(): Promise<string> {
  const result = await build({
    entryPoints: [join(packageDirectory, "src/script-entry.ts")],
    bundle: true,
    format: "iife",
    globalName: "AisleChat",
    minify: true,
    target: ["es2020"],
    platform: "browser",
    legalComments: "none",
    write: false,
  });
  return result.outputFiles[0]?.text ?? "";
}

export function gzipSize(code: string): number {
  return gzipSync(code, { level: 9 }).byteLength;
}

async function main(): Promise<void> {
  const code = await bundleScript();
  const output = join(packageDirectory, "dist/aisle-chat.js");
  await mkdir(dirname(output), { recursive: true });
  await writeFile(output, code);
  const gzipped = gzipSize(code);
  const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
  console.log(`dist/aisle-chat.js  ${kB(Buffer.byteLength(code))} minified, ${kB(gzipped)} gzipped (budget ${kB(gzipBudgetBytes)})`);
  if (gzipped > gzipBudgetBytes) {
    console.error("The widget script is over its size budget.");
    process.exitCode = 1;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
