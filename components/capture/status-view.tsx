"use client";

import { useEffect, useRef, useState } from "react";
import type { CaptureStateJson } from "./capture-flow";

const POLL_MS = 2_500;

const MESSAGES: Record<string, { title: string; text: string; tone: "wait" | "good" | "neutral" }> = {
  submitted: { title: "We are checking your document", text: "This usually takes a minute or two. You can keep this page open: it updates by itself.", tone: "wait" },
  review: { title: "Your check needs a closer look", text: "A specialist is reviewing it. This page updates by itself; you can also close it.", tone: "wait" },
  approved: { title: "You are verified", text: "Thank you. You can go back to the service that asked you to verify.", tone: "good" },
  declined: {
    title: "We could not verify you",
    text: "Your identity could not be confirmed with these photos. Contact the service that asked you to verify if you think this is wrong.",
    tone: "neutral",
  },
  resubmission_requested: { title: "We need new photos", text: "Something in your photos could not be checked.", tone: "neutral" },
  expired: { title: "This check has expired", text: "Ask the service that sent you here for a new link, and start again.", tone: "neutral" },
  abandoned: { title: "This check has expired", text: "Ask the service that sent you here for a new link, and start again.", tone: "neutral" },
};

/** After submit: the status from the stored webhook state, polled until there is a decision. */
export function StatusView({ token, onRecapture }: { token: string; onRecapture: () => void }) {
  const [state, setState] = useState<CaptureStateJson | null>(null);
  const [offline, setOffline] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let stopped = false;
    async function poll() {
      const response = await fetch(`/api/capture/${encodeURIComponent(token)}`, { cache: "no-store" }).catch(() => null);
      if (stopped) return;
      setOffline(!response?.ok);
      const next = response?.ok ? ((await response.json()) as CaptureStateJson) : null;
      if (next) setState(next);
      const waiting = !next || next.status === "submitted" || next.status === "review" || next.status === "started" || next.status === "created";
      if (waiting) setTimeout(poll, POLL_MS);
    }
    void poll();
    return () => {
      stopped = true;
    };
  }, [token]);
  useEffect(() => heading.current?.focus(), [state?.status]);

  const message = MESSAGES[state?.status ?? "submitted"] ?? MESSAGES.submitted!;
  return (
    <section aria-labelledby="status-heading" aria-live="polite">
      <h1 id="status-heading" ref={heading} tabIndex={-1} className="text-2xl font-semibold tracking-tight outline-none">
        {message.tone === "good" ? "✓ " : ""}
        {message.title}
      </h1>
      <p className="mt-2 text-neutral-700 dark:text-neutral-300">{message.text}</p>
      {state?.status === "resubmission_requested" && state.decision?.reason && (
        <p className="mt-2 font-medium">Reason: {state.decision.reason}.</p>
      )}
      {message.tone === "wait" && (
        <p className="mt-4 text-sm text-neutral-600 dark:text-neutral-400">{offline ? "You seem to be offline. We will keep trying." : "Checking…"}</p>
      )}
      {state?.status === "resubmission_requested" && (
        <button
          type="button"
          onClick={onRecapture}
          className="mt-6 inline-flex min-h-12 items-center justify-center rounded-xl bg-accent-600 px-6 font-semibold text-white hover:bg-accent-700"
        >
          Take new photos
        </button>
      )}
    </section>
  );
}
