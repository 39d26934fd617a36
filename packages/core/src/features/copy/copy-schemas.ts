import { z } from "zod";

/*
 * What each kind of copy is, as zod schemas: the model fills them through structured output, the offline
 * composer builds them from the product's facts, and both are validated the same way. Limits follow where the
 * text ends up (search result snippets, ad platforms, inbox previews).
 */

export const productDescriptionSchema = z.object({
  headline: z.string().min(1).max(90),
  body: z.string().min(1).max(1500),
  bullets: z.array(z.string().min(1).max(160)).min(2).max(6),
});

export const seoMetaSchema = z.object({
  /** Search result title: 60 characters before search engines cut it. */
  title: z.string().min(1).max(60),
  /** Meta description: about 155 characters in a result snippet. */
  description: z.string().min(50).max(160),
});

export const altTextSchema = z.object({
  /** Screen readers read about 125 characters comfortably. */
  alt: z.string().min(1).max(125),
});

export const adCopySchema = z.object({
  /** Responsive search ad headlines: 30 characters each. */
  headlines: z.array(z.string().min(1).max(30)).min(3).max(5),
  /** Descriptions: 90 characters each. */
  descriptions: z.array(z.string().min(1).max(90)).min(2).max(3),
});

export const emailSubjectsSchema = z.object({
  subjects: z
    .array(
      z.object({
        /** Inbox subject lines are cut near 60 characters on phones. */
        subject: z.string().min(1).max(60),
        preheader: z.string().min(1).max(100),
      }),
    )
    .min(1)
    .max(10),
});

export type ProductDescription = z.output<typeof productDescriptionSchema>;
export type SeoMeta = z.output<typeof seoMetaSchema>;
export type AltText = z.output<typeof altTextSchema>;
export type AdCopy = z.output<typeof adCopySchema>;
export type EmailSubjects = z.output<typeof emailSubjectsSchema>;

export const copySchemas = {
  "product-description": productDescriptionSchema,
  "seo-meta": seoMetaSchema,
  "alt-text": altTextSchema,
  "ad-copy": adCopySchema,
  "email-subjects": emailSubjectsSchema,
} as const;

export type CopyKind = keyof typeof copySchemas;

export type CopyContent = {
  "product-description": ProductDescription;
  "seo-meta": SeoMeta;
  "alt-text": AltText;
  "ad-copy": AdCopy;
  "email-subjects": EmailSubjects;
};

/** Every text field of a draft with its path, for checks that read all of them. */
export function copyFields(content: unknown, path = ""): Array<{ field: string; text: string }> {
  if (typeof content === "string") return [{ field: path, text: content }];
  if (Array.isArray(content)) return content.flatMap((item, index) => copyFields(item, `${path}[${index}]`));
  if (typeof content === "object" && content !== null) {
    return Object.entries(content).flatMap(([key, value]) => copyFields(value, path === "" ? key : `${path}.${key}`));
  }
  return [];
}
