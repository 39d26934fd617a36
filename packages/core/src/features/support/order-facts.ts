import type { ContextDocument } from "../../spec";
import type { Order } from "../../sources/sources";

const shipmentText: Record<string, string> = {
  label_printed: "label printed, waiting for the carrier",
  in_transit: "in transit",
  out_for_delivery: "out for delivery",
  attempted_delivery: "delivery attempted",
  delivered: "delivered",
  failure: "delivery failed",
};

/**
 * The facts of a verified order as a context document: status, items, shipments with tracking and dates,
 * refunds and returns. Only ever built after `verifyOrderAccess` said yes.
 */
export function orderToContextDocument(order: Order, options: { focus?: "status" | "full" } = {}): ContextDocument {
  const status = options.focus === "status";
  const lines = [
    statusLine(order),
    ...(status ? [] : [`Order ${order.name}, placed ${order.createdAt.slice(0, 10)}, shipping method ${order.shippingMethod}.`]),
    order.cancelledAt === undefined
      ? `Payment: ${order.financialStatus.replaceAll("_", " ")}. Fulfillment: ${order.fulfillmentStatus.replaceAll("_", " ")}.`
      : `Cancelled on ${order.cancelledAt.slice(0, 10)}${order.cancelReason === undefined ? "" : ` (reason: ${order.cancelReason})`}. Payment: ${order.financialStatus.replaceAll("_", " ")}.`,
    ...(status ? [] : [`Total: ${order.totalPrice.amount} ${order.totalPrice.currencyCode}.`, "Items:"]),
    ...(status ? [] : order.lineItems).map(
      (line) => `- ${line.quantity} × ${line.title}${line.variantTitle === "" ? "" : ` (${line.variantTitle})`}, ${line.price.amount} ${line.price.currencyCode} each`,
    ),
  ];
  const shipped = new Set(order.fulfillments.flatMap((fulfillment) => fulfillment.lineItems.map((line) => line.lineItemId)));
  const unshipped = order.lineItems.filter((line) => !shipped.has(line.id));
  for (const fulfillment of order.fulfillments) {
    const items = fulfillment.lineItems
      .map((entry) => order.lineItems.find((line) => line.id === entry.lineItemId)?.title)
      .filter((title): title is string => title !== undefined);
    const status = shipmentText[fulfillment.shipmentStatus] ?? fulfillment.shipmentStatus;
    const when =
      fulfillment.deliveredAt !== undefined
        ? `, delivered ${fulfillment.deliveredAt.slice(0, 10)}`
        : fulfillment.estimatedDeliveryAt !== undefined
          ? `, expected ${fulfillment.estimatedDeliveryAt.slice(0, 10)}`
          : "";
    lines.push(
      `Shipment (${items.join(", ")}): ${status} with ${fulfillment.service}${trackingText(fulfillment)}, shipped ${fulfillment.createdAt.slice(0, 10)}${when}.`,
    );
  }
  if (unshipped.length > 0 && order.cancelledAt === undefined) {
    lines.push(`Not shipped yet: ${unshipped.map((line) => line.title).join(", ")}.`);
  }
  if (status) return { id: `order:${order.name.slice(1)}`, title: `Order ${order.name}`, text: lines.join("\n"), trusted: true };
  for (const refund of order.refunds) {
    lines.push(`Refund of ${refund.amount.amount} ${refund.amount.currencyCode} issued ${refund.createdAt.slice(0, 10)}.`);
  }
  for (const entry of order.returns) {
    lines.push(`Return ${entry.status}${entry.receivedAt === undefined ? "" : `, received ${entry.receivedAt.slice(0, 10)}`}.`);
  }
  return { id: `order:${order.name.slice(1)}`, title: `Order ${order.name}`, text: lines.join("\n"), trusted: true };
}

/** Where the order stands, in one sentence: what shoppers ask first. */
function statusLine(order: Order): string {
  if (order.cancelledAt !== undefined) return `Order ${order.name} was cancelled on ${order.cancelledAt.slice(0, 10)}.`;
  const latest = [...order.fulfillments].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  if (latest === undefined) return `Order ${order.name} has not shipped yet.`;
  const status = shipmentText[latest.shipmentStatus] ?? latest.shipmentStatus;
  const when =
    latest.deliveredAt !== undefined
      ? ` on ${latest.deliveredAt.slice(0, 10)}`
      : latest.estimatedDeliveryAt !== undefined
        ? `; expected delivery ${latest.estimatedDeliveryAt.slice(0, 10)}`
        : "";
  const partly = order.fulfillmentStatus === "partially_fulfilled" ? " Part of the order has not shipped yet." : "";
  const tracking = latest.trackingNumber === undefined ? "" : `, tracking number ${latest.trackingNumber}`;
  return `Your order ${order.name} is ${status}${when}: the package travels with ${latest.service}${tracking}.${partly}`;
}

function trackingText(fulfillment: Order["fulfillments"][number]): string {
  if (fulfillment.trackingNumber === undefined) return fulfillment.carrier === undefined ? "" : ` (${fulfillment.carrier})`;
  const url = fulfillment.trackingUrl === undefined ? "" : ` (${fulfillment.trackingUrl})`;
  return `, tracking ${fulfillment.trackingNumber}${url}`;
}
