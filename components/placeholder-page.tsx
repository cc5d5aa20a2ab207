import Link from "next/link";

/** A page whose feature is not built yet, marked as such so nobody mistakes it for the product. */
export function PlaceholderPage({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <main className="mx-auto flex min-h-dvh max-w-xl flex-col justify-center gap-6 px-6 py-16">
      <p className="w-fit rounded-full border border-amber-300 bg-amber-50 px-3 py-1 text-sm font-medium text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200">
        Placeholder: not built yet
      </p>
      <h1 className="text-3xl font-semibold tracking-tight">{title}</h1>
      <div className="space-y-3 text-neutral-600 dark:text-neutral-400">{children}</div>
      <Link
        href="/"
        className="w-fit rounded-lg text-accent-600 underline underline-offset-4 hover:text-accent-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-500 dark:text-accent-300"
      >
        Back to the home page
      </Link>
    </main>
  );
}
