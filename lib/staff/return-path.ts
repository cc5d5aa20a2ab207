/** The sign-in page, coming back to `path` afterwards. */
export function signInPath(path: string | null): string {
  return path ? `/staff/sign-in?next=${encodeURIComponent(staffReturnPath(path))}` : "/staff/sign-in";
}

/**
 * Where to go after signing in: only a path inside the staff console, so a
 * crafted sign-in link cannot send staff to another site ("//evil.example",
 * "/\\evil.example", "https://…" are all refused).
 */
export function staffReturnPath(next: unknown): string {
  if (
    typeof next !== "string" ||
    !/^\/staff(?:[/?#]|$)/.test(next) ||
    // Backslashes, spaces, dot segments (plain or encoded) and empty segments could walk out of /staff.
    /[\\\s]|\.\.|%2e|\/\//i.test(next) ||
    next.startsWith("/staff/sign-in")
  ) {
    return "/staff";
  }
  return next;
}
