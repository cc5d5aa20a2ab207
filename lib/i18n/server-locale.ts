import "server-only";
import { cookies, headers } from "next/headers";
import { linkLanguage } from "@/lib/capture/link-language";
import { CAPTURE_LINK_HEADER, CAPTURE_PAGE_HEADER } from "@/lib/http/proxy-headers";
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

/** The document's language (<html lang>): the visitor's on the end-user's pages (proxy.ts marks them), English on the rest. */
export async function documentLanguage(): Promise<Locale> {
  const marks = await headers();
  if (!marks.has(CAPTURE_PAGE_HEADER)) return "en";
  const token = marks.get(CAPTURE_LINK_HEADER);
  return token ? captureLinkLocale(token) : requestLocale();
}
