import { authenticate, defineMiddlewares, validateAndTransformBody } from "@medusajs/framework/http";
import { AdminAnalyzeReviewsBody, AdminGenerateCopyDraftsBody, AdminReviewDraftBody, StoreChatBody } from "./validators";

/** Signed-in customers are recognised where it helps (chat, recommendations) and required for order status. */
const optionalCustomer = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true });

export default defineMiddlewares({
  routes: [
    { matcher: "/store/aisle/chat", method: ["POST"], middlewares: [optionalCustomer, validateAndTransformBody(StoreChatBody)] },
    { matcher: "/store/aisle/recommendations", method: ["GET"], middlewares: [optionalCustomer] },
    { matcher: "/store/aisle/orders/:id", method: ["GET"], middlewares: [authenticate("customer", ["session", "bearer"])] },
    { matcher: "/admin/aisle/copy-drafts", method: ["POST"], middlewares: [validateAndTransformBody(AdminGenerateCopyDraftsBody)] },
    { matcher: "/admin/aisle/copy-drafts/:id/approve", method: ["POST"], middlewares: [validateAndTransformBody(AdminReviewDraftBody)] },
    { matcher: "/admin/aisle/copy-drafts/:id/reject", method: ["POST"], middlewares: [validateAndTransformBody(AdminReviewDraftBody)] },
    { matcher: "/admin/aisle/products/:id/reviews", method: ["POST"], middlewares: [validateAndTransformBody(AdminAnalyzeReviewsBody)] },
  ],
});
