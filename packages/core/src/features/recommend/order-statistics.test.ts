import { describe, expect, it } from "vitest";
import { loadSampleStore } from "../../sample-store/load-sample-store";
import { createInMemoryOrders } from "../../sources/in-memory-sources";
import type { Order } from "../../sources/sources";
import { loadOrderStatistics } from "./order-statistics";

const template = loadSampleStore().orders[0] as Order;
let next = 0;
const order = (createdAt: string, productIds: string[], extra: Partial<Order> = {}): Order => ({
  ...template,
  id: `order-${++next}`,
  name: `#${5000 + next}`,
  createdAt,
  lineItems: productIds.map((productId, index) => ({ ...(template.lineItems[0] as Order["lineItems"][number]), id: `line-${next}-${index}`, productId })),
  ...extra,
});
const now = new Date("2026-06-30T12:00:00Z");

describe("loadOrderStatistics", () => {
  it("is undefined for an order source that cannot list orders", async () => {
    const { listOrders: _listOrders, ...source } = createInMemoryOrders([]);
    expect(await loadOrderStatistics({ orders: source, now, lookbackDays: 30, maxOrders: 100 })).toBeUndefined();
  });

  it("ranks co-purchases by count weighted with lift, leaves out cancelled and voided orders", async () => {
    const orders = [
      order("2026-06-01T00:00:00Z", ["tent", "bag"]),
      order("2026-06-02T00:00:00Z", ["tent", "bag", "pad"]),
      order("2026-06-03T00:00:00Z", ["tent", "stove"]),
      order("2026-06-04T00:00:00Z", ["stove"]),
      order("2026-06-05T00:00:00Z", ["stove"]),
      order("2026-06-06T00:00:00Z", ["tent", "lamp"], { cancelledAt: "2026-06-06T01:00:00Z" }),
      order("2026-06-07T00:00:00Z", ["tent", "lamp"], { financialStatus: "voided" }),
      order("2025-01-01T00:00:00Z", ["tent", "chair"]),
    ];
    const statistics = await loadOrderStatistics({ orders: createInMemoryOrders(orders), now, lookbackDays: 90, maxOrders: 100 });
    expect(statistics?.orders).toBe(5);
    const list = statistics?.coPurchases("tent", 1) ?? [];
    expect(list.map((entry) => entry.productId)).toEqual(["bag", "pad", "stove"]);
    expect(list[0]).toEqual({ productId: "bag", orders: 2, score: 1 });
    expect(statistics?.coPurchases("tent", 2).map((entry) => entry.productId)).toEqual(["bag"]);
    expect(statistics?.coPurchases("lamp", 1)).toEqual([]);
  });

  it("counts trending orders once each, decayed by age, inside the window", async () => {
    const orders = [
      order("2026-06-29T12:00:00Z", ["fresh"]),
      order("2026-06-16T12:00:00Z", ["older"]),
      order("2026-06-15T12:00:00Z", ["older", "older"]),
      order("2026-05-01T12:00:00Z", ["outside"]),
    ];
    const statistics = await loadOrderStatistics({ orders: createInMemoryOrders(orders), now, lookbackDays: 365, maxOrders: 100 });
    const trending = statistics?.trending(30, 7) ?? [];
    expect(trending.map((entry) => [entry.productId, entry.orders])).toEqual([
      ["fresh", 1],
      ["older", 2],
    ]);
    // Two orders two weeks old weigh about half of one from yesterday with a 7-day half-life.
    expect(trending[1]?.score).toBeCloseTo((0.5 ** 2 + 0.5 ** (15 / 7)) / 0.5 ** (1 / 7), 5);
  });
});
