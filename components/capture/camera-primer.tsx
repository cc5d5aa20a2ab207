"use client";

import { useMemo, useState, useSyncExternalStore } from "react";
import { askForCamera, type CameraProblem } from "@/lib/capture/browser/camera-problem";
import { inAppBrowser } from "@/lib/capture/browser/in-app-browser";
import { ContinueOnPhone } from "./continue-on-phone";
import { InAppAdvice } from "./in-app-advice";
import { useCopy } from "./use-copy";
import { StepHeading } from "./step-heading";

/**
 * Before the browser's own prompt: why the camera is needed and what happens
 * to the photos, so the prompt is expected and understood (a refused prompt
 * is hard to undo). The other way forward, uploading photos, is offered too.
 * Inside an app's own browser, which often has no camera to give, the advice
 * to open the page in the phone's browser comes first (InAppAdvice).
 */
export function CameraPrimer({
  headingRef,
  onAnswer,
  onUploadInstead,
}: {
  headingRef: React.Ref<HTMLHeadingElement>;
  onAnswer: (problem: CameraProblem | null) => void;
  onUploadInstead: () => void;
}) {
  const copy = useCopy().primer;
  const [asking, setAsking] = useState(false);
  // The server renders without knowing the browser (""); the browser reads its own user agent.
  const userAgent = useSyncExternalStore(
    noChanges,
    () => navigator.userAgent,
    () => "",
  );
  const inApp = useMemo(() => inAppBrowser(userAgent), [userAgent]);
  async function allow() {
    setAsking(true);
    const problem = await askForCamera();
    setAsking(false);
    onAnswer(problem);
  }
  if (inApp)
    return (
      <InAppAdvice
        inApp={inApp}
        headingRef={headingRef}
        asking={asking}
        onTryCamera={() => void allow()}
        onUploadInstead={onUploadInstead}
      />
    );
  return (
    <>
      <StepHeading headingRef={headingRef}>{copy.title}</StepHeading>
      {copy.paragraphs.map((text) => (
        <p key={text} className="mt-3 text-neutral-700 dark:text-neutral-300">
          {text}
        </p>
      ))}
      <div className="mt-6 flex flex-col gap-3 sm:flex-row">
        <button
          type="button"
          onClick={() => void allow()}
          disabled={asking}
          className="inline-flex min-h-12 items-center justify-center rounded-xl bg-accent-600 px-6 text-base font-semibold text-white hover:bg-accent-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-500 disabled:opacity-60"
        >
          {asking ? copy.asking : copy.allow}
        </button>
        <button
          type="button"
          onClick={onUploadInstead}
          className="min-h-12 rounded-xl border border-neutral-300 px-5 font-medium dark:border-neutral-700"
        >
          {copy.uploadInstead}
        </button>
      </div>
      <ContinueOnPhone desktopOnly />
    </>
  );
}

/** A user agent never changes while the page is open. */
function noChanges(): () => void {
  return () => {};
}
