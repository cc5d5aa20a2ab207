import type { BulkRowState } from "@/lib/generated/prisma/enums";

// Colour and words together, never colour alone (capture-ux.md).
const STYLE: Record<BulkRowState, { label: string; className: string }> = {
  pending: {
    label: "○ Waiting",
    className: "bg-neutral-100 text-neutral-800 dark:bg-neutral-800 dark:text-neutral-200",
  },
  created: { label: "◔ Uploading", className: "bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200" },
  uploaded: { label: "◑ Submitting", className: "bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200" },
  submitted: {
    label: "✓ Submitted",
    className: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200",
  },
  invalid: { label: "✕ Invalid", className: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200" },
  failed: { label: "✕ Failed", className: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200" },
};

/** How far a bulk row got. */
export function BulkRowStateBadge({ state }: { state: BulkRowState }) {
  const style = STYLE[state];
  return (
    <span className={`rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ${style.className}`}>
      {style.label}
    </span>
  );
}

/** "submitted 180 · failed 2 · invalid 10", in the states' order. */
export function StateCounts({ counts, order }: { counts: Partial<Record<string, number>>; order: readonly string[] }) {
  const shown = order.filter((key) => counts[key]);
  if (!shown.length) return <span className="text-neutral-500">—</span>;
  return (
    <span className="whitespace-nowrap">
      {shown.map((key, index) => (
        <span key={key}>
          {index > 0 && " · "}
          {key.replaceAll("_", " ")} <span className="font-medium tabular-nums">{counts[key]}</span>
        </span>
      ))}
    </span>
  );
}
