// Copies the built <aisle-chat> script into the theme app extension, so the app embed ships the same widget
// every storefront gets. Run by `build`; needs `pnpm build` of the workspace packages first.
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const source = join(here, "..", "..", "..", "packages", "widget", "dist", "aisle-chat.js");
const target = join(here, "..", "extensions", "aisle-chat", "assets", "aisle-chat.js");
if (!existsSync(source)) {
  console.error(`The widget is not built (${source} is missing): run \`npx -y pnpm@10 build\` at the repository root first.`);
  process.exit(1);
}
mkdirSync(dirname(target), { recursive: true });
copyFileSync(source, target);
console.log(`Copied the chat widget into ${target}`);
