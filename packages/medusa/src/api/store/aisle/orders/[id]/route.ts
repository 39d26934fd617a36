import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { MedusaError } from "@medusajs/framework/utils";
import { resolveAisle } from "../../../../../lib/resolve-aisle";
import { customerIdOf } from "../../../../customer-id";

/**
 * GET /store/aisle/orders/:id: the order's status for the signed-in customer who placed it. Without a
 * customer session the middleware answers 401; another customer's order answers 404, like a missing one.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const customerId = customerIdOf(req);
  if (customerId === undefined) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Sign in as the customer who placed the order.");
  const id = req.params.id as string;
  const order = await resolveAisle(req.scope).orderStatus(id, customerId);
  if (order === undefined) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${id} was not found`);
  res.json({
    order: {
      id: order.id,
      name: order.name,
      created_at: order.createdAt,
      cancelled_at: order.cancelledAt ?? null,
      financial_status: order.financialStatus,
      fulfillment_status: order.fulfillmentStatus,
      total: order.totalPrice,
      items: order.lineItems.map((item) => ({ title: item.title, variant_title: item.variantTitle, quantity: item.quantity })),
      shipments: order.fulfillments.map((fulfillment) => ({
        carrier: fulfillment.carrier,
        tracking_number: fulfillment.trackingNumber,
        tracking_url: fulfillment.trackingUrl,
        status: fulfillment.shipmentStatus,
        delivered_at: fulfillment.deliveredAt ?? null,
      })),
    },
  });
}
