"use server";

import { redirect } from "next/navigation";
import { requestLocale } from "@/components/capture/copy/server-locale";
import { COUNTRY_CODES } from "@/lib/capture/countries";
import { typedName } from "@/lib/capture/person-name";
import { serverEnv } from "@/lib/env";
import { PROOF_OF_ADDRESS_CHOICES } from "@/lib/capture/required-frames";
import { DOCUMENT_TYPES } from "@/lib/veriff/schemas";
import { CheckNotEnabledError, createSession } from "@/lib/sessions/create-session";
import { VeriffError } from "@/lib/veriff/errors";

export interface StartState {
  /** A stable code; the form says it in the page's language. */
  error?: "self_serve_off" | "choose_check" | "enter_name" | "choose_document" | "choose_country" | "consent_required" | "veriff_unavailable";
}

/** The self-serve start form: creates the session, then sends the user to its capture link. */
export async function startVerification(_previous: StartState, form: FormData): Promise<StartState> {
  if (!serverEnv().SELF_SERVE_START) return { error: "self_serve_off" };
  const proofOfAddress = PROOF_OF_ADDRESS_CHOICES.find((choice) => choice === form.get("proofOfAddress"));
  if (!proofOfAddress) return { error: "choose_check" };
  // Veriff compares the name with the one on the documents.
  const firstName = typedName(form.get("firstName"));
  const lastName = typedName(form.get("lastName"));
  if (!firstName || !lastName) return { error: "enter_name" };
  const type = String(form.get("documentType") ?? "");
  const country = String(form.get("country") ?? "").toUpperCase();
  // A proof of address alone needs no identity document.
  if (proofOfAddress !== "only") {
    if (!(DOCUMENT_TYPES as readonly string[]).includes(type)) return { error: "choose_document" };
    if (!COUNTRY_CODES.has(country)) return { error: "choose_country" };
  }
  if (form.get("consent") !== "yes") return { error: "consent_required" };
  const document = proofOfAddress === "only" ? undefined : { type: type as (typeof DOCUMENT_TYPES)[number], country };
  let captureUrl: string;
  try {
    ({ captureUrl } = await createSession({ person: { firstName, lastName }, document, proofOfAddress }, "end_user", { locale: await requestLocale() }));
  } catch (error) {
    if (error instanceof VeriffError) return { error: "veriff_unavailable" };
    if (error instanceof CheckNotEnabledError) return { error: "choose_check" };
    throw error;
  }
  redirect(new URL(captureUrl).pathname);
}
