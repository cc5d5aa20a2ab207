"use server";

import { redirect } from "next/navigation";
import { consentWording, copyFor } from "@/lib/i18n/locale";
import { requestLocale } from "@/lib/i18n/server-locale";
import { COUNTRY_CODES } from "@/lib/capture/countries";
import { typedName } from "@/lib/capture/person-name";
import { serverEnv } from "@/lib/env";
import { PROOF_OF_ADDRESS_CHOICES } from "@/lib/capture/required-frames";
import { DOCUMENT_TYPES } from "@/lib/veriff/schemas";
import { CheckNotEnabledError, createSession } from "@/lib/sessions/create-session";
import { VeriffError } from "@/lib/veriff/errors";

export interface StartState {
  /** A stable code; the form says it in the page's language. */
  error?:
    | "self_serve_off"
    | "choose_check"
    | "enter_name"
    | "choose_document"
    | "choose_country"
    | "consent_required"
    | "veriff_unavailable";
  /** What was typed and chosen, shown again with the error (React empties a form once its action has run). */
  values?: StartValues;
}

export type StartValues = Partial<Record<"firstName" | "lastName" | "documentType" | "country", string>>;

/** The self-serve start form: creates the session, then sends the user to its capture link. */
export async function startVerification(_previous: StartState, form: FormData): Promise<StartState> {
  const values = Object.fromEntries(
    (["firstName", "lastName", "documentType", "country"] as const).map((name) => [name, String(form.get(name) ?? "")]),
  );
  const refuse = (error: NonNullable<StartState["error"]>): StartState => ({ error, values });
  if (!serverEnv().SELF_SERVE_START) return refuse("self_serve_off");
  const proofOfAddress = PROOF_OF_ADDRESS_CHOICES.find((choice) => choice === form.get("proofOfAddress"));
  if (!proofOfAddress) return refuse("choose_check");
  // Veriff compares the name with the one on the documents.
  const firstName = typedName(form.get("firstName"));
  const lastName = typedName(form.get("lastName"));
  if (!firstName || !lastName) return refuse("enter_name");
  const type = String(form.get("documentType") ?? "");
  const country = String(form.get("country") ?? "").toUpperCase();
  // A proof of address alone needs no identity document.
  if (proofOfAddress !== "only") {
    if (!(DOCUMENT_TYPES as readonly string[]).includes(type)) return refuse("choose_document");
    if (!COUNTRY_CODES.has(country)) return refuse("choose_country");
  }
  if (form.get("consent") !== "yes") return refuse("consent_required");
  const locale = await requestLocale();
  const document = proofOfAddress === "only" ? undefined : { type: type as (typeof DOCUMENT_TYPES)[number], country };
  let captureUrl: string;
  try {
    ({ captureUrl } = await createSession({ person: { firstName, lastName }, document, proofOfAddress }, "end_user", {
      locale,
      wording: consentWording(copyFor(locale), proofOfAddress),
    }));
  } catch (error) {
    if (error instanceof VeriffError) return refuse("veriff_unavailable");
    if (error instanceof CheckNotEnabledError) return refuse("choose_check");
    throw error;
  }
  redirect(new URL(captureUrl).pathname);
}
