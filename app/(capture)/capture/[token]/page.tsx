import type { Metadata } from "next";
import { CaptureFlow } from "@/components/capture/capture-flow";
import { copyFor } from "@/lib/i18n/locale";
import { requestLocale } from "@/lib/i18n/server-locale";
import { CopyProvider } from "@/components/capture/use-copy";
import { LanguageSwitcher } from "@/components/capture/language-switcher";
import { captureState } from "@/lib/capture/capture-state";
import { captureUrl } from "@/lib/sessions/create-session";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: copyFor(await requestLocale()).start.title, robots: { index: false, follow: false } };
}

export default async function CapturePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [lookup, locale] = await Promise.all([captureState(token), requestLocale()]);
  const copy = copyFor(locale);
  return (
    <CopyProvider locale={locale}>
      <main lang={locale} className="mx-auto max-w-2xl px-4 py-8 sm:px-6 sm:py-12">
        <div className="mb-4 flex justify-end">
          <LanguageSwitcher />
        </div>
        {lookup.ok ? (
          <CaptureFlow token={token} link={captureUrl(token)} initial={lookup.state} />
        ) : (
          <section>
            <h1 className="text-2xl font-semibold tracking-tight">
              {lookup.code === "link_expired" ? copy.link.expired : copy.link.invalid}
            </h1>
            <p className="mt-2 text-neutral-700 dark:text-neutral-300">
              {copy.link.askNew} {copy.reference}: <code>{lookup.code}</code>
            </p>
          </section>
        )}
      </main>
    </CopyProvider>
  );
}
