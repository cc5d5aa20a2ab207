import type { Metadata } from "next";
import { copyFor } from "@/lib/i18n/locale";
import { requestLocale } from "@/lib/i18n/server-locale";
import { CopyProvider } from "@/components/capture/use-copy";
import { BrandHeader, brandedTitle } from "@/components/capture/brand-header";
import { StartForm } from "@/components/capture/start-form";
import { countries } from "@/lib/capture/countries";
import { serverEnv } from "@/lib/env";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: brandedTitle(copyFor(await requestLocale()).start.title) };
}

export default async function StartVerificationPage() {
  const enabled = serverEnv().SELF_SERVE_START;
  const locale = await requestLocale();
  const copy = copyFor(locale).start;
  return (
    <CopyProvider locale={locale}>
      <main lang={locale} className="mx-auto max-w-xl px-6 py-12 sm:py-16">
        <BrandHeader />
        <h1 className="mt-4 text-3xl font-semibold tracking-tight">{copy.title}</h1>
        <p className="mt-3 text-neutral-600 dark:text-neutral-400">{copy.intro}</p>
        {enabled ? (
          <StartForm countries={countries(locale)} checks={serverEnv().VERIFF_PROOF_OF_ADDRESS} />
        ) : (
          <p className="mt-8 rounded-xl bg-neutral-100 p-4 dark:bg-neutral-900">
            {copy.off}{" "}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full page load: the home page's document is in English, and only a new load renders the root layout's <html lang> anew */}
            <a href="/" className="underline underline-offset-4">
              {copy.home}
            </a>
          </p>
        )}
      </main>
    </CopyProvider>
  );
}
