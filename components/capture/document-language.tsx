"use client";

import { useEffect } from "react";

/**
 * Sets <html lang> to the capture page's language. The root layout, shared
 * with the English-only staff console, renders "en"; the page's <main>
 * carries its language from the first byte, and this corrects the document
 * (its title included) once the page runs.
 */
export function DocumentLanguage({ locale }: { locale: string }) {
  useEffect(() => {
    const root = document.documentElement;
    const previous = root.lang;
    root.lang = locale;
    return () => {
      root.lang = previous;
    };
  }, [locale]);
  return null;
}
