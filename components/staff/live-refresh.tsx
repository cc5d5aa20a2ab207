"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** Re-renders the page when the session changes (a webhook, an upload), polling a cheap version stamp. */
export function LiveRefresh({
  sessionId,
  version,
  everyMs = 3_000,
}: {
  sessionId: string;
  version: string;
  everyMs?: number;
}) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(async () => {
      if (document.hidden) return;
      try {
        const response = await fetch(`/api/staff/sessions/${sessionId}/version`, { cache: "no-store" });
        // Deleted by someone else, or signed out in another tab: re-render to show it.
        if (response.status === 401 || response.status === 404) router.refresh();
        if (!response.ok) return;
        const latest = ((await response.json()) as { version: string }).version;
        if (latest !== version) router.refresh();
      } catch {
        // Offline for a moment: the next tick tries again.
      }
    }, everyMs);
    return () => clearInterval(timer);
  }, [sessionId, version, everyMs, router]);
  return null;
}
