import type { CsvColumnMapping } from "./import-settings";

/**
 * The columns of Shopify's product CSV export. Rows with the same Handle form one product: the first carries
 * the product fields, later ones add variants (option values, SKU, price) and images.
 */
export const shopifyProductCsvColumns = {
  handle: "Handle",
  title: "Title",
  descriptionHtml: "Body (HTML)",
  vendor: "Vendor",
  category: "Product Category",
  productType: "Type",
  tags: "Tags",
  status: "Status",
  variantSku: "Variant SKU",
  variantPrice: "Variant Price",
  variantCompareAtPrice: "Variant Compare At Price",
  variantInventoryQuantity: "Variant Inventory Qty",
  variantInventoryPolicy: "Variant Inventory Policy",
  variantImage: "Variant Image",
  imageUrl: "Image Src",
  imageAlt: "Image Alt Text",
  options: [1, 2, 3].map((position) => ({
    nameColumn: `Option${position} Name`,
    valueColumn: `Option${position} Value`,
  })),
} satisfies CsvColumnMapping;
