import { z } from "zod";
import type { Product } from "../catalog/product";
import type { Aisle } from "../client/create-aisle";
import type { ShopperIdentity } from "../features/support/order-access";
import type { ChatHistoryStore } from "./chat-history";
import { chatRequestLimits, type ChatCitation } from "./chat-protocol";

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;
const functionSchema = <Fn>(message: string) => z.custom<Fn>((value) => typeof value === "function", message);

export const chatHandlerSettingsSchema = z
  .object({
    /** The client whose support assistant answers and whose catalog fills the product cards. */
    aisle: z.custom<Pick<Aisle, "support" | "catalog">>(
      (value) => isObject(value) && isObject(value.support) && typeof value.support.stream === "function" && isObject(value.catalog),
      "must be an Aisle client (createAisle(...))",
    ),
    /**
     * Who the shopper is, from what the platform vouches for (a verified session or a signed app-proxy
     * request); never from the request body. Without it every shopper is anonymous and orders need the email.
     */
    identify: functionSchema<(request: Request) => ShopperIdentity | undefined | Promise<ShopperIdentity | undefined>>("must be a function").optional(),
    /**
     * Keeps conversations on the server: answers then build on the stored turns, not on the earlier turns the
     * browser sends (see `createInMemoryChatHistory`). Without it the browser's transcript is the history.
     */
    history: z
      .custom<ChatHistoryStore>((value) => isObject(value) && typeof value.load === "function" && typeof value.save === "function", "must have load and save")
      .optional(),
    /** A product's page when the catalog has no `url` (Medusa products, headless storefronts). */
    productUrl: functionSchema<(product: Product) => string | undefined>("must be a function").optional(),
    /** A policy section's page, e.g. `policy:returns` → "/policies/refund-policy". */
    citationUrl: functionSchema<(citation: Omit<ChatCitation, "url"> & { documentId: string }) => string | undefined>("must be a function").optional(),
    /** Product cards after an answer, at most. */
    maxProducts: z.number().int().min(0).max(12).default(4),
    maxMessages: z.number().int().min(1).max(200).default(chatRequestLimits.maxMessages),
    maxMessageChars: z.number().int().min(1).max(100_000).default(chatRequestLimits.maxMessageChars),
    /** Larger request bodies are refused with 413 before they are read whole. */
    maxBodyBytes: z.number().int().min(1024).default(64 * 1024),
    /**
     * While no event is ready for this long, a comment (`: keep-alive`) goes out instead, so proxies that drop
     * idle connections (often after 30-60 s) do not cut a slow answer off. `0` sends none.
     */
    keepAliveMs: z.number().int().min(0).max(300_000).default(15_000),
    /** Identifies a new conversation; the browser sends it back with every later turn. */
    generateConversationId: functionSchema<() => string>("must be a function").optional(),
    /**
     * Called with every failed answer; the shopper only sees a generic message. Defaults to `console.error`,
     * so failures are not silent; pass your logger.
     */
    onError: functionSchema<(error: unknown, request: Request) => void>("must be a function").optional(),
  })
  .strict();

export type ChatHandlerSettings = z.input<typeof chatHandlerSettingsSchema>;
