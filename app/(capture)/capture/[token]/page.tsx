import type { Metadata } from "next";
import { CaptureFlow } from "@/components/capture/capture-flow";
import { captureState } from "@/lib/capture/capture-state";

export const metadata: Metadata = { title: "Verify your identity", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

export default async function CapturePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const lookup = await captureState(token);
  return (
    <main className="mx-auto max-w-2xl px-4 py-8 sm:px-6 sm:py-12">
      {lookup.ok ? (
        <CaptureFlow token={token} initial={JSON.parse(JSON.stringify(lookup.state))} />
      ) : (
        <section>
          <h1 className="text-2xl font-semibold tracking-tight">{lookup.code === "link_expired" ? "This link has expired" : "This link does not work"}</h1>
          <p className="mt-2 text-neutral-700 dark:text-neutral-300">
            Ask the service that sent it for a new link. Reference: <code>{lookup.code}</code>
          </p>
        </section>
      )}
    </main>
  );
}
