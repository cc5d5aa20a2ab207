"use client";

import { useActionState } from "react";
import { unlockSignInAction, type UnlockSignInState } from "@/lib/staff/actions/unlock-sign-in";

/** A staff member's failed sign-ins in the current window, and the admin's button to clear them. */
export function UnlockSignInForm({
  member,
  throttle,
}: {
  member: { id: string; email: string };
  throttle: { failures: number; retryAfterSeconds: number };
}) {
  const [state, action, pending] = useActionState<UnlockSignInState, FormData>(unlockSignInAction, {});
  if (state.tone === "good") return <p role="status">{state.message}</p>;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={member.id} />
      <span>
        {throttle.failures} failed {throttle.failures === 1 ? "try" : "tries"}
        {throttle.retryAfterSeconds > 0 && `, slowed: next in ${throttle.retryAfterSeconds} s`}
      </span>
      <button
        type="submit"
        disabled={pending}
        aria-label={`Clear failed sign-ins of ${member.email}`}
        className="rounded-lg border border-neutral-300 px-2 py-1 hover:bg-neutral-100 disabled:opacity-50 dark:border-neutral-700 dark:hover:bg-neutral-800"
      >
        Unlock
      </button>
      {state.message && (
        <p role="status" className="text-red-700 dark:text-red-300">
          {state.message}
        </p>
      )}
    </form>
  );
}
