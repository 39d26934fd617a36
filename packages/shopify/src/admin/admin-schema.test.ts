import { describe, expect, it } from "vitest";
import { shopifyApiVersion } from "./admin-client-settings";
import * as catalogDocuments from "../catalog/product-documents";
import { validateAdminDocument } from "../test/admin-schema";
import { ordersQuery } from "../orders/order-documents";
import { productUpdateMutation } from "../copy/publish-draft";

describe("Admin GraphQL documents", () => {
  it("targets the API version whose schema is vendored", () => {
    expect(shopifyApiVersion).toBe("2026-07");
  });

  const documents: Array<[string, string]> = [
    ["shopQuery", catalogDocuments.shopQuery],
    ["productsCountQuery", catalogDocuments.productsCountQuery],
    ["productsPageQuery", catalogDocuments.productsPageQuery],
    ["productByIdQuery", catalogDocuments.productByIdQuery],
    ["productVariantsQuery", catalogDocuments.productVariantsQuery],
    ["bulkProductsQuery()", catalogDocuments.bulkProductsQuery(undefined)],
    ["bulkProductsQuery(search)", catalogDocuments.bulkProductsQuery("updated_at:>'2026-01-01T00:00:00Z'")],
    ["bulkOperationRunQueryMutation", catalogDocuments.bulkOperationRunQueryMutation],
    ["bulkOperationQuery", catalogDocuments.bulkOperationQuery],
    ["ordersQuery", ordersQuery],
    ["productUpdateMutation", productUpdateMutation],
  ];

  it("covers every document the package exports", () => {
    const exported = Object.entries(catalogDocuments).filter(([, value]) => typeof value === "string" && /\b(query|mutation|fragment)\b/.test(value));
    const listed = new Set(documents.map(([name]) => name));
    expect(exported.map(([name]) => name).filter((name) => !listed.has(name) && name !== "productFields" && name !== "variantFields")).toEqual([]);
  });

  it.each(documents)("%s is valid against the Admin schema", (_name, document) => {
    expect(validateAdminDocument(document)).toEqual([]);
  });

  it("rejects a document with a field the schema does not have", () => {
    expect(validateAdminDocument("{ shop { currencyCodeV9 } }")).toHaveLength(1);
  });
});
