"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

/** Better Auth's answers, in words (its codes and statuses: 401 wrong credentials, 429 too many tries). */
function problemFor(response: Response): string {
  const status = response.status;
  if (status === 401) return "The email or password is wrong.";
  if (status === 429) {
    // Ours for the account (Retry-After), or Better Auth's for this address (X-Retry-After).
    const seconds = Number(response.headers.get("retry-after") ?? response.headers.get("x-retry-after"));
    return seconds > 0
      ? `Too many attempts. Try again in ${seconds} second${seconds === 1 ? "" : "s"}.`
      : "Too many attempts. Wait a minute, then try again.";
  }
  if (status === 400) return "Enter your email and a password of at least 12 characters.";
  return "Signing in failed on our side. Try again in a moment.";
}

/** `next`: where to go once signed in, already checked to be a staff console path. */
export function SignInForm({ next }: { next: string }) {
  const router = useRouter();
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  // onSubmit rather than a form action: React resets a form after its action,
  // and someone who mistyped the password should not have to type the email again.
  async function signIn(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setProblem(null);
    try {
      const response = await fetch("/api/auth/sign-in/email", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: form.get("email"), password: form.get("password") }),
      });
      if (!response.ok) {
        setProblem(problemFor(response));
        return;
      }
      router.replace(next);
      router.refresh();
    } catch {
      setProblem("No connection to the server. Check your network and try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={signIn} className="space-y-4">
      <label className="block">
        <span className="text-sm font-medium">Email</span>
        <input name="email" type="email" autoComplete="username" required className={inputClass} />
      </label>
      <label className="block">
        <span className="text-sm font-medium">Password</span>
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          required
          minLength={12}
          className={inputClass}
        />
      </label>
      {problem && (
        <p
          role="alert"
          className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200"
        >
          {problem}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="min-h-11 w-full rounded-xl bg-accent-600 px-4 font-semibold text-white hover:bg-accent-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-500 disabled:opacity-60"
      >
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}

const inputClass =
  "mt-1 block min-h-11 w-full rounded-lg border border-neutral-300 bg-white px-3 dark:border-neutral-700 dark:bg-neutral-900 focus-visible:outline-2 focus-visible:outline-accent-500";
