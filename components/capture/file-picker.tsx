"use client";

import { useId, useState } from "react";
import { acceptedFileTypes, prepareFile, type PreparedFile } from "@/lib/capture/browser/prepare-file";
import { useCopy } from "./use-copy";

export type ChosenFile = Extract<PreparedFile, { ok: true }>;

/**
 * "Upload a photo instead": a file input dressed as a button. The chosen photo
 * is checked and shrunk here, in the browser, before anything is sent. `pdf`:
 * a PDF may be chosen too.
 */
export function FilePicker({
  label,
  primary = false,
  pdf = false,
  onFile,
}: {
  label: string;
  primary?: boolean;
  pdf?: boolean;
  onFile: (file: ChosenFile) => void;
}) {
  const copy = useCopy();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ code: string; text: string } | null>(null);

  async function choose(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = ""; // choosing the same file again must fire again
    if (!file) return;
    setBusy(true);
    setProblem(null);
    const prepared = await prepareFile(file, { pdf });
    setBusy(false);
    if (prepared.ok) onFile(prepared);
    else {
      const text =
        prepared.code === "unsupported_file" && pdf
          ? copy.file.unsupportedOrPdf
          : copy.file.problems[prepared.code](prepared.width);
      setProblem({ code: prepared.code, text });
    }
  }

  const look = primary
    ? "bg-accent-600 font-semibold text-white hover:bg-accent-700"
    : "border border-neutral-300 font-medium dark:border-neutral-700";
  return (
    <div>
      <label
        htmlFor={id}
        className={`inline-flex min-h-12 cursor-pointer items-center justify-center rounded-xl px-5 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent-500 ${look}`}
      >
        {busy ? copy.file.preparing : label}
        <input
          id={id}
          type="file"
          accept={acceptedFileTypes(pdf)}
          className="sr-only"
          disabled={busy}
          onChange={(event) => void choose(event.currentTarget)}
        />
      </label>
      {problem && (
        <p
          role="alert"
          className="mt-3 rounded-xl border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
        >
          {problem.text}{" "}
          <span className="opacity-80">
            {copy.reference}: <span dir="ltr">{problem.code}</span>
          </span>
        </p>
      )}
    </div>
  );
}
