// The fixed parts of delivering events to the integrator; the URL, secrets,
// timeout and first retry delay are settings (lib/env.ts).

/** The PostgreSQL notification channel an outbox write signals on (LISTEN/NOTIFY). */
export const EVENTS_CHANNEL = "integrator_events";

/** How long an event is tried before it is marked failed: as long as Veriff's own webhook retries go on. */
export const GIVE_UP_AFTER_MS = 3 * 24 * 60 * 60 * 1000;

/** The longest wait between two tries, however many failed. */
export const MAX_RETRY_DELAY_MS = 6 * 60 * 60 * 1000;

/**
 * How long a claim holds an event beyond the call's own timeout (reading the
 * event, signing, recording the outcome). A worker that dies mid-delivery lets
 * go of the event this long after its call would have timed out at the latest.
 */
export const LEASE_MARGIN_MS = 5_000;

/** Events one worker delivers at once (each of another session: only a session's first pending event is claimed). */
export const DELIVERY_BATCH = 10;

/** How often an idle worker looks anyway, should a notification be missed (its connection lost, say). */
export const IDLE_POLL_MS = 5_000;
