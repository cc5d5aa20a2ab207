import type { Metadata } from "next";
import Link from "next/link";
import { StartForm } from "@/components/capture/start-form";
import { countries } from "@/lib/capture/countries";
import { serverEnv } from "@/lib/env";

export const metadata: Metadata = { title: "Start a verification" };
export const dynamic = "force-dynamic";

export default function StartVerificationPage() {
  const enabled = serverEnv().SELF_SERVE_START;
  return (
    <main className="mx-auto max-w-xl px-6 py-12 sm:py-16">
      <h1 className="text-3xl font-semibold tracking-tight">Verify your identity</h1>
      <p className="mt-3 text-neutral-600 dark:text-neutral-400">
        It takes about two minutes: photos of your document, then a selfie. Have your document at hand, in good light.
      </p>
      {enabled ? (
        <StartForm countries={countries()} />
      ) : (
        <p className="mt-8 rounded-xl bg-neutral-100 p-4 dark:bg-neutral-900">
          Checks are started from the service that asked you to verify: open the link it sent you.{" "}
          <Link href="/" className="underline underline-offset-4">
            Home
          </Link>
        </p>
      )}
    </main>
  );
}
