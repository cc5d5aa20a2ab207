"use client";

import { useEffect, useRef, useState } from "react";
import { returnHost, returnLink } from "@/lib/capture/browser/return-link";
import { SecondaryButton } from "./buttons";
import { useCopy } from "./use-copy";

/**
 * Seconds before the page goes back by itself: time to read the status and,
 * with a screen reader, to hear the announcement and reach "Stay on this
 * page" (WCAG 2.2.1 gives a user at least 20 seconds to act on a time limit).
 */
export const RETURN_COUNTDOWN_SECONDS = 20;

/**
 * "Back to <host>", the integrator's returnUrl with the session and its
 * status; with `countdown`, the page goes there by itself once the countdown
 * ends, unless the end-user stops it. Screen readers hear the countdown once
 * as it starts (the seconds themselves are a timer, read on demand), and
 * hear when it is stopped.
 */
export function BackToIntegrator({
  returnUrl,
  sessionId,
  status,
  countdown,
}: {
  returnUrl: string;
  sessionId: string;
  status: string;
  countdown: boolean;
}) {
  const copy = useCopy().back;
  const href = returnLink(returnUrl, sessionId, status);
  const host = returnHost(returnUrl);
  const [left, setLeft] = useState(RETURN_COUNTDOWN_SECONDS);
  const [stopped, setStopped] = useState(false);
  // Set shortly after the countdown starts: a live region is announced when its words change, not when it arrives with them.
  const [spoken, setSpoken] = useState(false);
  const link = useRef<HTMLAnchorElement>(null);
  const counting = countdown && href !== null && !stopped;
  const running = counting && left > 0;

  useEffect(() => {
    if (!running || spoken) return;
    const timer = setTimeout(() => setSpoken(true), 250);
    return () => clearTimeout(timer);
  }, [running, spoken]);
  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(() => setLeft((seconds) => seconds - 1), 1_000);
    return () => clearTimeout(timer);
  }, [running, left]);
  useEffect(() => {
    // With the status as it is now: a decision that arrived during the countdown goes along.
    if (counting && left === 0 && href) window.location.assign(href);
  }, [counting, left, href]);

  if (!href) return null;
  const said = !countdown
    ? ""
    : stopped
      ? copy.stayed
      : left === 0
        ? copy.leaving(host)
        : spoken
          ? copy.announce(host, RETURN_COUNTDOWN_SECONDS)
          : "";
  return (
    <div className="mt-8 border-t border-neutral-200 pt-6 dark:border-neutral-800">
      <a
        ref={link}
        href={href}
        className="inline-flex min-h-12 w-full items-center justify-center rounded-xl bg-accent-600 px-6 font-semibold text-white hover:bg-accent-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-500 sm:w-auto"
      >
        {copy.link(host)}
      </a>
      <p role="status" className="sr-only">
        {said}
      </p>
      {running && (
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <p role="timer" aria-atomic="true" className="text-sm text-neutral-700 dark:text-neutral-300">
            {copy.countdown(left)}
          </p>
          <SecondaryButton
            onClick={() => {
              setStopped(true);
              // The button goes away with the countdown: the focus stays on the way back.
              link.current?.focus();
            }}
          >
            {copy.stay}
          </SecondaryButton>
        </div>
      )}
    </div>
  );
}
