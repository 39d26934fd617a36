/** What Shopify reports in `extensions.cost.throttleStatus` after every Admin GraphQL call. */
export type ThrottleStatus = { maximumAvailable: number; currentlyAvailable: number; restoreRate: number };

export type QueryCost = {
  requestedQueryCost: number;
  actualQueryCost: number | null;
  throttleStatus: ThrottleStatus;
};

/**
 * Our copy of the shop's leaky bucket. Shopify refills `restoreRate` points a second up to `maximumAvailable`;
 * we refill our copy the same way between answers, reserve a query's expected cost before sending it so
 * concurrent requests do not all spend the same points, and correct the copy from every answer.
 */
export type CostBucket = {
  /** Milliseconds to wait before a query costing `cost` fits, keeping `reserve` points free. 0 when it fits now. */
  waitFor(cost: number, reserve: number): number;
  /** Takes the points for a query about to be sent. */
  take(cost: number): void;
  /** Corrects the copy from Shopify's answer. */
  update(status: ThrottleStatus): void;
  readonly status: ThrottleStatus | undefined;
};

export function createCostBucket(now: () => number): CostBucket {
  let known: ThrottleStatus | undefined;
  let available = 0;
  let at = 0;

  const refill = () => {
    if (known === undefined) return;
    const time = now();
    available = Math.min(known.maximumAvailable, available + (known.restoreRate * (time - at)) / 1000);
    at = time;
  };

  return {
    waitFor(cost, reserve) {
      // Before the first answer we know nothing: send, and learn the bucket from the answer.
      if (known === undefined) return 0;
      refill();
      const needed = Math.min(cost + reserve, known.maximumAvailable);
      if (available >= needed) return 0;
      return Math.ceil(((needed - available) / Math.max(known.restoreRate, 1)) * 1000);
    },
    take(cost) {
      if (known === undefined) return;
      refill();
      available -= cost;
    },
    update(status) {
      known = status;
      available = status.currentlyAvailable;
      at = now();
    },
    get status() {
      if (known === undefined) return undefined;
      refill();
      return { ...known, currentlyAvailable: available };
    },
  };
}
