"use client";

import { useState } from "react";
import { AUTO_CAPTURE_STORAGE_KEY } from "@/lib/capture/browser/auto-capture";

// The choice made on this page: kept for the next steps even where storage is refused.
let chosen: boolean | undefined;

/**
 * Whether the end-user wants the photo taken by itself (on unless they
 * switched it off), remembered in localStorage. Storage may be refused (a
 * framed page with third-party storage blocked, a private window): the choice
 * then lasts as long as the page.
 */
export function useAutoCapturePreference(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(() => chosen ?? read() !== "off");
  return [
    on,
    (next: boolean) => {
      chosen = next;
      setOn(next);
      try {
        localStorage.setItem(AUTO_CAPTURE_STORAGE_KEY, next ? "on" : "off");
      } catch {
        // Not remembered past this page: still switched on it.
      }
    },
  ];
}

function read(): string | null {
  try {
    return localStorage.getItem(AUTO_CAPTURE_STORAGE_KEY);
  } catch {
    return null;
  }
}
