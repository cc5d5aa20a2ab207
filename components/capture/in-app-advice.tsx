"use client";

import { useContext } from "react";
import { handoffFor } from "@/lib/capture/browser/capture-link";
import type { InAppBrowser } from "@/lib/capture/browser/in-app-browser";
import { SecondaryButton } from "./buttons";
import { CaptureLinkContext, ContinueOnPhone } from "./continue-on-phone";
import { CopyableLink } from "./copyable-link";
import { useCopy } from "./use-copy";
import { StepHeading } from "./step-heading";

/**
 * Inside an app's own browser, before the camera is asked for: the steps to
 * open this page in Safari or Chrome for that app, the link to copy, and the
 * handoff to another device. Trying the camera here stays possible (some
 * webviews do allow it), and so does uploading photos.
 */
export function InAppAdvice({
  inApp,
  headingRef,
  asking,
  onTryCamera,
  onUploadInstead,
}: {
  inApp: InAppBrowser;
  headingRef: React.Ref<HTMLHeadingElement>;
  asking: boolean;
  onTryCamera: () => void;
  onUploadInstead: () => void;
}) {
  const copy = useCopy();
  const advice = copy.inApp;
  const link = useContext(CaptureLinkContext);
  // The capture link as another browser should open it (capture-link.ts); this page's address failing that.
  const here = typeof window === "undefined" ? "" : window.location.href;
  const address = (link && handoffFor(link, here)?.link) || here;
  return (
    <>
      <StepHeading headingRef={headingRef}>{advice.title}</StepHeading>
      <p className="mt-3 text-neutral-700 dark:text-neutral-300">{advice.text(inApp.name, inApp.browser)}</p>
      <ol className="mt-3 list-decimal space-y-1 ps-6 text-neutral-900 dark:text-neutral-100" data-in-app={inApp.app}>
        <li>{advice.menu[inApp.menu]}</li>
        <li>{advice.choose(inApp.browser)}</li>
        <li>{advice.continueThere}</li>
      </ol>
      <p className="mt-4 text-sm text-neutral-700 dark:text-neutral-300">{advice.orCopy(inApp.browser)}</p>
      <CopyableLink link={address} className="mt-2" />
      <div className="mt-4 flex flex-col gap-3 sm:flex-row">
        <SecondaryButton onClick={onTryCamera} disabled={asking}>
          {asking ? copy.primer.asking : advice.tryAnyway}
        </SecondaryButton>
        <SecondaryButton onClick={onUploadInstead}>{copy.primer.uploadInstead}</SecondaryButton>
      </div>
      {/* Another device (a computer, a tablet) can go on with the same link: the QR code helps there. */}
      <ContinueOnPhone />
    </>
  );
}
