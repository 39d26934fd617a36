import { describe, expect, it } from "vitest";
import { isInStock, isOnSale, productSchema, type Product } from "../catalog/product";
import { chunkKnowledgeDocuments } from "../knowledge/chunk-knowledge";
import { findSampleStoreProblems } from "./check-sample-store";
import { loadSampleStore, sampleStoreToday } from "./load-sample-store";
import { sampleProductInputs } from "./products";
import { sampleProductScenarios } from "./scenarios";
import { sampleStoreFacts } from "./store-facts";

const store = loadSampleStore();
const byHandle = (handle: string): Product => {
  const product = store.products.find((candidate) => candidate.handle === handle);
  if (product === undefined) throw new Error(`No product ${handle}`);
  return product;
};
const policy = (id: string) => store.policies.find((candidate) => candidate.id === id)?.markdown ?? "";

describe("loadSampleStore", () => {
  it("loads a store of the intended size", () => {
    expect(store.products.length).toBeGreaterThanOrEqual(55);
    expect(store.customers).toHaveLength(12);
    expect(store.orders).toHaveLength(25);
    expect(store.reviews.length).toBeGreaterThanOrEqual(140);
    expect(store.policies.map((entry) => entry.id)).toEqual(
      expect.arrayContaining(["policy:returns", "policy:shipping", "policy:warranty", "policy:price-match", "policy:privacy", "faq:general"]),
    );
    expect(store.today).toBe(sampleStoreToday);
  });

  it("parses every product with the catalog's productSchema", () => {
    for (const input of sampleProductInputs) {
      expect(() => productSchema.parse(input), input.handle).not.toThrow();
    }
  });

  it("finds no cross-record problems", () => {
    expect(findSampleStoreProblems(store)).toEqual([]);
  });

  it("returns fresh objects on every call", () => {
    const first = loadSampleStore();
    first.products[0]!.title = "Changed";
    first.orders.pop();
    const second = loadSampleStore();
    expect(second.products[0]!.title).not.toBe("Changed");
    expect(second.orders).toHaveLength(25);
  });

  it("keeps the data compact", () => {
    expect(JSON.stringify(store).length).toBeLessThan(300_000);
  });
});

describe("findSampleStoreProblems", () => {
  const messagesFor = (mutate: (copy: ReturnType<typeof loadSampleStore>) => void) => {
    const copy = loadSampleStore();
    mutate(copy);
    return findSampleStoreProblems(copy).map((issue) => `${issue.path}: ${issue.message}`);
  };

  it("reports a line item pointing at another product's variant", () => {
    const messages = messagesFor((copy) => {
      copy.orders[0]!.lineItems[0]!.variantId = "var-oh-harbor3-oat";
    });
    expect(messages.some((message) => message.includes("is not a variant of"))).toBe(true);
  });

  it("reports a tracking number with a wrong check digit", () => {
    const messages = messagesFor((copy) => {
      const fulfillment = copy.orders[0]!.fulfillments[0]!;
      const last = Number(fulfillment.trackingNumber.slice(-1));
      fulfillment.trackingNumber = `${fulfillment.trackingNumber.slice(0, -1)}${(last + 1) % 10}`;
    });
    expect(messages.some((message) => message.includes("is not a valid UPS number"))).toBe(true);
  });

  it("reports a review of an unknown product, a delivery before shipping and a wrong total", () => {
    const messages = messagesFor((copy) => {
      copy.reviews[0]!.productId = "prod-missing";
      const fulfillment = copy.orders[1]!.fulfillments[0]!;
      fulfillment.deliveredAt = "2020-01-01T00:00:00Z";
      copy.orders[2]!.totalPrice = { amount: "1.00", currencyCode: "USD" };
    });
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining("unknown product prod-missing"),
        expect.stringContaining("delivered before it shipped"),
        expect.stringContaining("total is not subtotal"),
      ]),
    );
  });

  it("reports a fulfillment status that disagrees with the shipments", () => {
    const messages = messagesFor((copy) => {
      copy.orders.find((order) => order.name === "#1018")!.fulfillmentStatus = "fulfilled";
    });
    expect(messages.some((message) => message.includes("1 of 2 units shipped"))).toBe(true);
  });
});

describe("catalog", () => {
  it("spans about eight product types and ten categories", () => {
    const types = new Set(store.products.map((product) => product.productType));
    const categories = new Set(
      store.products.flatMap((product) => product.categories.filter((entry) => entry.kind === "category").map((entry) => entry.id)),
    );
    expect(types.size).toBeGreaterThanOrEqual(8);
    expect(types.size).toBeLessThanOrEqual(12);
    expect(categories.size).toBeGreaterThanOrEqual(10);
  });

  it("has one to six variants per product and descriptions in plain text", () => {
    for (const product of store.products) {
      expect(product.variants.length, product.handle).toBeGreaterThanOrEqual(1);
      expect(product.variants.length, product.handle).toBeLessThanOrEqual(6);
      expect(product.description, product.handle).not.toMatch(/[<>]/);
      expect(product.description.length, product.handle).toBeGreaterThan(40);
    }
  });

  it("uses example hosts for every image and page", () => {
    for (const product of store.products) {
      expect(product.url).toMatch(/^https:\/\/shop\.northwind\.example\/products\//);
      const images = [...product.images, ...product.variants.flatMap((variant) => (variant.image ? [variant.image] : []))];
      expect(images.length, product.handle).toBeGreaterThan(0);
      for (const image of images) {
        expect(image.url).toMatch(/^https:\/\/cdn\.northwind\.example\//);
        expect(image.alt ?? "").not.toBe("");
      }
    }
  });

  it("marks exactly the listed products as sold out", () => {
    const soldOut = store.products
      .filter((product) => product.status === "active" && !isInStock(product))
      .map((product) => product.handle);
    expect(soldOut.sort()).toEqual([...sampleProductScenarios.soldOut].sort());
    const partlySoldOut = store.products.filter(
      (product) => isInStock(product) && product.variants.some((variant) => !variant.availableForSale),
    );
    expect(partlySoldOut.length).toBeGreaterThanOrEqual(10);
  });

  it("marks exactly the listed products as final sale, and says so in their descriptions", () => {
    const finalSale = store.products.filter((product) => product.attributes.final_sale === true);
    expect(finalSale.map((product) => product.handle).sort()).toEqual([...sampleProductScenarios.finalSale].sort());
    for (const product of finalSale) expect(product.description.toLowerCase()).toContain("final sale");
  });

  it("puts exactly the discounted products in the Sale collection", () => {
    const inSaleCollection = store.products.filter((product) => product.categories.some((entry) => entry.id === "col-sale"));
    const discounted = store.products.filter((product) => isOnSale(product));
    expect(inSaleCollection.map((product) => product.handle).sort()).toEqual(discounted.map((product) => product.handle).sort());
  });

  it("keeps the backordered variant on sale with negative inventory", () => {
    const variant = store.products
      .flatMap((product) => product.variants)
      .find((candidate) => candidate.sku === sampleProductScenarios.backorderedSku);
    expect(variant?.availableForSale).toBe(true);
    expect(variant?.inventoryQuantity).toBeLessThan(0);
  });

  it("ships exactly the listed products by freight", () => {
    const freight = store.products.filter((product) => product.attributes.shipping_method === "freight");
    expect(freight.map((product) => product.handle).sort()).toEqual([...sampleProductScenarios.freight].sort());
  });

  it("has one draft and one archived product", () => {
    expect(store.products.filter((product) => product.status === "draft").map((product) => product.handle)).toEqual([
      ...sampleProductScenarios.draft,
    ]);
    expect(store.products.filter((product) => product.status === "archived").map((product) => product.handle)).toEqual([
      ...sampleProductScenarios.archived,
    ]);
  });

  it("states material, care and warranty for every active product", () => {
    for (const product of store.products.filter((candidate) => candidate.status === "active")) {
      expect(product.attributes.material, product.handle).toBeDefined();
      expect(product.attributes.care, product.handle).toBeDefined();
      expect(product.attributes.warranty_years ?? product.attributes.warranty, product.handle).toBeDefined();
    }
  });

  it("agrees with itself on warranty years and trial nights", () => {
    for (const product of store.products) {
      const stated = /(\d+)-year warranty/.exec(product.description);
      if (stated !== null) expect(Number(stated[1]), product.handle).toBe(product.attributes.warranty_years);
      const trial = /(\d+)-night/.exec(product.description);
      if (trial !== null) expect(Number(trial[1]), product.handle).toBe(sampleStoreFacts.mattressTrialNights);
    }
    for (const handle of sampleProductScenarios.mattresses) {
      expect(byHandle(handle).attributes.trial_nights).toBe(sampleStoreFacts.mattressTrialNights);
    }
  });

  it("gives each product a warranty period listed for its brand in the warranty policy", () => {
    const periodsByBrand = new Map<string, Set<string>>();
    for (const line of policy("policy:warranty").split("\n")) {
      const cells = line.split("|").map((cell) => cell.trim());
      const brand = cells[1];
      const period = cells[3];
      if (brand === undefined || period === undefined || brand === "Brand" || brand.startsWith("---")) continue;
      const periods = periodsByBrand.get(brand) ?? new Set<string>();
      periods.add(period);
      periodsByBrand.set(brand, periods);
    }
    expect(periodsByBrand.size).toBeGreaterThanOrEqual(6);
    for (const product of store.products) {
      const years = product.attributes.warranty_years;
      const period = typeof years === "number" ? `${years} year${years === 1 ? "" : "s"}` : String(product.attributes.warranty);
      expect([...(periodsByBrand.get(product.vendor ?? "") ?? [])], product.handle).toContain(period);
    }
  });
});

describe("policies", () => {
  const allText = store.policies.map((entry) => entry.markdown).join("\n");

  it("states one return window, one trial length and one refund time everywhere", () => {
    const windows = [...allText.matchAll(/(\d+) days? (?:of|from) (?:delivery|the delivery date)/g)].map((match) => Number(match[1]));
    expect(windows.length).toBeGreaterThanOrEqual(3);
    expect(new Set(windows)).toEqual(new Set([sampleStoreFacts.returnWindowDays]));
    const trials = [...allText.matchAll(/(\d+)-night/g)].map((match) => Number(match[1]));
    expect(new Set(trials)).toEqual(new Set([sampleStoreFacts.mattressTrialNights]));
    const refunds = [...allText.matchAll(/(\d+)-(\d+) business days after/g)].map((match) => `${match[1]}-${match[2]}`);
    expect(refunds.length).toBeGreaterThanOrEqual(2);
    expect(new Set(refunds)).toEqual(new Set([`${sampleStoreFacts.refundBusinessDaysMin}-${sampleStoreFacts.refundBusinessDaysMax}`]));
  });

  it("quotes only the fees in the store facts (plus gift card and financing limits)", () => {
    const factAmounts = Object.values(sampleStoreFacts).flatMap((value) =>
      typeof value === "string" && /^\d+\.\d{2}$/.test(value) ? [Number(value)] : [],
    );
    const allowed = new Set([...factAmounts, 25, 500]);
    const quoted = [...allText.matchAll(/\$(\d[\d,]*(?:\.\d{2})?)/g)].map((match) => Number(match[1]!.replaceAll(",", "")));
    expect(quoted.length).toBeGreaterThan(10);
    for (const amount of quoted) expect(allowed, `$${amount}`).toContain(amount);
  });

  it("chunks into sections that carry their heading path", () => {
    const chunks = chunkKnowledgeDocuments(
      store.policies.map((entry) => ({ id: entry.id, title: entry.title, content: entry.markdown })),
    );
    const refundAnswer = chunks.find((chunk) => chunk.documentId === "faq:general" && chunk.text.includes("business days after"));
    expect(refundAnswer?.path).toEqual(["Frequently Asked Questions", "Returns", "How long does a refund take?"]);
    const questions = store.policies.find((entry) => entry.id === "faq:general")?.markdown.match(/^### /gm) ?? [];
    expect(questions.length).toBeGreaterThanOrEqual(15);
  });
});
