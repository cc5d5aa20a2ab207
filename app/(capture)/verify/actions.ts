"use server";

import { redirect } from "next/navigation";
import { COUNTRY_CODES } from "@/lib/capture/countries";
import { serverEnv } from "@/lib/env";
import { PROOF_OF_ADDRESS_CHOICES } from "@/lib/capture/required-frames";
import { DOCUMENT_TYPES } from "@/lib/veriff/schemas";
import { CheckNotEnabledError, createSession } from "@/lib/sessions/create-session";
import { VeriffError } from "@/lib/veriff/errors";

export interface StartState {
  /** A stable code; the form says it in the page's language. */
  error?: "self_serve_off" | "choose_check" | "choose_document" | "choose_country" | "consent_required" | "veriff_unavailable";
}

/** The self-serve start form: creates the session, then sends the user to its capture link. */
export async function startVerification(_previous: StartState, form: FormData): Promise<StartState> {
  if (!serverEnv().SELF_SERVE_START) return { error: "self_serve_off" };
  const proofOfAddress = PROOF_OF_ADDRESS_CHOICES.find((choice) => choice === form.get("proofOfAddress"));
  if (!proofOfAddress) return { error: "choose_check" };
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
    ({ captureUrl } = await createSession({ document, proofOfAddress }, "end_user"));
  } catch (error) {
    if (error instanceof VeriffError) return { error: "veriff_unavailable" };
    if (error instanceof CheckNotEnabledError) return { error: "choose_check" };
    throw error;
  }
  redirect(new URL(captureUrl).pathname);
}
