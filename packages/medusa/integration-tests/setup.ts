import { fileURLToPath } from "node:url";
import { register } from "tsx/cjs/api";

/*
 * Medusa requires the module, routes, subscribers and medusa-config.ts with plain `require`. tsx compiles them,
 * resolving `@aisle/core` to the core's sources through tsconfig.check.json's paths (no build needed).
 */
process.env.TSX_TSCONFIG_PATH = fileURLToPath(new URL("../tsconfig.check.json", import.meta.url));
register();
