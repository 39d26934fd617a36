import type { ProductInput } from "../catalog/product";
import { defineProduct } from "./product-builder";

const oakhollow = "Oakhollow";
const dreamvale = "Dreamvale";

export const furnitureProducts: ProductInput[] = [
  defineProduct({
    handle: "harbor-3-seat-sofa",
    title: "Harbor 3-Seat Sofa",
    vendor: oakhollow,
    productType: "Seating",
    categories: ["sofas", "bestsellers"],
    tags: ["sofa", "living room", "performance fabric", "pet friendly", "freight"],
    descriptionHtml: `
<p>The Harbor is our best-selling sofa: deep 24" (61 cm) seats, a kiln-dried solid oak frame and feather-wrapped foam cushions that hold their shape.</p>
<p>Measures 84" W x 36" D x 33" H (213 x 91 x 84 cm); seat height 18" (46 cm). The performance linen-blend fabric resists stains and pet hair, and the seat cushion covers zip off for dry cleaning.</p>
<p>Ships fully assembled by freight (legs screw on). 10-year warranty on the frame.</p>`,
    options: { Color: ["Oatmeal", "Slate Blue", "Forest Green"] },
    variants: [
      { sku: "OH-HARBOR3-OAT", options: { Color: "Oatmeal" }, price: 1299, stock: 14 },
      { sku: "OH-HARBOR3-SLT", options: { Color: "Slate Blue" }, price: 1299, stock: 6 },
      { sku: "OH-HARBOR3-FOR", options: { Color: "Forest Green" }, price: 1299, stock: 0 },
    ],
    imageAlts: ["Harbor 3-seat sofa in oatmeal in a bright living room", "Side profile of the Harbor sofa showing the oak legs"],
    variantImageOption: "Color",
    attributes: {
      material: ["kiln-dried oak", "linen-blend performance fabric", "feather-wrapped foam"],
      color: ["Oatmeal", "Slate Blue", "Forest Green"],
      dimensions: '84" W x 36" D x 33" H (213 x 91 x 84 cm)',
      seat_height: '18" (46 cm)',
      weight: "132 lb (60 kg)",
      care: "Spot clean with a water-based cleaner (code W); cushion covers dry clean only.",
      warranty_years: 10,
      assembly: "Attach legs, about 10 minutes",
      shipping_method: "freight",
    },
    updatedAt: "2026-10-28T14:12:00Z",
  }),
  defineProduct({
    handle: "harbor-loveseat",
    title: "Harbor Loveseat",
    vendor: oakhollow,
    productType: "Seating",
    categories: ["sofas", "sale", "smallSpace"],
    tags: ["loveseat", "sofa", "small space", "performance fabric", "freight"],
    descriptionHtml: `
<p>All the comfort of the Harbor sofa in a two-seat size for apartments and reading corners.</p>
<p>Measures 62" W x 36" D x 33" H (157 x 91 x 84 cm) and fits through a 30" (76 cm) doorway with the legs removed. Kiln-dried oak frame, feather-wrapped foam cushions and a stain-resistant linen-blend fabric.</p>
<p>Ships by freight. 10-year frame warranty.</p>`,
    options: { Color: ["Oatmeal", "Slate Blue"] },
    variants: [
      { sku: "OH-HARBOR2-OAT", options: { Color: "Oatmeal" }, price: 999, compareAtPrice: 1149, stock: 9 },
      { sku: "OH-HARBOR2-SLT", options: { Color: "Slate Blue" }, price: 999, compareAtPrice: 1149, stock: 3 },
    ],
    imageAlts: ["Harbor loveseat in slate blue beside a window"],
    variantImageOption: "Color",
    attributes: {
      material: ["kiln-dried oak", "linen-blend performance fabric"],
      color: ["Oatmeal", "Slate Blue"],
      dimensions: '62" W x 36" D x 33" H (157 x 91 x 84 cm)',
      weight: "98 lb (44 kg)",
      care: "Spot clean with a water-based cleaner (code W).",
      warranty_years: 10,
      assembly: "Attach legs, about 10 minutes",
      shipping_method: "freight",
    },
    updatedAt: "2026-11-14T09:30:00Z",
  }),
  defineProduct({
    handle: "fenwick-leather-sofa",
    title: "Fenwick Leather Sofa",
    vendor: oakhollow,
    productType: "Seating",
    categories: ["sofas"],
    tags: ["sofa", "leather", "mid-century", "freight"],
    descriptionHtml: `
<p>A mid-century sofa in full-grain, aniline-dyed leather that softens and develops a patina with use.</p>
<p>Measures 88" W x 38" D x 31" H (224 x 97 x 79 cm). Solid ash frame with sinuous steel springs, high-resilience foam seat cushions and walnut-stained ash legs.</p>
<ul><li>Natural markings and slight colour variation are part of full-grain leather.</li><li>Condition every 6 to 12 months; keep out of direct sunlight.</li></ul>
<p>Ships by freight with legs attached. 10-year frame warranty.</p>`,
    options: { Color: ["Cognac", "Espresso"] },
    variants: [
      { sku: "OH-FENWICK-COG", options: { Color: "Cognac" }, price: 2199, stock: 4 },
      { sku: "OH-FENWICK-ESP", options: { Color: "Espresso" }, price: 2199, stock: 2 },
    ],
    imageAlts: ["Fenwick leather sofa in cognac", "Close-up of the Fenwick's full-grain leather and stitching"],
    variantImageOption: "Color",
    attributes: {
      material: ["full-grain leather", "solid ash", "steel springs"],
      color: ["Cognac", "Espresso"],
      dimensions: '88" W x 38" D x 31" H (224 x 97 x 79 cm)',
      weight: "154 lb (70 kg)",
      care: "Dust with a dry cloth; condition with leather balm every 6-12 months; blot spills immediately.",
      warranty_years: 10,
      assembly: "None",
      shipping_method: "freight",
    },
    updatedAt: "2026-09-03T16:05:00Z",
  }),
  defineProduct({
    handle: "linden-modular-sectional",
    title: "Linden Modular Sectional",
    vendor: oakhollow,
    productType: "Seating",
    categories: ["sofas", "newArrivals"],
    tags: ["sectional", "modular", "chaise", "performance fabric", "freight"],
    descriptionHtml: `
<p>A four-piece L-shaped sectional whose modules clip together, so the chaise can sit on either side and the pieces fit through narrow stairwells.</p>
<p>Overall 112" W x 68" D x 34" H (284 x 173 x 86 cm); each module is 28" (71 cm) wide. Solid pine and plywood frame, pocket-coil seats and a washable chenille cover.</p>
<p>Ships by freight in four boxes; clips snap together without tools. 10-year frame warranty.</p>`,
    options: { Color: ["Fog", "Charcoal"], Configuration: ["Left-facing chaise", "Right-facing chaise"] },
    variants: [
      { sku: "OH-LINDEN-FOG-L", options: { Color: "Fog", Configuration: "Left-facing chaise" }, price: 2499, stock: 5 },
      { sku: "OH-LINDEN-FOG-R", options: { Color: "Fog", Configuration: "Right-facing chaise" }, price: 2499, stock: 3 },
      { sku: "OH-LINDEN-CHR-L", options: { Color: "Charcoal", Configuration: "Left-facing chaise" }, price: 2499, stock: 0 },
      { sku: "OH-LINDEN-CHR-R", options: { Color: "Charcoal", Configuration: "Right-facing chaise" }, price: 2499, stock: 2 },
    ],
    imageAlts: ["Linden modular sectional in fog with the chaise on the right", "Linden modules separated to show the clips"],
    attributes: {
      material: ["solid pine", "plywood", "pocket coils", "chenille"],
      color: ["Fog", "Charcoal"],
      dimensions: '112" W x 68" D x 34" H (284 x 173 x 86 cm)',
      weight: "210 lb (95 kg) in four boxes",
      care: "Covers are machine washable cold on gentle; air dry.",
      warranty_years: 10,
      assembly: "Tool-free, about 20 minutes",
      shipping_method: "freight",
    },
    updatedAt: "2026-11-02T11:40:00Z",
  }),
  defineProduct({
    handle: "wren-boucle-accent-chair",
    title: "Wren Bouclé Accent Chair",
    vendor: oakhollow,
    productType: "Seating",
    categories: ["chairs", "sale", "smallSpace"],
    tags: ["accent chair", "boucle", "reading chair", "small space"],
    descriptionHtml: `
<p>A rounded barrel chair wrapped in a nubby bouclé, sized for corners and bedrooms.</p>
<p>Measures 29" W x 30" D x 29" H (74 x 76 x 74 cm); seat height 17" (43 cm). Solid beech frame, high-density foam seat and a fixed plinth base that stays put on rugs.</p>
<p>Ships boxed by parcel carrier, fully assembled. 10-year frame warranty.</p>`,
    options: { Color: ["Ivory", "Charcoal"] },
    variants: [
      { sku: "OH-WREN-IVY", options: { Color: "Ivory" }, price: 449, compareAtPrice: 529, stock: 11 },
      { sku: "OH-WREN-CHR", options: { Color: "Charcoal" }, price: 449, compareAtPrice: 529, stock: 0 },
    ],
    imageAlts: ["Wren bouclé accent chair in ivory"],
    variantImageOption: "Color",
    attributes: {
      material: ["polyester bouclé", "solid beech", "high-density foam"],
      color: ["Ivory", "Charcoal"],
      dimensions: '29" W x 30" D x 29" H (74 x 76 x 74 cm)',
      weight: "38 lb (17 kg)",
      care: "Vacuum with an upholstery brush; spot clean with a solvent-free cleaner (code S).",
      warranty_years: 10,
      assembly: "None",
      shipping_method: "parcel",
    },
    updatedAt: "2026-11-14T09:30:00Z",
  }),
  defineProduct({
    handle: "otis-swivel-chair",
    title: "Otis Swivel Chair",
    vendor: oakhollow,
    productType: "Seating",
    categories: ["chairs"],
    tags: ["swivel chair", "accent chair", "performance fabric"],
    descriptionHtml: `
<p>A deep swivel lounge chair on a weighted steel base that turns a full 360° without wobbling.</p>
<p>Measures 32" W x 33" D x 30" H (81 x 84 x 76 cm). Performance weave upholstery over a hardwood frame. Back in stock in January.</p>
<p>10-year frame warranty.</p>`,
    options: { Color: ["Sand", "Moss"] },
    variants: [
      { sku: "OH-OTIS-SND", options: { Color: "Sand" }, price: 599, stock: 0 },
      { sku: "OH-OTIS-MOS", options: { Color: "Moss" }, price: 599, stock: 0 },
    ],
    imageAlts: ["Otis swivel chair in sand"],
    attributes: {
      material: ["performance weave", "hardwood", "powder-coated steel base"],
      color: ["Sand", "Moss"],
      dimensions: '32" W x 33" D x 30" H (81 x 84 x 76 cm)',
      weight: "52 lb (24 kg)",
      care: "Spot clean with mild soap and water (code W/S).",
      warranty_years: 10,
      assembly: "None",
      shipping_method: "parcel",
    },
    updatedAt: "2026-10-11T08:00:00Z",
  }),
  defineProduct({
    handle: "mara-dining-chair-set-of-2",
    title: "Mara Dining Chair, Set of 2",
    vendor: oakhollow,
    productType: "Seating",
    categories: ["dining"],
    tags: ["dining chair", "solid wood", "set of 2"],
    descriptionHtml: `
<p>Solid-wood dining chairs with a curved backrest and a woven paper-cord seat. Sold as a pair.</p>
<p>Each chair measures 19" W x 21" D x 31" H (48 x 53 x 79 cm); seat height 18" (46 cm). Made from FSC-certified oak or walnut with a hard-wax oil finish.</p>
<p>Arrives assembled in one box. 5-year warranty.</p>`,
    options: { Material: ["Oak", "Walnut"] },
    variants: [
      { sku: "OH-MARA2-OAK", options: { Material: "Oak" }, price: 329, stock: 24 },
      { sku: "OH-MARA2-WAL", options: { Material: "Walnut" }, price: 389, stock: 10 },
    ],
    imageAlts: ["Pair of Mara dining chairs in oak at a dining table"],
    variantImageOption: "Material",
    attributes: {
      material: ["FSC-certified oak or walnut", "paper cord"],
      dimensions: '19" W x 21" D x 31" H (48 x 53 x 79 cm) per chair',
      weight: "11 lb (5 kg) per chair",
      care: "Wipe with a damp cloth; re-oil the wood once a year.",
      warranty_years: 5,
      assembly: "None",
      shipping_method: "parcel",
    },
    updatedAt: "2026-08-19T13:20:00Z",
  }),
  defineProduct({
    handle: "hollis-counter-stool",
    title: "Hollis Counter Stool",
    vendor: oakhollow,
    productType: "Seating",
    categories: ["dining", "smallSpace"],
    tags: ["stool", "counter stool", "bar stool", "kitchen island"],
    descriptionHtml: `
<p>A backless stool with a saddle-shaped oak seat and a footrest ring that protects the legs from scuffs.</p>
<p>Counter height is 26" (66 cm) for 36" (91 cm) counters; bar height is 30" (76 cm) for 42" (107 cm) bars. Solid oak with a powder-coated steel footrest.</p>
<p>Four legs screw into the seat; about 10 minutes. 5-year warranty.</p>`,
    options: { Size: ['Counter 26"', 'Bar 30"'] },
    variants: [
      { sku: "OH-HOLLIS-26", options: { Size: 'Counter 26"' }, price: 189, stock: 30 },
      { sku: "OH-HOLLIS-30", options: { Size: 'Bar 30"' }, price: 199, stock: 12 },
    ],
    imageAlts: ["Two Hollis counter stools at a kitchen island"],
    attributes: {
      material: ["solid oak", "powder-coated steel"],
      dimensions: '17" diameter x 26" H (43 x 66 cm) or 17" x 30" H (43 x 76 cm)',
      weight: "12 lb (5.4 kg)",
      care: "Wipe with a damp cloth; tighten the leg bolts every few months.",
      warranty_years: 5,
      assembly: "Screw in four legs, about 10 minutes",
      shipping_method: "parcel",
    },
    updatedAt: "2026-07-30T10:10:00Z",
  }),
  defineProduct({
    handle: "brookline-extendable-dining-table",
    title: "Brookline Extendable Dining Table",
    vendor: oakhollow,
    productType: "Tables & Storage",
    categories: ["dining", "bestsellers"],
    tags: ["dining table", "extendable", "solid oak", "seats 8", "freight"],
    descriptionHtml: `
<p>A solid white-oak trestle table with a butterfly leaf stored underneath, so it goes from a weeknight table to a holiday table in under a minute.</p>
<p>Closed it measures 72" L x 38" W x 30" H (183 x 97 x 76 cm) and seats 6; extended it is 96" (244 cm) long and seats 8. Finished with a water-based matte lacquer that resists rings and heat up to 212°F (100°C).</p>
<p>Ships by freight; the trestle base bolts on with the included hex key. 5-year warranty.</p>`,
    options: { Color: ["Natural Oak", "Smoked Oak"] },
    variants: [
      { sku: "OH-BROOK-NAT", options: { Color: "Natural Oak" }, price: 1499, stock: 7 },
      { sku: "OH-BROOK-SMK", options: { Color: "Smoked Oak" }, price: 1599, stock: 4 },
    ],
    imageAlts: ["Brookline dining table extended with eight chairs", "The Brookline's butterfly leaf folding out"],
    variantImageOption: "Color",
    attributes: {
      material: ["solid white oak", "matte lacquer"],
      color: ["Natural Oak", "Smoked Oak"],
      dimensions: '72"-96" L x 38" W x 30" H (183-244 x 97 x 76 cm)',
      weight: "165 lb (75 kg)",
      care: "Wipe with a soft damp cloth; use coasters and trivets; avoid silicone polish.",
      warranty_years: 5,
      assembly: "Bolt on the trestle base, about 30 minutes with two people",
      shipping_method: "freight",
    },
    updatedAt: "2026-10-20T15:45:00Z",
  }),
  defineProduct({
    handle: "tamsin-round-coffee-table",
    title: "Tamsin Round Coffee Table",
    vendor: oakhollow,
    productType: "Tables & Storage",
    categories: ["livingTables", "smallSpace"],
    tags: ["coffee table", "round", "walnut"],
    descriptionHtml: `
<p>A round coffee table with a lower shelf for books and baskets. Rounded edges make it a good choice around small children.</p>
<p>36" diameter x 16" H (91 x 41 cm). Walnut veneer over a plywood core on solid walnut legs.</p>
<p>Legs screw in; about 15 minutes. 5-year warranty.</p>`,
    options: { Color: ["Walnut"] },
    variants: [{ sku: "OH-TAMSIN-WAL", options: { Color: "Walnut" }, price: 399, stock: 18 }],
    imageAlts: ["Tamsin round walnut coffee table with books on the lower shelf"],
    attributes: {
      material: ["walnut veneer", "plywood", "solid walnut"],
      color: "Walnut",
      dimensions: '36" diameter x 16" H (91 x 41 cm)',
      weight: "42 lb (19 kg)",
      care: "Dust regularly; wipe spills at once; keep out of direct sunlight to limit fading.",
      warranty_years: 5,
      assembly: "Screw in legs, about 15 minutes",
      shipping_method: "parcel",
    },
    updatedAt: "2026-06-12T12:00:00Z",
  }),
  defineProduct({
    handle: "pell-metal-side-table",
    title: "Pell Metal Side Table",
    vendor: "Northwind Essentials",
    productType: "Tables & Storage",
    categories: ["livingTables", "giftsUnder100"],
    tags: ["side table", "end table", "metal", "indoor outdoor"],
    descriptionHtml: `
<p>A slim drum-shaped side table in powder-coated steel that works beside a sofa or on a covered porch.</p>
<p>18" diameter x 20" H (46 x 51 cm); the tray top holds up to 22 lb (10 kg). Weighs 9 lb (4 kg).</p>
<p>Three legs bolt to the top. 1-year warranty.</p>`,
    options: { Color: ["Black", "Sage", "Terracotta"] },
    variants: [
      { sku: "NE-PELL-BLK", options: { Color: "Black" }, price: 89, stock: 40 },
      { sku: "NE-PELL-SAG", options: { Color: "Sage" }, price: 89, stock: 15 },
      { sku: "NE-PELL-TER", options: { Color: "Terracotta" }, price: 89, stock: 0 },
    ],
    imageAlts: ["Pell side table in sage next to an armchair"],
    variantImageOption: "Color",
    attributes: {
      material: "powder-coated steel",
      color: ["Black", "Sage", "Terracotta"],
      dimensions: '18" diameter x 20" H (46 x 51 cm)',
      weight: "9 lb (4 kg)",
      care: "Wipe with a damp cloth; bring indoors in winter.",
      warranty_years: 1,
      assembly: "Bolt three legs to the top, about 10 minutes",
      shipping_method: "parcel",
    },
    updatedAt: "2026-09-22T09:15:00Z",
  }),
  defineProduct({
    handle: "arden-writing-desk",
    title: "Arden Writing Desk",
    vendor: oakhollow,
    productType: "Tables & Storage",
    categories: ["office", "smallSpace"],
    tags: ["desk", "home office", "writing desk", "cable management"],
    descriptionHtml: `
<p>A compact desk with two soft-close drawers and a hidden cable channel along the back edge.</p>
<p>48" W x 24" D x 30" H (122 x 61 x 76 cm); knee clearance 26" (66 cm). Oak veneer top and drawer fronts, solid oak legs.</p>
<p>Flat-packed; assembly takes about 45 minutes. 5-year warranty.</p>`,
    options: { Color: ["Natural Oak", "Black Oak"] },
    variants: [
      { sku: "OH-ARDEN-NAT", options: { Color: "Natural Oak" }, price: 549, stock: 13 },
      { sku: "OH-ARDEN-BLK", options: { Color: "Black Oak" }, price: 549, stock: 6 },
    ],
    imageAlts: ["Arden writing desk in natural oak with a laptop and lamp"],
    variantImageOption: "Color",
    attributes: {
      material: ["oak veneer", "solid oak", "MDF drawer boxes"],
      color: ["Natural Oak", "Black Oak"],
      dimensions: '48" W x 24" D x 30" H (122 x 61 x 76 cm)',
      weight: "71 lb (32 kg)",
      care: "Wipe with a damp cloth; avoid standing water on the top.",
      warranty_years: 5,
      assembly: "Flat-packed, about 45 minutes",
      shipping_method: "parcel",
    },
    updatedAt: "2026-08-05T17:30:00Z",
  }),
  defineProduct({
    handle: "cove-5-shelf-bookcase",
    title: "Cove 5-Shelf Bookcase",
    vendor: oakhollow,
    productType: "Tables & Storage",
    categories: ["livingTables", "office"],
    tags: ["bookcase", "bookshelf", "storage", "anti-tip"],
    descriptionHtml: `
<p>A tall bookcase with three adjustable shelves and two fixed ones; each shelf holds up to 40 lb (18 kg).</p>
<p>32" W x 14" D x 76" H (81 x 36 x 193 cm). Oak veneer on a plywood carcass. The included anti-tip kit must be fixed to the wall.</p>
<p>Flat-packed; about 40 minutes to assemble. 5-year warranty.</p>`,
    options: { Color: ["Natural Oak", "White"] },
    variants: [
      { sku: "OH-COVE-NAT", options: { Color: "Natural Oak" }, price: 379, stock: 20 },
      { sku: "OH-COVE-WHT", options: { Color: "White" }, price: 349, stock: 17 },
    ],
    imageAlts: ["Cove bookcase in natural oak filled with books and plants"],
    variantImageOption: "Color",
    attributes: {
      material: ["oak veneer", "plywood"],
      color: ["Natural Oak", "White"],
      dimensions: '32" W x 14" D x 76" H (81 x 36 x 193 cm)',
      weight: "88 lb (40 kg)",
      care: "Dust with a dry cloth; wipe spills promptly.",
      warranty_years: 5,
      assembly: "Flat-packed, about 40 minutes; wall anchor required",
      shipping_method: "parcel",
    },
    updatedAt: "2026-05-27T10:00:00Z",
  }),
  defineProduct({
    handle: "juniper-6-drawer-dresser",
    title: "Juniper 6-Drawer Dresser",
    vendor: oakhollow,
    productType: "Tables & Storage",
    categories: ["bedroom"],
    tags: ["dresser", "bedroom storage", "solid wood", "freight"],
    descriptionHtml: `
<p>A wide dresser with six dovetailed drawers on full-extension, soft-close runners.</p>
<p>60" W x 19" D x 32" H (152 x 48 x 81 cm). Solid ash with ash veneer side panels and brass-finish pulls. Includes an anti-tip wall anchor.</p>
<p>Ships assembled by freight. 5-year warranty.</p>`,
    options: { Color: ["Natural Ash", "Ebonized Ash"] },
    variants: [
      { sku: "OH-JUNIPER-NAT", options: { Color: "Natural Ash" }, price: 1099, stock: 5 },
      { sku: "OH-JUNIPER-EBN", options: { Color: "Ebonized Ash" }, price: 1099, stock: 1 },
    ],
    imageAlts: ["Juniper dresser in natural ash with a lamp on top"],
    variantImageOption: "Color",
    attributes: {
      material: ["solid ash", "ash veneer", "brass-finish steel"],
      color: ["Natural Ash", "Ebonized Ash"],
      dimensions: '60" W x 19" D x 32" H (152 x 48 x 81 cm)',
      weight: "145 lb (66 kg)",
      care: "Dust with a soft cloth; lift objects rather than sliding them across the top.",
      warranty_years: 5,
      assembly: "None; wall anchor required",
      shipping_method: "freight",
    },
    updatedAt: "2026-09-09T14:25:00Z",
  }),
  defineProduct({
    handle: "alcott-nightstand",
    title: "Alcott Nightstand",
    vendor: oakhollow,
    productType: "Tables & Storage",
    categories: ["bedroom", "smallSpace"],
    tags: ["nightstand", "bedside table", "bedroom"],
    descriptionHtml: `
<p>A nightstand with one soft-close drawer, an open cubby and a cut-out at the back for charging cables.</p>
<p>20" W x 16" D x 24" H (51 x 41 x 61 cm). Solid ash frame and ash veneer panels.</p>
<p>Arrives assembled. 5-year warranty.</p>`,
    options: { Color: ["Natural Ash", "Ebonized Ash"] },
    variants: [
      { sku: "OH-ALCOTT-NAT", options: { Color: "Natural Ash" }, price: 279, stock: 16 },
      { sku: "OH-ALCOTT-EBN", options: { Color: "Ebonized Ash" }, price: 279, stock: 9 },
    ],
    imageAlts: ["Alcott nightstand in natural ash beside a bed"],
    attributes: {
      material: ["solid ash", "ash veneer"],
      color: ["Natural Ash", "Ebonized Ash"],
      dimensions: '20" W x 16" D x 24" H (51 x 41 x 61 cm)',
      weight: "31 lb (14 kg)",
      care: "Dust with a soft cloth; use a coaster under drinks.",
      warranty_years: 5,
      assembly: "None",
      shipping_method: "parcel",
    },
    updatedAt: "2026-09-09T14:25:00Z",
  }),
  defineProduct({
    handle: "alder-platform-bed",
    title: "Alder Platform Bed",
    vendor: oakhollow,
    productType: "Beds & Mattresses",
    categories: ["bedroom"],
    tags: ["bed frame", "platform bed", "no box spring", "freight"],
    descriptionHtml: `
<p>A low platform bed with a slatted base, so no box spring is needed, and an upholstered headboard in washed linen.</p>
<p>Queen: 64" W x 86" L x 42" H (163 x 218 x 107 cm); King: 80" W x 86" L x 42" H (203 x 218 x 107 cm). Under-bed clearance 7" (18 cm). Solid alder frame with a centre support leg.</p>
<p>Ships by freight; assembly takes two people about 45 minutes. 5-year warranty.</p>`,
    options: { Size: ["Queen", "King"] },
    variants: [
      { sku: "OH-ALDER-Q", options: { Size: "Queen" }, price: 899, stock: 8 },
      { sku: "OH-ALDER-K", options: { Size: "King" }, price: 999, stock: 4 },
    ],
    imageAlts: ["Alder platform bed with linen headboard and white bedding"],
    attributes: {
      material: ["solid alder", "washed linen", "pine slats"],
      color: "Natural Alder / Flax",
      dimensions: 'Queen 64" W x 86" L x 42" H (163 x 218 x 107 cm); King 80" W x 86" L x 42" H (203 x 218 x 107 cm)',
      weight: "Queen 118 lb (54 kg); King 136 lb (62 kg)",
      care: "Vacuum the headboard; spot clean with water-based cleaner.",
      warranty_years: 5,
      assembly: "Two people, about 45 minutes",
      shipping_method: "freight",
    },
    updatedAt: "2026-07-14T08:45:00Z",
  }),
  defineProduct({
    handle: "dreamvale-hybrid-mattress",
    title: "Dreamvale Hybrid Mattress",
    vendor: dreamvale,
    productType: "Beds & Mattresses",
    categories: ["bedroom", "bestsellers"],
    tags: ["mattress", "hybrid", "medium firm", "100-night trial", "cooling"],
    descriptionHtml: `
<p>A 12" (30 cm) hybrid with individually wrapped coils, a zoned support layer and gel-infused memory foam, rated medium-firm (6 out of 10).</p>
<p>The coils keep air moving so it sleeps cooler than all-foam beds, and reinforced edges make it easy to sit on the side. The cover is an organic cotton knit.</p>
<p>Ships compressed in a box by UPS; let it expand for 24 hours. Includes a 100-night sleep trial and a 10-year warranty.</p>`,
    options: { Size: ["Twin", "Full", "Queen", "King", "California King"] },
    variants: [
      { sku: "DV-HYB-TW", options: { Size: "Twin" }, price: 699, stock: 12 },
      { sku: "DV-HYB-FL", options: { Size: "Full" }, price: 899, stock: 9 },
      { sku: "DV-HYB-QN", options: { Size: "Queen" }, price: 1099, stock: 25 },
      { sku: "DV-HYB-KG", options: { Size: "King" }, price: 1299, stock: 14 },
      { sku: "DV-HYB-CK", options: { Size: "California King" }, price: 1299, stock: 0 },
    ],
    imageAlts: ["Dreamvale hybrid mattress on a platform bed", "Cutaway showing the coil and foam layers"],
    attributes: {
      material: ["pocketed steel coils", "gel-infused memory foam", "organic cotton cover"],
      firmness: "Medium-firm (6/10)",
      dimensions: 'Queen 60" x 80" x 12" (152 x 203 x 30 cm)',
      weight: "Queen 88 lb (40 kg)",
      care: "Rotate head to foot every 3 months; use a waterproof protector; spot clean only.",
      warranty_years: 10,
      trial_nights: 100,
      certifications: ["CertiPUR-US foams"],
      shipping_method: "parcel",
    },
    updatedAt: "2026-10-01T07:00:00Z",
  }),
  defineProduct({
    handle: "dreamvale-essential-foam-mattress",
    title: "Dreamvale Essential Foam Mattress",
    vendor: dreamvale,
    productType: "Beds & Mattresses",
    categories: ["bedroom", "sale"],
    tags: ["mattress", "memory foam", "medium", "100-night trial", "guest room"],
    descriptionHtml: `
<p>A 10" (25 cm) all-foam mattress with a contouring memory-foam top layer over a firm support core, rated medium (5 out of 10).</p>
<p>A good fit for guest rooms, kids' rooms and side sleepers who like pressure relief. Removable polyester-blend cover.</p>
<p>Ships compressed in a box by UPS. Includes a 100-night sleep trial and a 10-year warranty.</p>`,
    options: { Size: ["Twin", "Full", "Queen", "King"] },
    variants: [
      { sku: "DV-ESS-TW", options: { Size: "Twin" }, price: 399, compareAtPrice: 449, stock: 20 },
      { sku: "DV-ESS-FL", options: { Size: "Full" }, price: 499, compareAtPrice: 549, stock: 11 },
      { sku: "DV-ESS-QN", options: { Size: "Queen" }, price: 599, compareAtPrice: 699, stock: 17 },
      { sku: "DV-ESS-KG", options: { Size: "King" }, price: 749, compareAtPrice: 849, stock: 6 },
    ],
    imageAlts: ["Dreamvale Essential foam mattress in a guest bedroom"],
    attributes: {
      material: ["memory foam", "polyurethane support foam", "polyester-blend cover"],
      firmness: "Medium (5/10)",
      dimensions: 'Queen 60" x 80" x 10" (152 x 203 x 25 cm)',
      weight: "Queen 62 lb (28 kg)",
      care: "Rotate every 3 months; cover is removable for spot cleaning, do not machine wash.",
      warranty_years: 10,
      trial_nights: 100,
      certifications: ["CertiPUR-US foams"],
      shipping_method: "parcel",
    },
    updatedAt: "2026-11-14T09:30:00Z",
  }),
  defineProduct({
    handle: "linden-outdoor-sofa",
    title: "Linden Outdoor Sofa",
    vendor: oakhollow,
    productType: "Seating",
    categories: ["sofas"],
    tags: ["outdoor sofa", "patio", "teak", "coming soon"],
    descriptionHtml: `
<p>A teak-framed outdoor version of the Linden with quick-dry cushions in solution-dyed acrylic. Arrives spring 2027.</p>
<p>78" W x 33" D x 30" H (198 x 84 x 76 cm).</p>`,
    options: { Color: ["Canvas"] },
    variants: [{ sku: "OH-LINDEN-OUT-CNV", options: { Color: "Canvas" }, price: 1899, stock: 0 }],
    imageAlts: ["Linden outdoor sofa on a deck"],
    attributes: {
      material: ["grade-A teak", "solution-dyed acrylic", "quick-dry foam"],
      dimensions: '78" W x 33" D x 30" H (198 x 84 x 76 cm)',
      warranty_years: 10,
      shipping_method: "freight",
    },
    updatedAt: "2026-11-18T16:00:00Z",
    status: "draft",
  }),
];
