// Who may do what in the staff console. One table, read by pages, server
// actions and routes alike, so the rules cannot drift apart.

export type StaffRole = "admin" | "agent";

const ALLOWED: Record<Permission, readonly StaffRole[]> = {
  "sessions.read": ["admin", "agent"],
  "sessions.refresh": ["admin", "agent"],
  "sessions.new_link": ["admin", "agent"],
  "sessions.delete": ["admin"],
  "staff.manage": ["admin"],
  "audit.read": ["admin"],
  "integrator_events.redeliver": ["admin"],
};

export type Permission =
  | "sessions.read"
  | "sessions.refresh"
  | "sessions.new_link"
  | "sessions.delete"
  | "staff.manage"
  | "audit.read"
  /** Send an event to the integrator's webhook again. */
  | "integrator_events.redeliver";

export function can(role: StaffRole, permission: Permission): boolean {
  return ALLOWED[permission].includes(role);
}
