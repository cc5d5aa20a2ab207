"use client";

import { createContext, useContext } from "react";
import { en, type Copy } from "@/lib/i18n/en";
import { copyFor, type Locale } from "@/lib/i18n/locale";

const CopyContext = createContext<{ locale: Locale; copy: Copy }>({ locale: "en", copy: en });

/** The capture pages' language, chosen on the server (cookie, Accept-Language) for every client component below. */
export function CopyProvider({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  return <CopyContext value={{ locale, copy: copyFor(locale) }}>{children}</CopyContext>;
}

export function useCopy(): Copy {
  return useContext(CopyContext).copy;
}

export function useLocale(): Locale {
  return useContext(CopyContext).locale;
}
