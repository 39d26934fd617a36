import { afterEach, describe, expect, it, vi } from "vitest";
import { BiasLexiconError } from "../../../errors/bias-lexicon-error";

afterEach(() => {
  vi.doUnmock("node:module");
  vi.resetModules();
});

describe("loadRetextPatterns", () => {
  it("throws a typed error naming the lexicon when the package cannot be resolved", async () => {
    vi.resetModules();
    vi.doMock("node:module", () => ({
      createRequire: () => {
        const require = () => ({});
        require.resolve = () => {
          throw new Error("Cannot find module 'retext-equality'");
        };
        return require;
      },
    }));
    const { loadRetextPatterns } = await import("./load-retext-patterns");
    let caught: unknown;
    try {
      loadRetextPatterns();
    } catch (error) {
      caught = error;
    }
    expect(BiasLexiconError.isInstance(caught)).toBe(true);
    expect((caught as BiasLexiconError).lexicon).toBe("retext-equality");
    expect((caught as Error).message).toMatch(/not installed.*sources: \["aisle-commerce"\]/s);
  });

  it("throws a typed error when the table changed shape", async () => {
    vi.resetModules();
    vi.doMock("node:module", () => ({
      createRequire: () => {
        const require = () => ({ patterns: [{ id: 1 }] });
        require.resolve = () => "/somewhere/retext-equality/lib/en.js";
        return require;
      },
    }));
    const { loadRetextPatterns } = await import("./load-retext-patterns");
    expect(() => loadRetextPatterns()).toThrow(/does not export the expected pattern table/);
  });

  it("lets the linter run on Aisle's rules alone without touching the package", async () => {
    vi.resetModules();
    vi.doMock("node:module", () => ({
      createRequire: () => {
        throw new Error("must not be called");
      },
    }));
    const { createBiasLinter } = await import("../bias-linter");
    const linter = createBiasLinter({ sources: ["aisle-commerce"] });
    expect(linter.lint("A slimming dress for the chairman.").findings.map((finding) => finding.ruleId)).toEqual(["body-shaming/slimming"]);
    let caught: unknown;
    try {
      createBiasLinter().lint("A dress for the chairman.");
    } catch (error) {
      caught = error;
    }
    // `isInstance` rather than `instanceof`: the module graph was re-imported, so the class is another copy.
    expect(BiasLexiconError.isInstance(caught)).toBe(true);
  });
});
