/**
 * A local stand-in for Shopify's Admin API, run in its own process by `shopify-sync.ts` so its memory is not
 * counted in the sync's RSS. It serves the operations the catalog sync sends, for a catalog generated on the
 * fly (nothing is held per product):
 *
 * - a leaky bucket per shop: requested cost must be available or the answer is `THROTTLED` (HTTP 200, with
 *   `extensions.cost.throttleStatus`); the difference to the actual cost is refunded, as Shopify does;
 * - cursor pagination of `products` sorted by update time;
 * - bulk operations: `bulkOperationRunQuery` starts one that completes after `--bulk-delay-ms`; its JSONL (one
 *   line per product, variant, collection, metafield and image, `__parentId` on children) is generated while
 *   it streams, with backpressure.
 *
 * Arguments: --products N --bucket POINTS --restore-rate POINTS_PER_S --bulk-delay-ms MS. Prints the port.
 */
import { createServer, type ServerResponse } from "node:http";
import { shopifyProductNode, toBulkRows } from "../src/test/fixtures";

const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
};

const products = argument("products", 100_000);
const maximumAvailable = argument("bucket", 20_000);
const restoreRate = argument("restore-rate", 1_000);
const bulkDelayMs = argument("bulk-delay-ms", 200);

let available = maximumAvailable;
let refilledAt = performance.now();
const refill = () => {
  const now = performance.now();
  available = Math.min(maximumAvailable, available + ((now - refilledAt) / 1000) * restoreRate);
  refilledAt = now;
};

/** A product of the generated catalog; variants, metafields and descriptions vary with its number. */
function product(number: number) {
  const node = shopifyProductNode({ number, variants: 1 + (number % 4), updatedAt: new Date(Date.UTC(2026, 0, 1) + number * 1000).toISOString() });
  node.descriptionHtml = `<p>${node.title}: solid ${["oak", "walnut", "ash", "birch"][number % 4]} with a hand-oiled finish.</p><ul><li>Height ${40 + (number % 20)} cm</li><li>Ships flat-packed</li></ul>`;
  return node;
}

type Operation = { id: string; startedAt: number; query: string };
const operations = new Map<string, Operation>();
let port = 0;

const send = (response: ServerResponse, status: number, body: unknown) => {
  const text = JSON.stringify(body);
  response.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  response.end(text);
};

const cost = (requested: number, actual: number) => ({
  requestedQueryCost: requested,
  actualQueryCost: actual,
  throttleStatus: { maximumAvailable, currentlyAvailable: Math.floor(available), restoreRate },
});

/** Answers with data after charging the bucket, or THROTTLED when the requested cost is not available. */
function charge(response: ServerResponse, requested: number, actualOf: () => { data: unknown; actual: number }) {
  refill();
  if (available < requested) {
    send(response, 200, {
      errors: [{ message: "Throttled", extensions: { code: "THROTTLED", documentation: "https://shopify.dev/api/usage/rate-limits" } }],
      extensions: { cost: { requestedQueryCost: requested, actualQueryCost: null, throttleStatus: { maximumAvailable, currentlyAvailable: Math.floor(available), restoreRate } } },
    });
    return;
  }
  available -= requested;
  const { data, actual } = actualOf();
  available += requested - actual;
  send(response, 200, { data, extensions: { cost: cost(requested, actual) } });
}

async function streamBulkFile(response: ServerResponse) {
  response.writeHead(200, { "content-type": "application/jsonl" });
  let buffer = "";
  for (let number = 1; number <= products; number++) {
    for (const row of toBulkRows(product(number))) buffer += `${JSON.stringify(row)}\n`;
    if (buffer.length > 64 * 1024) {
      if (!response.write(buffer)) await new Promise((resolve) => response.once("drain", resolve));
      buffer = "";
    }
  }
  response.end(buffer);
}

const server = createServer((request, response) => {
  if (request.method === "GET" && request.url?.startsWith("/bulk/")) {
    void streamBulkFile(response);
    return;
  }
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { query: string; variables?: Record<string, unknown> };
    const operation = /\b(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1];
    const variables = body.variables ?? {};
    switch (operation) {
      case "AisleShop":
        return charge(response, 2, () => ({ data: { shop: { currencyCode: "USD", primaryDomain: { url: "https://bench.example" } } }, actual: 1 }));
      case "AisleProductsCount":
        return charge(response, 1, () => ({ data: { productsCount: { count: products, precision: "EXACT" } }, actual: 1 }));
      case "AisleProductsPage": {
        const first = Number(variables.first);
        const variantsFirst = Number(variables.variantsFirst);
        // Shopify's estimate: each connection costs 2 plus its page size times what every node costs.
        const requested = 2 + first * (1 + (2 + variantsFirst) + (2 + 10) + (2 + 20) + (2 + 5));
        return charge(response, requested, () => {
          const offset = typeof variables.after === "string" ? Number(Buffer.from(variables.after, "base64").toString("utf8")) : 0;
          const nodes = [];
          for (let number = offset + 1; number <= Math.min(products, offset + first); number++) nodes.push(product(number));
          const actual = 2 + nodes.reduce((sum, node) => sum + 1 + 2 + node.variants.nodes.length + 2 + node.collections.nodes.length + 2 + node.metafields.nodes.length + 2 + node.media.nodes.length, 0);
          const end = offset + nodes.length;
          return { data: { products: { nodes, pageInfo: { hasNextPage: end < products, endCursor: Buffer.from(String(end)).toString("base64") } } }, actual };
        });
      }
      case "AisleBulkProductsRun":
        return charge(response, 10, () => {
          const id = `gid://shopify/BulkOperation/${operations.size + 1}`;
          operations.set(id, { id, startedAt: performance.now(), query: String(variables.query) });
          return { data: { bulkOperationRunQuery: { bulkOperation: { id, status: "CREATED" }, userErrors: [] } }, actual: 10 };
        });
      case "AisleBulkOperation":
        return charge(response, 1, () => {
          const found = operations.get(String(variables.id));
          const done = found !== undefined && performance.now() - found.startedAt >= bulkDelayMs;
          const bulkOperation =
            found === undefined
              ? null
              : { id: found.id, status: done ? "COMPLETED" : "RUNNING", errorCode: null, objectCount: "0", rootObjectCount: String(products), url: done ? `http://127.0.0.1:${port}/bulk/${encodeURIComponent(found.id)}.jsonl` : null, partialDataUrl: null };
          return { data: { bulkOperation }, actual: 1 };
        });
      default:
        return send(response, 200, { errors: [{ message: `Unknown operation ${operation}` }] });
    }
  });
});

server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  port = typeof address === "object" && address !== null ? address.port : 0;
  process.send?.({ port });
});

// Stops with the benchmark: the parent closes the channel (or dies).
process.on("disconnect", () => server.close(() => process.exit(0)));
