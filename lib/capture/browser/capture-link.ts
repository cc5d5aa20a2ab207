// Browser side: the capture link handed to another device. It is the link as
// the server makes it (APP_BASE_URL), not this page's address: the page may
// have been reached under another name (plain http, an internal host) that
// the other device cannot open, or opens without a camera. Only a link to this
// very machine (APP_BASE_URL left at localhost) gives way to the page's own
// address, which the other device may reach.

export interface Handoff {
  /** The address to open on the other device. */
  link: string;
  /** GET /api/capture/{token} of the same check, on this page's own origin: to notice when the other device has sent it. */
  stateUrl: string;
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

/** The handoff for a capture link (`pageHref`: this page's address, in the browser); null when `link` is not one. */
export function handoffFor(link: string, pageHref?: string): Handoff | null {
  const url = new URL(link);
  const match = /^(.*)\/capture\/([^/]+)$/.exec(url.pathname);
  if (!match) return null;
  const [, prefix, token] = match;
  const page = pageHref ? new URL(pageHref) : null;
  const target =
    page && LOOPBACK.test(url.hostname) && !LOOPBACK.test(page.hostname) ? new URL(url.pathname, page.origin) : url;
  return { link: target.href, stateUrl: `${prefix}/api/capture/${token}` };
}

/**
 * Whether handing over helps. On a page whose camera is off because it is not
 * https, only a secure link does: the same plain-http link would leave the
 * other device without a camera too.
 */
export function handoffHelps(link: string, insecurePage: boolean): boolean {
  return !insecurePage || new URL(link).protocol === "https:";
}
