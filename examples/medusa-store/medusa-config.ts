import { defineConfig, loadEnv } from "@medusajs/framework/utils";
import { aisleOptions } from "./src/aisle-options";

loadEnv(process.env.NODE_ENV || "development", process.cwd());

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL ?? "postgres://postgres@localhost:5432/aisle_medusa_store",
    http: {
      storeCors: process.env.STORE_CORS ?? "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS ?? "http://localhost:9000",
      authCors: process.env.AUTH_CORS ?? "http://localhost:8000,http://localhost:9000",
      jwtSecret: process.env.JWT_SECRET ?? "example-only-change-me",
      cookieSecret: process.env.COOKIE_SECRET ?? "example-only-change-me",
    },
  },
  plugins: [{ resolve: "@aisle/medusa", options: aisleOptions }],
});
