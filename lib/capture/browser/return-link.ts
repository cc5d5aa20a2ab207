// Browser side: the way back to the integrator after the photos are sent. The
// URL is the server's (the session's returnUrl, still on an allowed origin:
// lib/sessions/check-return-url.ts); the page only adds which session it was
// and where it stands, for the integrator's page to pick up.

/**
 * `returnUrl` with `session=<id>&status=<status>` appended to its query (its
 * own query kept byte for byte, its fragment after), or null when it is not
 * an http(s) URL (it always is: a second lock on a door the server holds).
 */
export function returnLink(returnUrl: string, sessionId: string, status: string): string | null {
  if (!URL.canParse(returnUrl)) return null;
  const url = new URL(returnUrl);
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  const added = `session=${encodeURIComponent(sessionId)}&status=${encodeURIComponent(status)}`;
  url.search = url.search.length > 1 ? `${url.search}&${added}` : added;
  return url.href;
}

/** The host the link goes to, as the end-user is told ("Back to shop.example.com"): punycode, never a look-alike. */
export function returnHost(returnUrl: string): string {
  return new URL(returnUrl).host;
}
