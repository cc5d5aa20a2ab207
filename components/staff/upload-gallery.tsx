"use client";

import { useEffect, useRef, useState } from "react";

export interface GalleryUpload {
  id: string;
  context: string;
  attemptNumber: number;
  status: string;
  /** camera, file (chosen by the end-user) or integrator. */
  source: string;
  /** A PDF of the front that holds the back too. */
  bothSides: boolean;
  mimeType: string;
  width: number | null;
  height: number | null;
  sizeBytes: number;
  uploadMs: number | null;
  errorCode: string | null;
}

const SOURCE_LABEL: Record<string, string> = {
  camera: "camera",
  file: "chosen file",
  integrator: "from the integrator",
};

/**
 * The session's uploads. Images are fetched from Veriff only when asked for
 * (each fetch is audited) and open larger on click.
 */
export function UploadGallery({ sessionId, uploads }: { sessionId: string; uploads: GalleryUpload[] }) {
  const [showImages, setShowImages] = useState(false);
  const [large, setLarge] = useState<{ upload: GalleryUpload; objectUrl: string } | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const src = (upload: GalleryUpload) => `/api/staff/sessions/${sessionId}/media/${upload.id}`;

  if (uploads.length === 0) return <p className="text-neutral-500">Nothing uploaded yet.</p>;
  return (
    <div className="space-y-3">
      {!showImages && (
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="button"
            onClick={() => setShowImages(true)}
            className="rounded-lg border border-neutral-300 bg-white px-3 py-1.5 hover:bg-neutral-100 dark:border-neutral-700 dark:bg-neutral-900"
          >
            Show images
          </button>
          <span className="text-neutral-500">
            Fetched from Veriff, never stored here; each view is recorded in the audit log.
          </span>
        </div>
      )}
      <ul className="grid grid-cols-[repeat(auto-fill,minmax(10rem,1fr))] gap-3">
        {uploads.map((upload) => {
          const fetchable = showImages && upload.status === "acknowledged";
          return (
            <li key={upload.id} className="rounded-lg border border-neutral-200 p-2 dark:border-neutral-800">
              {fetchable && upload.mimeType === "application/pdf" ? (
                <PdfDownload src={src(upload)} name={`${upload.context}-${upload.id.slice(0, 8)}.pdf`} />
              ) : fetchable && upload.mimeType.startsWith("image/") ? (
                <Thumbnail
                  src={src(upload)}
                  alt={`Upload ${upload.context}`}
                  onOpen={(objectUrl) => {
                    setLarge({ upload, objectUrl });
                    dialog.current?.showModal();
                  }}
                />
              ) : (
                <div className="flex aspect-video items-center justify-center rounded bg-neutral-100 text-neutral-500 dark:bg-neutral-800">
                  {upload.mimeType === "application/pdf" ? "PDF" : upload.status}
                </div>
              )}
              <p className="mt-1 font-medium">{upload.context}</p>
              <p className="text-xs text-neutral-500">
                Attempt {upload.attemptNumber} · {upload.status} · {SOURCE_LABEL[upload.source] ?? upload.source}
                {upload.bothSides ? " · front and back" : ""}
                {upload.width && upload.height ? ` · ${upload.width}×${upload.height}` : ""} ·{" "}
                {Math.round(upload.sizeBytes / 1024)} KB
                {upload.uploadMs !== null ? ` · ${upload.uploadMs} ms` : ""}
                {upload.errorCode ? ` · code ${upload.errorCode}` : ""}
              </p>
            </li>
          );
        })}
      </ul>
      <dialog
        ref={dialog}
        onClose={() => setLarge(null)}
        className="m-auto max-h-[90dvh] max-w-[90vw] rounded-xl p-3 backdrop:bg-black/60 dark:bg-neutral-900"
      >
        {large && (
          <form method="dialog" className="space-y-2">
            {/* eslint-disable-next-line @next/next/no-img-element -- private, uncached bytes from our own route */}
            <img
              src={large.objectUrl}
              alt={`Upload ${large.upload.context}, full size`}
              className="max-h-[80dvh] object-contain"
            />
            <button type="submit" className="rounded-lg border border-neutral-300 px-3 py-1 dark:border-neutral-700">
              Close
            </button>
          </form>
        )}
      </dialog>
    </div>
  );
}

/**
 * One image, fetched once (each fetch is a Veriff call and an audit row) and
 * kept as an object URL that the enlarged view reuses.
 */
function Thumbnail({ src, alt, onOpen }: { src: string; alt: string; onOpen: (objectUrl: string) => void }) {
  const [image, setImage] = useState<{ url?: string; failed?: boolean }>({});
  useEffect(() => {
    let objectUrl: string | undefined;
    let cancelled = false;
    fetch(src, { cache: "no-store" })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        objectUrl = URL.createObjectURL(await response.blob());
        if (cancelled) URL.revokeObjectURL(objectUrl);
        else setImage({ url: objectUrl });
      })
      .catch(() => !cancelled && setImage({ failed: true }));
    return () => {
      cancelled = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [src]);

  const frame =
    "flex aspect-video w-full items-center justify-center rounded bg-neutral-100 text-neutral-500 dark:bg-neutral-800";
  if (image.failed) return <div className={frame}>Could not load from Veriff</div>;
  if (!image.url) return <div className={frame}>Loading…</div>;
  const url = image.url;
  return (
    <button type="button" className="block w-full" onClick={() => onOpen(url)}>
      {/* eslint-disable-next-line @next/next/no-img-element -- private bytes held as an object URL */}
      <img
        src={url}
        alt={alt}
        className="aspect-video w-full rounded bg-neutral-100 object-contain dark:bg-neutral-800"
      />
    </button>
  );
}

/**
 * A PDF, fetched when asked for and saved as a file. Never shown in a tab of
 * ours: the end-user made it, and a blob: URL would open it with the console's
 * origin, outside the sandbox the route serves it with. The bytes stay out of
 * every cache.
 */
function PdfDownload({ src, name }: { src: string; name: string }) {
  const [state, setState] = useState<"idle" | "loading" | "failed">("idle");
  async function download() {
    setState("loading");
    const response = await fetch(src, { cache: "no-store" }).catch(() => null);
    const blob = response?.ok ? await response.blob().catch(() => null) : null;
    if (!blob) return setState("failed");
    const objectUrl = URL.createObjectURL(blob);
    const link = Object.assign(document.createElement("a"), { href: objectUrl, download: name });
    link.click();
    // The download has its own copy once started; a minute is ample.
    setTimeout(() => URL.revokeObjectURL(objectUrl), 60_000);
    setState("idle");
  }
  return (
    <button
      type="button"
      onClick={() => void download()}
      disabled={state === "loading"}
      className="flex aspect-video w-full items-center justify-center rounded bg-neutral-100 font-medium text-accent-700 hover:underline dark:bg-neutral-800 dark:text-accent-300"
    >
      {{ idle: "Download PDF", loading: "Loading…", failed: "Could not load from Veriff" }[state]}
    </button>
  );
}
