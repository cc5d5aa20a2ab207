// Browser side: the capture link handed to another device. It is the link as
// the server makes it (APP_BASE_URL), not this page's address: the page may
// have been reached under another name (a local address, plain http) that the
// other device cannot open, or opens without a camera.

export interface Handoff {
  /** The address to open on the other device. */
  link: string;
  /** GET /api/capture/{token} of the same check, on this page's own origin: to notice when the other device has sent it. */
  stateUrl: string;
}

/** The handoff for a capture link; null when `link` is not one. */
export function handoffFor(link: string): Handoff | null {
  const url = new URL(link);
  const token = /^\/capture\/([^/]+)$/.exec(url.pathname)?.[1];
  return token ? { link: url.href, stateUrl: `/api/capture/${token}` } : null;
}

/**
 * Whether handing over helps. On a page whose camera is off because it is not
 * https, only a secure link does: the same plain-http link would leave the
 * other device without a camera too.
 */
export function handoffHelps(link: string, insecurePage: boolean): boolean {
  return !insecurePage || new URL(link).protocol === "https:";
}
