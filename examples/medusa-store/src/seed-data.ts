/**
 * The example store's catalog: a small furniture shop, invented for the example. Prices are in major units
 * (Medusa 2), stock is per variant at the one warehouse.
 */
export type SeedProduct = {
  title: string;
  handle: string;
  description: string;
  category: string;
  type: string;
  material: string;
  tags: string[];
  variants: Array<{ title: string; sku: string; usd: number; eur: number; stock: number }>;
};

export const storeName = "Northwind Home";

export const seedCategories = ["Sofas", "Chairs", "Tables", "Lighting", "Rugs", "Storage"] as const;

export const seedPolicies = [
  {
    id: "policy:returns",
    title: "Returns",
    content:
      "# Returns\n\nUnused items can be returned within 30 days of delivery for a full refund. Made-to-order sofas can be returned within 14 days; a 10% restocking fee applies.\n\n## How to return\n\nStart a return from your account page. We email a prepaid label within one business day.",
  },
  {
    id: "policy:shipping",
    title: "Shipping",
    content: "# Shipping\n\nStandard delivery takes 3-5 business days and is free over $150. Large furniture ships by freight within 10 business days.",
  },
];

const variant = (sku: string, title: string, usd: number, stock: number) => ({ title, sku, usd, eur: Math.round(usd * 0.92), stock });

export const seedProducts: SeedProduct[] = [
  {
    title: "Alder Three-Seat Sofa",
    handle: "alder-three-seat-sofa",
    description: "A deep three-seat sofa with a kiln-dried alder frame, feather-wrapped cushions and removable linen covers.",
    category: "Sofas",
    type: "Sofa",
    material: "linen",
    tags: ["living room", "made to order"],
    variants: [variant("ALDER-SAND", "Sand", 1490, 4), variant("ALDER-MOSS", "Moss", 1490, 0)],
  },
  {
    title: "Brook Loveseat",
    handle: "brook-loveseat",
    description: "A compact two-seat sofa in washable cotton twill, sized for apartments.",
    category: "Sofas",
    type: "Sofa",
    material: "cotton",
    tags: ["living room", "small spaces"],
    variants: [variant("BROOK-INK", "Ink", 890, 7), variant("BROOK-OAT", "Oat", 890, 2)],
  },
  {
    title: "Fern Lounge Chair",
    handle: "fern-lounge-chair",
    description: "A low lounge chair with a solid oak frame and a woven paper-cord seat.",
    category: "Chairs",
    type: "Chair",
    material: "oak",
    tags: ["living room"],
    variants: [variant("FERN-NAT", "Natural oak", 560, 9)],
  },
  {
    title: "Quill Dining Chair",
    handle: "quill-dining-chair",
    description: "A stackable dining chair in powder-coated steel with an ash seat.",
    category: "Chairs",
    type: "Chair",
    material: "steel",
    tags: ["dining room", "stackable"],
    variants: [variant("QUILL-BLK", "Black", 180, 40), variant("QUILL-WHT", "White", 180, 12)],
  },
  {
    title: "Harbor Dining Table",
    handle: "harbor-dining-table",
    description: "A six-seat dining table in solid walnut with an oil finish, 180 by 90 centimetres.",
    category: "Tables",
    type: "Table",
    material: "walnut",
    tags: ["dining room"],
    variants: [variant("HARBOR-180", "180 cm", 1890, 3)],
  },
  {
    title: "Pebble Side Table",
    handle: "pebble-side-table",
    description: "A round side table with a travertine top on a blackened steel base.",
    category: "Tables",
    type: "Table",
    material: "travertine",
    tags: ["living room"],
    variants: [variant("PEBBLE-1", "One size", 340, 15)],
  },
  {
    title: "Lumen Floor Lamp",
    handle: "lumen-floor-lamp",
    description: "A linen-shaded floor lamp with a brass stem and a dimmable LED bulb included.",
    category: "Lighting",
    type: "Lamp",
    material: "brass",
    tags: ["living room", "bedroom"],
    variants: [variant("LUMEN-BRS", "Brass", 260, 20)],
  },
  {
    title: "Dune Wool Rug",
    handle: "dune-wool-rug",
    description: "A hand-tufted wool rug with a low pile, 200 by 300 centimetres.",
    category: "Rugs",
    type: "Rug",
    material: "wool",
    tags: ["living room", "bedroom"],
    variants: [variant("DUNE-200", "200 x 300 cm", 720, 6), variant("DUNE-160", "160 x 230 cm", 480, 0)],
  },
  {
    title: "Cove Bookshelf",
    handle: "cove-bookshelf",
    description: "A five-shelf bookcase in white oak veneer with adjustable shelves.",
    category: "Storage",
    type: "Shelf",
    material: "oak",
    tags: ["study", "living room"],
    variants: [variant("COVE-5", "Five shelves", 640, 8)],
  },
];
