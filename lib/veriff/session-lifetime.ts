// Veriff's rule, shared by our client side and the emulator that stands for
// Veriff: a session with no conclusive decision expires 7 days after its
// creation (veriff-api.md, Webhooks).
export const VERIFF_SESSION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
