import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="mx-auto flex min-h-[60dvh] max-w-xl flex-col justify-center gap-4 px-6 py-16">
      <p className="text-sm font-medium text-neutral-500">403</p>
      <h1 className="text-2xl font-semibold tracking-tight">Not allowed</h1>
      <p className="text-neutral-600 dark:text-neutral-400">
        Your role does not allow this page. Ask an admin if you need it.
      </p>
      <Link href="/staff" className="w-fit text-accent-600 underline underline-offset-4 dark:text-accent-300">
        Back to sessions
      </Link>
    </main>
  );
}
