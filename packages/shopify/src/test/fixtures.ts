/*
 * Admin API payloads shaped like Shopify's for tests: product nodes as the paginated query returns them, the
 * same products as bulk JSONL rows, orders, and webhook bodies. Values are invented.
 */

export type ProductNodeOptions = {
  number: number;
  title?: string;
  status?: "ACTIVE" | "DRAFT" | "ARCHIVED" | "UNLISTED";
  published?: boolean;
  updatedAt?: string;
  variants?: number;
  price?: string;
};

export function shopifyProductNode(options: ProductNodeOptions) {
  const { number } = options;
  const variants = Array.from({ length: options.variants ?? 2 }, (_, index) => ({
    id: `gid://shopify/ProductVariant/${number * 100 + index}`,
    sku: `SKU-${number}-${index}`,
    title: ["Oak", "Walnut", "Ash", "Birch"][index % 4] as string,
    price: options.price ?? `${(49 + (number % 50)).toFixed(2)}`,
    compareAtPrice: index === 0 ? `${(69 + (number % 50)).toFixed(2)}` : null,
    availableForSale: index !== 1,
    inventoryQuantity: index === 1 ? 0 : 7,
    selectedOptions: [{ name: "Finish", value: ["Oak", "Walnut", "Ash", "Birch"][index % 4] as string }],
  }));
  return {
    id: `gid://shopify/Product/${number}`,
    handle: `side-table-${number}`,
    title: options.title ?? `Side table ${number}`,
    descriptionHtml: `<p>A solid wood side table, <strong>45 cm</strong> tall.</p><ul><li>Hand oiled</li></ul>`,
    vendor: "Northwood",
    productType: "Side tables",
    tags: ["living room", "solid wood"],
    status: options.status ?? "ACTIVE",
    publishedAt: options.published === false ? null : "2026-03-01T10:00:00Z",
    onlineStoreUrl: options.published === false ? null : `https://northwood.example/products/side-table-${number}`,
    updatedAt: options.updatedAt ?? "2026-11-20T08:00:00Z",
    options: [{ name: "Finish", values: variants.map((variant) => variant.title) }],
    category: { id: "gid://shopify/TaxonomyCategory/fr-14-3", name: "Side tables", fullName: "Furniture > Tables > Side tables" },
    variants: { nodes: variants, pageInfo: { hasNextPage: false, endCursor: null as string | null } },
    collections: { nodes: [{ id: "gid://shopify/Collection/7", title: "Living room", handle: "living-room" }] },
    metafields: {
      nodes: [
        { namespace: "custom", key: "material", type: "single_line_text_field", value: "Oak" },
        { namespace: "custom", key: "final_sale", type: "boolean", value: "false" },
        { namespace: "custom", key: "height", type: "dimension", value: '{"value":45,"unit":"CENTIMETERS"}' },
        { namespace: "reviews", key: "rating", type: "rating", value: '{"value":"4.6","scale_min":"1.0","scale_max":"5.0"}' },
      ],
    },
    media: { nodes: [{ image: { url: `https://cdn.shopify.com/s/files/1/side-table-${number}.jpg`, altText: "Side table in oak" } }, {}] },
  };
}

export type ShopifyProductNode = ReturnType<typeof shopifyProductNode>;

/** A product node as a bulk operation writes it: the product line, then one line per connection node. */
export function toBulkRows(node: ShopifyProductNode): object[] {
  const { variants, collections, metafields, media, ...fields } = node;
  return [
    fields,
    ...variants.nodes.map((variant) => ({ ...variant, __parentId: node.id })),
    ...collections.nodes.map((collection) => ({ ...collection, __parentId: node.id })),
    ...metafields.nodes.map((metafield) => ({ ...metafield, __parentId: node.id })),
    ...media.nodes.map((item) => ({ ...item, __parentId: node.id })),
  ];
}

export function toJsonl(rows: readonly object[]): string {
  return rows.map((row) => JSON.stringify(row)).join("\n") + "\n";
}

const bag = (amount: string, currencyCode = "USD") => ({ presentmentMoney: { amount, currencyCode }, shopMoney: { amount, currencyCode } });

export function shopifyOrderNode(options: { number: number; customerNumber?: number | null; email?: string | null; carrier?: string; delivered?: boolean }) {
  const { number } = options;
  return {
    id: `gid://shopify/Order/${5000 + number}`,
    name: `#${number}`,
    number,
    email: options.email === undefined ? "maya.osei@example.com" : options.email,
    createdAt: "2026-11-02T09:30:00Z",
    processedAt: "2026-11-02T09:30:00Z",
    cancelledAt: null,
    cancelReason: null,
    closedAt: null,
    presentmentCurrencyCode: "USD",
    displayFinancialStatus: "PAID",
    displayFulfillmentStatus: "FULFILLED",
    discountCodes: [],
    tags: [],
    note: null,
    customer: options.customerNumber === null ? null : { id: `gid://shopify/Customer/${options.customerNumber ?? 42}` },
    subtotalPriceSet: bag("98.00"),
    totalDiscountsSet: bag("0.00"),
    totalShippingPriceSet: bag("9.00"),
    totalTaxSet: bag("8.00"),
    totalPriceSet: bag("115.00"),
    shippingLine: { title: "Standard" },
    shippingAddress: {
      name: "Maya Osei",
      address1: "12 Harbor Street",
      address2: null,
      city: "Portland",
      province: "Oregon",
      zip: "97201",
      country: "United States",
      countryCodeV2: "US",
      phone: null,
    },
    billingAddress: null,
    lineItems: {
      nodes: [
        {
          id: `gid://shopify/LineItem/${number}1`,
          title: "Side table 3",
          variantTitle: "Oak",
          sku: "SKU-3-0",
          quantity: 2,
          product: { id: "gid://shopify/Product/3" },
          variant: { id: "gid://shopify/ProductVariant/300" },
          originalUnitPriceSet: bag("49.00"),
        },
      ],
    },
    fulfillments: [
      {
        id: `gid://shopify/Fulfillment/${number}9`,
        status: "SUCCESS",
        displayStatus: options.delivered === true ? "DELIVERED" : "IN_TRANSIT",
        createdAt: "2026-11-03T15:00:00Z",
        estimatedDeliveryAt: "2026-11-07T18:00:00Z",
        deliveredAt: options.delivered === true ? "2026-11-06T12:00:00Z" : null,
        trackingInfo: [{ company: options.carrier ?? "UPS", number: "1Z999AA10123456784", url: "https://www.ups.com/track?tracknum=1Z999AA10123456784" }],
        fulfillmentLineItems: { nodes: [{ quantity: 2, lineItem: { id: `gid://shopify/LineItem/${number}1` } }] },
      },
    ],
    refunds: [],
  };
}
