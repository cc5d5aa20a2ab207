import { LocalTime } from "@/components/staff/local-time";
import type { SessionIntegratorEvent } from "@/lib/staff/integrator-event-list";
import { IntegratorEventStateBadge } from "./integrator-event-state";
import { RedeliverButton } from "./redeliver-button";

/** A session's events for the integrator's webhook: state, tries, the last error, and (admins) redeliver. */
export function IntegratorEvents({
  events,
  canRedeliver,
}: {
  events: SessionIntegratorEvent[];
  canRedeliver: boolean;
}) {
  if (events.length === 0) return <p className="text-neutral-500">None.</p>;
  return (
    <ul className="space-y-2">
      {events.map((event) => (
        <li key={event.id} className="space-y-1">
          <div className="flex flex-wrap items-center gap-2">
            <span className="font-mono">#{event.sequence}</span>
            <span>{event.type}</span>
            <IntegratorEventStateBadge state={event.state} attempts={event.attempts} />
            <span className="text-neutral-500">
              {event.attempts} {event.attempts === 1 ? "try" : "tries"}
            </span>
            {canRedeliver && (
              <RedeliverButton eventId={event.id} label={`Redeliver ${event.type} #${event.sequence}`} />
            )}
          </div>
          <p className="text-neutral-600 dark:text-neutral-400">
            {event.state === "delivered" ? (
              <>
                Delivered <LocalTime value={event.deliveredAt} />
              </>
            ) : event.state === "failed" ? (
              <>
                Given up <LocalTime value={event.failedAt} />
              </>
            ) : (
              <>
                Next try <LocalTime value={event.nextAttemptAt} />
              </>
            )}
            {event.lastError && (
              <span className="text-red-700 dark:text-red-300"> · last error: {event.lastError}</span>
            )}
          </p>
          {event.tries.length > 0 && (
            <details>
              <summary className="cursor-pointer text-neutral-500">Last tries</summary>
              <ol className="mt-1 space-y-0.5 pl-4">
                {event.tries.map((attempt) => (
                  <li key={attempt.number}>
                    #{attempt.number} · <LocalTime value={attempt.startedAt} /> · {attempt.durationMs} ms ·{" "}
                    {attempt.error ?? `HTTP ${attempt.status}`}
                  </li>
                ))}
              </ol>
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}
