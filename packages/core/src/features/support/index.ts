export * from "./intent";
export {
  createSupportAssistant,
  type SupportAnswer,
  type SupportAssistant,
  type SupportAssistantContext,
  type SupportRequest,
  type SupportStream,
  type SupportToolName,
  type SupportToolUse,
} from "./support-assistant";
export {
  calendarDate,
  checkReturnEligibility,
  describeReturnEligibility,
  isFinalSale,
  returnRulesSchema,
  type LineItemEligibility,
  type ResolvedReturnRules,
  type ReturnEligibility,
  type ReturnEligibilityReason,
  type ReturnRules,
} from "./return-rules";
export { extractOrderDetails, verifyOrderAccess, type OrderAccess, type ShopperIdentity } from "./order-access";
export { orderToContextDocument } from "./order-facts";
export { asksForException, asksForHuman, soundsUpset, type Handoff, type HandoffReason } from "./handoff";
export type { SupportLanguage } from "./support-messages";
export { isVerifiedResolution, type SupportTurnEvent } from "./resolution";
export * from "./eval";
