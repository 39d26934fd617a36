import { sampleStoreToday } from "../sample-store/load-sample-store";
import { sampleStoreFacts } from "../sample-store/store-facts";
import { createSampleStoreSources } from "../sources/in-memory-sources";
import type { AisleSettings } from "./aisle-settings";
import { createAisle, type Aisle } from "./create-aisle";

/**
 * A client over the bundled sample store, with its return rules and its clock pinned to the day its orders
 * are dated from. For demos, evaluations and tests; `overrides` replace any setting (a model, events, guards).
 */
export function createSampleStoreAisle(overrides: Partial<AisleSettings> = {}): Aisle {
  const { catalog, knowledge, orders, reviews } = createSampleStoreSources();
  return createAisle({
    store: { name: sampleStoreFacts.storeName, currency: sampleStoreFacts.currencyCode },
    catalog,
    knowledge,
    orders,
    reviews,
    returns: { windowDays: sampleStoreFacts.returnWindowDays, trialMinimumNights: sampleStoreFacts.mattressMinimumNights },
    now: () => new Date(sampleStoreToday),
    ...overrides,
  });
}
