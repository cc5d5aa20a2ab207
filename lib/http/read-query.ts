import "server-only";
import type { z } from "zod";
import { refusal, type Refusal } from "@/lib/refusal";

/**
 * A request's query string parsed with `schema`. A parameter the schema does
 * not name, or one given twice, is refused rather than ignored: a misspelt
 * filter (vendor_data=…) would otherwise answer with every session.
 */
export function readQuery<Schema extends z.ZodObject>(
  request: Request,
  schema: Schema,
): { ok: true; query: z.infer<Schema> } | Refusal<"invalid_request"> {
  const params = new URL(request.url).searchParams;
  const names = [...params.keys()];
  const unknown = names.filter((name, index) => !(name in schema.shape) || names.indexOf(name) !== index);
  if (unknown.length > 0) {
    return refusal("invalid_request", "The query names a parameter this endpoint does not take, or one twice.", {
      fields: [...new Set(unknown)],
    });
  }
  const parsed = schema.safeParse(Object.fromEntries(params));
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => issue.path.join(".") || "(query)");
    return refusal("invalid_request", "The query's parameters are not valid.", { fields });
  }
  return { ok: true, query: parsed.data };
}
