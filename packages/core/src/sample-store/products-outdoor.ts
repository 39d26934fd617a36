import type { ProductInput } from "../catalog/product";
import { defineProduct } from "./product-builder";

const talus = "Talus Outdoor";
const kestrel = "Kestrel Ridge";

const jacketSizes = ["XS", "S", "M", "L", "XL", "XXL"];

export const outdoorProducts: ProductInput[] = [
  defineProduct({
    handle: "basecamp-4-person-tent",
    title: "Basecamp 4-Person Tent",
    vendor: talus,
    productType: "Camping Gear",
    categories: ["camping", "bestsellers", "cabinWeekend"],
    tags: ["tent", "4 person", "3-season", "family camping", "car camping"],
    descriptionHtml: `
<p>A roomy three-season dome tent for car camping with two doors, two vestibules and 60" (152 cm) of headroom.</p>
<p>Floor 90" x 90" (229 x 229 cm); packed size 25" x 8" (64 x 20 cm); trail weight 11 lb 2 oz (5 kg). The 68D polyester fly has a 1,500 mm waterproof rating with factory-taped seams; aluminium poles.</p>
<p>Sets up in about 10 minutes with colour-coded clips. Dry fully before storing. 3-year warranty.</p>`,
    options: { Color: ["Spruce/Sand"] },
    variants: [{ sku: "TO-BASECAMP4", options: { Color: "Spruce/Sand" }, price: 349, stock: 19 }],
    imageAlts: ["Basecamp 4-person tent pitched in a forest clearing", "Inside the Basecamp tent with two sleeping pads"],
    attributes: {
      material: ["68D polyester fly", "150D polyester floor", "aluminium poles"],
      capacity: "4 people",
      seasons: "3-season",
      dimensions: 'Floor 90" x 90" (229 x 229 cm); peak height 60" (152 cm)',
      weight: "11 lb 2 oz (5 kg)",
      waterproof_rating: "1,500 mm",
      care: "Dry completely before storing; hand rinse with mild soap; never machine wash.",
      warranty_years: 3,
      shipping_method: "parcel",
    },
    updatedAt: "2026-04-16T10:00:00Z",
  }),
  defineProduct({
    handle: "skylark-ul-2-tent",
    title: "Skylark UL 2 Tent",
    vendor: talus,
    productType: "Camping Gear",
    categories: ["camping"],
    tags: ["tent", "2 person", "ultralight", "backpacking", "3-season"],
    descriptionHtml: `
<p>A semi-freestanding two-person backpacking tent that weighs 2 lb 14 oz (1.3 kg) on the trail.</p>
<p>Floor 86" x 52" (218 x 132 cm), 40" (102 cm) peak height, two doors. Silicone-coated 15D nylon fly rated 1,200 mm, DAC aluminium poles.</p>
<p>Sold out for the season; the spring batch is expected in March. 3-year warranty.</p>`,
    options: { Color: ["Sage"] },
    variants: [{ sku: "TO-SKYLARK2", options: { Color: "Sage" }, price: 429, stock: 0 }],
    imageAlts: ["Skylark UL 2 tent on a rocky ridge"],
    attributes: {
      material: ["15D silicone-coated nylon", "aluminium poles"],
      capacity: "2 people",
      seasons: "3-season",
      dimensions: 'Floor 86" x 52" (218 x 132 cm); peak height 40" (102 cm)',
      weight: "2 lb 14 oz (1.3 kg)",
      waterproof_rating: "1,200 mm",
      care: "Dry completely before storing; store loosely, not in the stuff sack.",
      warranty_years: 3,
      shipping_method: "parcel",
    },
    updatedAt: "2026-09-01T10:00:00Z",
  }),
  defineProduct({
    handle: "ember-20-down-sleeping-bag",
    title: "Ember 20°F Down Sleeping Bag",
    vendor: talus,
    productType: "Camping Gear",
    categories: ["camping"],
    tags: ["sleeping bag", "down", "20 degree", "backpacking", "mummy"],
    descriptionHtml: `
<p>A mummy bag filled with 650-fill-power responsibly sourced down, with a 20°F (-7°C) limit rating and 32°F (0°C) comfort rating.</p>
<p>Regular fits people up to 6' (183 cm); Long up to 6'6" (198 cm). Regular weighs 2 lb 6 oz (1.1 kg) and packs to 8" x 14" (20 x 36 cm).</p>
<p>Wash rarely, in a front-loader with down wash; tumble dry low with clean tennis balls. 3-year warranty.</p>`,
    options: { Size: ["Regular", "Long"] },
    variants: [
      { sku: "TO-EMBER20-REG", options: { Size: "Regular" }, price: 289, stock: 16 },
      { sku: "TO-EMBER20-LNG", options: { Size: "Long" }, price: 309, stock: 5 },
    ],
    imageAlts: ["Ember down sleeping bag unrolled inside a tent"],
    attributes: {
      material: ["650-fill-power RDS down", "20D nylon shell"],
      temperature_rating: "20°F (-7°C) limit; 32°F (0°C) comfort",
      dimensions: 'Regular fits up to 6\' (183 cm); Long up to 6\'6" (198 cm)',
      weight: "Regular 2 lb 6 oz (1.1 kg)",
      care: "Front-loader only with down wash; tumble dry low with tennis balls; store uncompressed.",
      warranty_years: 3,
      shipping_method: "parcel",
    },
    updatedAt: "2026-08-28T10:00:00Z",
  }),
  defineProduct({
    handle: "trailhead-35-synthetic-sleeping-bag",
    title: "Trailhead 35°F Synthetic Sleeping Bag",
    vendor: talus,
    productType: "Camping Gear",
    categories: ["camping", "sale"],
    tags: ["sleeping bag", "synthetic", "35 degree", "car camping", "rectangular"],
    descriptionHtml: `
<p>A rectangular synthetic bag for summer car camping, rated to 35°F (2°C), that stays warm when damp.</p>
<p>33" x 80" (84 x 203 cm), 3 lb 4 oz (1.5 kg). Zips together with a second Trailhead into a double.</p>
<p>Machine washable on gentle. 3-year warranty.</p>`,
    options: { Color: ["Rust", "Navy"] },
    variants: [
      { sku: "TO-TRAIL35-RST", options: { Color: "Rust" }, price: 119, compareAtPrice: 149, stock: 22 },
      { sku: "TO-TRAIL35-NVY", options: { Color: "Navy" }, price: 119, compareAtPrice: 149, stock: 18 },
    ],
    imageAlts: ["Rust synthetic sleeping bag on a camping cot"],
    variantImageOption: "Color",
    attributes: {
      material: ["polyester ripstop shell", "synthetic insulation"],
      temperature_rating: "35°F (2°C)",
      dimensions: '33" x 80" (84 x 203 cm)',
      weight: "3 lb 4 oz (1.5 kg)",
      care: "Machine wash cold on gentle in a front-loader; tumble dry low.",
      warranty_years: 3,
      shipping_method: "parcel",
    },
    updatedAt: "2026-11-14T09:30:00Z",
  }),
  defineProduct({
    handle: "loft-insulated-sleeping-pad",
    title: "Loft Insulated Sleeping Pad",
    vendor: talus,
    productType: "Camping Gear",
    categories: ["camping"],
    tags: ["sleeping pad", "insulated", "inflatable", "R-value 4.2"],
    descriptionHtml: `
<p>An inflatable pad with synthetic insulation and an R-value of 4.2, warm enough for three-season and mild winter trips.</p>
<p>Regular 72" x 20" x 3" (183 x 51 x 7.6 cm), 1 lb 3 oz (540 g); Wide 72" x 25" (183 x 64 cm), 1 lb 7 oz (650 g). Includes a pump sack and repair kit.</p>
<p>Store unrolled with the valve open. 3-year warranty.</p>`,
    options: { Size: ["Regular", "Wide"] },
    variants: [
      { sku: "TO-LOFTPAD-REG", options: { Size: "Regular" }, price: 139, stock: 25 },
      { sku: "TO-LOFTPAD-WID", options: { Size: "Wide" }, price: 159, stock: 9 },
    ],
    imageAlts: ["Inflated sleeping pad inside a tent"],
    attributes: {
      material: ["30D nylon", "synthetic insulation"],
      r_value: 4.2,
      dimensions: 'Regular 72" x 20" x 3" (183 x 51 x 7.6 cm); Wide 72" x 25" x 3" (183 x 64 x 7.6 cm)',
      weight: "Regular 1 lb 3 oz (540 g)",
      care: "Wipe clean; store unrolled with the valve open.",
      warranty_years: 3,
      shipping_method: "parcel",
    },
    updatedAt: "2026-06-30T10:00:00Z",
  }),
  defineProduct({
    handle: "ridgeback-two-burner-camp-stove",
    title: "Ridgeback Two-Burner Camp Stove",
    vendor: talus,
    productType: "Camping Gear",
    categories: ["campKitchen", "cabinWeekend"],
    tags: ["camp stove", "propane", "two burner", "car camping"],
    descriptionHtml: `
<p>A two-burner propane stove with 10,000 BTU per burner, wind panels and precise simmer control.</p>
<p>Fits a 12" (30 cm) and a 10" (25 cm) pan side by side. Closed it measures 22" x 13" x 4" (56 x 33 x 10 cm) and weighs 11 lb (5 kg). Runs on 1 lb propane cylinders (not included).</p>
<p>For outdoor use only. 3-year warranty.</p>`,
    options: { Color: ["Forest Green"] },
    variants: [{ sku: "TO-RIDGEBACK2", options: { Color: "Forest Green" }, price: 149, stock: 13 }],
    imageAlts: ["Two-burner camp stove with a pot and skillet on a picnic table"],
    attributes: {
      material: ["powder-coated steel", "stainless steel burners"],
      output: "2 x 10,000 BTU",
      dimensions: '22" x 13" x 4" (56 x 33 x 10 cm) closed',
      weight: "11 lb (5 kg)",
      care: "Wipe the drip tray after use; store dry.",
      warranty_years: 3,
      shipping_method: "parcel",
    },
    updatedAt: "2026-04-16T10:00:00Z",
  }),
  defineProduct({
    handle: "titanium-cook-pot-900",
    title: "Titanium Cook Pot, 900 ml",
    vendor: talus,
    productType: "Camping Gear",
    categories: ["campKitchen", "giftsUnder100"],
    tags: ["cook pot", "titanium", "ultralight", "backpacking"],
    descriptionHtml: `
<p>A 900 ml (30 oz) pot in pure titanium with a strainer lid and folding handles; weighs 4.4 oz (125 g).</p>
<p>A 100 g gas canister and a small stove nest inside.</p>
<p>Hand wash. 3-year warranty.</p>`,
    options: { Size: ["900 ml"] },
    variants: [{ sku: "TO-TIPOT900", options: { Size: "900 ml" }, price: 49, stock: 34 }],
    imageAlts: ["Titanium cook pot with a small stove nested inside"],
    attributes: {
      material: "titanium",
      capacity: "900 ml (30 oz)",
      weight: "4.4 oz (125 g)",
      care: "Hand wash; do not heat empty.",
      warranty_years: 3,
      shipping_method: "parcel",
    },
    updatedAt: "2026-03-12T10:00:00Z",
  }),
  defineProduct({
    handle: "rotomolded-cooler-45",
    title: "Rotomolded Cooler, 45 qt",
    vendor: talus,
    productType: "Camping Gear",
    categories: ["campKitchen", "cabinWeekend"],
    tags: ["cooler", "rotomolded", "ice chest", "bear resistant"],
    descriptionHtml: `
<p>A rotomolded 45 qt (42.6 L) cooler with 2" (5 cm) of pressure-injected insulation that holds ice for up to 5 days in shade.</p>
<p>Outside 26" x 16" x 16" (66 x 41 x 41 cm); 23 lb (10.4 kg) empty. Fits 36 cans with a 2:1 ice ratio. Rubber latches and padlock points.</p>
<p>3-year warranty.</p>`,
    options: { Color: ["Sand", "Slate", "Sage"] },
    variants: [
      { sku: "TO-COOLER45-SND", options: { Color: "Sand" }, price: 249, stock: 12 },
      { sku: "TO-COOLER45-SLT", options: { Color: "Slate" }, price: 249, stock: 8 },
      { sku: "TO-COOLER45-SAG", options: { Color: "Sage" }, price: 249, stock: 0 },
    ],
    imageAlts: ["Sand coloured rotomolded cooler on a truck tailgate"],
    variantImageOption: "Color",
    attributes: {
      material: ["rotomolded polyethylene", "polyurethane foam insulation"],
      color: ["Sand", "Slate", "Sage"],
      capacity: "45 qt (42.6 L)",
      dimensions: '26" x 16" x 16" (66 x 41 x 41 cm)',
      weight: "23 lb (10.4 kg)",
      care: "Rinse with mild soap; dry with the lid open.",
      warranty_years: 3,
      shipping_method: "parcel",
    },
    updatedAt: "2026-05-09T10:00:00Z",
  }),
  defineProduct({
    handle: "folding-camp-chair",
    title: "Folding Camp Chair",
    vendor: talus,
    productType: "Camping Gear",
    categories: ["camping", "cabinWeekend", "giftsUnder100"],
    tags: ["camp chair", "folding", "cup holder", "car camping"],
    descriptionHtml: `
<p>A padded folding chair with a high back, mesh cup holder and side pocket that folds into its own carry bag.</p>
<p>Seat height 18" (46 cm); open 36" H x 24" W (91 x 61 cm); holds up to 300 lb (136 kg); weighs 8 lb (3.6 kg).</p>
<p>3-year warranty.</p>`,
    options: { Color: ["Charcoal", "Rust"] },
    variants: [
      { sku: "TO-CAMPCHAIR-CHR", options: { Color: "Charcoal" }, price: 79, stock: 48 },
      { sku: "TO-CAMPCHAIR-RST", options: { Color: "Rust" }, price: 79, stock: 30 },
    ],
    imageAlts: ["Two folding camp chairs beside a campfire"],
    attributes: {
      material: ["600D polyester", "powder-coated steel frame"],
      color: ["Charcoal", "Rust"],
      dimensions: 'Open 36" H x 24" W (91 x 61 cm); seat height 18" (46 cm)',
      weight: "8 lb (3.6 kg)",
      max_load: "300 lb (136 kg)",
      care: "Wipe clean; dry before folding away.",
      warranty_years: 3,
      shipping_method: "parcel",
    },
    updatedAt: "2026-04-16T10:00:00Z",
  }),
  defineProduct({
    handle: "carbon-trekking-poles",
    title: "Carbon Trekking Poles, Pair",
    vendor: talus,
    productType: "Camping Gear",
    categories: ["camping"],
    tags: ["trekking poles", "carbon", "hiking", "adjustable"],
    descriptionHtml: `
<p>Three-section carbon-fibre poles with lever locks that adjust from 41" to 53" (105 to 135 cm).</p>
<p>Cork grips, carbide tips and interchangeable trekking and snow baskets. 8.8 oz (250 g) per pole.</p>
<p>3-year warranty.</p>`,
    options: { Size: ["One Size"] },
    variants: [{ sku: "TO-POLES-CARBON", options: { Size: "One Size" }, price: 129, stock: 20 }],
    imageAlts: ["Pair of carbon trekking poles with cork grips"],
    attributes: {
      material: ["carbon fibre", "cork", "tungsten carbide"],
      dimensions: '41"-53" (105-135 cm) adjustable; collapsed 26" (66 cm)',
      weight: "8.8 oz (250 g) per pole",
      care: "Dry sections apart after wet hikes.",
      warranty_years: 3,
      shipping_method: "parcel",
    },
    updatedAt: "2026-04-16T10:00:00Z",
  }),
  defineProduct({
    handle: "cairn-28l-daypack",
    title: "Cairn 28L Daypack",
    vendor: talus,
    productType: "Camping Gear",
    categories: ["camping", "newArrivals"],
    tags: ["backpack", "daypack", "hiking", "hydration compatible", "rain cover"],
    descriptionHtml: `
<p>A 28 L (1,700 cu in) hiking pack with a ventilated mesh back panel, hip-belt pockets and a built-in rain cover in the base.</p>
<p>Fits torsos 16" to 21" (41 to 53 cm); 2 lb 1 oz (940 g). Holds a 3 L hydration bladder (not included) and a 16" laptop sleeve.</p>
<p>Hand wash with mild soap. 3-year warranty.</p>`,
    options: { Color: ["Black", "Spruce", "Rust"] },
    variants: [
      { sku: "TO-CAIRN28-BLK", options: { Color: "Black" }, price: 119, stock: 26 },
      { sku: "TO-CAIRN28-SPR", options: { Color: "Spruce" }, price: 119, stock: 14 },
      { sku: "TO-CAIRN28-RST", options: { Color: "Rust" }, price: 119, stock: 7 },
    ],
    imageAlts: ["Cairn 28L daypack in spruce on a hiker"],
    variantImageOption: "Color",
    attributes: {
      material: ["210D recycled nylon ripstop", "PU coating"],
      color: ["Black", "Spruce", "Rust"],
      capacity: "28 L (1,700 cu in)",
      dimensions: '20" x 12" x 9" (51 x 30 x 23 cm)',
      weight: "2 lb 1 oz (940 g)",
      care: "Hand wash with mild soap; air dry.",
      warranty_years: 3,
      shipping_method: "parcel",
    },
    updatedAt: "2026-10-22T10:00:00Z",
  }),
  defineProduct({
    handle: "summit-rechargeable-headlamp",
    title: "Summit Rechargeable Headlamp",
    vendor: talus,
    productType: "Camping Gear",
    categories: ["camping", "giftsUnder100"],
    tags: ["headlamp", "rechargeable", "USB-C", "red light"],
    descriptionHtml: `
<p>A 400-lumen headlamp with a USB-C rechargeable battery, red night-vision mode and a lock to stop it switching on in a pack.</p>
<p>Runs 4 hours on high and 60 hours on low; IPX4 splash resistant; 3.1 oz (88 g).</p>
<p>Sold out; restock date not yet confirmed. 3-year warranty.</p>`,
    options: { Color: ["Black", "Orange"] },
    variants: [
      { sku: "TO-HEADLAMP-BLK", options: { Color: "Black" }, price: 45, stock: 0 },
      { sku: "TO-HEADLAMP-ORG", options: { Color: "Orange" }, price: 45, stock: 0 },
    ],
    imageAlts: ["Rechargeable headlamp with a red light mode"],
    attributes: {
      material: ["polycarbonate", "elastic strap"],
      color: ["Black", "Orange"],
      output: "400 lumens",
      water_resistance: "IPX4",
      weight: "3.1 oz (88 g)",
      care: "Charge every 3 months when stored.",
      warranty_years: 3,
      shipping_method: "parcel",
    },
    updatedAt: "2026-11-05T10:00:00Z",
  }),
  defineProduct({
    handle: "classic-canvas-tent",
    title: "Classic Canvas Bell Tent",
    vendor: talus,
    productType: "Camping Gear",
    categories: ["camping"],
    tags: ["tent", "canvas", "bell tent", "discontinued"],
    descriptionHtml: `
<p>A 13' (4 m) cotton canvas bell tent with a single centre pole. Discontinued.</p>`,
    options: { Color: ["Natural"] },
    variants: [{ sku: "TO-BELLTENT-NAT", options: { Color: "Natural" }, price: 599, stock: 0 }],
    imageAlts: ["Canvas bell tent in a meadow"],
    attributes: {
      material: "cotton canvas",
      dimensions: "13' (4 m) diameter",
      weight: "48 lb (22 kg)",
      warranty_years: 3,
      shipping_method: "parcel",
    },
    updatedAt: "2026-01-15T10:00:00Z",
    status: "archived",
  }),
  defineProduct({
    handle: "stormline-rain-jacket-mens",
    title: "Men's Stormline Rain Jacket",
    vendor: kestrel,
    productType: "Outerwear",
    categories: ["jackets", "bestsellers"],
    tags: ["rain jacket", "waterproof", "breathable", "packable", "men"],
    descriptionHtml: `
<p>A 2.5-layer waterproof shell rated 20,000 mm with 15,000 g/m²/24h breathability and fully taped seams.</p>
<p>Regular fit with room for a fleece underneath; the sleeves are cut long for reaching. Adjustable hood, pit zips and a chest pocket it packs into. 12 oz (340 g) in size M.</p>
<p>Machine wash cold with technical wash; tumble dry low to refresh the water-repellent finish. 2-year warranty.</p>`,
    options: { Color: ["Black", "Spruce"], Size: jacketSizes.slice(1, 5) },
    variants: [
      { sku: "KR-STORM-M-BLK-S", options: { Color: "Black", Size: "S" }, price: 179, stock: 8 },
      { sku: "KR-STORM-M-BLK-M", options: { Color: "Black", Size: "M" }, price: 179, stock: 15 },
      { sku: "KR-STORM-M-BLK-L", options: { Color: "Black", Size: "L" }, price: 179, stock: 0 },
      { sku: "KR-STORM-M-BLK-XL", options: { Color: "Black", Size: "XL" }, price: 179, stock: 6 },
      { sku: "KR-STORM-M-SPR-M", options: { Color: "Spruce", Size: "M" }, price: 179, stock: 9 },
      { sku: "KR-STORM-M-SPR-L", options: { Color: "Spruce", Size: "L" }, price: 179, stock: 4 },
    ],
    imageAlts: ["Man hiking in the rain in a black Stormline jacket", "Stormline jacket packed into its chest pocket"],
    variantImageOption: "Color",
    attributes: {
      material: ["2.5-layer recycled nylon", "PFC-free water-repellent finish"],
      color: ["Black", "Spruce"],
      fit: "Regular fit, room to layer; sleeves run long",
      waterproof_rating: "20,000 mm",
      breathability: "15,000 g/m²/24h",
      weight: "12 oz (340 g), size M",
      care: "Machine wash cold with technical wash; tumble dry low; no fabric softener.",
      warranty_years: 2,
      shipping_method: "parcel",
    },
    updatedAt: "2026-09-18T10:00:00Z",
  }),
  defineProduct({
    handle: "stormline-rain-jacket-womens",
    title: "Women's Stormline Rain Jacket",
    vendor: kestrel,
    productType: "Outerwear",
    categories: ["jackets"],
    tags: ["rain jacket", "waterproof", "breathable", "packable", "women"],
    descriptionHtml: `
<p>The Stormline shell in a women's cut: 2.5-layer waterproof fabric rated 20,000 mm with fully taped seams.</p>
<p>Regular fit with a slightly longer back hem; sleeves are cut long. Adjustable hood, pit zips and a packable chest pocket. 11 oz (310 g) in size S.</p>
<p>Machine wash cold with technical wash; tumble dry low. 2-year warranty.</p>`,
    options: { Color: ["Black", "Clay"], Size: jacketSizes.slice(0, 5) },
    variants: [
      { sku: "KR-STORM-W-BLK-XS", options: { Color: "Black", Size: "XS" }, price: 179, stock: 5 },
      { sku: "KR-STORM-W-BLK-S", options: { Color: "Black", Size: "S" }, price: 179, stock: 11 },
      { sku: "KR-STORM-W-BLK-M", options: { Color: "Black", Size: "M" }, price: 179, stock: 9 },
      { sku: "KR-STORM-W-CLY-S", options: { Color: "Clay", Size: "S" }, price: 179, stock: 0 },
      { sku: "KR-STORM-W-CLY-M", options: { Color: "Clay", Size: "M" }, price: 179, stock: 6 },
      { sku: "KR-STORM-W-CLY-L", options: { Color: "Clay", Size: "L" }, price: 179, stock: 3 },
    ],
    imageAlts: ["Women's Stormline rain jacket in clay"],
    variantImageOption: "Color",
    attributes: {
      material: ["2.5-layer recycled nylon", "PFC-free water-repellent finish"],
      color: ["Black", "Clay"],
      fit: "Regular fit, room to layer; sleeves run long",
      waterproof_rating: "20,000 mm",
      weight: "11 oz (310 g), size S",
      care: "Machine wash cold with technical wash; tumble dry low; no fabric softener.",
      warranty_years: 2,
      shipping_method: "parcel",
    },
    updatedAt: "2026-09-18T10:00:00Z",
  }),
  defineProduct({
    handle: "summit-down-jacket",
    title: "Summit 800-Fill Down Jacket",
    vendor: kestrel,
    productType: "Outerwear",
    categories: ["jackets", "sale"],
    tags: ["down jacket", "puffer", "800 fill", "packable", "unisex"],
    descriptionHtml: `
<p>A warm, packable puffer with 800-fill-power responsibly sourced down and a windproof 20D ripstop shell.</p>
<p>Unisex sizing: order your usual men's size, or one size down from your usual women's size. Weighs 13 oz (370 g) in size M and stuffs into its own pocket.</p>
<p>Wash in a front-loader with down wash; tumble dry low with tennis balls. 2-year warranty.</p>`,
    options: { Color: ["Black", "Ochre"], Size: ["S", "M", "L", "XL"] },
    variants: [
      { sku: "KR-SUMMIT-BLK-S", options: { Color: "Black", Size: "S" }, price: 249, compareAtPrice: 299, stock: 4 },
      { sku: "KR-SUMMIT-BLK-M", options: { Color: "Black", Size: "M" }, price: 249, compareAtPrice: 299, stock: 10 },
      { sku: "KR-SUMMIT-BLK-L", options: { Color: "Black", Size: "L" }, price: 249, compareAtPrice: 299, stock: 7 },
      { sku: "KR-SUMMIT-OCH-M", options: { Color: "Ochre", Size: "M" }, price: 249, compareAtPrice: 299, stock: 3 },
      { sku: "KR-SUMMIT-OCH-L", options: { Color: "Ochre", Size: "L" }, price: 249, compareAtPrice: 299, stock: 0 },
    ],
    imageAlts: ["Summit down jacket in ochre on a snowy trail"],
    variantImageOption: "Color",
    attributes: {
      material: ["800-fill-power RDS down", "20D nylon ripstop"],
      color: ["Black", "Ochre"],
      fit: "Unisex regular fit",
      weight: "13 oz (370 g), size M",
      care: "Front-loader with down wash; tumble dry low with tennis balls.",
      warranty_years: 2,
      shipping_method: "parcel",
    },
    updatedAt: "2026-11-14T09:30:00Z",
  }),
  defineProduct({
    handle: "grid-fleece-jacket",
    title: "Grid Fleece Jacket",
    vendor: kestrel,
    productType: "Outerwear",
    categories: ["jackets", "giftsUnder100", "cabinWeekend"],
    tags: ["fleece", "midlayer", "full zip", "recycled"],
    descriptionHtml: `
<p>A breathable full-zip midlayer in grid fleece made from 100% recycled polyester.</p>
<p>Trim fit that layers under the Stormline shell; thumb loops and two zip hand pockets. 10 oz (285 g) in size M.</p>
<p>Machine wash cold, tumble dry low. 2-year warranty.</p>`,
    options: { Color: ["Heather Gray", "Navy"], Size: ["S", "M", "L", "XL"] },
    variants: [
      { sku: "KR-GRID-HGR-S", options: { Color: "Heather Gray", Size: "S" }, price: 99, stock: 12 },
      { sku: "KR-GRID-HGR-M", options: { Color: "Heather Gray", Size: "M" }, price: 99, stock: 20 },
      { sku: "KR-GRID-HGR-L", options: { Color: "Heather Gray", Size: "L" }, price: 99, stock: 14 },
      { sku: "KR-GRID-NVY-M", options: { Color: "Navy", Size: "M" }, price: 99, stock: 8 },
      { sku: "KR-GRID-NVY-XL", options: { Color: "Navy", Size: "XL" }, price: 99, stock: 5 },
    ],
    imageAlts: ["Grid fleece jacket in heather gray"],
    variantImageOption: "Color",
    attributes: {
      material: "100% recycled polyester grid fleece",
      color: ["Heather Gray", "Navy"],
      fit: "Trim fit",
      weight: "10 oz (285 g), size M",
      care: "Machine wash cold; tumble dry low.",
      warranty_years: 2,
      shipping_method: "parcel",
    },
    updatedAt: "2026-08-11T10:00:00Z",
  }),
  defineProduct({
    handle: "tundra-insulated-parka",
    title: "Tundra Insulated Parka",
    vendor: kestrel,
    productType: "Outerwear",
    categories: ["jackets", "sale", "clearance"],
    tags: ["parka", "winter coat", "insulated", "clearance", "final sale"],
    descriptionHtml: `
<p>Last season's city parka: a waterproof, thigh-length coat with synthetic insulation rated for about 5°F (-15°C) and a removable faux-fur hood trim.</p>
<p>Relaxed fit; 2 lb 3 oz (1 kg) in size M.</p>
<p>Clearance: final sale, not eligible for return or exchange. 2-year warranty against manufacturing defects.</p>`,
    options: { Color: ["Olive"], Size: ["S", "M", "L"] },
    variants: [
      { sku: "KR-TUNDRA-OLV-S", options: { Color: "Olive", Size: "S" }, price: 169, compareAtPrice: 329, stock: 2 },
      { sku: "KR-TUNDRA-OLV-M", options: { Color: "Olive", Size: "M" }, price: 169, compareAtPrice: 329, stock: 0 },
      { sku: "KR-TUNDRA-OLV-L", options: { Color: "Olive", Size: "L" }, price: 169, compareAtPrice: 329, stock: 3 },
    ],
    imageAlts: ["Olive Tundra parka with the hood up"],
    attributes: {
      material: ["waterproof polyester", "synthetic insulation", "faux fur trim"],
      color: "Olive",
      fit: "Relaxed fit",
      temperature_rating: "About 5°F (-15°C)",
      weight: "2 lb 3 oz (1 kg), size M",
      care: "Remove the trim; machine wash cold; tumble dry low.",
      warranty_years: 2,
      final_sale: true,
      shipping_method: "parcel",
    },
    updatedAt: "2026-11-01T10:00:00Z",
  }),
  defineProduct({
    handle: "trailmaster-waterproof-hiking-boot-mens",
    title: "Men's Trailmaster Waterproof Hiking Boot",
    vendor: kestrel,
    productType: "Footwear",
    categories: ["footwear", "bestsellers"],
    tags: ["hiking boots", "waterproof", "leather", "men", "mid height"],
    descriptionHtml: `
<p>A mid-height hiking boot in waterproof nubuck leather with a breathable membrane and a grippy rubber outsole with 5 mm lugs.</p>
<p>Whole sizes US 8 to 13, standard D width. Runs about a half size small: if you are between sizes or hike in thick socks, order the next whole size up. 2 lb 10 oz (1.2 kg) per pair in size 10.</p>
<p>Brush off dirt, let dry at room temperature away from heaters and treat the leather twice a season. 2-year warranty.</p>`,
    options: { Size: ["8", "9", "10", "11", "12", "13"], Color: ["Brown"] },
    variants: [
      { sku: "KR-TRAIL-M-08", options: { Size: "8", Color: "Brown" }, price: 189, stock: 0 },
      { sku: "KR-TRAIL-M-09", options: { Size: "9", Color: "Brown" }, price: 189, stock: 7 },
      { sku: "KR-TRAIL-M-10", options: { Size: "10", Color: "Brown" }, price: 189, stock: 12 },
      { sku: "KR-TRAIL-M-11", options: { Size: "11", Color: "Brown" }, price: 189, stock: 9 },
      { sku: "KR-TRAIL-M-12", options: { Size: "12", Color: "Brown" }, price: 189, stock: 5 },
      { sku: "KR-TRAIL-M-13", options: { Size: "13", Color: "Brown" }, price: 189, stock: 2 },
    ],
    imageAlts: ["Men's Trailmaster hiking boots on a muddy trail", "Outsole lug pattern of the Trailmaster"],
    attributes: {
      material: ["nubuck leather", "waterproof breathable membrane", "rubber outsole"],
      color: "Brown",
      fit: "Runs about a half size small; standard D width",
      weight: "2 lb 10 oz (1.2 kg) per pair, size 10",
      care: "Brush clean; air dry away from heat; re-waterproof twice a season.",
      warranty_years: 2,
      shipping_method: "parcel",
    },
    updatedAt: "2026-09-25T10:00:00Z",
  }),
  defineProduct({
    handle: "trailmaster-waterproof-hiking-boot-womens",
    title: "Women's Trailmaster Waterproof Hiking Boot",
    vendor: kestrel,
    productType: "Footwear",
    categories: ["footwear"],
    tags: ["hiking boots", "waterproof", "leather", "women", "mid height"],
    descriptionHtml: `
<p>The Trailmaster on a women's last with a narrower heel: waterproof nubuck leather, breathable membrane and 5 mm rubber lugs.</p>
<p>Whole sizes US 6 to 11, standard B width. Runs about a half size small: if you are between sizes, order the next whole size up. 2 lb 2 oz (0.96 kg) per pair in size 8.</p>
<p>Brush off dirt, dry at room temperature and treat the leather twice a season. 2-year warranty.</p>`,
    options: { Size: ["6", "7", "8", "9", "10", "11"], Color: ["Taupe"] },
    variants: [
      { sku: "KR-TRAIL-W-06", options: { Size: "6", Color: "Taupe" }, price: 189, stock: 4 },
      { sku: "KR-TRAIL-W-07", options: { Size: "7", Color: "Taupe" }, price: 189, stock: 10 },
      { sku: "KR-TRAIL-W-08", options: { Size: "8", Color: "Taupe" }, price: 189, stock: 8 },
      { sku: "KR-TRAIL-W-09", options: { Size: "9", Color: "Taupe" }, price: 189, stock: 0 },
      { sku: "KR-TRAIL-W-10", options: { Size: "10", Color: "Taupe" }, price: 189, stock: 3 },
      { sku: "KR-TRAIL-W-11", options: { Size: "11", Color: "Taupe" }, price: 189, stock: 1 },
    ],
    imageAlts: ["Women's Trailmaster hiking boots in taupe"],
    attributes: {
      material: ["nubuck leather", "waterproof breathable membrane", "rubber outsole"],
      color: "Taupe",
      fit: "Runs about a half size small; standard B width",
      weight: "2 lb 2 oz (0.96 kg) per pair, size 8",
      care: "Brush clean; air dry away from heat; re-waterproof twice a season.",
      warranty_years: 2,
      shipping_method: "parcel",
    },
    updatedAt: "2026-09-25T10:00:00Z",
  }),
  defineProduct({
    handle: "merino-hiking-socks-3-pack",
    title: "Merino Hiking Socks, 3 Pack",
    vendor: kestrel,
    productType: "Footwear",
    categories: ["footwear", "giftsUnder100"],
    tags: ["socks", "merino", "hiking", "cushioned", "final sale"],
    descriptionHtml: `
<p>Crew-height hiking socks knit from 70% merino wool with a cushioned footbed and a seamless toe.</p>
<p>S fits US shoe sizes 5-7.5, M 8-10.5, L 11-13.5. Three pairs per pack.</p>
<p>For hygiene reasons socks are final sale and cannot be returned or exchanged. Machine wash warm inside out; tumble dry low. 2-year warranty.</p>`,
    options: { Size: ["S", "M", "L"] },
    variants: [
      { sku: "KR-SOCK3-S", options: { Size: "S" }, price: 42, stock: 30 },
      { sku: "KR-SOCK3-M", options: { Size: "M" }, price: 42, stock: 45 },
      { sku: "KR-SOCK3-L", options: { Size: "L" }, price: 42, stock: 25 },
    ],
    imageAlts: ["Three pairs of merino hiking socks"],
    attributes: {
      material: ["70% merino wool", "27% nylon", "3% elastane"],
      dimensions: "S: US 5-7.5; M: US 8-10.5; L: US 11-13.5",
      care: "Machine wash warm inside out; tumble dry low.",
      warranty_years: 2,
      final_sale: true,
      shipping_method: "parcel",
    },
    updatedAt: "2026-08-11T10:00:00Z",
  }),
];
