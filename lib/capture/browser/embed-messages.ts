// Browser side: which page, if any, the capture page tells about its
// progress, and the messages it posts (lib/contracts/embed-events.ts).
// Posted only to a parent whose origin the operator allows (APP_EMBED_ORIGINS,
// which the server hands the page), with that origin as targetOrigin: the
// browser delivers a message only to a window of that origin, so nothing
// reaches any other page, whatever the link or its query say.
import type { EmbedEvent, EmbedMessage } from "@/lib/contracts/embed-events";

/** What the page can know of where it is shown. */
export interface FrameFacts {
  /** The page is in a frame (window.parent !== window). */
  framed: boolean;
  /** location.ancestorOrigins where the browser has it (Chromium, Safari): the parent's origin first, as the browser knows it. */
  ancestorOrigins: readonly string[] | null;
  /** The link's `embed` parameter: the origin embed.js says its page has (for browsers without ancestorOrigins). */
  claimed: string | null;
}

/**
 * The origin to post to, or null: not framed, or by a page whose origin is
 * not allowed. The browser's word on the parent, where it gives one, over the
 * link's; the link's is taken only where the browser is silent, and even
 * then the browser drops a message whose targetOrigin the parent does not
 * have, while frame-ancestors keeps any other site from framing the page.
 */
export function embedTarget(facts: FrameFacts, allowedOrigins: readonly string[]): string | null {
  if (!facts.framed) return null;
  const parent = facts.ancestorOrigins ? (facts.ancestorOrigins[0] ?? null) : facts.claimed;
  return parent !== null && allowedOrigins.includes(parent) ? parent : null;
}

/** The facts of the window the page runs in. */
export function frameFacts(window: Window): FrameFacts {
  const ancestors = window.location.ancestorOrigins;
  return {
    framed: window.parent !== window,
    ancestorOrigins: ancestors ? Array.from(ancestors) : null,
    claimed: new URLSearchParams(window.location.search).get("embed"),
  };
}

/** An event as it is posted: with whose session it is, and the contract's name and version. */
export function embedMessage(sessionId: string | null, event: EmbedEvent): EmbedMessage {
  return { source: "veriff-capture", version: 1, sessionId, ...event };
}
