import { defineWidgetConfig } from "@medusajs/admin-sdk";
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types";
import { Badge, Button, Container, Heading, Text } from "@medusajs/ui";
import { useCallback, useEffect, useState } from "react";
import { adminFetch } from "../lib/admin-fetch";

type Draft = {
  id: string;
  kind: string;
  status: "draft" | "approved" | "rejected";
  content: { headline?: string; body?: string; bullets?: string[] };
  findings: Array<{ type: string; field: string; text?: string; message?: string; reason?: string }>;
  createdAt: string;
};

const statusColor = { draft: "orange", approved: "green", rejected: "grey" } as const;

/** Product page: draft a description with Aisle, read its fact and voice findings, approve or reject it. */
const ProductCopyWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  const load = useCallback(async () => {
    const result = await adminFetch<{ copy_drafts: Draft[] }>(`/admin/aisle/copy-drafts?product_id=${encodeURIComponent(product.id)}&limit=5`);
    setDrafts(result.copy_drafts);
  }, [product.id]);

  useEffect(() => {
    load().catch((caught: unknown) => setError(caught instanceof Error ? caught.message : String(caught)));
  }, [load]);

  const act = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      await action();
      await load();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };

  const latest = drafts[0];
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Aisle copy</Heading>
        <Button size="small" variant="secondary" isLoading={busy} onClick={() => act(() => adminFetch("/admin/aisle/copy-drafts", { method: "POST", body: { product_ids: [product.id], kind: "product-description" } }))}>
          Draft description
        </Button>
      </div>
      {error === undefined ? null : (
        <Text size="small" className="text-ui-fg-error px-6 py-3">
          {error}
        </Text>
      )}
      {latest === undefined ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          No drafts yet. Drafts are checked against the product's facts and the brand voice; nothing changes on the product until you approve one.
        </Text>
      ) : (
        <div className="flex flex-col gap-y-3 px-6 py-4">
          <div className="flex items-center gap-x-2">
            <Badge size="2xsmall" color={statusColor[latest.status]}>
              {latest.status}
            </Badge>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {new Date(latest.createdAt).toLocaleString()}
            </Text>
          </div>
          {latest.content.headline === undefined ? null : <Text weight="plus">{latest.content.headline}</Text>}
          <Text size="small">{latest.content.body}</Text>
          {(latest.content.bullets ?? []).length === 0 ? null : (
            <ul className="list-disc pl-5">
              {(latest.content.bullets ?? []).map((bullet) => (
                <li key={bullet}>
                  <Text size="small">{bullet}</Text>
                </li>
              ))}
            </ul>
          )}
          {latest.findings.length === 0 ? (
            <Text size="xsmall" className="text-ui-fg-subtle">
              No findings: every claim is backed by the product's data.
            </Text>
          ) : (
            <ul>
              {latest.findings.map((finding, index) => (
                <li key={index}>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {finding.type} · {finding.field}: {finding.message ?? finding.reason ?? finding.text}
                  </Text>
                </li>
              ))}
            </ul>
          )}
          {latest.status !== "draft" ? null : (
            <div className="flex gap-x-2">
              <Button size="small" isLoading={busy} onClick={() => act(() => adminFetch(`/admin/aisle/copy-drafts/${latest.id}/approve`, { method: "POST", body: {} }))}>
                Approve and publish
              </Button>
              <Button size="small" variant="secondary" disabled={busy} onClick={() => act(() => adminFetch(`/admin/aisle/copy-drafts/${latest.id}/reject`, { method: "POST", body: {} }))}>
                Reject
              </Button>
            </div>
          )}
        </div>
      )}
    </Container>
  );
};

export const config = defineWidgetConfig({ zone: "product.details.side.after" });

export default ProductCopyWidget;
