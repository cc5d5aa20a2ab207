"use client";

import { useActionState, useState } from "react";
import { startVerification, type StartState, type StartValues } from "@/lib/capture/start-verification";
import { NAME_MAX_LENGTH } from "@/lib/capture/person-name";
import type { ProofOfAddress } from "@/lib/capture/required-frames";
import { ConsentBox } from "./consent-box";
import { useCopy } from "./use-copy";

const DOCUMENTS = ["PASSPORT", "ID_CARD", "DRIVERS_LICENSE", "RESIDENCE_PERMIT"] as const;
const OPTION =
  "flex min-h-14 cursor-pointer items-center gap-3 rounded-xl border border-neutral-300 px-4 py-3 has-[:checked]:border-accent-600 has-[:checked]:bg-accent-50 dark:border-neutral-700 dark:has-[:checked]:bg-accent-700/20";

/** `checks`: the kinds of session the Veriff integration is set up for; a choice only when there are several. */
export function StartForm({
  countries,
  checks,
}: {
  countries: { code: string; name: string }[];
  checks: readonly ProofOfAddress[];
}) {
  const [state, action, pending] = useActionState<StartState, FormData>(startVerification, {});
  const copy = useCopy().start;
  const [check, setCheck] = useState<ProofOfAddress>(checks[0] ?? "none");
  return (
    <form action={action} className="mt-8 space-y-8">
      {checks.length > 1 ? (
        <CheckChoice checks={checks} value={check} onChange={setCheck} />
      ) : (
        <input type="hidden" name="proofOfAddress" value={check} />
      )}

      <NameFields values={state.values} />

      {check !== "only" && <DocumentFields countries={countries} values={state.values} />}

      {/* A new wording asks anew: consent to one text is not consent to another. */}
      <ConsentBox key={check} check={check} name="consent" value="yes" required />

      {state.error && (
        <p
          role="alert"
          className="rounded-xl border border-red-300 bg-red-50 p-3 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
        >
          {copy.errors[state.error]}
        </p>
      )}

      <button
        type="submit"
        disabled={pending}
        className="inline-flex min-h-12 w-full items-center justify-center rounded-xl bg-accent-600 px-6 text-base font-semibold text-white hover:bg-accent-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-500 disabled:opacity-60 sm:w-auto"
      >
        {pending ? copy.submitting : copy.submit}
      </button>
    </form>
  );
}

/** What to verify: identity, identity and address, or address only (those the integration is set up for). */
function CheckChoice({
  checks,
  value,
  onChange,
}: {
  checks: readonly ProofOfAddress[];
  value: ProofOfAddress;
  onChange: (choice: ProofOfAddress) => void;
}) {
  const copy = useCopy().start;
  return (
    <fieldset>
      <legend className="text-base font-semibold">{copy.checkLegend}</legend>
      <div className="mt-3 grid gap-3">
        {checks.map((choice) => (
          <label key={choice} className={OPTION}>
            {/* Named by its label alone, the hint read as its description: the labels share words. */}
            <input
              type="radio"
              name="proofOfAddress"
              value={choice}
              checked={value === choice}
              onChange={() => onChange(choice)}
              aria-labelledby={`check-${choice}`}
              aria-describedby={`check-${choice}-hint`}
              className="size-5 shrink-0 accent-accent-600"
            />
            <span>
              <span id={`check-${choice}`} className="block font-medium">
                {copy.checks[choice].label}
              </span>
              <span id={`check-${choice}-hint`} className="block text-sm text-neutral-600 dark:text-neutral-400">
                {copy.checks[choice].hint}
              </span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The person's name, which Veriff compares with the documents'. */
function NameFields({ values }: { values?: StartValues }) {
  const copy = useCopy().start;
  const field =
    "mt-2 block min-h-12 w-full rounded-xl border border-neutral-300 bg-white px-3 dark:border-neutral-700 dark:bg-neutral-900";
  return (
    <fieldset aria-describedby="name-hint">
      <legend className="text-base font-semibold">{copy.nameLegend}</legend>
      <p id="name-hint" className="text-sm text-neutral-600 dark:text-neutral-400">
        {copy.nameHint}
      </p>
      <div className="mt-3 grid gap-4 sm:grid-cols-2">
        <label className="font-medium">
          {copy.firstName}
          <input
            name="firstName"
            required
            maxLength={NAME_MAX_LENGTH}
            autoComplete="given-name"
            defaultValue={values?.firstName}
            className={field}
          />
        </label>
        <label className="font-medium">
          {copy.lastName}
          <input
            name="lastName"
            required
            maxLength={NAME_MAX_LENGTH}
            autoComplete="family-name"
            defaultValue={values?.lastName}
            className={field}
          />
        </label>
      </div>
    </fieldset>
  );
}

/** The identity document: its type and issuing country. */
function DocumentFields({ countries, values }: { countries: { code: string; name: string }[]; values?: StartValues }) {
  const copy = useCopy().start;
  return (
    <>
      <fieldset>
        <legend className="text-base font-semibold">{copy.documentLegend}</legend>
        <div className="mt-3 grid gap-3 sm:grid-cols-2">
          {DOCUMENTS.map((document) => (
            <label key={document} className={OPTION}>
              <input
                type="radio"
                name="documentType"
                value={document}
                defaultChecked={document === (values?.documentType || DOCUMENTS[0])}
                className="size-5 shrink-0 accent-accent-600"
              />
              <span>
                <span className="block font-medium">{copy.documents[document].label}</span>
                <span className="block text-sm text-neutral-600 dark:text-neutral-400">
                  {copy.documents[document].sides}
                </span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <div>
        <label htmlFor="country" className="text-base font-semibold">
          {copy.country}
        </label>
        {/* Keyed by the value to show again: React keeps a select's first default through re-renders. */}
        <select
          key={values?.country}
          id="country"
          name="country"
          required
          defaultValue={values?.country ?? ""}
          className="mt-3 block min-h-12 w-full rounded-xl border border-neutral-300 bg-white px-3 dark:border-neutral-700 dark:bg-neutral-900"
        >
          <option value="" disabled>
            {copy.chooseCountry}
          </option>
          {countries.map((country) => (
            <option key={country.code} value={country.code}>
              {country.name}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
