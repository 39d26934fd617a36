/*
 * Which record exercises which situation, relative to `sampleStoreToday` (Friday 2026-11-20). Tests and demos
 * look records up here instead of hard-coding them, and the sample store's own tests check that each record
 * really is in the situation its entry describes.
 */

type OrderScenario = { orderName: string; email: string; summary: string };

export const sampleOrderScenarios = {
  returnable: {
    orderName: "#1015",
    email: "maya.okafor@example.com",
    summary: "Rain jacket and daypack delivered 10 days ago: inside the 30-day return window.",
  },
  outsideReturnWindow: {
    orderName: "#1008",
    email: "daniel.reyes@example.com",
    summary: "Dutch oven and knife delivered 45 days ago: the return window has closed.",
  },
  lastDayToReturn: {
    orderName: "#1010",
    email: "sophie.laurent@example.com",
    summary: "Duvet cover and napkins delivered exactly 30 calendar days ago: today is the last day to return.",
  },
  oneDayPastReturnWindow: {
    orderName: "#1009",
    email: "jonas.vogel@example.com",
    summary: "International order delivered 31 calendar days ago: one day too late to return.",
  },
  inTransit: {
    orderName: "#1022",
    email: "ethan.brooks@example.com",
    summary: "Expedited UPS shipment in transit, due Monday 2026-11-23.",
  },
  internationalInTransit: {
    orderName: "#1020",
    email: "amelia.hart@example.com",
    summary: "FedEx International shipment to London in transit, due 2026-11-25.",
  },
  outForDelivery: {
    orderName: "#1023",
    email: "maya.okafor@example.com",
    summary: "UPS Ground parcel out for delivery today.",
  },
  deliveryAttempted: {
    orderName: "#1019",
    email: "jonas.vogel@example.com",
    summary: "FedEx tried to deliver in Berlin yesterday; redelivery expected 2026-11-23.",
  },
  unfulfilled: {
    orderName: "#1024",
    email: "priya.natarajan@example.com",
    summary: "Paid freight order (dining table and chairs) placed 2 days ago, not shipped yet.",
  },
  paymentAuthorizedOnly: {
    orderName: "#1025",
    email: "luis.ortega@example.com",
    summary: "Placed this morning; payment authorized, not captured; unfulfilled.",
  },
  partiallyFulfilled: {
    orderName: "#1018",
    email: "grace.liu@example.com",
    summary: "Sheets delivered; the backordered King Terracotta duvet cover has not shipped.",
  },
  cancelledAndRefunded: {
    orderName: "#1012",
    email: "marcus.bell@example.com",
    summary: "Cancelled by the store because the Otis chair sold out; refunded in full.",
  },
  cancelledByCustomer: {
    orderName: "#1014",
    email: "tom.becker@example.com",
    summary: "Cancelled by the customer before shipping; payment voided.",
  },
  containsFinalSaleItem: {
    orderName: "#1013",
    email: "hannah.schulz@example.com",
    summary: "Delivered 8 days ago: the clearance parka is final sale, the merino throw is returnable.",
  },
  mattressInTrial: {
    orderName: "#1006",
    email: "marcus.bell@example.com",
    summary: "Hybrid mattress delivered 66 nights ago: past the 30-day window, inside the 100-night trial.",
  },
  mattressTrialOver: {
    orderName: "#1004",
    email: "grace.liu@example.com",
    summary: "Hybrid mattress delivered more than 100 nights ago: the sleep trial has ended.",
  },
  refundPending: {
    orderName: "#1011",
    email: "ethan.brooks@example.com",
    summary: "Returned sleeping bag reached the warehouse on 2026-11-17; refund not yet issued (due in 5-7 business days).",
  },
  returnedAndRefunded: {
    orderName: "#1005",
    email: "tom.becker@example.com",
    summary: "Boots returned for size and refunded less the $7.95 label fee.",
  },
  priceAdjustmentEligible: {
    orderName: "#1017",
    email: "luis.ortega@example.com",
    summary: "Down jacket bought 11 days ago at $299; it is now $249, so a $50 price adjustment applies.",
  },
  damageReportWindowOpen: {
    orderName: "#1021",
    email: "sophie.laurent@example.com",
    summary: "Dinnerware delivered yesterday: still inside the 48-hour window to report damage.",
  },
  discountBelowFreeShipping: {
    orderName: "#1016",
    email: "daniel.reyes@example.com",
    summary: "$84 of goods, 15% off with FALL15, so the discounted $71.40 is below the $75 threshold and shipping was charged.",
  },
  whiteGloveFreight: {
    orderName: "#1003",
    email: "priya.natarajan@example.com",
    summary: "Sofa delivered by freight with the white-glove upgrade.",
  },
} as const satisfies Record<string, OrderScenario>;

export const sampleProductScenarios = {
  soldOut: ["otis-swivel-chair", "ceramic-pour-over-coffee-set", "skylark-ul-2-tent", "summit-rechargeable-headlamp"],
  finalSale: ["jute-round-rug", "tundra-insulated-parka", "merino-hiking-socks-3-pack"],
  /** SKU that keeps selling with negative inventory. */
  backorderedSku: "LW-LINDUV-KG-TER",
  draft: ["linden-outdoor-sofa"],
  archived: ["classic-canvas-tent"],
  freight: [
    "harbor-3-seat-sofa",
    "harbor-loveseat",
    "fenwick-leather-sofa",
    "linden-modular-sectional",
    "brookline-extendable-dining-table",
    "juniper-6-drawer-dresser",
    "alder-platform-bed",
    "linden-outdoor-sofa",
  ],
  mattresses: ["dreamvale-hybrid-mattress", "dreamvale-essential-foam-mattress"],
} as const;

export const sampleReviewScenarios = {
  spam: ["rev-harbor-3-seat-sofa-09", "rev-rotomolded-cooler-45-03", "rev-merino-hiking-socks-3-pack-03"],
  containsContactDetails: ["rev-basecamp-4-person-tent-07"],
  abusive: ["rev-pell-metal-side-table-03"],
  nonEnglish: [
    "rev-percale-sheet-set-08",
    "rev-stonewashed-linen-duvet-cover-04",
    "rev-cast-iron-skillet-12-08",
    "rev-enameled-cast-iron-dutch-oven-05",
    "rev-stormline-rain-jacket-mens-08",
    "rev-trailmaster-waterproof-hiking-boot-mens-07",
  ],
  /** Reviews that praise one aspect and criticise another. */
  mixedPolarity: [
    "rev-harbor-3-seat-sofa-02",
    "rev-wren-boucle-accent-chair-02",
    "rev-pell-metal-side-table-01",
    "rev-arden-writing-desk-01",
    "rev-stormline-rain-jacket-mens-02",
    "rev-trailmaster-waterproof-hiking-boot-mens-06",
  ],
} as const;
