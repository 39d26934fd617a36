import { createOfflineLanguageModel, InvalidConfigError } from "@aisle/core";
import { describe, expect, it } from "vitest";
import { parseAislePluginOptions } from "./aisle-plugin-settings";

describe("parseAislePluginOptions", () => {
  it("fills the defaults", () => {
    const options = parseAislePluginOptions({ store: { name: "Acme" }, model: createOfflineLanguageModel() });
    expect(options).toMatchObject({
      store: { name: "Acme", currency: "USD", language: "en" },
      index: { store: "postgres", table: "aisle_product_search", vectors: "auto", pageSize: 500 },
      copy: { drafting: "auto", descriptionField: "description" },
      chat: { maxMessages: 20, record: true, keepAliveMs: 15_000 },
      guards: { pii: true, grounding: true, injection: "refuse" },
      analytics: true,
    });
  });

  it("names every bad option at once, including unknown ones", () => {
    let error: unknown;
    try {
      parseAislePluginOptions({ store: { currency: "usd" }, index: { store: "elastic", table: "Bad-Name" }, model: "gpt-4.1", storefrontUrl: "ftp://shop", colour: "red" });
    } catch (caught) {
      error = caught;
    }
    expect(InvalidConfigError.isInstance(error)).toBe(true);
    const issues = (error as InvalidConfigError).issues;
    expect(issues.map((issue) => issue.path)).toEqual(expect.arrayContaining(["store.name", "store.currency", "index.store", "index.table", "model", "storefrontUrl"]));
    expect(issues.some((issue) => issue.message.includes("colour"))).toBe(true);
    expect((error as Error).message).toMatch(/@aisle\/medusa plugin/);
  });

  it("ignores the database options Medusa adds to a module's options", () => {
    expect(parseAislePluginOptions({ store: { name: "Acme" }, database: { clientUrl: "postgres://" } }).store.name).toBe("Acme");
  });

  it("asks for the store name when the plugin is listed without options", () => {
    expect(() => parseAislePluginOptions(undefined)).toThrow(/store/);
  });
});
