// Every request rate limit of the app, in one table. Each rule is a bucket
// (GCRA, see hit-rate-limits.ts): `limit` hits at once from rest, then one
// more every periodSeconds / limit seconds. So "120 per 60 s" means a burst
// of 120, refilled at 2 a second; never more than 120 at once.
//
// What the browser sends, for the numbers below (components/capture,
// lib/capture/browser): a capture takes CAPTURE_FRAMES_PER_CONTEXT frames
// (1-5, default 2) of up to 4 sides, 400 ms apart, each one upload (retried up
// to 3 times on 5xx); it reads its state on load, polls a frame on its way
// every 3 s, another device's progress every 4 s and, once submitted, the
// status every 2.5 s. A phone on a mobile network often shares its IPv4
// address with many others (carrier-grade NAT), and an office shares one.

export interface RateLimitRule {
  /** Names the rule in the stored key: lowercase letters, digits and dashes. */
  name: string;
  /** Hits allowed at once from rest, and per period on average. */
  limit: number;
  periodSeconds: number;
}

export const RATE_LIMITS = {
  // Every /api/capture/{token}/* request, per capture link. A user's own
  // polling comes to about 1 a second at worst (several loops, two tabs); 2 a
  // second leaves room, and a burst of 120 covers a whole capture at the most
  // frames per side with its retakes. It stops one link (a leaked one, a
  // broken script) from hammering the app.
  captureToken: { name: "capture-token", limit: 120, periodSeconds: 60 },

  // Frame uploads only (POST /api/capture/{token}/frames), per capture link:
  // each one is read (up to 17 MB), checked and sent to Veriff, so they are
  // the expensive requests and share the integration's Veriff quota with
  // everyone. 80 at once is a full attempt's 40 frames (CAPTURE_LIMITS in
  // lib/limits.ts) each tried twice; after that one every 7.5 s is still a
  // retake a minute at the default 2 frames a side.
  captureUploadToken: { name: "capture-upload-token", limit: 80, periodSeconds: 600 },

  // Every /api/capture/* request, per client address (IPv6 per /64, see
  // addressGroup in lib/http/client-address.ts). Loose, because of shared addresses: 10 a second
  // sustained is some 20 users capturing at once behind one address. It
  // bounds what one host can do across many links (or made-up ones).
  captureAddress: { name: "capture-address", limit: 600, periodSeconds: 60 },

  // The self-serve start form (/verify), per client address: every start
  // creates a Veriff session, which is billed. A person needs one, two or
  // three after a mistake; 10 at once lets an office start together, then
  // one every 6 minutes. Count only starts that passed the form's checks, so
  // typos cost nothing.
  verifyStartAddress: { name: "verify-start-address", limit: 10, periodSeconds: 60 * 60 },

  // Staff sign-in tries, per client address, before anything is written for
  // them (the per-account slow-down keeps its own counters, and Better Auth
  // allows 5 a minute per address after this): 20 at once, then one every 6 s,
  // so one address cannot fill tables with tries at made-up emails.
  signInAddress: { name: "sign-in-address", limit: 20, periodSeconds: 120 },

  // The integrator API (/api/sessions...), per API key (after the key is
  // checked, so made-up keys create no rows). Integrators batch: a burst of
  // 600 is some 60 sessions created and filled at once, and 10 a second
  // sustained about one whole verification (create, ~8 frames, submit) a
  // second. It stops a runaway script from using up the app and the Veriff
  // quota it shares with end-users.
  integratorApiKey: { name: "integrator-api-key", limit: 600, periodSeconds: 60 },
} as const satisfies Record<string, RateLimitRule>;
