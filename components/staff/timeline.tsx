import type { TimelineEntry } from "@/lib/staff/timeline";
import { LocalTime } from "./local-time";

const ACTOR_LABEL: Record<TimelineEntry["actor"], string> = {
  end_user: "End-user",
  integrator: "Integrator",
  system: "System",
  veriff: "Veriff",
  staff: "Staff",
};

const DOT: Record<TimelineEntry["tone"], string> = {
  neutral: "bg-neutral-400",
  good: "bg-emerald-500",
  bad: "bg-red-500",
  warn: "bg-amber-500",
};

/** A vertical timeline: time, actor, event. */
export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  if (entries.length === 0) return <p className="text-neutral-500">Nothing has happened yet.</p>;
  return (
    <ol className="relative space-y-3 border-l border-neutral-200 pl-5 dark:border-neutral-800" aria-label="Timeline">
      {entries.map((entry) => (
        <li key={entry.id} className="relative">
          <span
            aria-hidden="true"
            className={`absolute top-1.5 -left-[1.65rem] size-2.5 rounded-full ${DOT[entry.tone]}`}
          />
          <p className="font-medium">{entry.title}</p>
          <p className="text-xs text-neutral-500">
            <LocalTime value={entry.at} /> · {ACTOR_LABEL[entry.actor]}
            {entry.detail ? ` · ${entry.detail}` : ""}
          </p>
        </li>
      ))}
    </ol>
  );
}
