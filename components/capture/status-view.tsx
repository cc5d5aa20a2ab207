"use client";

import { useEffect, useRef, useState } from "react";
import type { CaptureState } from "@/lib/contracts/capture-api";
import { isDecided, isOpenForCapture } from "@/lib/sessions/lifecycle";
import { BackToIntegrator } from "./back-to-integrator";
import { useCopy } from "./use-copy";
import { useEmbedEvents, useFramed } from "./use-embed-events";

const POLL_MS = 2_500;

// How each status reads: waiting (with "Checking…"), good news, or neutral.
const TONES: Record<string, "wait" | "good" | "neutral"> = { submitted: "wait", review: "wait", approved: "good" };
type Shown = "submitted" | "review" | "approved" | "declined" | "resubmission_requested" | "expired";
const SHOWN: Record<string, Shown> = {
  submitted: "submitted",
  review: "review",
  approved: "approved",
  declined: "declined",
  resubmission_requested: "resubmission_requested",
  expired: "expired",
  abandoned: "expired",
};

/**
 * After submit: the status from the stored webhook state, polled until there
 * is a decision; the way back to the integrator (its returnUrl) on a page of
 * its own, or the news to the page that frames this one. `initial`: the
 * state the page was opened with.
 */
export function StatusView({
  token,
  initial,
  onRecapture,
}: {
  token: string;
  initial: Pick<CaptureState, "sessionId" | "status" | "returnUrl">;
  onRecapture: () => void;
}) {
  const copy = useCopy().status;
  const [state, setState] = useState<CaptureState | null>(null);
  const [offline, setOffline] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const post = useEmbedEvents();
  const framed = useFramed();
  const decided = useRef<string | null>(null);

  useEffect(() => {
    let stopped = false;
    async function poll() {
      const response = await fetch(`/api/capture/${encodeURIComponent(token)}`, { cache: "no-store" }).catch(
        () => null,
      );
      if (stopped) return;
      setOffline(!response?.ok);
      const next = response?.ok ? ((await response.json()) as CaptureState) : null;
      if (next) setState(next);
      const waiting =
        !next ||
        next.status === "submitted" ||
        next.status === "review" ||
        next.status === "started" ||
        next.status === "created";
      if (waiting) setTimeout(poll, POLL_MS);
    }
    void poll();
    return () => {
      stopped = true;
    };
  }, [token]);
  useEffect(() => heading.current?.focus(), [state?.status]);
  useEffect(() => {
    const status = state?.status;
    if (!status || !isDecided(status) || status === decided.current) return;
    decided.current = status;
    post({ type: "decided", status });
  }, [post, state?.status]);

  // Before the first answer: sent just now, or as the page was opened.
  const status = state?.status ?? (isOpenForCapture(initial.status) ? "submitted" : initial.status);
  const returnUrl = state ? state.returnUrl : initial.returnUrl;

  const shown = SHOWN[state?.status ?? "submitted"] ?? "submitted";
  const message = { ...copy[shown], tone: TONES[shown] ?? "neutral" };
  const reasonCode = state?.decision?.reasonCode;
  const reason =
    (reasonCode !== null && reasonCode !== undefined && copy.reasons[reasonCode]) || state?.decision?.reason;
  return (
    <>
      <section aria-labelledby="status-heading" aria-live="polite">
        <h1
          id="status-heading"
          ref={heading}
          tabIndex={-1}
          className="text-2xl font-semibold tracking-tight outline-none"
        >
          {message.tone === "good" ? "✓ " : ""}
          {message.title}
        </h1>
        <p className="mt-2 text-neutral-700 dark:text-neutral-300">{message.text}</p>
        {state?.status === "resubmission_requested" && reason && (
          <p className="mt-2 font-medium">{copy.reason(reason)}</p>
        )}
        {message.tone === "wait" && (
          <p className="mt-4 text-sm text-neutral-600 dark:text-neutral-400">
            {offline ? copy.offline : copy.checking}
          </p>
        )}
        {state?.status === "resubmission_requested" && (
          <button
            type="button"
            onClick={onRecapture}
            className="mt-6 inline-flex min-h-12 items-center justify-center rounded-xl bg-accent-600 px-6 font-semibold text-white hover:bg-accent-700"
          >
            {copy.takeNew}
          </button>
        )}
      </section>
      {/* In a frame, the framing page takes the end-user on (public/embed.js closes on the decision). */}
      {returnUrl && framed === false && (
        <BackToIntegrator
          returnUrl={returnUrl}
          sessionId={initial.sessionId}
          status={status}
          countdown={status !== "resubmission_requested"}
        />
      )}
    </>
  );
}
