import { describe, expect, it } from "vitest";
import { CAPTURE_ERROR_CODES } from "@/lib/capture/error-codes";
import { de } from "./de";
import { en } from "./en";
import { copyFor, LOCALES, localeDirection, negotiateLocale } from "./locale";

describe("capture language", () => {
  it("takes the visitor's choice first, then the browser's languages by preference, then English", () => {
    expect(negotiateLocale("de", "en-GB,en;q=0.9")).toBe("de");
    expect(negotiateLocale(null, "it-IT,de-AT;q=0.8,en;q=0.5")).toBe("de");
    expect(negotiateLocale(null, "en;q=0.2,de;q=0.9")).toBe("de");
    expect(negotiateLocale(null, "fr-CA,en;q=0.5")).toBe("fr");
    expect(negotiateLocale(null, "pt-BR")).toBe("pt");
    expect(negotiateLocale(null, "ar-EG,ar;q=0.9")).toBe("ar");
    expect(negotiateLocale(null, "es-419,es;q=0.9")).toBe("es");
    expect(negotiateLocale(null, "ET")).toBe("et");
    expect(negotiateLocale("xx", "it,nl")).toBe("en");
    expect(negotiateLocale(undefined, "de;q=0")).toBe("en");
    expect(negotiateLocale(undefined, undefined)).toBe("en");
  });

  it("takes the session's language (the integrator's) over the browser's, and the visitor's choice over both", () => {
    expect(negotiateLocale(null, "en-US,en;q=0.9", "de")).toBe("de");
    expect(negotiateLocale(undefined, undefined, "de")).toBe("de");
    expect(negotiateLocale("en", "en-US", "de")).toBe("en");
    expect(negotiateLocale("de", "de-DE", "en")).toBe("de");
    // A language the app does not speak (a row written before a locale was dropped) counts as none.
    expect(negotiateLocale(null, "de-DE", "it")).toBe("de");
    // Every language the integrator may give wins over a browser that asks for another.
    for (const language of LOCALES) {
      const other = language === "de" ? "en-US" : "de-DE,de;q=0.9";
      expect(negotiateLocale(null, other, language), language).toBe(language);
    }
    expect(negotiateLocale(null, "en-US", null)).toBe("en");
  });

  it("says every English phrase in German too, with the same placeholders filled", () => {
    const keys = (value: unknown, prefix = ""): string[] =>
      typeof value === "object" && value !== null && !Array.isArray(value)
        ? Object.entries(value).flatMap(([key, inner]) => keys(inner, `${prefix}${key}.`))
        : [prefix];
    expect(keys(de).sort()).toEqual(keys(en).sort());
    expect(de.steps.indicator(2, 3)).toBe("Schritt 2 von 3");
    expect(de.file.problems.heic_too_large(4032)).toContain("4032 px");
    expect(de.steps.front(de.steps.ofDocument.ID_CARD).title).toBe("Vorderseite Ihres Personalausweises");
  });

  it("has a phrase in every language for every code the capture routes refuse with", () => {
    for (const code of CAPTURE_ERROR_CODES) {
      expect(en.serverErrors[code], code).toMatch(/\w/);
      expect(de.serverErrors[code], code).toMatch(/\w/);
      // Said in German, not left in English.
      expect(de.serverErrors[code], code).not.toBe(en.serverErrors[code]);
    }
  });

  it("speaks every language in full: the same phrases as English, translated, with every placeholder filled", () => {
    const keys = (value: unknown, prefix = ""): string[] =>
      typeof value === "object" && value !== null && !Array.isArray(value)
        ? Object.entries(value).flatMap(([key, inner]) => keys(inner, `${prefix}${key}.`))
        : [prefix];
    for (const locale of LOCALES) {
      const copy = copyFor(locale);
      expect(keys(copy).sort(), locale).toEqual(keys(en).sort());
      expect(copy.steps.indicator(2, 3), locale).toMatch(/2\D+3/);
      expect(copy.camera.take(3), locale).toContain("3");
      expect(copy.file.problems.heic_too_large(4032), locale).toContain("4032");
      expect(copy.back.announce("shop.example.com", 20), locale).toContain("shop.example.com");
      expect(copy.inApp.text("Instagram", "Safari"), locale).toMatch(/Instagram.*Safari/s);
      expect(copy.inApp.choose("Chrome"), locale).toContain("Chrome");
      expect(copy.steps.front(copy.steps.ofDocument.ID_CARD).instruction, locale).toContain(
        copy.steps.ofDocument.ID_CARD,
      );
      if (locale === "en") continue;
      for (const code of CAPTURE_ERROR_CODES) {
        expect(copy.serverErrors[code], `${locale} ${code}`).toMatch(/\p{L}/u);
        expect(copy.serverErrors[code], `${locale} ${code}`).not.toBe(en.serverErrors[code]);
      }
      expect(copy.start.consent, locale).not.toBe(en.start.consent);
      expect(copy.inApp.title, locale).not.toBe(en.inApp.title);
    }
  });

  it("writes Arabic right to left and the others left to right", () => {
    expect(LOCALES.filter((locale) => localeDirection(locale) === "rtl")).toEqual(["ar"]);
    // Arabic counts agree with the number: dual for two, plural for three to ten.
    const ar = copyFor("ar");
    expect(ar.camera.take(2)).toBe("التقط صورتين");
    expect(ar.camera.take(3)).toBe("التقط 3 صور");
    expect(ar.intro.explain(2)).toContain("لقطتين متتاليتين بسرعة");
    expect(ar.intro.explain(3)).toContain("3 لقطات متتالية بسرعة");
  });
});
