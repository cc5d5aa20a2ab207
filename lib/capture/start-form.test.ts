import { describe, expect, it } from "vitest";
import { readStartForm } from "./start-form";

const filled = {
  proofOfAddress: "none",
  firstName: "  Jane ",
  lastName: "Doe",
  documentType: "PASSPORT",
  country: "ee",
  consent: "yes",
};

describe("readStartForm", () => {
  it("asks Veriff for the chosen document by its type and country, with the name as typed", () => {
    expect(readStartForm(filled)).toEqual({
      ok: true,
      request: {
        person: { firstName: "Jane", lastName: "Doe" },
        document: { type: "PASSPORT", country: "EE" },
        proofOfAddress: "none",
      },
    });
  });

  it("asks for no document when the check is a proof of address alone", () => {
    const form = { ...filled, proofOfAddress: "only", documentType: "", country: "" };
    expect(readStartForm(form)).toMatchObject({ ok: true, request: { document: undefined, proofOfAddress: "only" } });
  });

  it("names the first thing wrong, most basic first", () => {
    const wrong = (changes: Record<string, unknown>) => readStartForm({ ...filled, ...changes });
    expect(wrong({ proofOfAddress: "both", firstName: "" })).toEqual({ ok: false, error: "choose_check" });
    expect(wrong({ firstName: " ", documentType: "SELFIE" })).toEqual({ ok: false, error: "enter_name" });
    expect(wrong({ lastName: "x".repeat(101) })).toEqual({ ok: false, error: "enter_name" });
    expect(wrong({ documentType: "SELFIE", consent: undefined })).toEqual({ ok: false, error: "choose_document" });
    expect(wrong({ country: "XX", consent: undefined })).toEqual({ ok: false, error: "choose_country" });
    expect(wrong({ consent: "no" })).toEqual({ ok: false, error: "consent_required" });
  });
});
