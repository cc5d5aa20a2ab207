"use client";

import { QRCodeSVG } from "qrcode.react";
import { createContext, useContext, useId, useState } from "react";
import { handoffFor, handoffHelps, type Handoff } from "@/lib/capture/browser/capture-link";
import { CopyableLink } from "./copyable-link";
import { useCopy } from "./use-copy";
import { useMediaQuery } from "./use-media-query";
import { useReloadWhenSent } from "./use-reload-when-sent";

/** The check's capture link as the server makes it (APP_BASE_URL): what another device opens. */
export const CaptureLinkContext = createContext<string | null>(null);

/**
 * "Continue on your phone": the check's capture link as a QR code and as text
 * to copy. Opening the link elsewhere resumes the check there (what was sent
 * stays sent); this page follows until the other device has sent it.
 * `desktopOnly`: offered only where there is no touch screen, i.e. where the
 * phone is likely the better camera; `insecurePage`: offered on a plain-http
 * page only with a secure link.
 */
export function ContinueOnPhone({
  desktopOnly = false,
  insecurePage = false,
}: {
  desktopOnly?: boolean;
  insecurePage?: boolean;
}) {
  const copy = useCopy().handoff;
  const touch = useMediaQuery("(any-pointer: coarse)");
  const link = useContext(CaptureLinkContext);
  const [handoff, setHandoff] = useState<Handoff | null>(null);
  const panelId = useId();
  useReloadWhenSent(handoff?.stateUrl ?? null, handoff !== null);
  if ((desktopOnly && touch) || !link || !handoffFor(link) || !handoffHelps(link, insecurePage)) return null;
  return (
    <div className="mt-4">
      <button
        type="button"
        aria-expanded={handoff !== null}
        aria-controls={panelId}
        onClick={() => setHandoff(handoff ? null : handoffFor(link, window.location.href))}
        className="min-h-11 rounded-xl border border-neutral-300 bg-white px-4 text-sm font-medium text-neutral-900 dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100"
      >
        {touch ? copy.otherDevice : copy.phone}
      </button>
      <div id={panelId} hidden={!handoff}>
        {handoff && <HandoffPanel link={handoff.link} touch={touch} />}
      </div>
    </div>
  );
}

function HandoffPanel({ link, touch }: { link: string; touch: boolean }) {
  const copy = useCopy().handoff;
  return (
    <div className="mt-3 rounded-xl border border-neutral-300 bg-white p-4 text-neutral-900 dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100">
      <p className="text-sm">{touch ? copy.open : copy.scan}</p>
      {/* Dark modules on white, with a quiet zone, in either colour scheme: phone cameras read that best. */}
      <div className="mt-3 inline-block rounded-lg bg-white p-2">
        <QRCodeSVG value={link} size={176} marginSize={2} level="M" title={copy.qrLabel} />
      </div>
      <CopyableLink link={link} className="mt-3" />
    </div>
  );
}
