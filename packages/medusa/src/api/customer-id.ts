import type { AuthContext } from "@medusajs/framework/http";

/** The authenticated customer's id, only for customer actors: never from the body or the chat text. */
export function customerIdOf(request: { auth_context?: AuthContext }): string | undefined {
  const context = request.auth_context;
  return context?.actor_type === "customer" && context.actor_id ? context.actor_id : undefined;
}
