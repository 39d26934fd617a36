import { defineWidgetConfig } from "@medusajs/admin-sdk";
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types";
import { Button, Container, Heading, Text } from "@medusajs/ui";
import { useCallback, useEffect, useState } from "react";
import { adminFetch } from "../lib/admin-fetch";

type ReviewSummary = {
  count: number;
  averageRating: number | null;
  distribution: Record<"1" | "2" | "3" | "4" | "5", number>;
  sentiment: { positive: number; neutral: number; negative: number };
  held: string[];
  customersSay: Array<{ text: string; polarity: string; reviewIds: string[] }>;
  analyzedAt: string;
};

/** Product page: what customers say, the rating distribution and reviews to hold, from the last analysis. */
const ProductReviewsWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const [summary, setSummary] = useState<ReviewSummary | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const path = `/admin/aisle/products/${encodeURIComponent(product.id)}/reviews`;

  const load = useCallback(async () => {
    setSummary((await adminFetch<{ review_summary: ReviewSummary | null }>(path)).review_summary);
  }, [path]);

  useEffect(() => {
    load().catch((caught: unknown) => setError(caught instanceof Error ? caught.message : String(caught)));
  }, [load]);

  const analyze = async () => {
    setBusy(true);
    setError(undefined);
    try {
      setSummary((await adminFetch<{ review_summary: ReviewSummary }>(path, { method: "POST", body: {} })).review_summary);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Review summary</Heading>
        <Button size="small" variant="secondary" isLoading={busy} onClick={analyze}>
          Analyse reviews
        </Button>
      </div>
      {error === undefined ? null : (
        <Text size="small" className="text-ui-fg-error px-6 py-3">
          {error}
        </Text>
      )}
      {summary === null ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          Not analysed yet.
        </Text>
      ) : (
        <div className="flex flex-col gap-y-2 px-6 py-4">
          <Text weight="plus">
            {summary.averageRating === null ? "No reviews" : `${summary.averageRating} / 5 from ${summary.count} reviews`}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {(["5", "4", "3", "2", "1"] as const).map((stars) => `${stars}★ ${summary.distribution[stars]}`).join(" · ")}
          </Text>
          <Text size="small">
            {summary.sentiment.positive} positive, {summary.sentiment.neutral} neutral, {summary.sentiment.negative} negative
            {summary.held.length === 0 ? "" : `; ${summary.held.length} held for moderation`}
          </Text>
          {summary.customersSay.map((sentence) => (
            <Text key={sentence.text} size="small">
              “{sentence.text}” <span className="text-ui-fg-muted">({sentence.reviewIds.length} reviews)</span>
            </Text>
          ))}
          <Text size="xsmall" className="text-ui-fg-muted">
            Analysed {new Date(summary.analyzedAt).toLocaleString()}
          </Text>
        </div>
      )}
    </Container>
  );
};

export const config = defineWidgetConfig({ zone: "product.details.after" });

export default ProductReviewsWidget;
