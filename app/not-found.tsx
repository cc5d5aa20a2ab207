import Link from "next/link";

// Next.js's own not-found page styles itself inline, which the Content-Security-Policy (proxy.ts) refuses.
export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-[60dvh] max-w-xl flex-col justify-center gap-4 px-6 py-16">
      <p className="text-sm font-medium text-neutral-500">404</p>
      <h1 className="text-2xl font-semibold tracking-tight">Page not found</h1>
      <p className="text-neutral-600 dark:text-neutral-400">There is nothing at this address.</p>
      <Link href="/" className="w-fit text-accent-600 underline underline-offset-4 dark:text-accent-300">
        Home page
      </Link>
    </main>
  );
}
