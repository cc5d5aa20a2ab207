/**
 * Where to go after signing in: only a path inside the staff console, so a
 * crafted sign-in link cannot send staff to another site ("//evil.example",
 * "/\\evil.example", "https://…" are all refused).
 */
export function staffReturnPath(next: unknown): string {
  if (typeof next !== "string" || !/^\/staff(?:[/?#]|$)/.test(next) || /[\\\s]/.test(next) || next.startsWith("/staff/sign-in")) {
    return "/staff";
  }
  return next;
}
