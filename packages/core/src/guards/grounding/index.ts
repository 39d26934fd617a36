export { claimKinds, type ClaimKind, type GroundingClaim, type GroundingEvidence, type GroundingFact, type GroundingFacts, type GroundingReport } from "./grounding-types";
export { groundingSettingsSchema, resolveGroundingSettings, type GroundingSettings, type ResolvedGroundingSettings } from "./grounding-settings";
export { createGroundingChecker, checkGrounding, type GroundingChecker, type GroundingInput, type PreparedFacts } from "./grounding-checker";
export {
  groundingMiddleware,
  removeSentences,
  type GroundingAction,
  type GroundingCallContext,
  type GroundingMiddlewareSettings,
} from "./grounding-middleware";
export { splitSentences, type SentenceSpan } from "./text/sentences";
