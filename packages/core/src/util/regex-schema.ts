import { z } from "zod";

/**
 * A regular expression given as a RegExp or as its source text, checked and compiled once, always global. A
 * source is compiled Unicode-aware; a RegExp keeps its own flags (but sticky), or with `unicode` is made
 * Unicode-aware too.
 */
export function regexSchema(options: { unicode?: boolean } = {}) {
  const dropped = options.unicode === true ? /[gyu]/g : /[gy]/g;
  const added = options.unicode === true ? "gu" : "g";
  return z
    .union([z.instanceof(RegExp), z.string().min(1)])
    .superRefine((value, context) => {
      if (typeof value !== "string") return;
      try {
        new RegExp(value, "u");
      } catch (error) {
        context.addIssue({ code: "custom", message: `not a valid regular expression: ${(error as Error).message}` });
      }
    })
    .transform((value) => (typeof value === "string" ? new RegExp(value, "gu") : new RegExp(value.source, `${value.flags.replace(dropped, "")}${added}`)));
}
