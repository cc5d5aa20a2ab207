"use server";

import { redirect } from "next/navigation";
import { COUNTRY_CODES } from "@/lib/capture/countries";
import { serverEnv } from "@/lib/env";
import { DOCUMENT_TYPES } from "@/lib/veriff/schemas";
import { createSession } from "@/lib/sessions/create-session";
import { VeriffError } from "@/lib/veriff/errors";

export interface StartState {
  error?: string;
}

/** The self-serve start form: creates the session, then sends the user to its capture link. */
export async function startVerification(_previous: StartState, form: FormData): Promise<StartState> {
  if (!serverEnv().SELF_SERVE_START) return { error: "Starting a verification here is turned off. Use the link you were sent." };
  const type = String(form.get("documentType") ?? "");
  const country = String(form.get("country") ?? "").toUpperCase();
  if (!(DOCUMENT_TYPES as readonly string[]).includes(type)) return { error: "Choose the document you will photograph." };
  if (!COUNTRY_CODES.has(country)) return { error: "Choose the country that issued your document." };
  if (form.get("consent") !== "yes") return { error: "To continue, agree to the processing of your photos." };
  let captureUrl: string;
  try {
    ({ captureUrl } = await createSession({ document: { type: type as (typeof DOCUMENT_TYPES)[number], country } }, "end_user"));
  } catch (error) {
    if (error instanceof VeriffError) return { error: "We could not start your check just now. Please try again in a minute." };
    throw error;
  }
  redirect(new URL(captureUrl).pathname);
}
