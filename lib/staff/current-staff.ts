import "server-only";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { headers } from "next/headers";
import { refusal, type Refusal } from "@/lib/refusal";
import { staffAuth } from "./auth";
import { can, type Permission, type StaffRole } from "./permissions";
import { STAFF_PATH_HEADER } from "@/lib/http/proxy-headers";
import { signInPath } from "./return-path";

export type StaffMember = { id: string; email: string; name: string; role: StaffRole };

/**
 * The signed-in staff member of this request, or null: read from Postgres
 * once per request (the layout and the page share it). `extend: false` for
 * background polling, which must not keep an unattended sign-in alive.
 */
export const currentStaff = cache(
  async (requestHeaders?: Headers, { extend = true } = {}): Promise<StaffMember | null> => {
    // Reading the request's headers first also marks the page as per-request (never prerendered).
    const source = requestHeaders ?? (await headers());
    const session = await staffAuth().api.getSession({ headers: source, query: { disableRefresh: !extend } });
    if (!session) return null;
    const { id, email, name, role } = session.user;
    return { id, email, name, role: role as StaffRole };
  },
);

/**
 * For pages and server actions: the signed-in staff member allowed to do
 * `permission`. Signed out: redirected to sign in. Signed in without the
 * permission: 403.
 */
export async function requireStaff(permission: Permission = "sessions.read"): Promise<StaffMember> {
  const staff = await currentStaff();
  // Signed out, or the sign-in expired: back here once signed in again.
  if (!staff) redirect(signInPath((await headers()).get(STAFF_PATH_HEADER)));
  if (!can(staff.role, permission)) forbidden();
  return staff;
}

/** For route handlers: the staff member, or why not (signed out, or without the permission). */
export async function staffFromRequest(
  request: Request,
  permission: Permission = "sessions.read",
  { extend = true } = {},
): Promise<{ ok: true; staff: StaffMember } | Refusal<"not_signed_in" | "not_allowed">> {
  const staff = await currentStaff(request.headers, { extend });
  if (!staff) return refusal("not_signed_in", "Sign in to the staff console first.");
  if (!can(staff.role, permission)) return refusal("not_allowed", "Your role does not allow this.");
  return { ok: true, staff };
}
