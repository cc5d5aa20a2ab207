"use client";

import { useActionState } from "react";
import {
  addStaffAction,
  changeRoleAction,
  removeStaffAction,
  type TeamFormState,
} from "@/lib/staff/actions/team-actions";

export function AddStaffForm() {
  const [state, action, pending] = useActionState<TeamFormState, FormData>(addStaffAction, {});
  return (
    <form action={action} className="space-y-3">
      <label className="block">
        <span className="font-medium">Name</span>
        <input name="name" required className={field} />
      </label>
      <label className="block">
        <span className="font-medium">Email</span>
        <input name="email" type="email" required className={field} />
      </label>
      <label className="block">
        <span className="font-medium">Role</span>
        <select name="role" defaultValue="agent" className={field}>
          <option value="agent">Agent</option>
          <option value="admin">Admin</option>
        </select>
      </label>
      <label className="block">
        <span className="font-medium">Initial password</span>
        <input name="password" type="password" autoComplete="new-password" required minLength={12} className={field} />
      </label>
      <Message state={state} />
      <button
        type="submit"
        disabled={pending}
        className="rounded-lg bg-accent-600 px-4 py-1.5 font-medium text-white hover:bg-accent-700 disabled:opacity-50"
      >
        Add
      </button>
    </form>
  );
}

export function StaffRowActions({ member }: { member: { id: string; email: string; role: "admin" | "agent" } }) {
  const [roleState, roleAction] = useActionState<TeamFormState, FormData>(changeRoleAction, {});
  const [removeState, removeAction] = useActionState<TeamFormState, FormData>(removeStaffAction, {});
  const otherRole = member.role === "admin" ? "agent" : "admin";
  return (
    <div className="flex flex-wrap items-center gap-2">
      <form action={roleAction}>
        <input type="hidden" name="userId" value={member.id} />
        <input type="hidden" name="role" value={otherRole} />
        <button type="submit" className={small}>
          Make {otherRole}
        </button>
      </form>
      <form
        action={removeAction}
        onSubmit={(event) => {
          if (!window.confirm(`Remove ${member.email}? They are signed out at once.`)) event.preventDefault();
        }}
      >
        <input type="hidden" name="userId" value={member.id} />
        <button type="submit" className={`${small} text-red-700 dark:text-red-300`}>
          Remove
        </button>
      </form>
      <Message state={roleState} />
      <Message state={removeState} />
    </div>
  );
}

function Message({ state }: { state: TeamFormState }) {
  if (!state.message) return null;
  return (
    <p
      role="status"
      className={state.tone === "good" ? "text-emerald-700 dark:text-emerald-300" : "text-red-700 dark:text-red-300"}
    >
      {state.message}
    </p>
  );
}

const field =
  "mt-1 block min-h-9 w-full rounded-lg border border-neutral-300 bg-white px-2 dark:border-neutral-700 dark:bg-neutral-950";
const small =
  "rounded-lg border border-neutral-300 px-2 py-1 hover:bg-neutral-100 dark:border-neutral-700 dark:hover:bg-neutral-800";
