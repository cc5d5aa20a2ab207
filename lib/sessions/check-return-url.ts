// An integrator's returnUrl: where the capture page sends the end-user back
// once the photos are sent. Never an open redirect: the URL comes only from
// the integrator, with its API key, when the session is created, and its
// origin must be one the operator lists in APP_RETURN_ORIGINS, checked then
// and again each time the page offers it (an origin taken off the list sends
// no one there any more).
import { refusal, type Refusal } from "@/lib/refusal";

/** The URL as it is stored, or why not: an http(s) URL without credentials whose origin is listed. */
export function checkReturnUrl(
  raw: string,
  allowedOrigins: readonly string[],
): { ok: true; url: string } | Refusal<"return_url_not_allowed"> {
  const url = listedUrl(raw, allowedOrigins);
  if (url) return { ok: true, url };
  return refusal(
    "return_url_not_allowed",
    "returnUrl must be an http(s) URL on one of the origins the operator allows (APP_RETURN_ORIGINS).",
  );
}

/** The stored URL while its origin is still allowed, else null. */
export function allowedReturnUrl(stored: string | null, allowedOrigins: readonly string[]): string | null {
  return stored === null ? null : listedUrl(stored, allowedOrigins);
}

function listedUrl(raw: string, allowedOrigins: readonly string[]): string | null {
  if (!URL.canParse(raw)) return null;
  const url = new URL(raw);
  // The origin of https://shop.example.com@evil.example is evil.example: compared as parsed, never as text.
  // Credentials have no place in a link for the end-user's browser.
  if ((url.protocol !== "https:" && url.protocol !== "http:") || url.username || url.password) return null;
  return allowedOrigins.includes(url.origin) ? url.href : null;
}
