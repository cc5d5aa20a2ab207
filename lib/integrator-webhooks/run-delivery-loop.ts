import "server-only";
import { serverEnv } from "@/lib/env";
import { log } from "@/lib/log";
import { claimDueEvents, nextDueAt } from "./claim-due-events";
import { deliverEvent, type DeliveryClock } from "./deliver-event";
import { DELIVERY_BATCH, IDLE_POLL_MS, LEASE_MARGIN_MS } from "./delivery-settings";
import { EventsListener } from "./listen-for-events";

/** One round: claims the events that are due (one per session at most) and tries each once, side by side. Returns how many it tried. */
export async function deliverDueEvents(clock?: DeliveryClock): Promise<number> {
  const now = clock?.now() ?? new Date();
  const claimed = await claimDueEvents(
    now,
    DELIVERY_BATCH,
    serverEnv().INTEGRATOR_WEBHOOK_TIMEOUT_MS + LEASE_MARGIN_MS,
  );
  await Promise.all(claimed.map((event) => deliverEvent(event, clock)));
  return claimed.length;
}

/**
 * Delivers events until `signal` aborts: at once while there is work (a
 * delivered event lets its session's next one go), else waits for a new
 * event's notification, the next try that falls due, or IDLE_POLL_MS,
 * whichever comes first. A failed round (the database away) is retried after
 * a pause. Returns once the round in progress has finished.
 */
export async function runDeliveryLoop(signal: AbortSignal): Promise<void> {
  const listener = new EventsListener(serverEnv().DATABASE_URL);
  try {
    while (!signal.aborted) {
      try {
        listener.take();
        if ((await deliverDueEvents()) > 0) continue;
        const due = await nextDueAt();
        const untilDue = due ? due.getTime() - Date.now() : IDLE_POLL_MS;
        // At least a moment: an event due now that another worker holds is not ours to spin on.
        await listener.wait(Math.min(Math.max(untilDue, 50), IDLE_POLL_MS), signal);
      } catch (error) {
        log().error({ err: error }, "integrator webhooks: delivery round failed");
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    }
  } finally {
    await listener.close();
  }
}
