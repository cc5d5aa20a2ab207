import "server-only";
import { cookies, headers } from "next/headers";
import { linkLanguage } from "@/lib/capture/link-language";
import { LOCALE_COOKIE, negotiateLocale, type Locale } from "./locale";

/** The language of this request's end-user page; `sessionLanguage`: the one the integrator chose for its session. */
export async function requestLocale(sessionLanguage?: string | null): Promise<Locale> {
  return negotiateLocale(
    (await cookies()).get(LOCALE_COOKIE)?.value,
    (await headers()).get("accept-language"),
    sessionLanguage,
  );
}

/** The language of a capture link's page: the visitor's choice, else its session's, else the browser's. */
export async function captureLinkLocale(token: string): Promise<Locale> {
  return requestLocale(await linkLanguage(token));
}

/** Set by proxy.ts on the end-user's pages (written there again: proxy.ts imports nothing from the project; a test keeps the two equal). */
export const CAPTURE_PAGE_HEADER = "x-capture-page";
/** Set by proxy.ts on a capture link's page, to its token: the root layout reads the session's language with it. */
export const CAPTURE_LINK_HEADER = "x-capture-link";

/** The document's language (<html lang>): the visitor's on the end-user's pages (proxy.ts marks them), English on the rest. */
export async function documentLanguage(): Promise<Locale> {
  const marks = await headers();
  if (!marks.has(CAPTURE_PAGE_HEADER)) return "en";
  const token = marks.get(CAPTURE_LINK_HEADER);
  return token ? captureLinkLocale(token) : requestLocale();
}
