/*
 * Every number the policies state, in one place. The policy and FAQ texts interpolate these, and the scenario
 * tests compute return windows and shipping fees from them, so a grounding check that compares an answer with
 * the policies and a test that compares an order with the rules can never disagree with each other.
 */
export const sampleStoreFacts = {
  storeName: "Northwind Home & Outdoor",
  storeUrl: "https://shop.northwind.example",
  supportEmail: "support@northwind.example",
  warrantyEmail: "warranty@northwind.example",
  privacyEmail: "privacy@northwind.example",
  /** Toll-free line in the range reserved for fiction. */
  supportPhone: "1-800-555-0199",
  supportHours: "Monday to Friday, 8 am to 8 pm Eastern; Saturday, 9 am to 5 pm Eastern",
  currencyCode: "USD",
  /** Days from the delivery date, inclusive of the 30th day. */
  returnWindowDays: 30,
  mattressTrialNights: 100,
  mattressMinimumNights: 21,
  refundBusinessDaysMin: 5,
  refundBusinessDaysMax: 7,
  damageReportHours: 48,
  returnLabelFee: "7.95",
  freightReturnPickupFee: "99.00",
  freeShippingThreshold: "75.00",
  standardShippingFee: "7.95",
  expeditedShippingFee: "19.95",
  expressShippingFee: "34.95",
  freightDeliveryFee: "99.00",
  whiteGloveUpgradeFee: "199.00",
  internationalShippingFee: "24.95",
  priceAdjustmentDays: 14,
  /** Parcel orders placed before this hour (Eastern) on a business day ship the same day. */
  sameDayCutoffHourEastern: 12,
  freightProcessingBusinessDays: "5-7",
  lostPackageReportDays: 7,
  chatRetentionDays: 90,
} as const;

export type SampleStoreFacts = typeof sampleStoreFacts;
