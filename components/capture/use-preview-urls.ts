"use client";

import { useEffect, useRef } from "react";

/**
 * Lets go of the photos behind blob: previews (~400 KB each) once the page no
 * longer shows them (retaken, taken anew after a resubmission request) and all
 * of them when the page goes: otherwise they stay in a phone's memory until
 * the tab is closed.
 */
export function useRevokeUnshownPreviews(frames: { previewUrl: string | null }[]) {
  const shown = useRef(new Set<string>());
  useEffect(() => {
    const now = new Set(frames.flatMap((frame) => (frame.previewUrl ? [frame.previewUrl] : [])));
    for (const url of shown.current) if (!now.has(url)) URL.revokeObjectURL(url);
    shown.current = now;
  }, [frames]);
  useEffect(() => {
    const urls = shown;
    return () => {
      for (const url of urls.current) URL.revokeObjectURL(url);
      urls.current = new Set();
    };
  }, []);
}
