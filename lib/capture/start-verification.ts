"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { serverEnv } from "@/lib/env";
import { perAddress } from "@/lib/http/rate-limited";
import { hitRateLimits } from "@/lib/rate-limit/hit-rate-limits";
import { RATE_LIMITS } from "@/lib/rate-limit/rules";
import { requestLocale } from "@/lib/i18n/server-locale";
import { consentWording, copyFor } from "@/lib/i18n/locale";
import { createSession, creationRefusal } from "@/lib/sessions/create-session";
import { readStartForm, type StartError } from "./start-form";

export interface StartState {
  error?: StartError;
  /** What was typed and chosen, shown again with the error (React empties a form once its action has run). */
  values?: StartValues;
}

export type StartValues = Partial<Record<"firstName" | "lastName" | "documentType" | "country", string>>;

/** The self-serve start form: creates the session, then sends the user to its capture link. */
export async function startVerification(_previous: StartState, form: FormData): Promise<StartState> {
  const fields = Object.fromEntries(form);
  const values = Object.fromEntries(
    (["firstName", "lastName", "documentType", "country"] as const).map((key) => [key, String(fields[key] ?? "")]),
  );
  const refuse = (error: StartError): StartState => ({ error, values });
  if (!serverEnv().SELF_SERVE_START) return refuse("self_serve_off");

  const start = readStartForm(fields);
  if (!start.ok) return refuse(start.error);
  // Every start creates a Veriff session, which is billed: counted per address once the form is right.
  const starts = await hitRateLimits([perAddress(await headers(), RATE_LIMITS.verifyStartAddress)]);
  if (!starts.allowed) return refuse("too_many_starts");
  const locale = await requestLocale();
  const wording = consentWording(copyFor(locale), start.request.proofOfAddress ?? "none");
  let captureUrl: string;
  try {
    ({ captureUrl } = await createSession(start.request, "end_user", { locale, wording }));
  } catch (failure) {
    const refused = creationRefusal(failure);
    if (!refused) throw failure;
    return refuse(refused.code === "proof_of_address_not_enabled" ? "choose_check" : "veriff_unavailable");
  }
  redirect(new URL(captureUrl).pathname);
}
