import { describe, expect, it } from "vitest";
import { main } from "./main";

describe("quickstart", () => {
  it("runs offline end to end: streamed grounded answers, plain-language search, no personal data sent", async () => {
    let output = "";
    const report = await main({ env: {}, write: (text) => (output += text) });

    expect(report.modelSource).toBe("offline");
    expect(output).toContain("OPENAI_API_KEY is not set");
    expect(report.answers).toHaveLength(3);
    for (const { answer, sources } of report.answers) {
      expect(answer.length).toBeGreaterThan(20);
      expect(sources.length).toBeGreaterThan(0);
    }
    // Every answer is quoted from the store's own documents: the shipping answer names the countries served.
    expect(report.answers[1]?.answer).toMatch(/Canada/);
    expect(report.answers[1]?.sources.some((source) => source.path?.[0] === "Shipping & Delivery")).toBe(true);

    const [sofa] = report.searches;
    expect(sofa?.understood).toContain("price: under $3000");
    expect(sofa?.products).toContain("prod-linden-modular-sectional");
    expect(report.searches.find((search) => search.query === "couch")?.products.length).toBeGreaterThan(0);

    expect(report.providerSaw).not.toContain("maya.okafor@example.com");
    expect(report.providerSaw).not.toContain("555 0134");
    expect(report.providerSaw).toContain("<EMAIL_1>");
  });
});
