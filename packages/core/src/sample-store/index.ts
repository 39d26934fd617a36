export { loadSampleStore, sampleStoreToday, type SampleStore } from "./load-sample-store";
export { findSampleStoreProblems, type SampleStoreRecords } from "./check-sample-store";
export { sampleStoreFacts, type SampleStoreFacts } from "./store-facts";
export { sampleCategories, type SampleCategoryKey } from "./categories";
export { sampleOrderScenarios, sampleProductScenarios, sampleReviewScenarios } from "./scenarios";
export { appendTrackingCheckDigit, detectCarrier, isValidTrackingNumber, trackingUrl } from "./tracking-number";
export {
  addressSchema,
  carrierSchema,
  customerSchema,
  financialStatusSchema,
  fulfillmentSchema,
  fulfillmentStatusSchema,
  lineItemQuantitySchema,
  orderLineItemSchema,
  orderSchema,
  policySchema,
  refundSchema,
  returnSchema,
  reviewSchema,
  shipmentStatusSchema,
  type SampleAddress,
  type SampleCarrier,
  type SampleCustomer,
  type SampleCustomerInput,
  type SampleFinancialStatus,
  type SampleFulfillment,
  type SampleFulfillmentStatus,
  type SampleOrder,
  type SampleOrderInput,
  type SampleOrderLineItem,
  type SamplePolicy,
  type SamplePolicyInput,
  type SampleRefund,
  type SampleReturn,
  type SampleReview,
  type SampleReviewInput,
  type SampleShipmentStatus,
} from "./schemas";
export { platformFulfillmentSchema, platformOrderSchema, type PlatformOrder, type PlatformOrderInput } from "./schemas";
