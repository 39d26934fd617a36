import type { ActionFunctionArgs, LoaderFunctionArgs } from "react-router";
import { useFetcher, useLoaderData } from "react-router";
import { aisle } from "../aisle.server";
import { authenticate } from "../shopify.server";

/** The app home: when the catalog was last synced, a sync button, and copy drafts awaiting approval. */
export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  const state = await aisle.store.getSyncState(session.shop);
  const drafts = await aisle.shop(session.shop).aisle.copy.drafts.list({ status: "draft" });
  return { syncedFrom: state.syncedFrom ?? null, syncing: state.checkpoint !== undefined, drafts: drafts.map((draft) => ({ id: draft.id, kind: draft.kind, productId: draft.productId, findings: draft.findings.length })) };
};

export const action = async ({ request }: ActionFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  const report = await aisle.syncCatalog(session.shop);
  return { products: report.products, path: report.path, skipped: report.skipped.length };
};

export default function Index() {
  const { syncedFrom, syncing, drafts } = useLoaderData<typeof loader>();
  const fetcher = useFetcher<typeof action>();
  return (
    <s-page heading="Aisle">
      <s-section heading="Catalog">
        <s-paragraph>{syncedFrom === null ? "Not synced yet." : `Synced from ${syncedFrom}${syncing ? " (a sync is running)" : ""}.`}</s-paragraph>
        <fetcher.Form method="post">
          <s-button type="submit" {...(fetcher.state === "idle" ? {} : { loading: true })}>
            Sync catalog
          </s-button>
        </fetcher.Form>
        {fetcher.data ? <s-paragraph>{`${fetcher.data.products} products indexed (${fetcher.data.path}).`}</s-paragraph> : null}
      </s-section>
      <s-section heading="Copy drafts awaiting approval">
        {drafts.length === 0 ? (
          <s-paragraph>Use “Generate description” on a product to draft copy.</s-paragraph>
        ) : (
          <s-unordered-list>
            {drafts.map((draft) => (
              <s-list-item key={draft.id}>{`${draft.kind} for ${draft.productId} (${draft.findings} findings)`}</s-list-item>
            ))}
          </s-unordered-list>
        )}
      </s-section>
    </s-page>
  );
}
