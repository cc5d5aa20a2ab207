"use client";

import { createContext, useCallback, useContext, useLayoutEffect, useRef, useSyncExternalStore } from "react";
import { embedMessage, embedTarget, frameFacts } from "@/lib/capture/browser/embed-messages";
import type { EmbedEvent } from "@/lib/contracts/embed-events";

type Post = (event: EmbedEvent) => void;

const EmbedContext = createContext<Post>(() => {});

/**
 * Tells the integrator's page that frames the capture page (public/embed.js)
 * how the capture goes: `first` as soon as the page is there (ready, or what
 * is wrong with the link), then what the components below post. Nothing is
 * posted unless the page is framed by an origin in `allowedOrigins`
 * (APP_EMBED_ORIGINS), and only to that origin (lib/capture/browser/embed-messages.ts).
 */
export function EmbedEvents({
  allowedOrigins,
  sessionId,
  first,
  children,
}: {
  allowedOrigins: readonly string[];
  sessionId: string | null;
  first: EmbedEvent;
  children: React.ReactNode;
}) {
  // Where to post: decided at the first event (in the browser), then kept.
  const target = useRef<string | null | undefined>(undefined);
  const lastStep = useRef<string | null>(null);
  const firstPosted = useRef(false);
  const post = useCallback(
    (event: EmbedEvent) => {
      if (target.current === undefined) target.current = embedTarget(frameFacts(window), allowedOrigins);
      if (!target.current) return;
      // A screen shown again (a re-render, React's double effects in development) is no new step.
      if (event.type === "step") {
        const key = `${event.phase}/${event.context}`;
        if (key === lastStep.current) return;
        lastStep.current = key;
      }
      window.parent.postMessage(embedMessage(sessionId, event), target.current);
    },
    [allowedOrigins, sessionId],
  );
  // A layout effect runs before any effect of the components below: `first` is posted first.
  useLayoutEffect(() => {
    if (firstPosted.current) return;
    firstPosted.current = true;
    post(first);
  }, [post, first]);
  return <EmbedContext value={post}>{children}</EmbedContext>;
}

/** Posts an event to the framing page, if there is one it may tell. */
export function useEmbedEvents(): Post {
  return useContext(EmbedContext);
}

const unchanging = () => () => {};

/** Whether the page is shown in a frame; null while rendered on the server, which cannot know. */
export function useFramed(): boolean | null {
  return useSyncExternalStore(
    unchanging,
    () => window.parent !== window,
    () => null,
  );
}
