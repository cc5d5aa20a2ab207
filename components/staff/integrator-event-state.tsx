import type { IntegratorEventState } from "@/lib/generated/prisma/enums";

// Colour and words together, never colour alone.
const STYLE: Record<IntegratorEventState, { label: string; className: string }> = {
  pending: { label: "Pending", className: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200" },
  delivered: {
    label: "✓ Delivered",
    className: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200",
  },
  failed: { label: "✕ Failed", className: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200" },
};

/** An event's delivery state; a pending one that already failed a try says "Retrying". */
export function IntegratorEventStateBadge({ state, attempts }: { state: IntegratorEventState; attempts: number }) {
  const style = STYLE[state];
  const label = state === "pending" && attempts > 0 ? "↻ Retrying" : style.label;
  return (
    <span className={`rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ${style.className}`}>{label}</span>
  );
}
