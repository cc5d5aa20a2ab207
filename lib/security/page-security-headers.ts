// The security headers of every page (proxy.ts sets them): a Content-Security-Policy
// with a fresh nonce per request, which Next.js reads back from the request's own
// copy of the header and puts on every script and style it renders; framing by
// configuration (capture pages only); HSTS when the app is served over https.
// API routes get a fixed, stricter policy from next.config.mjs.

/** What decides a page's headers, from lib/env.ts and the request. */
export interface PageSecurityOptions {
  /** Fresh for each request (newNonce). */
  nonce: string;
  /** Origins allowed to frame this page; none: no one. */
  frameAncestors: readonly string[];
  /** The operator's APP_BASE_URL is https: the browser may be told never to use plain http. */
  https: boolean;
  /** `next dev`: React's development build rebuilds server error stacks with eval, and the error overlay injects styles. */
  development: boolean;
}

/** Two years, subdomains included: what the HSTS preload list asks for. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/** 128 random bits, base64: unguessable, and in the form Next.js and CSP accept ('nonce-<base64>'). */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/** The policy of one HTML page. */
export function pageContentSecurityPolicy({ nonce, frameAncestors, https, development }: PageSecurityOptions): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    // Only scripts carrying this response's nonce, and the chunks they load
    // ('strict-dynamic'; browsers that know it ignore 'self', older ones fall back to it).
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    // Tailwind's stylesheet, and inline styles Next.js renders with the nonce. Style
    // attributes in server-rendered HTML are refused; React sets those of client
    // components through the CSSOM, which CSP does not govern. In development the
    // error overlay's styles carry no nonce (and a nonce would disable 'unsafe-inline').
    ["style-src", "'self'", ...(development ? ["'unsafe-inline'"] : [`'nonce-${nonce}'`])],
    // Previews of captured frames and the staff console's images are object URLs.
    ["img-src", "'self'", "blob:"],
    // The JPEG encoder's worker: a same-origin chunk (turbopack-worker-….js), never a
    // blob:. Stated rather than left to script-src, which Chromium falls back to and
    // which lets it through too, but whose 'strict-dynamic' is about scripts.
    ["worker-src", "'self'"],
    // The camera preview is a MediaStream (srcObject), which no fetch directive governs: media-src stays at default.
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["form-action", "'self'"],
    ["frame-src", "'none'"],
    ["frame-ancestors", ...(frameAncestors.length ? frameAncestors : ["'none'"])],
  ];
  if (https) directives.push(["upgrade-insecure-requests"]);
  return directives.map((directive) => directive.join(" ")).join("; ");
}

/** Response headers of one HTML page (Permissions-Policy and the rest come from next.config.mjs). */
export interface PageSecurityHeaders {
  "Content-Security-Policy": string;
  "X-Frame-Options"?: "DENY";
  "Strict-Transport-Security"?: string;
}

export function pageSecurityHeaders(options: PageSecurityOptions): PageSecurityHeaders {
  return {
    "Content-Security-Policy": pageContentSecurityPolicy(options),
    // For browsers without frame-ancestors; never contradicting it, so absent where framing is allowed.
    ...(options.frameAncestors.length ? {} : { "X-Frame-Options": "DENY" }),
    // Over plain http a browser ignores HSTS anyway; sent only where the operator says the app is https.
    ...(options.https ? { "Strict-Transport-Security": STRICT_TRANSPORT_SECURITY } : {}),
  };
}
