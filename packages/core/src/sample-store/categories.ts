import type { ProductCategory } from "../catalog/product";

const category = (id: string, path: string[]): ProductCategory => ({
  id: `cat-${id}`,
  title: path[path.length - 1] ?? id,
  path,
  kind: "category",
});

const collection = (id: string, title: string): ProductCategory => ({
  id: `col-${id}`,
  title,
  path: [title],
  kind: "collection",
});

/** The store's category tree (leaves only; paths carry the parents) and its hand-picked collections. */
export const sampleCategories = {
  sofas: category("sofas", ["Furniture", "Living Room", "Sofas"]),
  chairs: category("chairs", ["Furniture", "Living Room", "Chairs"]),
  livingTables: category("living-tables-storage", ["Furniture", "Living Room", "Tables & Storage"]),
  dining: category("dining", ["Furniture", "Dining"]),
  bedroom: category("bedroom", ["Furniture", "Bedroom"]),
  office: category("home-office", ["Furniture", "Home Office"]),
  bedding: category("bedding", ["Home Textiles", "Bedding"]),
  bath: category("bath", ["Home Textiles", "Bath"]),
  rugs: category("rugs-curtains", ["Home Textiles", "Rugs & Curtains"]),
  cookware: category("cookware", ["Kitchen", "Cookware"]),
  tableware: category("tableware", ["Kitchen", "Tableware"]),
  camping: category("camping", ["Outdoor", "Camping"]),
  campKitchen: category("camp-kitchen", ["Outdoor", "Camp Kitchen"]),
  jackets: category("jackets", ["Apparel", "Jackets"]),
  footwear: category("boots-socks", ["Apparel", "Boots & Socks"]),
  // Collections
  sale: collection("sale", "Sale"),
  clearance: collection("clearance", "Clearance — Final Sale"),
  newArrivals: collection("new-arrivals", "New Arrivals"),
  bestsellers: collection("bestsellers", "Bestsellers"),
  cabinWeekend: collection("cabin-weekend", "Cabin Weekend"),
  smallSpace: collection("small-space-living", "Small-Space Living"),
  giftsUnder100: collection("gifts-under-100", "Gifts Under $100"),
} as const satisfies Record<string, ProductCategory>;

export type SampleCategoryKey = keyof typeof sampleCategories;
