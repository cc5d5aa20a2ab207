"use client";

import { useEffect } from "react";
import { isOpenForCapture } from "@/lib/sessions/lifecycle";

// Often enough that the page has moved on when the user looks back at it.
const POLL_MS = 4_000;

/**
 * While the check is being finished on another device: reloads this page once
 * that device has sent it, so this one shows the status too (the server
 * renders the status view for a sent check), or once the link has expired or
 * gone. Off while `active` is false.
 */
export function useReloadWhenSent(stateUrl: string | null, active: boolean) {
  useEffect(() => {
    if (!active || !stateUrl) return;
    let stopped = false;
    const timer = setInterval(async () => {
      const response = await fetch(stateUrl, { cache: "no-store" }).catch(() => null);
      // A failed read (offline, a restart) is tried again at the next tick.
      const body: { status?: unknown } | null = response?.ok ? await response.json().catch(() => null) : null;
      const status = typeof body?.status === "string" ? body.status : null;
      // Sent, or the link expired or went (410, 404): the reloaded page says which.
      const over = (status && !isOpenForCapture(status)) || response?.status === 404 || response?.status === 410;
      if (!stopped && over) window.location.reload();
    }, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [stateUrl, active]);
}
