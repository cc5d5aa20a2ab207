"use client";

import { useSyncExternalStore } from "react";

const never = () => () => {};

/**
 * A time in the viewer's time zone, with the UTC value on hover. The server
 * does not know the viewer's zone, so it (and hydration) renders UTC; the
 * browser then switches to local time.
 */
export function LocalTime({ value }: { value: Date | string | null }) {
  const inBrowser = useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
  if (value === null) return <span className="text-neutral-400">—</span>;
  const date = new Date(value);
  const utc = `${date.toISOString().slice(0, 19).replace("T", " ")} UTC`;
  return (
    <time dateTime={date.toISOString()} title={utc}>
      {inBrowser ? date.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "medium" }) : utc}
    </time>
  );
}
