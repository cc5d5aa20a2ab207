import "server-only";
import { cookies, headers } from "next/headers";
import { LOCALE_COOKIE, negotiateLocale, type Locale } from "./locale";

/** The language of this request's capture page. */
export async function requestLocale(): Promise<Locale> {
  return negotiateLocale((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get("accept-language"));
}

/** Set by proxy.ts on the end-user's pages (written there again: proxy.ts imports nothing from the project; a test keeps the two equal). */
export const CAPTURE_PAGE_HEADER = "x-capture-page";

/** The document's language (<html lang>): the visitor's on the end-user's pages (proxy.ts marks them), English on the rest. */
export async function documentLanguage(): Promise<Locale> {
  return (await headers()).has(CAPTURE_PAGE_HEADER) ? requestLocale() : "en";
}
