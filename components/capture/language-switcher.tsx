"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { LOCALE_COOKIE, LOCALE_NAMES, LOCALES, isLocale } from "@/lib/i18n/locale";
import { useCopy, useLocale } from "./use-copy";

/**
 * The capture pages' language. The choice is kept in a cookie (a year, this
 * site only) and the page re-rendered in place: what was already captured on
 * it stays.
 */
export function LanguageSwitcher() {
  const copy = useCopy();
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <label className="inline-flex items-center gap-2 text-sm text-neutral-700 dark:text-neutral-300">
      {copy.languageLabel}
      <select
        value={locale}
        disabled={pending}
        onChange={(event) => {
          const chosen = event.currentTarget.value;
          if (!isLocale(chosen)) return;
          document.cookie = `${LOCALE_COOKIE}=${chosen}; path=/; max-age=31536000; samesite=lax`;
          startTransition(() => router.refresh());
        }}
        className="min-h-11 rounded-lg border border-neutral-300 bg-white px-2 dark:border-neutral-700 dark:bg-neutral-900"
      >
        {LOCALES.map((item) => (
          <option key={item} value={item} lang={item}>
            {LOCALE_NAMES[item]}
          </option>
        ))}
      </select>
    </label>
  );
}
