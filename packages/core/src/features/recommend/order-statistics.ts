import type { Order, OrderSource } from "../../sources/sources";

const dayMs = 86_400_000;

/** One order reduced to what store-wide statistics need. */
type OrderBasket = { at: number; productIds: string[] };

export type CoPurchase = {
  productId: string;
  /** Orders that held both products. */
  orders: number;
  /** 0..1 within the anchor's list: co-occurrence weighted by lift, relative to the anchor's best. */
  score: number;
};

export type TrendingProduct = {
  productId: string;
  /** Distinct orders in the window. */
  orders: number;
  /** Orders weighted by recency (half-life decay), relative to the best: 0..1. */
  score: number;
};

export type OrderStatistics = {
  /** Orders counted (cancelled and voided ones are left out). */
  orders: number;
  coPurchases(productId: string, minSupport: number): CoPurchase[];
  trending(windowDays: number, halfLifeDays: number): TrendingProduct[];
};

const isCounted = (order: Order) => order.cancelledAt === undefined && order.financialStatus !== "voided";

/** Co-purchase and trending statistics over the orders of the last `lookbackDays`, newest first, at most `maxOrders`. */
export async function loadOrderStatistics({
  orders,
  now,
  lookbackDays,
  maxOrders,
  abortSignal,
}: {
  orders: OrderSource;
  now: Date;
  lookbackDays: number;
  maxOrders: number;
  abortSignal?: AbortSignal;
}): Promise<OrderStatistics | undefined> {
  if (orders.listOrders === undefined) return undefined;
  const since = new Date(now.getTime() - lookbackDays * dayMs).toISOString();
  const listed = await orders.listOrders({ since, limit: maxOrders, ...(abortSignal === undefined ? {} : { abortSignal }) });
  const baskets: OrderBasket[] = listed.filter(isCounted).map((order) => ({
    at: Date.parse(order.createdAt),
    productIds: [...new Set(order.lineItems.map((line) => line.productId))].sort(),
  }));
  return buildOrderStatistics(baskets, now.getTime());
}

function buildOrderStatistics(baskets: readonly OrderBasket[], nowMs: number): OrderStatistics {
  const productOrders = new Map<string, number>();
  const pairs = new Map<string, Map<string, number>>();
  for (const basket of baskets) {
    for (const id of basket.productIds) productOrders.set(id, (productOrders.get(id) ?? 0) + 1);
    for (const first of basket.productIds) {
      for (const second of basket.productIds) {
        if (first === second) continue;
        let row = pairs.get(first);
        if (row === undefined) pairs.set(first, (row = new Map()));
        row.set(second, (row.get(second) ?? 0) + 1);
      }
    }
  }
  const total = baskets.length;

  return {
    orders: total,
    coPurchases(productId, minSupport) {
      const row = pairs.get(productId);
      const anchorOrders = productOrders.get(productId) ?? 0;
      if (row === undefined || anchorOrders === 0) return [];
      const raw: Array<{ productId: string; orders: number; value: number }> = [];
      for (const [other, together] of row) {
        if (together < minSupport) continue;
        // Lift says how much more often the two meet than chance; weighting it by the count keeps one lucky
        // co-occurrence of two rare products from outranking a pair bought together again and again.
        const lift = (together * total) / (anchorOrders * (productOrders.get(other) ?? together));
        raw.push({ productId: other, orders: together, value: together * Math.log1p(lift) });
      }
      const best = raw.reduce((max, entry) => Math.max(max, entry.value), 0);
      return raw
        .map((entry) => ({ productId: entry.productId, orders: entry.orders, score: best > 0 ? entry.value / best : 0 }))
        .sort((a, b) => b.score - a.score || b.orders - a.orders || a.productId.localeCompare(b.productId));
    },
    trending(windowDays, halfLifeDays) {
      const start = nowMs - windowDays * dayMs;
      const counts = new Map<string, { orders: number; weight: number }>();
      for (const basket of baskets) {
        if (basket.at < start || basket.at > nowMs) continue;
        const weight = 0.5 ** ((nowMs - basket.at) / dayMs / halfLifeDays);
        for (const id of basket.productIds) {
          const entry = counts.get(id) ?? { orders: 0, weight: 0 };
          entry.orders++;
          entry.weight += weight;
          counts.set(id, entry);
        }
      }
      let best = 0;
      for (const entry of counts.values()) best = Math.max(best, entry.weight);
      return [...counts.entries()]
        .map(([productId, entry]) => ({ productId, orders: entry.orders, score: best > 0 ? entry.weight / best : 0 }))
        .sort((a, b) => b.score - a.score || b.orders - a.orders || a.productId.localeCompare(b.productId));
    },
  };
}
