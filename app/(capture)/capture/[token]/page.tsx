import type { Metadata } from "next";
import { CaptureFlow } from "@/components/capture/capture-flow";
import { copyFor } from "@/lib/i18n/locale";
import { captureLinkLocale } from "@/lib/i18n/server-locale";
import { CopyProvider } from "@/components/capture/use-copy";
import { EmbedEvents } from "@/components/capture/use-embed-events";
import { BrandHeader, brandedTitle } from "@/components/capture/brand-header";
import { captureState } from "@/lib/capture/capture-state";
import { captureUrl } from "@/lib/sessions/create-session";
import { serverEnv } from "@/lib/env";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ token: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { token } = await params;
  return {
    title: brandedTitle(copyFor(await captureLinkLocale(token)).start.title),
    robots: { index: false, follow: false },
  };
}

/** A capture link's page, in the visitor's language, else its session's (the integrator's), else the browser's. */
export default async function CapturePage({ params }: Params) {
  const { token } = await params;
  const [lookup, locale] = await Promise.all([captureState(token), captureLinkLocale(token)]);
  const copy = copyFor(locale);
  return (
    <CopyProvider locale={locale}>
      <EmbedEvents
        allowedOrigins={serverEnv().APP_EMBED_ORIGINS}
        sessionId={lookup.ok ? lookup.state.sessionId : null}
        first={lookup.ok ? { type: "ready", status: lookup.state.status } : { type: "error", code: lookup.code }}
      >
        <main lang={locale} className="mx-auto max-w-2xl px-4 py-8 sm:px-6 sm:py-12">
          <BrandHeader />
          {lookup.ok ? (
            <CaptureFlow token={token} link={captureUrl(token)} initial={lookup.state} />
          ) : (
            <section>
              <h1 className="text-2xl font-semibold tracking-tight">
                {lookup.code === "link_expired" ? copy.link.expired : copy.link.invalid}
              </h1>
              <p className="mt-2 text-neutral-700 dark:text-neutral-300">
                {copy.link.askNew} {copy.reference}: <code dir="ltr">{lookup.code}</code>
              </p>
            </section>
          )}
        </main>
      </EmbedEvents>
    </CopyProvider>
  );
}
