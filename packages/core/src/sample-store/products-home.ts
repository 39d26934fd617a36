import type { ProductInput } from "../catalog/product";
import { defineProduct } from "./product-builder";

const loomwell = "Loomwell";
const emberforge = "Emberforge";
const essentials = "Northwind Essentials";

export const homeProducts: ProductInput[] = [
  defineProduct({
    handle: "percale-sheet-set",
    title: "Loomwell Percale Sheet Set",
    vendor: loomwell,
    productType: "Bedding & Bath",
    categories: ["bedding", "bestsellers"],
    tags: ["sheets", "percale", "cotton", "cool sleep", "deep pocket"],
    descriptionHtml: `
<p>Crisp, matte percale woven from 100% long-staple cotton at 300 thread count; cool and breathable for hot sleepers.</p>
<p>Each set has a flat sheet, a fitted sheet with 16" (41 cm) deep pockets and two pillowcases (one in Twin). OEKO-TEX Standard 100 certified.</p>
<p>Machine wash cold, tumble dry low; softens with every wash. 1-year warranty.</p>`,
    options: { Size: ["Twin", "Queen", "King"], Color: ["White", "Mist Gray", "Sage"] },
    variants: [
      { sku: "LW-PERC-TW-WHT", options: { Size: "Twin", Color: "White" }, price: 119, stock: 30 },
      { sku: "LW-PERC-QN-WHT", options: { Size: "Queen", Color: "White" }, price: 149, stock: 42 },
      { sku: "LW-PERC-QN-MST", options: { Size: "Queen", Color: "Mist Gray" }, price: 149, stock: 18 },
      { sku: "LW-PERC-QN-SAG", options: { Size: "Queen", Color: "Sage" }, price: 149, stock: 0 },
      { sku: "LW-PERC-KG-WHT", options: { Size: "King", Color: "White" }, price: 169, stock: 25 },
      { sku: "LW-PERC-KG-MST", options: { Size: "King", Color: "Mist Gray" }, price: 169, stock: 7 },
    ],
    imageAlts: ["White percale sheets on a made bed", "Folded percale sheet set in mist gray"],
    attributes: {
      material: "100% long-staple cotton percale",
      thread_count: 300,
      color: ["White", "Mist Gray", "Sage"],
      dimensions: 'Queen fitted sheet 60" x 80" (152 x 203 cm), fits mattresses up to 16" (41 cm) deep',
      care: "Machine wash cold with like colours; tumble dry low; warm iron if desired.",
      certifications: ["OEKO-TEX Standard 100"],
      warranty_years: 1,
      shipping_method: "parcel",
    },
    updatedAt: "2026-10-15T10:30:00Z",
  }),
  defineProduct({
    handle: "stonewashed-linen-duvet-cover",
    title: "Stonewashed Linen Duvet Cover",
    vendor: loomwell,
    productType: "Bedding & Bath",
    categories: ["bedding"],
    tags: ["duvet cover", "linen", "stonewashed", "relaxed"],
    descriptionHtml: `
<p>A relaxed, lived-in duvet cover in 100% European flax linen, stonewashed for softness from the first night.</p>
<p>Hidden coconut-shell button closure and corner ties that keep the insert in place. Queen measures 90" x 92" (229 x 234 cm); King 106" x 92" (269 x 234 cm).</p>
<p>Machine wash cold, tumble dry low. Expect natural wrinkles. 1-year warranty.</p>`,
    options: { Size: ["Queen", "King"], Color: ["Natural", "Terracotta", "Charcoal"] },
    variants: [
      { sku: "LW-LINDUV-QN-NAT", options: { Size: "Queen", Color: "Natural" }, price: 229, stock: 14 },
      { sku: "LW-LINDUV-QN-TER", options: { Size: "Queen", Color: "Terracotta" }, price: 229, stock: 6 },
      { sku: "LW-LINDUV-KG-NAT", options: { Size: "King", Color: "Natural" }, price: 279, stock: 8 },
      { sku: "LW-LINDUV-KG-TER", options: { Size: "King", Color: "Terracotta" }, price: 279, stock: -3, backorder: true },
      { sku: "LW-LINDUV-KG-CHR", options: { Size: "King", Color: "Charcoal" }, price: 279, stock: 5 },
    ],
    imageAlts: ["Terracotta linen duvet cover on a bed with white sheets"],
    variantImageOption: "Color",
    attributes: {
      material: "100% European flax linen",
      color: ["Natural", "Terracotta", "Charcoal"],
      dimensions: 'Queen 90" x 92" (229 x 234 cm); King 106" x 92" (269 x 234 cm)',
      care: "Machine wash cold on gentle; tumble dry low; remove promptly to limit wrinkles.",
      certifications: ["OEKO-TEX Standard 100"],
      warranty_years: 1,
      backorder_note: "King Terracotta is on backorder and ships in about 3 weeks.",
      shipping_method: "parcel",
    },
    updatedAt: "2026-11-08T12:00:00Z",
  }),
  defineProduct({
    handle: "all-season-down-alternative-comforter",
    title: "All-Season Down-Alternative Comforter",
    vendor: loomwell,
    productType: "Bedding & Bath",
    categories: ["bedding"],
    tags: ["comforter", "duvet insert", "hypoallergenic", "down alternative"],
    descriptionHtml: `
<p>A medium-weight comforter filled with hypoallergenic microfibre clusters that loft like down, for people with feather allergies.</p>
<p>Baffle-box stitching keeps the fill even, and eight corner loops hold it inside a duvet cover. Cotton sateen shell. Queen 88" x 90" (224 x 229 cm), 4.2 lb (1.9 kg).</p>
<p>Machine washable in a large-capacity machine. 1-year warranty.</p>`,
    options: { Size: ["Twin", "Queen", "King"] },
    variants: [
      { sku: "LW-COMF-TW", options: { Size: "Twin" }, price: 149, stock: 15 },
      { sku: "LW-COMF-QN", options: { Size: "Queen" }, price: 179, stock: 22 },
      { sku: "LW-COMF-KG", options: { Size: "King" }, price: 199, stock: 12 },
    ],
    imageAlts: ["White down-alternative comforter folded at the foot of a bed"],
    attributes: {
      material: ["cotton sateen shell", "polyester microfibre fill"],
      dimensions: 'Twin 68" x 90" (173 x 229 cm); Queen 88" x 90" (224 x 229 cm); King 104" x 90" (264 x 229 cm)',
      weight: "Queen 4.2 lb (1.9 kg)",
      care: "Machine wash warm in a large front-loader; tumble dry low with dryer balls.",
      warranty_years: 1,
      shipping_method: "parcel",
    },
    updatedAt: "2026-09-30T11:00:00Z",
  }),
  defineProduct({
    handle: "adjustable-memory-foam-pillow",
    title: "Loomwell Adjustable Pillow",
    vendor: loomwell,
    productType: "Bedding & Bath",
    categories: ["bedding", "giftsUnder100"],
    tags: ["pillow", "adjustable", "memory foam", "side sleeper"],
    descriptionHtml: `
<p>A pillow filled with shredded memory foam that you can add or remove through a zip, so back, side and stomach sleepers each get the loft they need.</p>
<p>Standard 20" x 26" (51 x 66 cm); King 20" x 36" (51 x 91 cm). Includes an extra bag of fill. Bamboo-derived viscose cover.</p>
<p>Cover is machine washable; the fill is spot clean only. 1-year warranty.</p>`,
    options: { Size: ["Standard", "King"] },
    variants: [
      { sku: "LW-PILLOW-STD", options: { Size: "Standard" }, price: 69, stock: 60 },
      { sku: "LW-PILLOW-KG", options: { Size: "King" }, price: 89, stock: 35 },
    ],
    imageAlts: ["Adjustable memory foam pillow with its zip open"],
    attributes: {
      material: ["shredded memory foam", "viscose from bamboo cover"],
      dimensions: 'Standard 20" x 26" (51 x 66 cm); King 20" x 36" (51 x 91 cm)',
      care: "Machine wash the cover cold; air out the fill, do not wash it.",
      warranty_years: 1,
      shipping_method: "parcel",
    },
    updatedAt: "2026-08-22T09:00:00Z",
  }),
  defineProduct({
    handle: "merino-wool-throw",
    title: "Merino Wool Throw",
    vendor: loomwell,
    productType: "Bedding & Bath",
    categories: ["bedding", "cabinWeekend", "giftsUnder100"],
    tags: ["throw", "blanket", "wool", "merino", "gift"],
    descriptionHtml: `
<p>A lightweight herringbone throw woven in Portugal from 100% merino wool that is warm without bulk and does not itch.</p>
<p>50" x 70" (127 x 178 cm) with hand-knotted fringe; 2.1 lb (0.95 kg).</p>
<p>Dry clean, or hand wash cold with wool detergent and dry flat. 1-year warranty.</p>`,
    options: { Color: ["Oat", "Charcoal", "Rust"] },
    variants: [
      { sku: "LW-MERINO-OAT", options: { Color: "Oat" }, price: 99, stock: 28 },
      { sku: "LW-MERINO-CHR", options: { Color: "Charcoal" }, price: 99, stock: 19 },
      { sku: "LW-MERINO-RST", options: { Color: "Rust" }, price: 99, stock: 4 },
    ],
    imageAlts: ["Rust merino throw draped over an armchair"],
    variantImageOption: "Color",
    attributes: {
      material: "100% merino wool",
      color: ["Oat", "Charcoal", "Rust"],
      dimensions: '50" x 70" (127 x 178 cm)',
      weight: "2.1 lb (0.95 kg)",
      care: "Dry clean or hand wash cold with wool detergent; dry flat; do not tumble dry.",
      country_of_origin: "Portugal",
      warranty_years: 1,
      shipping_method: "parcel",
    },
    updatedAt: "2026-10-25T15:00:00Z",
  }),
  defineProduct({
    handle: "waffle-knit-cotton-blanket",
    title: "Waffle Knit Cotton Blanket",
    vendor: loomwell,
    productType: "Bedding & Bath",
    categories: ["bedding"],
    tags: ["blanket", "waffle", "cotton", "summer"],
    descriptionHtml: `
<p>A breathable waffle-weave blanket in 100% cotton; enough on its own in summer and a good layer over sheets in winter.</p>
<p>Full/Queen 90" x 90" (229 x 229 cm); King 108" x 90" (274 x 229 cm).</p>
<p>Machine wash warm, tumble dry low. 1-year warranty.</p>`,
    options: { Size: ["Full/Queen", "King"], Color: ["White", "Sand"] },
    variants: [
      { sku: "LW-WAFFLE-FQ-WHT", options: { Size: "Full/Queen", Color: "White" }, price: 99, stock: 20 },
      { sku: "LW-WAFFLE-FQ-SND", options: { Size: "Full/Queen", Color: "Sand" }, price: 99, stock: 13 },
      { sku: "LW-WAFFLE-KG-WHT", options: { Size: "King", Color: "White" }, price: 119, stock: 9 },
    ],
    imageAlts: ["Sand waffle knit blanket on a bed"],
    attributes: {
      material: "100% cotton",
      color: ["White", "Sand"],
      dimensions: 'Full/Queen 90" x 90" (229 x 229 cm); King 108" x 90" (274 x 229 cm)',
      care: "Machine wash warm; tumble dry low.",
      warranty_years: 1,
      shipping_method: "parcel",
    },
    updatedAt: "2026-06-03T09:00:00Z",
  }),
  defineProduct({
    handle: "turkish-cotton-towel-set",
    title: "Turkish Cotton Towel Set",
    vendor: loomwell,
    productType: "Bedding & Bath",
    categories: ["bath", "giftsUnder100"],
    tags: ["towels", "bath", "turkish cotton", "set of 6"],
    descriptionHtml: `
<p>Plush 650 GSM towels woven in Denizli, Turkey from long-staple Turkish cotton that gets more absorbent after the first few washes.</p>
<p>Set of six: two bath towels 30" x 56" (76 x 142 cm), two hand towels 16" x 30" (41 x 76 cm) and two washcloths 13" x 13" (33 x 33 cm).</p>
<p>Machine wash warm; skip fabric softener, which reduces absorbency. 1-year warranty.</p>`,
    options: { Color: ["White", "Stone", "Navy"] },
    variants: [
      { sku: "LW-TOWEL6-WHT", options: { Color: "White" }, price: 89, stock: 50 },
      { sku: "LW-TOWEL6-STN", options: { Color: "Stone" }, price: 89, stock: 22 },
      { sku: "LW-TOWEL6-NVY", options: { Color: "Navy" }, price: 89, stock: 0 },
    ],
    imageAlts: ["Stack of stone-coloured Turkish cotton towels"],
    variantImageOption: "Color",
    attributes: {
      material: "100% Turkish cotton, 650 GSM",
      color: ["White", "Stone", "Navy"],
      dimensions: 'Bath towel 30" x 56" (76 x 142 cm)',
      care: "Machine wash warm; tumble dry medium; no fabric softener or bleach.",
      country_of_origin: "Turkey",
      warranty_years: 1,
      shipping_method: "parcel",
    },
    updatedAt: "2026-07-07T10:00:00Z",
  }),
  defineProduct({
    handle: "sora-flatweave-wool-rug",
    title: "Sora Flatweave Wool Rug",
    vendor: loomwell,
    productType: "Rugs & Curtains",
    categories: ["rugs", "bestsellers"],
    tags: ["rug", "wool", "flatweave", "reversible", "handwoven"],
    descriptionHtml: `
<p>A reversible, hand-woven flatweave rug in New Zealand wool with a subtle diamond pattern. Low profile (0.25" / 6 mm), so doors swing over it.</p>
<p>Available in 5' x 8' (152 x 244 cm), 8' x 10' (244 x 305 cm) and 9' x 12' (274 x 366 cm). Use a rug pad to stop it sliding.</p>
<p>Vacuum without the beater bar; rotate every 6 months for even wear. Some shedding in the first weeks is normal. 1-year warranty.</p>`,
    options: { Size: ["5' x 8'", "8' x 10'", "9' x 12'"], Color: ["Ivory/Charcoal", "Blue/Ivory"] },
    variants: [
      { sku: "LW-SORA-58-IVC", options: { Size: "5' x 8'", Color: "Ivory/Charcoal" }, price: 299, stock: 10 },
      { sku: "LW-SORA-810-IVC", options: { Size: "8' x 10'", Color: "Ivory/Charcoal" }, price: 599, stock: 6 },
      { sku: "LW-SORA-912-IVC", options: { Size: "9' x 12'", Color: "Ivory/Charcoal" }, price: 799, stock: 2 },
      { sku: "LW-SORA-58-BLU", options: { Size: "5' x 8'", Color: "Blue/Ivory" }, price: 299, stock: 8 },
      { sku: "LW-SORA-810-BLU", options: { Size: "8' x 10'", Color: "Blue/Ivory" }, price: 599, stock: 0 },
    ],
    imageAlts: ["Sora wool rug in ivory and charcoal under a sofa", "Close-up of the Sora's diamond weave"],
    attributes: {
      material: "100% New Zealand wool",
      color: ["Ivory/Charcoal", "Blue/Ivory"],
      dimensions: "5' x 8' (152 x 244 cm); 8' x 10' (244 x 305 cm); 9' x 12' (274 x 366 cm); pile height 0.25\" (6 mm)",
      care: "Vacuum without a beater bar; blot spills; professional cleaning recommended.",
      warranty_years: 1,
      shipping_method: "parcel",
    },
    updatedAt: "2026-10-09T13:00:00Z",
  }),
  defineProduct({
    handle: "washable-runner-rug",
    title: "Washable Runner Rug",
    vendor: loomwell,
    productType: "Rugs & Curtains",
    categories: ["rugs"],
    tags: ["runner", "washable", "hallway", "kitchen", "pet friendly"],
    descriptionHtml: `
<p>A machine-washable runner for hallways and kitchens, with a non-slip backing that stays flat on hard floors.</p>
<p>2.5' x 8' (76 x 244 cm), 0.2" (5 mm) thick, polyester chenille. Fits in a standard 4.5 cu ft washer.</p>
<p>Machine wash cold on gentle, hang dry. 1-year warranty.</p>`,
    options: { Color: ["Rust Medallion", "Slate Vine"] },
    variants: [
      { sku: "LW-RUNNER-RST", options: { Color: "Rust Medallion" }, price: 119, stock: 21 },
      { sku: "LW-RUNNER-SLT", options: { Color: "Slate Vine" }, price: 119, stock: 14 },
    ],
    imageAlts: ["Washable runner rug in a hallway"],
    attributes: {
      material: ["polyester chenille", "non-slip TPR backing"],
      color: ["Rust Medallion", "Slate Vine"],
      dimensions: "2.5' x 8' (76 x 244 cm)",
      care: "Machine wash cold on gentle; hang dry; do not tumble dry.",
      warranty_years: 1,
      shipping_method: "parcel",
    },
    updatedAt: "2026-08-14T08:30:00Z",
  }),
  defineProduct({
    handle: "jute-round-rug",
    title: "Braided Jute Round Rug",
    vendor: loomwell,
    productType: "Rugs & Curtains",
    categories: ["rugs", "sale", "clearance"],
    tags: ["rug", "jute", "round", "natural fibre", "clearance", "final sale"],
    descriptionHtml: `
<p>A hand-braided round rug in natural jute that adds texture under a dining table or in an entry.</p>
<p>6' (183 cm) diameter, 0.5" (13 mm) thick, 14 lb (6.4 kg). Best in low-moisture rooms; jute can stain with water.</p>
<p>Clearance: final sale, not eligible for return or exchange. 1-year warranty against manufacturing defects.</p>`,
    options: { Size: ["6' round"] },
    variants: [{ sku: "LW-JUTE6-NAT", options: { Size: "6' round" }, price: 99, compareAtPrice: 179, stock: 5 }],
    imageAlts: ["Round jute rug under a small dining table"],
    attributes: {
      material: "100% jute",
      color: "Natural",
      dimensions: "6' diameter (183 cm), 0.5\" (13 mm) thick",
      weight: "14 lb (6.4 kg)",
      care: "Vacuum often; blot spills with a dry cloth; do not wet clean.",
      warranty_years: 1,
      final_sale: true,
      shipping_method: "parcel",
    },
    updatedAt: "2026-11-01T10:00:00Z",
  }),
  defineProduct({
    handle: "linen-blend-curtain-panel",
    title: "Linen-Blend Curtain Panel",
    vendor: loomwell,
    productType: "Rugs & Curtains",
    categories: ["rugs"],
    tags: ["curtains", "linen", "light filtering", "single panel"],
    descriptionHtml: `
<p>A light-filtering curtain panel in a linen and cotton blend with a 3" (7.6 cm) rod pocket and back tabs. Sold individually.</p>
<p>Each panel is 50" (127 cm) wide, in 84" (213 cm) or 96" (244 cm) lengths. Not blackout: it softens daylight and gives privacy.</p>
<p>Machine wash cold, line dry; iron on medium while damp. 1-year warranty.</p>`,
    options: { Size: ['50" x 84"', '50" x 96"'], Color: ["White", "Flax"] },
    variants: [
      { sku: "LW-CURT-84-WHT", options: { Size: '50" x 84"', Color: "White" }, price: 79, stock: 45 },
      { sku: "LW-CURT-96-WHT", options: { Size: '50" x 96"', Color: "White" }, price: 89, stock: 30 },
      { sku: "LW-CURT-84-FLX", options: { Size: '50" x 84"', Color: "Flax" }, price: 79, stock: 26 },
      { sku: "LW-CURT-96-FLX", options: { Size: '50" x 96"', Color: "Flax" }, price: 89, stock: 0 },
    ],
    imageAlts: ["White linen-blend curtain panels in a sunny window"],
    attributes: {
      material: "55% linen, 45% cotton",
      color: ["White", "Flax"],
      dimensions: '50" x 84" (127 x 213 cm) or 50" x 96" (127 x 244 cm) per panel',
      care: "Machine wash cold on gentle; line dry; iron on medium while damp.",
      warranty_years: 1,
      shipping_method: "parcel",
    },
    updatedAt: "2026-05-19T11:30:00Z",
  }),
  defineProduct({
    handle: "cast-iron-skillet-12",
    title: 'Emberforge 12" Cast Iron Skillet',
    vendor: emberforge,
    productType: "Cookware",
    categories: ["cookware", "bestsellers", "cabinWeekend", "giftsUnder100"],
    tags: ["skillet", "cast iron", "pre-seasoned", "induction", "oven safe", "campfire"],
    descriptionHtml: `
<p>A 12" (30 cm) cast iron skillet, pre-seasoned with flaxseed oil and machined smooth inside so eggs release once it is seasoned in.</p>
<p>Weighs 7.6 lb (3.4 kg), with a helper handle and two pour spouts. Works on gas, electric, induction, in the oven and over a campfire.</p>
<p>Hand wash, dry on the stove and wipe with a thin coat of oil. Limited lifetime warranty. Made in the USA.</p>`,
    options: { Size: ['12"'] },
    variants: [{ sku: "EF-CI-SKL12", options: { Size: '12"' }, price: 59, stock: 80 }],
    imageAlts: ["12-inch cast iron skillet with fried eggs", "Underside of the skillet with the Emberforge logo"],
    attributes: {
      material: "cast iron",
      dimensions: '12" (30 cm) cooking surface diameter, 2" (5 cm) deep',
      weight: "7.6 lb (3.4 kg)",
      care: "Hand wash; dry immediately on low heat; oil lightly; never soak or put in the dishwasher.",
      warranty: "Limited lifetime",
      heat_sources: ["gas", "electric", "induction", "oven", "campfire"],
      country_of_origin: "USA",
      shipping_method: "parcel",
    },
    updatedAt: "2026-04-02T09:00:00Z",
  }),
  defineProduct({
    handle: "enameled-cast-iron-dutch-oven",
    title: "Enameled Cast Iron Dutch Oven, 5.5 qt",
    vendor: emberforge,
    productType: "Cookware",
    categories: ["cookware", "sale"],
    tags: ["dutch oven", "enameled", "cast iron", "braising", "bread baking", "oven safe"],
    descriptionHtml: `
<p>A 5.5 qt (5.2 L) round Dutch oven with a chip-resistant enamel interior, for braises, soups and no-knead bread.</p>
<p>10.25" (26 cm) diameter; weighs 12.5 lb (5.7 kg) with lid. Oven safe to 500°F (260°C) including the stainless knob. Suitable for all hobs including induction.</p>
<p>Dishwasher safe, though hand washing keeps the enamel glossy. Limited lifetime warranty.</p>`,
    options: { Color: ["Cherry Red", "Deep Teal", "Cream"] },
    variants: [
      { sku: "EF-DO55-RED", options: { Color: "Cherry Red" }, price: 179, compareAtPrice: 229, stock: 33 },
      { sku: "EF-DO55-TEL", options: { Color: "Deep Teal" }, price: 179, compareAtPrice: 229, stock: 12 },
      { sku: "EF-DO55-CRM", options: { Color: "Cream" }, price: 179, compareAtPrice: 229, stock: 0 },
    ],
    imageAlts: ["Cherry red Dutch oven with a stew on the stove"],
    variantImageOption: "Color",
    attributes: {
      material: ["enameled cast iron", "stainless steel knob"],
      color: ["Cherry Red", "Deep Teal", "Cream"],
      capacity: "5.5 qt (5.2 L)",
      dimensions: '10.25" (26 cm) diameter, 4.5" (11 cm) deep',
      weight: "12.5 lb (5.7 kg)",
      care: "Let cool before washing; avoid metal utensils; no high heat when empty.",
      oven_safe_to: "500°F (260°C)",
      warranty: "Limited lifetime",
      shipping_method: "parcel",
    },
    updatedAt: "2026-11-14T09:30:00Z",
  }),
  defineProduct({
    handle: "tri-ply-stainless-cookware-set",
    title: "Tri-Ply Stainless Cookware Set, 10 Piece",
    vendor: emberforge,
    productType: "Cookware",
    categories: ["cookware"],
    tags: ["cookware set", "stainless steel", "tri-ply", "induction", "dishwasher safe"],
    descriptionHtml: `
<p>Fully clad tri-ply construction: an aluminium core between two layers of 18/10 stainless steel, so heat spreads up the sides as well as across the base.</p>
<p>Includes 8" and 10" fry pans, 2 qt and 3 qt saucepans with lids, a 3.5 qt sauté pan with lid and an 8 qt stockpot with lid. Oven safe to 600°F (315°C).</p>
<p>Dishwasher safe; induction compatible. Limited lifetime warranty.</p>`,
    options: { Material: ["Stainless Steel"] },
    variants: [{ sku: "EF-TRIPLY-10", options: { Material: "Stainless Steel" }, price: 399, stock: 14 }],
    imageAlts: ["Ten-piece stainless steel cookware set"],
    attributes: {
      material: ["18/10 stainless steel", "aluminium core"],
      pieces: 10,
      weight: "22 lb (10 kg) boxed",
      care: "Dishwasher safe; use a stainless cleaner for heat tint.",
      oven_safe_to: "600°F (315°C)",
      warranty: "Limited lifetime",
      shipping_method: "parcel",
    },
    updatedAt: "2026-03-18T10:00:00Z",
  }),
  defineProduct({
    handle: "carbon-steel-wok",
    title: 'Carbon Steel Wok, 14"',
    vendor: emberforge,
    productType: "Cookware",
    categories: ["cookware", "giftsUnder100"],
    tags: ["wok", "carbon steel", "flat bottom", "stir fry"],
    descriptionHtml: `
<p>A 14" (36 cm) flat-bottomed wok in 1.6 mm carbon steel that sits on electric and induction hobs as well as gas.</p>
<p>Riveted wooden handle plus a helper handle; 3.9 lb (1.8 kg). Arrives with a protective wax coating that must be scrubbed off and the wok seasoned before first use.</p>
<p>Hand wash and dry on the heat. Limited lifetime warranty.</p>`,
    options: { Size: ['14"'] },
    variants: [{ sku: "EF-WOK14", options: { Size: '14"' }, price: 69, stock: 27 }],
    imageAlts: ["Carbon steel wok with vegetables being stir-fried"],
    attributes: {
      material: ["1.6 mm carbon steel", "beech handle"],
      dimensions: '14" (36 cm) diameter',
      weight: "3.9 lb (1.8 kg)",
      care: "Season before first use; hand wash; dry on heat; oil lightly.",
      warranty: "Limited lifetime",
      shipping_method: "parcel",
    },
    updatedAt: "2026-02-20T10:00:00Z",
  }),
  defineProduct({
    handle: "ceramic-nonstick-fry-pan-set",
    title: "Ceramic Nonstick Fry Pan Set",
    vendor: emberforge,
    productType: "Cookware",
    categories: ["cookware", "giftsUnder100"],
    tags: ["fry pan", "nonstick", "ceramic", "PFAS-free", "set of 2"],
    descriptionHtml: `
<p>An 8" (20 cm) and a 10" (25 cm) fry pan with a PFAS-free ceramic nonstick coating over a heavy aluminium body with a stainless induction plate.</p>
<p>Oven safe to 450°F (230°C). Use low to medium heat and wooden or silicone utensils to keep the coating slick.</p>
<p>Hand wash recommended. 2-year warranty on the coating.</p>`,
    options: { Color: ["Sage", "Charcoal"] },
    variants: [
      { sku: "EF-CERPAN2-SAG", options: { Color: "Sage" }, price: 89, stock: 24 },
      { sku: "EF-CERPAN2-CHR", options: { Color: "Charcoal" }, price: 89, stock: 31 },
    ],
    imageAlts: ["Two sage ceramic nonstick fry pans"],
    variantImageOption: "Color",
    attributes: {
      material: ["aluminium", "ceramic nonstick coating", "stainless induction plate"],
      color: ["Sage", "Charcoal"],
      dimensions: '8" (20 cm) and 10" (25 cm)',
      care: "Hand wash with a soft sponge; low to medium heat; no aerosol sprays.",
      oven_safe_to: "450°F (230°C)",
      warranty_years: 2,
      shipping_method: "parcel",
    },
    updatedAt: "2026-09-12T10:00:00Z",
  }),
  defineProduct({
    handle: "chefs-knife-8",
    title: 'Emberforge 8" Chef\'s Knife',
    vendor: emberforge,
    productType: "Cookware",
    categories: ["cookware", "giftsUnder100"],
    tags: ["knife", "chef's knife", "german steel", "gift"],
    descriptionHtml: `
<p>An all-purpose 8" (20 cm) chef's knife forged from X50CrMoV15 German stainless steel, hardened to 58 HRC and sharpened to 15° per side.</p>
<p>Full tang with a riveted pakkawood handle; 8.1 oz (230 g).</p>
<p>Hand wash and dry straight away; hone weekly. Limited lifetime warranty.</p>`,
    options: { Size: ['8"'] },
    variants: [{ sku: "EF-KNIFE-CHEF8", options: { Size: '8"' }, price: 99, stock: 40 }],
    imageAlts: ["8-inch chef's knife on a walnut cutting board"],
    attributes: {
      material: ["X50CrMoV15 stainless steel", "pakkawood"],
      dimensions: '8" (20 cm) blade',
      weight: "8.1 oz (230 g)",
      care: "Hand wash only; dry immediately; hone weekly; sharpen once or twice a year.",
      warranty: "Limited lifetime",
      shipping_method: "parcel",
    },
    updatedAt: "2026-03-05T10:00:00Z",
  }),
  defineProduct({
    handle: "end-grain-walnut-cutting-board",
    title: "End-Grain Walnut Cutting Board",
    vendor: emberforge,
    productType: "Cookware",
    categories: ["cookware"],
    tags: ["cutting board", "walnut", "end grain", "butcher block"],
    descriptionHtml: `
<p>An end-grain board in American black walnut that is gentle on knife edges and self-heals minor cuts.</p>
<p>18" x 12" x 1.5" (46 x 30 x 4 cm), 8 lb (3.6 kg), with a juice groove on one side and rubber feet.</p>
<p>Hand wash, dry upright and oil monthly with food-safe mineral oil. 1-year warranty.</p>`,
    options: { Size: ['18" x 12"'] },
    variants: [{ sku: "EF-BOARD-WAL", options: { Size: '18" x 12"' }, price: 129, stock: 15 }],
    imageAlts: ["End-grain walnut cutting board with a chef's knife"],
    attributes: {
      material: "American black walnut",
      dimensions: '18" x 12" x 1.5" (46 x 30 x 4 cm)',
      weight: "8 lb (3.6 kg)",
      care: "Hand wash; never soak or put in the dishwasher; oil monthly.",
      warranty_years: 1,
      shipping_method: "parcel",
    },
    updatedAt: "2026-06-21T10:00:00Z",
  }),
  defineProduct({
    handle: "stoneware-dinnerware-set",
    title: "Stoneware Dinnerware Set, 16 Piece",
    vendor: essentials,
    productType: "Tableware",
    categories: ["tableware", "bestsellers"],
    tags: ["dinnerware", "stoneware", "plates", "bowls", "service for 4"],
    descriptionHtml: `
<p>A reactive-glaze stoneware set for four: four each of 10.5" (27 cm) dinner plates, 8.5" (22 cm) salad plates, 28 oz (830 ml) bowls and 12 oz (355 ml) mugs.</p>
<p>Each piece is glazed by hand, so speckles and colour vary slightly from piece to piece and from the photos.</p>
<p>Dishwasher and microwave safe. 1-year warranty.</p>`,
    options: { Color: ["Speckled White", "Slate"] },
    variants: [
      { sku: "NE-STONE16-WHT", options: { Color: "Speckled White" }, price: 149, stock: 26 },
      { sku: "NE-STONE16-SLT", options: { Color: "Slate" }, price: 149, stock: 10 },
    ],
    imageAlts: ["Speckled white stoneware dinnerware set on a table"],
    variantImageOption: "Color",
    attributes: {
      material: "stoneware",
      color: ["Speckled White", "Slate"],
      pieces: 16,
      care: "Dishwasher and microwave safe; avoid sudden temperature changes.",
      warranty_years: 1,
      shipping_method: "parcel",
    },
    updatedAt: "2026-07-25T10:00:00Z",
  }),
  defineProduct({
    handle: "handblown-glass-tumblers",
    title: "Handblown Glass Tumblers, Set of 4",
    vendor: essentials,
    productType: "Tableware",
    categories: ["tableware", "giftsUnder100"],
    tags: ["glassware", "tumblers", "handblown", "recycled glass", "gift"],
    descriptionHtml: `
<p>Four 12 oz (355 ml) tumblers mouth-blown from recycled glass; small bubbles and a faint green tint are part of the material.</p>
<p>Each is 4" (10 cm) tall and 3.25" (8 cm) across.</p>
<p>Hand wash recommended. 1-year warranty.</p>`,
    options: { Color: ["Clear", "Smoke"] },
    variants: [
      { sku: "NE-TUMBLER4-CLR", options: { Color: "Clear" }, price: 48, stock: 38 },
      { sku: "NE-TUMBLER4-SMK", options: { Color: "Smoke" }, price: 48, stock: 17 },
    ],
    imageAlts: ["Four handblown glass tumblers in smoke"],
    attributes: {
      material: "recycled glass",
      color: ["Clear", "Smoke"],
      capacity: "12 oz (355 ml)",
      dimensions: '4" H x 3.25" diameter (10 x 8 cm)',
      care: "Hand wash; not for hot liquids.",
      warranty_years: 1,
      shipping_method: "parcel",
    },
    updatedAt: "2026-05-02T10:00:00Z",
  }),
  defineProduct({
    handle: "linen-napkins-set-of-4",
    title: "Linen Napkins, Set of 4",
    vendor: loomwell,
    productType: "Tableware",
    categories: ["tableware", "giftsUnder100"],
    tags: ["napkins", "linen", "table linen"],
    descriptionHtml: `
<p>Stonewashed linen napkins with mitred corners, 20" x 20" (51 x 51 cm). Set of four.</p>
<p>Machine wash warm, tumble dry low. 1-year warranty.</p>`,
    options: { Color: ["Natural", "Terracotta", "Charcoal"] },
    variants: [
      { sku: "LW-NAPKIN4-NAT", options: { Color: "Natural" }, price: 36, stock: 44 },
      { sku: "LW-NAPKIN4-TER", options: { Color: "Terracotta" }, price: 36, stock: 23 },
      { sku: "LW-NAPKIN4-CHR", options: { Color: "Charcoal" }, price: 36, stock: 12 },
    ],
    imageAlts: ["Terracotta linen napkins folded on plates"],
    attributes: {
      material: "100% linen",
      color: ["Natural", "Terracotta", "Charcoal"],
      dimensions: '20" x 20" (51 x 51 cm)',
      care: "Machine wash warm; tumble dry low.",
      warranty_years: 1,
      shipping_method: "parcel",
    },
    updatedAt: "2026-05-02T10:00:00Z",
  }),
  defineProduct({
    handle: "ceramic-pour-over-coffee-set",
    title: "Ceramic Pour-Over Coffee Set",
    vendor: essentials,
    productType: "Tableware",
    categories: ["tableware", "giftsUnder100"],
    tags: ["coffee", "pour over", "ceramic", "gift"],
    descriptionHtml: `
<p>A porcelain pour-over dripper on a matching 20 oz (600 ml) carafe, brewing two cups at a time. Uses standard #2 cone filters.</p>
<p>Currently sold out; a new batch is being fired.</p>
<p>Dishwasher safe. 1-year warranty.</p>`,
    options: { Color: ["Matte White", "Matte Black"] },
    variants: [
      { sku: "NE-POUROVER-WHT", options: { Color: "Matte White" }, price: 54, stock: 0 },
      { sku: "NE-POUROVER-BLK", options: { Color: "Matte Black" }, price: 54, stock: 0 },
    ],
    imageAlts: ["White ceramic pour-over dripper on a carafe"],
    attributes: {
      material: "porcelain",
      color: ["Matte White", "Matte Black"],
      capacity: "20 oz (600 ml)",
      care: "Dishwasher safe.",
      warranty_years: 1,
      shipping_method: "parcel",
    },
    updatedAt: "2026-10-30T10:00:00Z",
  }),
];
