import type { Product } from "../../catalog/product";
import type { ContextDocument } from "../../spec";

/**
 * What a claim is about. `number` is a bare number with no unit; `code` a model, style or SKU code;
 * `attribute` a value such as left/right, round/elongated, gas/electric, indoor/outdoor; `size` a size word
 * (small/large, twin/queen/king).
 */
export const claimKinds = [
  "measurement",
  "count",
  "number",
  "money",
  "percentage",
  "discount-code",
  "code",
  "colour",
  "material",
  "attribute",
  "size",
  "availability",
  "delivery-window",
  "return-window",
  "duration",
] as const;

export type ClaimKind = (typeof claimKinds)[number];

/** Where a supporting fact was found: the fact's wording, and the document it came from when known. */
export type GroundingEvidence = { text: string; source?: string };

export type GroundingClaim = {
  kind: ClaimKind;
  /** The claim as written in the checked text: `text.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  supported: boolean;
  /** Why the claim is or is not supported, in one sentence a reviewer can read. */
  reason: string;
  evidence?: GroundingEvidence;
};

export type GroundingReport = {
  /** True when every claim is supported (also when there are no claims). */
  grounded: boolean;
  /** Every claim found, in text order. */
  claims: GroundingClaim[];
  /** The claims that are not supported, in text order. */
  unsupported: GroundingClaim[];
};

/**
 * What the text may rely on: plain strings, context documents (policy sections, retrieved passages) and
 * catalog products, whose prices, compare-at prices, stock, options and attributes become facts.
 */
export type GroundingFact = string | ContextDocument | Product;
export type GroundingFacts = GroundingFact | readonly GroundingFact[];
