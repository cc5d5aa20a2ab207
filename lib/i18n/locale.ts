// Which language the capture pages speak: the visitor's own choice (a cookie
// set by the switcher), else the one the integrator asked for when it created
// the session, else the first of their browser's languages we have.
import { ar } from "./ar";
import { de } from "./de";
import type { ProofOfAddress } from "@/lib/capture/required-frames";
import { en, type Copy } from "./en";
import { es } from "./es";
import { et } from "./et";
import { fr } from "./fr";
import { pt } from "./pt";

export const LOCALES = ["en", "de", "es", "fr", "et", "pt", "ar"] as const;
export type Locale = (typeof LOCALES)[number];
export const LOCALE_COOKIE = "lang";
/** Each language named in itself, for the switcher. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: "English",
  de: "Deutsch",
  es: "Español",
  fr: "Français",
  et: "Eesti",
  pt: "Português",
  ar: "العربية",
};

// Every catalog is typed as Copy (en.ts): a phrase missing in one language fails the typecheck.
const CATALOGS: Record<Locale, Copy> = { en, de, es, fr, et, pt, ar };

/** Languages written right to left: their pages get dir="rtl" and the layout mirrors. */
const RIGHT_TO_LEFT: ReadonlySet<Locale> = new Set(["ar"]);

export function localeDirection(locale: Locale): "ltr" | "rtl" {
  return RIGHT_TO_LEFT.has(locale) ? "rtl" : "ltr";
}

export function copyFor(locale: Locale): Copy {
  return CATALOGS[locale];
}

/** The agreement asked for a kind of check, word for word as the page shows it: kept with the consent. */
export function consentWording(copy: Copy, check: ProofOfAddress): string {
  return { none: copy.start.consent, with_identity: copy.start.consentBoth, only: copy.start.consentAddress }[check];
}

export function isLocale(value: string | null | undefined): value is Locale {
  return (LOCALES as readonly string[]).includes(value ?? "");
}

/**
 * The cookie's choice, else the session's language (the integrator's, given
 * when it created the session), else Accept-Language by its q-values (primary
 * subtag only: de-AT speaks de), else English. The visitor's own choice wins
 * over the integrator's: they made it with the switcher, on a page of ours.
 */
export function negotiateLocale(
  cookie: string | null | undefined,
  acceptLanguage: string | null | undefined,
  sessionLanguage?: string | null,
): Locale {
  if (isLocale(cookie)) return cookie;
  if (isLocale(sessionLanguage)) return sessionLanguage;
  const wanted = (acceptLanguage ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = Number(
        params
          .find((param) => param.trim().startsWith("q="))
          ?.trim()
          .slice(2) ?? 1,
      );
      return { language: tag.trim().toLowerCase().split("-")[0] ?? "", q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((item) => item.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return wanted.map((item) => item.language).find(isLocale) ?? "en";
}
