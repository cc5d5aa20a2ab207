import type { VerificationStatus } from "@/lib/generated/prisma/enums";

// Colour and words together, never colour alone (capture-ux.md).
const STYLE: Record<VerificationStatus, { label: string; icon: string; className: string }> = {
  created: {
    label: "Created",
    icon: "○",
    className: "bg-neutral-100 text-neutral-800 dark:bg-neutral-800 dark:text-neutral-200",
  },
  started: { label: "Capturing", icon: "◔", className: "bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200" },
  submitted: {
    label: "Checking",
    icon: "◑",
    className: "bg-indigo-100 text-indigo-900 dark:bg-indigo-950 dark:text-indigo-200",
  },
  approved: {
    label: "Approved",
    icon: "✓",
    className: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200",
  },
  declined: { label: "Declined", icon: "✕", className: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200" },
  resubmission_requested: {
    label: "Resubmission requested",
    icon: "↻",
    className: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  },
  review: {
    label: "In review",
    icon: "⧗",
    className: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  },
  expired: {
    label: "Expired",
    icon: "–",
    className: "bg-neutral-200 text-neutral-700 dark:bg-neutral-800 dark:text-neutral-300",
  },
  abandoned: {
    label: "Abandoned",
    icon: "–",
    className: "bg-neutral-200 text-neutral-700 dark:bg-neutral-800 dark:text-neutral-300",
  },
};

export function StatusBadge({ status }: { status: VerificationStatus }) {
  const style = STYLE[status];
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ${style.className}`}
    >
      <span aria-hidden="true">{style.icon}</span>
      {style.label}
    </span>
  );
}

export const STATUS_LABELS = Object.fromEntries(
  Object.entries(STYLE).map(([status, style]) => [status, style.label]),
) as Record<VerificationStatus, string>;
