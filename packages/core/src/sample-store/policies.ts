import type { SamplePolicyInput } from "./schemas";
import { sampleStoreFacts as f } from "./store-facts";

/*
 * Written for Aisle's sample store. Numbers come from `sampleStoreFacts`, so every document states the same
 * return window, fees and time limits.
 */

const returns = `# Returns & Refunds

We want you to love what you bought. If something isn't right, you can return most items within ${f.returnWindowDays} days of delivery for a refund to your original payment method.

## Return window

- You have ${f.returnWindowDays} days from the delivery date shown in your tracking to start a return; day ${f.returnWindowDays} is the last day.
- Items must be unused, unwashed and in their original packaging with all parts, tags and manuals.
- Furniture that has been assembled can be returned if it is undamaged and you can pack it securely; we will send packing instructions.
- Mattresses follow the sleep trial below instead of the ${f.returnWindowDays}-day window.

## Items that can't be returned

- **Final-sale items**: anything marked "Final sale" on the product page, including the Clearance collection and all socks. Final-sale items cannot be returned or exchanged, but they are still covered by the warranty against manufacturing defects.
- Gift cards.
- Items damaged by misuse, or missing their original packaging.

## Mattress sleep trial

- Every Dreamvale mattress comes with a ${f.mattressTrialNights}-night sleep trial that starts on the delivery date.
- Please sleep on it for at least ${f.mattressMinimumNights} nights first: it takes about three weeks for your body to adjust to a new mattress.
- Between night ${f.mattressMinimumNights} and night ${f.mattressTrialNights}, contact us and we'll arrange a free pickup; the mattress is donated or recycled, so there is nothing to pack.
- You receive a full refund, with no pickup fee. One trial return per household.

## How to start a return

1. Go to ${f.storeUrl}/returns and enter your order number and email address, or ask our chat assistant.
2. Choose the items and a reason. Parcel items get a prepaid UPS label by email; for large items shipped by freight we schedule a pickup.
3. Drop the parcel at any UPS location, or be home for the freight pickup window.

## Return shipping costs

- **Parcel items**: a $${f.returnLabelFee} prepaid label fee is deducted from your refund. The label is free if you choose store credit or an exchange.
- **Large items shipped by freight** (sofas, sectionals, dining tables, dressers and bed frames): a $${f.freightReturnPickupFee} pickup fee is deducted from your refund.
- Returns of damaged, defective or wrong items are always free.
- Original shipping charges are not refunded, except when the return is our mistake.

## Refunds

Refunds go back to your original payment method within ${f.refundBusinessDaysMin}-${f.refundBusinessDaysMax} business days after your return arrives at our warehouse, or after the mattress pickup. We email you when the refund is issued; your bank may take a few more days to show it. Store credit is issued instantly once the return is received and never expires.

## Exchanges

Exchanges for a different size or colour of the same product are free for parcel items: start a return and choose "Exchange". We ship the replacement as soon as the carrier scans your return, so you don't have to wait for it to reach us. If the new variant costs more, we charge the difference; if it costs less, we refund it. Freight items can't be exchanged; return them and place a new order.

## Damaged, defective or wrong items

Report damage within ${f.damageReportHours} hours of delivery by emailing ${f.supportEmail} or using chat, with photos of the item and the box. We'll send a replacement or a refund, and for large items we may offer a repair or a partial refund instead of a return. Note visible box damage on the freight carrier's delivery receipt when you sign. Manufacturing defects found later are covered by the warranty.

## Gifts

Gift recipients can return items within the same ${f.returnWindowDays}-day window for store credit, using the order number from the gift receipt. The person who ordered is not notified.
`;

const shipping = `# Shipping & Delivery

## Where we ship

- All 50 US states, Puerto Rico, and APO/FPO/DPO addresses. Freight items deliver only within the contiguous 48 states.
- Internationally we ship parcel items to Canada, the United Kingdom and the European Union for a flat $${f.internationalShippingFee}. Duties and taxes are calculated and collected at checkout, so nothing is due on delivery. Prices stay in US dollars.
- PO boxes receive parcels by USPS only; freight cannot deliver to PO boxes.

## Carriers

We ship parcels with UPS, FedEx and USPS, choosing the fastest carrier for your address; small, light items usually travel by USPS Ground Advantage. Large items ship with FedEx Freight. Every shipment gets a tracking number by email as soon as it leaves our warehouse.

## Processing times

- In-stock parcel orders placed before ${f.sameDayCutoffHourEastern} pm Eastern on a business day ship the same day; later orders ship the next business day.
- Freight items leave our warehouse within ${f.freightProcessingBusinessDays} business days; the carrier then calls or texts you to schedule a 4-hour delivery window.
- Backordered items ship when they arrive; the product page shows the expected date. The rest of your order ships right away.

## Shipping options and costs

| Method | Delivery time after shipping | Cost |
| --- | --- | --- |
| Standard | 3-7 business days | Free on orders of $${f.freeShippingThreshold} or more, otherwise $${f.standardShippingFee} |
| Expedited | 2-3 business days | $${f.expeditedShippingFee} |
| Express | 1-2 business days | $${f.expressShippingFee} |
| Freight (curbside) | 7-14 business days | $${f.freightDeliveryFee} flat per order |
| International | 6-10 business days | $${f.internationalShippingFee} flat |

- The $${f.freeShippingThreshold} free-shipping threshold is measured after discounts and before tax, and applies to Standard shipping to US addresses.
- If an order contains any freight item, the flat $${f.freightDeliveryFee} freight fee covers the whole order, including its parcel items.
- Expedited and Express are available for parcel items only.

## Freight and white-glove delivery

Curbside freight delivery brings the item to your door or garage on the ground floor. Upgrade to white-glove for $${f.whiteGloveUpgradeFee}: two people carry it to the room of your choice, assemble it and take the packaging away. Please measure doorways, stairwells and lifts before ordering; dimensions are on every product page.

## Tracking and lost packages

Track your order at ${f.storeUrl}/track with your order number and email, or ask our chat assistant. If tracking shows delivered but you can't find the package, check with neighbours and around the property, then contact us no later than ${f.lostPackageReportDays} days after the delivery date and we'll open a claim with the carrier.
`;

const warranty = `# Warranty

Everything we sell is covered against defects in materials and workmanship for the period below, starting on the delivery date. The warranty is for the original purchaser and for normal household use.

## Coverage by brand

| Brand | What it covers | Period |
| --- | --- | --- |
| Oakhollow | Frames of sofas, sectionals and accent chairs | 10 years |
| Oakhollow | Upholstery fabric, cushions and springs | 2 years |
| Oakhollow | Tables, storage, beds, dining chairs and stools | 5 years |
| Dreamvale | Mattresses (body impressions deeper than 1.5" / 3.8 cm) | 10 years |
| Loomwell | Bedding, bath, rugs, curtains and table linen | 1 year |
| Emberforge | Cast iron, enameled cast iron, carbon steel, stainless steel and knives | Limited lifetime |
| Emberforge | Ceramic nonstick coating | 2 years |
| Emberforge | Wooden cutting boards | 1 year |
| Northwind Essentials | Tableware and small furniture | 1 year |
| Talus Outdoor | Tents, sleeping bags, pads, packs and camp kitchen | 3 years |
| Kestrel Ridge | Jackets, boots and socks | 2 years |

## What isn't covered

- Normal wear and tear, such as fabric pilling, leather patina, fading from sunlight or the seasoning on cast iron wearing thin.
- Damage from accidents, misuse, pets, improper cleaning or ignoring the care instructions.
- Commercial or rental use.
- Natural variation in wood grain, leather, linen, stone glazes and handblown glass.

## Making a claim

Email ${f.warrantyEmail} with your order number, a description of the problem and photos. We reply within 2 business days and will repair, replace or credit the item at our discretion. You don't need to send anything back unless we ask. Final-sale items are covered by the warranty too.
`;

const priceMatch = `# Price Match & Price Adjustments

## Our own price drops

If we lower the price of an item within ${f.priceAdjustmentDays} days of your order date, we refund the difference once per item. Ask through chat or email ${f.supportEmail} with your order number; the refund goes to your original payment method within ${f.refundBusinessDaysMin}-${f.refundBusinessDaysMax} business days.

## Matching another retailer

We match the price of an identical item (same brand, model, size and colour) sold new and in stock by another authorised US retailer, including their shipping cost. Request it before you order or within ${f.priceAdjustmentDays} days after.

## Exclusions

- Marketplace sellers, auction sites, membership-club and outlet prices.
- Bundle offers, coupons, financing offers and prices that need a loyalty sign-in.
- Final-sale and Clearance items.
- Limited-quantity doorbuster deals during Black Friday and Cyber Monday.
`;

const privacy = `# Privacy Summary

This summary explains how ${f.storeName} handles personal data. It does not replace the full privacy notice.

## What we collect

Your name, email, phone number, shipping and billing addresses, order history and, if you use chat, the messages you send. Payment card details are handled by our payment processor and never stored by us.

## How we use it

To fulfil and support your orders, answer your questions, prevent fraud and, if you opt in, send marketing emails. We never sell your personal data.

## Chat assistant

Our chat assistant is powered by AI. Chat transcripts are kept for ${f.chatRetentionDays} days to resolve follow-up questions and then deleted. Please don't share payment card numbers in chat; we will never ask for them.

## Your choices

You can ask for a copy of your data, correct it or have it deleted by emailing ${f.privacyEmail}. Unsubscribe from marketing emails at any time with the link in every email.
`;

const careGuides = `# Care Guides

## Upholstered furniture

- Vacuum weekly with an upholstery brush and flip or fluff cushions to keep wear even.
- Blot spills straight away; never rub. Check the cleaning code on the product page: **W** means water-based cleaner, **S** means solvent-based cleaner only, **W/S** means either.
- Keep fabric out of direct sunlight to limit fading.

## Leather

- Dust with a dry, soft cloth and blot spills with a damp one.
- Condition full-grain leather every 6-12 months with a leather balm.
- Keep leather at least 2 feet (60 cm) from radiators and fireplaces.

## Wood furniture

- Use coasters, placemats and trivets; wipe up spills promptly.
- Dust with a soft cloth; avoid silicone polishes, which build up on lacquer.
- Re-oil oiled finishes (such as the Mara chairs) once a year.

## Bedding and bath

- Wash cotton and linen bedding cold or warm with mild detergent and tumble dry low; linen softens and wrinkles naturally.
- Skip fabric softener on towels; it makes them less absorbent.
- Wash wool throws by hand in cold water with wool detergent and dry them flat.

## Rugs

- Vacuum wool rugs without the beater bar and rotate them every 6 months.
- Blot spills; jute should never be wet cleaned.
- Use a rug pad on hard floors.

## Cookware

- **Cast iron**: hand wash, dry on the stove and wipe with a thin layer of oil. If food starts to stick, season it in the oven at 450°F (230°C) for an hour.
- **Enameled cast iron**: let it cool before washing, heat it gradually and avoid metal utensils.
- **Carbon steel**: season before first use; it darkens with use, which is normal.
- **Ceramic nonstick**: low to medium heat, no aerosol cooking sprays, hand wash with a soft sponge.
- **Knives**: hand wash and dry at once; hone weekly.

## Outdoor gear

- **Tents**: dry completely before storing to prevent mildew; store loosely in a cool, dry place.
- **Down sleeping bags and jackets**: wash rarely in a front-loader with down wash, then tumble dry low with clean tennis balls until no clumps remain.
- **Rain jackets**: wash with a technical wash and tumble dry low to reactivate the water-repellent finish; don't use fabric softener.
- **Leather boots**: brush off mud, air dry away from heaters and re-waterproof twice a season.
`;

const sizeGuide = `# Size Guide

## Jackets

Kestrel Ridge jackets are cut in US sizes. Measure your chest at the fullest point with arms relaxed.

| Size | Men's chest | Women's chest |
| --- | --- | --- |
| XS | 33-35" (84-89 cm) | 31-32" (79-81 cm) |
| S | 35-37" (89-94 cm) | 33-34" (84-86 cm) |
| M | 38-40" (97-102 cm) | 35-36" (89-91 cm) |
| L | 41-43" (104-109 cm) | 37-39" (94-99 cm) |
| XL | 44-46" (112-117 cm) | 40-42" (102-107 cm) |
| XXL | 47-49" (119-124 cm) | - |

- The Stormline rain jacket has a regular fit with room for a fleece; its sleeves run long.
- The Summit down jacket is unisex: women should order one size down from their usual size.
- The Grid fleece has a trim fit; size up if you want to wear it over thick layers.

## Boots and socks

- Trailmaster boots come in whole sizes only and run about a half size small. If you are between sizes or wear thick hiking socks, order the next whole size up.
- Men's boots are a standard D width and women's a standard B width.
- Merino hiking socks: S fits US shoe sizes 5-7.5, M fits 8-10.5 and L fits 11-13.5.

## Beds and bedding

| Size | Mattress dimensions |
| --- | --- |
| Twin | 38" x 75" (97 x 191 cm) |
| Full | 54" x 75" (137 x 191 cm) |
| Queen | 60" x 80" (152 x 203 cm) |
| King | 76" x 80" (193 x 203 cm) |
| California King | 72" x 84" (183 x 213 cm) |

Loomwell fitted sheets fit mattresses up to 16" (41 cm) deep, so they fit both Dreamvale mattresses.

## Rugs

Choose a rug that lets at least the front legs of every seat rest on it: an 8' x 10' suits most sofas, and a 9' x 12' suits a dining table for six to eight.
`;

const faq = `# Frequently Asked Questions

## Orders

### Where is my order?
Once your order ships you get an email with the carrier and tracking number. You can also track it at ${f.storeUrl}/track or ask our chat assistant with your order number and email address.

### Can I change or cancel my order?
Parcel orders can be changed or cancelled until they ship, usually within a few hours of ordering. Freight orders can be cancelled free of charge until the carrier has scheduled delivery.

### Do you ship outside the US?
Yes, parcel items ship to Canada, the United Kingdom and the European Union for a flat $${f.internationalShippingFee}, with duties and taxes paid at checkout. Large freight items ship within the contiguous 48 US states only.

### How much is shipping?
Standard shipping is free on US orders of $${f.freeShippingThreshold} or more and $${f.standardShippingFee} otherwise. Any order with a large freight item pays a flat $${f.freightDeliveryFee} for curbside delivery.

## Returns

### What is your return policy?
You can return most items within ${f.returnWindowDays} days of delivery if they are unused and in their original packaging. Final-sale items can't be returned.

### How long does a refund take?
Refunds reach your original payment method ${f.refundBusinessDaysMin}-${f.refundBusinessDaysMax} business days after your return arrives at our warehouse.

### Is return shipping free?
Returns of damaged, defective or wrong items are free, and so are exchanges and returns for store credit. Otherwise $${f.returnLabelFee} is deducted for a parcel return label, or $${f.freightReturnPickupFee} for a freight pickup.

### Can I return a mattress after sleeping on it?
Yes. Dreamvale mattresses have a ${f.mattressTrialNights}-night sleep trial. After at least ${f.mattressMinimumNights} nights, we pick it up for free and refund you in full.

### My item arrived damaged. What should I do?
Send us photos within ${f.damageReportHours} hours of delivery by email or chat and we'll replace or refund it.

## Products

### Are your sofas pet friendly?
The Harbor sofa and loveseat use a performance linen-blend fabric that resists stains and releases pet hair. Bouclé and leather are more easily snagged by claws.

### Do I need to assemble the furniture?
Most pieces arrive assembled or only need legs screwed on. Flat-packed items, such as the Arden desk and Cove bookcase, take 40-45 minutes; each product page lists assembly time.

### Do the Trailmaster boots run true to size?
They run about a half size small. Order the next whole size up if you are between sizes or wear thick socks.

### Is the cast iron skillet pre-seasoned?
Yes, the Emberforge skillet comes pre-seasoned and ready to cook on. Seasoning improves as you use it.

## Payments and pricing

### Which payment methods do you accept?
Visa, Mastercard, American Express, Discover, PayPal, Apple Pay, Google Pay and Northwind gift cards. Orders over $500 can be paid in four instalments through our financing partner.

### Do you price match?
Yes. We match identical items from authorised US retailers, and if our own price drops within ${f.priceAdjustmentDays} days of your order we refund the difference.

### Do you offer gift cards?
Yes, digital gift cards from $25 to $500. They never expire and can't be returned or exchanged for cash.
`;

const policy = (id: string, title: string, markdown: string, path: string): SamplePolicyInput => ({
  id,
  title,
  markdown,
  url: `${f.storeUrl}/${path}`,
});

export const samplePolicyInputs: SamplePolicyInput[] = [
  policy("policy:returns", "Returns & Refunds", returns, "policies/returns"),
  policy("policy:shipping", "Shipping & Delivery", shipping, "policies/shipping"),
  policy("policy:warranty", "Warranty", warranty, "policies/warranty"),
  policy("policy:price-match", "Price Match & Price Adjustments", priceMatch, "policies/price-match"),
  policy("policy:privacy", "Privacy Summary", privacy, "policies/privacy"),
  policy("guide:care", "Care Guides", careGuides, "pages/care"),
  policy("guide:size", "Size Guide", sizeGuide, "pages/size-guide"),
  policy("faq:general", "Frequently Asked Questions", faq, "pages/faq"),
];
