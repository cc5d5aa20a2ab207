import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/staff/sign-in-form";
import { currentStaff } from "@/lib/staff/current-staff";
import { staffReturnPath } from "@/lib/staff/return-path";

export const metadata: Metadata = { title: "Staff sign-in" };

export default async function StaffSignInPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string | string[] }>;
}) {
  const next = staffReturnPath((await searchParams).next);
  if (await currentStaff()) redirect(next);
  return (
    <main className="mx-auto flex min-h-dvh max-w-sm flex-col justify-center gap-6 px-6 py-16">
      <div>
        <h1 className="text-3xl font-semibold tracking-tight">Staff sign-in</h1>
        <p className="mt-2 text-neutral-600 dark:text-neutral-400">
          Follow every verification: status, timeline, uploads and decisions.
        </p>
      </div>
      <SignInForm next={next} />
      <p className="text-sm text-neutral-500">
        No account? An admin adds staff in the console, or runs <code>npm run staff:create</code> on the server.
      </p>
    </main>
  );
}
