"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { serverEnv } from "@/lib/env";
import { requestLocale } from "@/lib/i18n/server-locale";
import { consentWording, copyFor } from "@/lib/i18n/locale";
import { createSession, creationRefusal } from "@/lib/sessions/create-session";
import { DOCUMENT_TYPES } from "@/lib/veriff/schemas";
import { COUNTRY_CODES } from "./countries";
import { NAME_MAX_LENGTH } from "./person-name";
import { PROOF_OF_ADDRESS_CHOICES } from "./required-frames";

/** Why the form was refused, most basic first; the form says it in the page's language. */
const START_ERRORS = [
  "self_serve_off",
  "choose_check",
  "enter_name",
  "choose_document",
  "choose_country",
  "consent_required",
  "veriff_unavailable",
] as const;
type StartError = (typeof START_ERRORS)[number];

export interface StartState {
  error?: StartError;
  /** What was typed and chosen, shown again with the error (React empties a form once its action has run). */
  values?: StartValues;
}

export type StartValues = Partial<Record<"firstName" | "lastName" | "documentType" | "country", string>>;

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

/** The identity document, asked for unless the check is a proof of address alone. */
const identityDocument = z.object({
  documentType: z.enum(DOCUMENT_TYPES, "choose_document"),
  country: text.pipe(
    z
      .string()
      .toUpperCase()
      .refine((code) => COUNTRY_CODES.has(code), "choose_country"),
  ),
});

/** The self-serve start form: creates the session, then sends the user to its capture link. */
export async function startVerification(_previous: StartState, form: FormData): Promise<StartState> {
  const fields = Object.fromEntries(form);
  const values = Object.fromEntries(
    (["firstName", "lastName", "documentType", "country"] as const).map((key) => [key, String(fields[key] ?? "")]),
  );
  const refuse = (error: StartError): StartState => ({ error, values });
  if (!serverEnv().SELF_SERVE_START) return refuse("self_serve_off");

  const start = startForm.safeParse(fields);
  const document = fields.proofOfAddress === "only" ? undefined : identityDocument.safeParse(fields);
  const found = [start, document].flatMap((parsed) => parsed?.error?.issues.map((issue) => issue.message) ?? []);
  const error = START_ERRORS.find((code) => found.includes(code));
  if (error || !start.success || document?.success === false) return refuse(error ?? "choose_check");

  const { proofOfAddress, firstName, lastName } = start.data;
  // The form's field is documentType; Veriff's request (and the session's column) takes it as document.type.
  const identity = document?.data && { type: document.data.documentType, country: document.data.country };
  const locale = await requestLocale();
  const wording = consentWording(copyFor(locale), proofOfAddress);
  let captureUrl: string;
  try {
    ({ captureUrl } = await createSession(
      { person: { firstName, lastName }, document: identity, proofOfAddress },
      "end_user",
      { locale, wording },
    ));
  } catch (failure) {
    const refused = creationRefusal(failure);
    if (!refused) throw failure;
    return refuse(refused.code === "proof_of_address_not_enabled" ? "choose_check" : "veriff_unavailable");
  }
  redirect(new URL(captureUrl).pathname);
}
