import { brandLogo } from "@/lib/brand/brand-logo";
import { serverEnv } from "@/lib/env";
import { LanguageSwitcher } from "./language-switcher";

/**
 * The top of every end-user page: the integrator's logo and name (APP_BRAND_LOGO,
 * APP_BRAND_NAME) at the start of the line, the language switcher at its end
 * (mirrored on a right-to-left page), and the brand colour (APP_BRAND_COLOR) as
 * the accent variables of a stylesheet of our own (/api/brand/style.css), which
 * React puts in the document's head.
 */
export function BrandHeader() {
  const env = serverEnv();
  const name = env.APP_BRAND_NAME;
  const logo = brandLogo() !== null;
  return (
    <header className="mb-4 flex min-h-11 flex-wrap items-center justify-between gap-3">
      {env.APP_BRAND_COLOR && (
        // eslint-disable-next-line @next/next/no-css-tags -- made from a setting at run time, so it cannot be a CSS import built in; React hoists it into <head>
        <link rel="stylesheet" href="/api/brand/style.css" precedence="brand" />
      )}
      <div className="flex min-w-0 items-center gap-3">
        {logo && (
          // A file of the operator's, of any size: shown 32 px high, as wide as its shape makes it.
          // eslint-disable-next-line @next/next/no-img-element -- served by our own route, no optimisation to gain
          <img src="/api/brand/logo" alt={name ?? ""} className="h-8 w-auto max-w-40 object-contain" />
        )}
        {name && (
          <span className="truncate text-base font-semibold" aria-hidden={logo || undefined} data-brand-name>
            {name}
          </span>
        )}
      </div>
      <LanguageSwitcher />
    </header>
  );
}

/** A page title with the integrator's name: "Verify your identity · Shop", else the app's own template. */
export function brandedTitle(title: string): string | { absolute: string } {
  const name = serverEnv().APP_BRAND_NAME;
  return name ? { absolute: `${title} · ${name}` } : title;
}
