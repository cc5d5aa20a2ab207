"use client";

import { useState, useTransition } from "react";
import { redeliverAction } from "@/lib/staff/actions/integrator-event-actions";

/** Admins: sends one event to the integrator's webhook again (audited). */
export function RedeliverButton({ eventId, label }: { eventId: string; label: string }) {
  const [message, setMessage] = useState<{ tone: "good" | "bad"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const redeliver = () =>
    startTransition(async () => {
      const result = await redeliverAction(eventId);
      setMessage(
        result.ok ? { tone: "good", text: "Queued: a worker sends it now." } : { tone: "bad", text: result.message },
      );
    });
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        disabled={pending}
        aria-label={label}
        onClick={redeliver}
        className="rounded-lg border border-neutral-300 px-2 py-0.5 hover:bg-neutral-100 disabled:opacity-50 dark:border-neutral-700 dark:hover:bg-neutral-800"
      >
        Redeliver
      </button>
      {message && (
        <span
          role="status"
          className={
            message.tone === "good" ? "text-emerald-700 dark:text-emerald-300" : "text-red-700 dark:text-red-300"
          }
        >
          {message.text}
        </span>
      )}
    </span>
  );
}
