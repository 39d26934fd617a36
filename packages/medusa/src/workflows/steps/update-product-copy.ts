import type { CopyDraft } from "@aisle/core";
import type { IProductModuleService } from "@medusajs/framework/types";
import { MedusaError, Modules } from "@medusajs/framework/utils";
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk";
import { resolveAisle } from "../../lib/resolve-aisle";

type ProductText = { id: string; description: string | null; subtitle: string | null; metadata: Record<string, unknown> | null };

/**
 * Writes an approved draft to the product (description, subtitle or a metadata key) and records the text it
 * replaced on the draft; compensation writes the old text back.
 */
export const updateProductCopyStep = createStep(
  "aisle-update-product-copy",
  async (draft: CopyDraft, { container }) => {
    const aisle = resolveAisle(container);
    const products = container.resolve<IProductModuleService>(Modules.PRODUCT);
    const [current] = await products.listProducts({ id: draft.productId }, { select: ["id", "description", "subtitle", "metadata"], take: 1 });
    if (current === undefined) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${draft.productId} was not found`);
    const before: ProductText = { id: current.id, description: current.description ?? null, subtitle: current.subtitle ?? null, metadata: (current.metadata as Record<string, unknown> | null) ?? null };
    const update = aisle.productUpdateFor(draft);
    await products.updateProducts(current.id, {
      ...(update.description === undefined ? {} : { description: update.description }),
      ...(update.subtitle === undefined ? {} : { subtitle: update.subtitle }),
      ...(update.metadataKey === undefined ? {} : { metadata: { ...(before.metadata ?? {}), [update.metadataKey]: update.metadataValue } }),
    });
    await aisle.rememberReplacedText(draft.id, before);
    return new StepResponse({ product_id: current.id }, before);
  },
  async (before, { container }) => {
    if (before === undefined) return;
    const products = container.resolve<IProductModuleService>(Modules.PRODUCT);
    // Metadata is replaced whole: keys Aisle added are gone again, the merchant's are as they were.
    await products.updateProducts(before.id, { description: before.description, subtitle: before.subtitle, metadata: before.metadata ?? {} });
  },
);
