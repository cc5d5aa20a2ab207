import { describe, expect, it } from "vitest";
import { CAPTURE_ERROR_CODES } from "@/lib/capture/error-codes";
import { de } from "./de";
import { en } from "./en";
import { negotiateLocale } from "./locale";

describe("capture language", () => {
  it("takes the visitor's choice first, then the browser's languages by preference, then English", () => {
    expect(negotiateLocale("de", "en-GB,en;q=0.9")).toBe("de");
    expect(negotiateLocale(null, "fr-FR,de-AT;q=0.8,en;q=0.5")).toBe("de");
    expect(negotiateLocale(null, "en;q=0.2,de;q=0.9")).toBe("de");
    expect(negotiateLocale("xx", "fr,it")).toBe("en");
    expect(negotiateLocale(undefined, "de;q=0")).toBe("en");
    expect(negotiateLocale(undefined, undefined)).toBe("en");
  });

  it("takes the session's language (the integrator's) over the browser's, and the visitor's choice over both", () => {
    expect(negotiateLocale(null, "en-US,en;q=0.9", "de")).toBe("de");
    expect(negotiateLocale(undefined, undefined, "de")).toBe("de");
    expect(negotiateLocale("en", "en-US", "de")).toBe("en");
    expect(negotiateLocale("de", "de-DE", "en")).toBe("de");
    // A language the app does not speak (a row written before a locale was dropped) counts as none.
    expect(negotiateLocale(null, "de-DE", "fr")).toBe("de");
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
});
