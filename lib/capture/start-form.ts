// The self-serve start page's form, read: what it asks for, and the first
// thing wrong with it as a code the page says in its own language.
import { z } from "zod";
import type { NewSessionRequest } from "@/lib/contracts/integrator-api";
import { DOCUMENT_TYPES } from "@/lib/veriff/schemas";
import { COUNTRY_CODES } from "./countries";
import { NAME_MAX_LENGTH } from "./person-name";
import { PROOF_OF_ADDRESS_CHOICES } from "./required-frames";

/** Why the form was refused, most basic first. */
export const START_ERRORS = [
  "self_serve_off",
  "choose_check",
  "enter_name",
  "choose_document",
  "choose_country",
  "consent_required",
  "too_many_starts",
  "veriff_unavailable",
] as const;
export type StartError = (typeof START_ERRORS)[number];

// Each field's issue carries the code the form shows for it.
const text = z.preprocess((value) => (typeof value === "string" ? value : ""), z.string());
// Veriff compares the name with the one on the documents.
const name = text.pipe(z.string().trim().min(1, "enter_name").max(NAME_MAX_LENGTH, "enter_name"));

const startForm = z.object({
  proofOfAddress: z.enum(PROOF_OF_ADDRESS_CHOICES, "choose_check"),
  firstName: name,
  lastName: name,
  consent: z.literal("yes", "consent_required"),
});

/** The identity document, asked for unless the check is a proof of address alone; Veriff names it `document.type`. */
const identityDocument = z
  .object({
    documentType: z.enum(DOCUMENT_TYPES, "choose_document"),
    country: text.pipe(
      z
        .string()
        .toUpperCase()
        .refine((code) => COUNTRY_CODES.has(code), "choose_country"),
    ),
  })
  .transform(({ documentType, country }) => ({ type: documentType, country }));

/** The session the form asks for, or the first thing wrong with it. */
export function readStartForm(
  fields: Record<string, unknown>,
): { ok: true; request: NewSessionRequest } | { ok: false; error: StartError } {
  const start = startForm.safeParse(fields);
  const document = fields.proofOfAddress === "only" ? undefined : identityDocument.safeParse(fields);
  if (start.success && document?.success !== false) {
    const { proofOfAddress, firstName, lastName } = start.data;
    return { ok: true, request: { person: { firstName, lastName }, document: document?.data, proofOfAddress } };
  }
  const found = [start, document].flatMap((parsed) => parsed?.error?.issues.map((issue) => issue.message) ?? []);
  return { ok: false, error: START_ERRORS.find((code) => found.includes(code)) ?? "choose_check" };
}
