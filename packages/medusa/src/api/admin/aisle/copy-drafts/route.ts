import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { resolveAisle } from "../../../../lib/resolve-aisle";
import { generateCopyDraftsWorkflow } from "../../../../workflows/generate-copy-drafts";
import { AdminListCopyDraftsQuery, parseQuery, type AdminGenerateCopyDraftsBodyType } from "../../../validators";

/** GET /admin/aisle/copy-drafts?product_id=&status=: drafts, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const input = parseQuery(AdminListCopyDraftsQuery, req.query);
  const { drafts, count } = await resolveAisle(req.scope).listDrafts(
    {
      ...(input.product_id === undefined ? {} : { productId: input.product_id }),
      ...(input.status === undefined ? {} : { status: input.status }),
      ...(input.job_id === undefined ? {} : { jobId: input.job_id }),
    },
    { take: input.limit, skip: input.offset },
  );
  res.json({ copy_drafts: drafts, count, limit: input.limit, offset: input.offset });
}

/** POST /admin/aisle/copy-drafts: drafts copy for one or many products (nothing is published yet). */
export async function POST(req: AuthenticatedMedusaRequest<AdminGenerateCopyDraftsBodyType>, res: MedusaResponse) {
  const body = req.validatedBody;
  const { result } = await generateCopyDraftsWorkflow(req.scope).run({
    input: {
      product_ids: body.product_ids,
      kind: body.kind,
      ...(body.job_id === undefined ? {} : { job_id: body.job_id }),
      ...(body.language === undefined ? {} : { language: body.language }),
      ...(body.keywords === undefined ? {} : { keywords: body.keywords }),
      ...(body.length === undefined ? {} : { length: body.length }),
    },
  });
  res.status(201).json({ copy_drafts: result.drafts, failures: result.failures });
}
