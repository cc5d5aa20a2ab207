"use client";

import { useState } from "react";
import { giveConsent } from "@/lib/capture/browser/give-consent";
import type { ProofOfAddress } from "@/lib/capture/required-frames";
import { ErrorNotice, PrimaryButton } from "./buttons";
import { ConsentBox } from "./consent-box";
import { referenceCode, serverError } from "@/lib/i18n/server-error";
import { useCopy, useLocale } from "./use-copy";
import { useEmbedEvents } from "./use-embed-events";
import type { CaptureStep } from "./steps";
import { StepHeading } from "./step-heading";

/**
 * The capture link's first screen: what will be asked for (with what is
 * already done), what happens to the photos, and, unless the end-user agreed
 * on the start page, the explicit agreement the server waits for before it
 * takes a photo.
 */
export function IntroScreen({
  headingRef,
  title,
  steps,
  done,
  check,
  framesPerContext,
  consented,
  resuming,
  token,
  onConsented,
  onStart,
}: {
  headingRef: React.Ref<HTMLHeadingElement>;
  title: string;
  steps: CaptureStep[];
  done: (step: CaptureStep) => boolean;
  check: ProofOfAddress;
  framesPerContext: number;
  consented: boolean;
  resuming: boolean;
  token: string;
  onConsented: () => void;
  onStart: () => void;
}) {
  const copy = useCopy();
  const locale = useLocale();
  const post = useEmbedEvents();
  const [agreed, setAgreed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function start() {
    if (consented) return onStart();
    if (!agreed) return setError(copy.start.errors.consent_required);
    setSaving(true);
    setError(null);
    const outcome = await giveConsent(token, locale);
    setSaving(false);
    if (!outcome.ok) {
      post({ type: "error", code: referenceCode({ code: outcome.code }, "unknown_consent") });
      return setError(serverError(copy, { code: outcome.code }, "unknown_consent"));
    }
    onConsented();
    onStart();
  }

  return (
    <>
      <StepHeading headingRef={headingRef}>{title}</StepHeading>
      <ul className="mt-4 list-disc space-y-1 pl-5 text-neutral-700 dark:text-neutral-300">
        {steps.map((step) => (
          <li key={step.base}>
            {step.title}
            {done(step) && (
              <span className="ml-2 font-medium text-green-800 dark:text-green-300">{copy.intro.done}</span>
            )}
          </li>
        ))}
      </ul>
      <p className="mt-4 text-neutral-600 dark:text-neutral-400">
        {check === "only" ? copy.intro.explainAddress : copy.intro.explain(framesPerContext)}
      </p>
      {!consented && (
        <div className="mt-6">
          <ConsentBox check={check} checked={agreed} onChange={(event) => setAgreed(event.target.checked)} />
        </div>
      )}
      {error && <ErrorNotice text={error} />}
      <PrimaryButton onClick={() => void start()} disabled={saving}>
        {resuming ? copy.intro.resume : copy.intro.start}
      </PrimaryButton>
    </>
  );
}
