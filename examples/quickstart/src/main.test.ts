import { describe, expect, it } from "vitest";
import { main } from "./main";

describe("quickstart", () => {
  it("runs the support demo offline end to end", async () => {
    let output = "";
    const report = await main({ env: {}, write: (text) => (output += text) });
    expect(report.modelSource).toBe("offline");
    expect(output).toContain("OPENAI_API_KEY is not set");

    const byTitle = new Map(report.conversations.map((conversation) => [conversation.title, conversation]));
    const policy = byTitle.get("A policy question")?.turns[0]?.answer;
    expect(policy?.text).toMatch(/30 days/);
    expect(policy?.citations.some((citation) => citation.path?.[0] === "Returns & Refunds")).toBe(true);

    const status = byTitle.get("Order status for a verified shopper")?.turns;
    expect(status?.[0]?.answer.order).toBeUndefined();
    expect(status?.[1]?.answer.order?.verifiedBy).toBe("email");
    expect(status?.[1]?.answer.text).toMatch(/in transit/);

    const refused = byTitle.get("An order lookup that cannot be verified")?.turns[0]?.answer;
    expect(refused?.order).toBeUndefined();
    expect(refused?.text).not.toMatch(/in transit|tracking/i);

    expect(byTitle.get("A return on the last day of the window")?.turns[0]?.answer.returnEligibility?.eligible).toBe(true);
    const late = byTitle.get("A late return and a handoff")?.turns;
    expect(late?.[0]?.answer.returnEligibility?.eligible).toBe(false);
    expect(late?.[1]?.answer.handoff?.reason).toBe("policy-exception");
    expect(byTitle.get("A late return and a handoff")?.verifiedResolution).toBe(false);
    expect(byTitle.get("Shipping abroad")?.verifiedResolution).toBe(true);

    const [sofa] = report.searches;
    expect(sofa?.understood).toContain("price: under $3000");
    expect(sofa?.products).toContain("prod-linden-modular-sectional");

    expect(report.recommendations?.complementary.length).toBeGreaterThan(0);
    expect(report.recommendations?.complementary.every((pick) => pick.why.length > 0 && pick.id !== "prod-harbor-3-seat-sofa")).toBe(true);
    expect(report.recommendations?.forShopper.length).toBeGreaterThan(0);
    expect(report.reviewSummary?.length).toBeGreaterThan(0);
    expect(report.reviewSummary?.every((sentence) => sentence.reviewIds.length > 0)).toBe(true);

    expect(report.copy?.draft.status).toBe("draft");
    expect(report.copy?.draft.findings.filter((finding) => finding.type === "fact")).toEqual([]);
    expect(report.copy?.seo.content.title.length).toBeLessThanOrEqual(60);

    expect(report.providerSaw).not.toContain("maya.okafor@example.com");
    expect(report.providerSaw).toContain("<EMAIL_1>");
  });
});
