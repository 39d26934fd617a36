import { createProductsWorkflow, deleteProductsWorkflow, updateProductsWorkflow } from "@medusajs/core-flows";
import type { IApiKeyModuleService, IAuthModuleService, ICustomerModuleService, IOrderModuleService, IProductModuleService, IUserModuleService, MedusaContainer } from "@medusajs/framework/types";
import { generateJwtToken, Modules } from "@medusajs/framework/utils";
import { medusaIntegrationTestRunner } from "@medusajs/test-utils";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resolveAisle } from "../../src/lib/resolve-aisle";

/*
 * The plugin in a whole Medusa application on the local PostgreSQL (the runner creates a database, runs every
 * migration, and drops it at the end): the product subscribers feeding the index, the store routes with a
 * publishable key, the order-status guard, request validation, and the approval workflow's compensation.
 */

const jwtSecret = "aisle-plugin-development-only";
const pluginRoot = fileURLToPath(new URL("../..", import.meta.url));

type Headers = Record<string, string>;

async function adminHeaders(container: MedusaContainer): Promise<Headers> {
  const user = await container.resolve<IUserModuleService>(Modules.USER).createUsers({ email: "admin@aisle.test" });
  const identity = await container.resolve<IAuthModuleService>(Modules.AUTH).createAuthIdentities({
    provider_identities: [{ provider: "emailpass", entity_id: "admin@aisle.test" }],
    app_metadata: { user_id: user.id },
  });
  const token = generateJwtToken({ actor_id: user.id, actor_type: "user", auth_identity_id: identity.id, app_metadata: { user_id: user.id } }, { secret: jwtSecret, expiresIn: "1d" });
  return { authorization: `Bearer ${token}` };
}

async function customerToken(container: MedusaContainer, email: string): Promise<{ id: string; headers: Headers }> {
  const customer = await container.resolve<ICustomerModuleService>(Modules.CUSTOMER).createCustomers({ email, first_name: "Test", last_name: "Shopper" });
  const identity = await container.resolve<IAuthModuleService>(Modules.AUTH).createAuthIdentities({
    provider_identities: [{ provider: "emailpass", entity_id: email }],
    app_metadata: { customer_id: customer.id },
  });
  const token = generateJwtToken(
    { actor_id: customer.id, actor_type: "customer", auth_identity_id: identity.id, app_metadata: { customer_id: customer.id } },
    { secret: jwtSecret, expiresIn: "1d" },
  );
  return { id: customer.id, headers: { authorization: `Bearer ${token}` } };
}

async function createProduct(container: MedusaContainer, title: string, description: string) {
  const { result } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title,
          description,
          status: "published",
          options: [{ title: "Finish", values: ["Natural"] }],
          variants: [{ title: "Natural", options: { Finish: "Natural" }, manage_inventory: false, prices: [{ amount: 240, currency_code: "usd" }] }],
        },
      ],
    },
  });
  return result[0] as { id: string };
}

/** Polls until `check` passes: subscribers run after the workflow that emitted the event has finished. */
async function eventually(check: () => Promise<void>, timeoutMs = 15_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() - started > timeoutMs) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

function parseEvents(text: string): Array<{ event: string; data: Record<string, unknown> }> {
  return text
    .split("\n\n")
    .filter((block) => block.trim() !== "")
    .map((block) => {
      const event = /^event: (.*)$/m.exec(block)?.[1] ?? "";
      const data = /^data: (.*)$/m.exec(block)?.[1] ?? "{}";
      return { event, data: JSON.parse(data) as Record<string, unknown> };
    });
}

medusaIntegrationTestRunner({
  inApp: true,
  cwd: pluginRoot,
  env: { JWT_SECRET: jwtSecret },
  testSuite: ({ api, getContainer }) => {
    let admin: Headers;
    let store: Headers;
    const noThrow = { validateStatus: () => true };

    beforeAll(async () => {
      // Create the index table before the runner snapshots the database, so each test's restore keeps it.
      await resolveAisle(getContainer()).productIndex();
    });

    beforeEach(async () => {
      const container = getContainer();
      admin = await adminHeaders(container);
      const key = await container.resolve<IApiKeyModuleService>(Modules.API_KEY).createApiKeys({ title: "Storefront", type: "publishable", created_by: "test" });
      store = { "x-publishable-api-key": key.token };
    });

    describe("product subscribers", () => {
      it("index products as Medusa creates, updates and deletes them", async () => {
        const container = getContainer();
        const product = await createProduct(container, "Walnut Side Table", "A small walnut table with one drawer.");
        const search = async (q: string) => (await api.get(`/store/aisle/search?q=${encodeURIComponent(q)}`, { headers: store })).data as { products: Array<{ id: string; title: string }> };

        await eventually(async () => expect((await search("walnut table")).products.map((hit) => hit.id)).toContain(product.id));

        await updateProductsWorkflow(container).run({ input: { selector: { id: product.id }, update: { title: "Cherry Side Table" } } });
        await eventually(async () => expect((await search("cherry table")).products[0]).toMatchObject({ id: product.id, title: "Cherry Side Table" }));

        await deleteProductsWorkflow(container).run({ input: { ids: [product.id] } });
        await eventually(async () => expect((await search("cherry table")).products.map((hit) => hit.id)).not.toContain(product.id));
        const state = (await api.get("/admin/aisle/reindex", { headers: admin })).data as { index: { store: string; vectors: boolean } };
        expect(state.index).toMatchObject({ store: "postgres", vectors: false });
      });
    });

    describe("store chat", () => {
      it("streams an answer with citations for a shopper with a publishable key", async () => {
        const response = await api.post("/store/aisle/chat", { message: "How many days do I have to return an item?" }, { headers: store, responseType: "text" });
        expect(response.status).toBe(200);
        expect(response.headers["content-type"]).toMatch(/text\/event-stream/);
        // aisle-chat/1, the protocol of the <aisle-chat> widget.
        const events = parseEvents(response.data as string);
        expect(events[0]).toMatchObject({ event: "start", data: { version: "aisle-chat/1" } });
        const text = events.filter((entry) => entry.event === "text").map((entry) => entry.data.delta).join("");
        expect(text).toMatch(/30 days/);
        const citations = events.find((entry) => entry.event === "citations")?.data as unknown as Array<{ id: string }>;
        expect(citations.some((citation) => citation.id.startsWith("policy:returns"))).toBe(true);
        expect(events.at(-1)).toMatchObject({ event: "done" });

        // The widget's own request shape continues the conversation.
        const conversationId = (events[0]?.data as { conversationId: string }).conversationId;
        const next = await api.post(
          "/store/aisle/chat",
          { conversationId, messages: [{ role: "user", content: "How many days do I have to return an item?" }, { role: "user", content: "Do you ship to Canada?" }] },
          { headers: store, responseType: "text" },
        );
        expect(parseEvents(next.data as string)[0]?.data).toMatchObject({ conversationId });
      });

      it("is refused without a publishable key", async () => {
        const response = await api.post("/store/aisle/chat", { message: "Hello" }, noThrow);
        expect(response.status).toBe(400);
        expect(response.data).toMatchObject({ type: "not_allowed" });
      });
    });

    describe("order status", () => {
      it("is shown only to the authenticated customer who placed the order", async () => {
        const container = getContainer();
        const owner = await customerToken(container, "owner@aisle.test");
        const other = await customerToken(container, "other@aisle.test");
        const order = await container.resolve<IOrderModuleService>(Modules.ORDER).createOrders({
          email: "owner@aisle.test",
          customer_id: owner.id,
          currency_code: "usd",
          items: [{ title: "Linen Sofa", quantity: 1, unit_price: 899 }],
        });

        const anonymous = await api.get(`/store/aisle/orders/${order.id}`, { headers: store, ...noThrow });
        expect(anonymous.status).toBe(401);
        const stranger = await api.get(`/store/aisle/orders/${order.id}`, { headers: { ...store, ...other.headers }, ...noThrow });
        expect(stranger.status).toBe(404);
        const mine = await api.get(`/store/aisle/orders/${order.id}`, { headers: { ...store, ...owner.headers } });
        expect(mine.data.order).toMatchObject({ id: order.id, name: `#${order.display_id}`, fulfillment_status: "unfulfilled", items: [{ title: "Linen Sofa", quantity: 1 }] });
      });
    });

    describe("validation", () => {
      it("answers invalid bodies and queries with a 400 naming the field", async () => {
        const emptyMessage = await api.post("/store/aisle/chat", { message: "" }, { headers: store, ...noThrow });
        expect(emptyMessage.status).toBe(400);
        expect(emptyMessage.data).toMatchObject({ type: "invalid_data" });
        expect(emptyMessage.data.message).toMatch(/message/);

        const unknownField = await api.post("/store/aisle/chat", { message: "Hi", customer_id: "cus_someone_else" }, { headers: store, ...noThrow });
        expect(unknownField.status).toBe(400);
        expect(unknownField.data.message).toMatch(/customer_id/);

        const badDrafts = await api.post("/admin/aisle/copy-drafts", { product_ids: [], kind: "poem" }, { headers: admin, ...noThrow });
        expect(badDrafts.status).toBe(400);
        expect(badDrafts.data).toMatchObject({ type: "invalid_data" });
        expect(badDrafts.data.message).toMatch(/product_ids/);
        expect(badDrafts.data.message).toMatch(/kind/);

        const noQuery = await api.get("/store/aisle/search", { headers: store, ...noThrow });
        expect(noQuery.status).toBe(400);
        expect(noQuery.data).toMatchObject({ type: "invalid_data" });
        expect(noQuery.data.message).toMatch(/\bq\b/);

        const unauthenticatedAdmin = await api.post("/admin/aisle/copy-drafts", { product_ids: ["prod_1"] }, noThrow);
        expect(unauthenticatedAdmin.status).toBe(401);
      });
    });

    describe("copy drafts", () => {
      it("are generated and approved through the admin routes, which update the product", async () => {
        const container = getContainer();
        const product = await createProduct(container, "Rattan Armchair", "Hand-woven rattan armchair.");
        const created = await api.post("/admin/aisle/copy-drafts", { product_ids: [product.id] }, { headers: admin });
        expect(created.status).toBe(201);
        const draft = created.data.copy_drafts[0] as { id: string; status: string; content: { body: string } };
        expect(draft.status).toBe("draft");

        const approved = await api.post(`/admin/aisle/copy-drafts/${draft.id}/approve`, {}, { headers: admin });
        expect(approved.data.copy_draft).toMatchObject({ id: draft.id, status: "approved" });
        const stored = await container.resolve<IProductModuleService>(Modules.PRODUCT).retrieveProduct(product.id);
        expect(stored.description).toContain(draft.content.body);
        const record = (await api.get(`/admin/aisle/copy-drafts/${draft.id}`, { headers: admin })).data.copy_draft;
        expect(record.previous).toMatchObject({ description: "Hand-woven rattan armchair." });
      });

      it("approval is undone when a later step fails: the product gets its old text back", async () => {
        const container = getContainer();
        const product = await createProduct(container, "Jute Rug", "A flat-woven jute rug.");
        const { drafts } = await resolveAisle(container).draftCopy({ productIds: [product.id], kind: "product-description" });
        const draft = drafts[0] as { id: string };

        // The workflow as the application loaded it (Node's require cache), so the hook lands on the definition it runs.
        const { approveCopyDraftWorkflow } = createRequire(import.meta.url)("../../src/workflows/approve-copy-draft") as typeof import("../../src/workflows/approve-copy-draft");
        approveCopyDraftWorkflow.hooks.draftApproved(() => {
          throw new Error("downstream publish failed");
        });
        const { errors } = await approveCopyDraftWorkflow(container).run({ input: { draft_id: draft.id }, throwOnError: false });
        expect(errors[0]?.error.message).toMatch(/downstream publish failed/);

        const restored = await container.resolve<IProductModuleService>(Modules.PRODUCT).retrieveProduct(product.id);
        expect(restored.description).toBe("A flat-woven jute rug.");
        expect((await resolveAisle(container).retrieveDraft(draft.id)).status).toBe("draft");
      });
    });
  },
});
