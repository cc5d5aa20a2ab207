// Veriff's decision reason codes in plain words, for staff and end-users.
const REASONS: Record<number, string> = {
  101: "A physical document was not used",
  102: "The document appears to have been tampered with",
  103: "The person does not appear to match the document photo",
  105: "Suspicious behaviour",
  106: "Known fraud",
  108: "The same user appears more than once",
  109: "The same device appears more than once",
  110: "The same identity document appears more than once",
  112: "Restricted IP location",
  113: "Suspicious behaviour (identity farming)",
  201: "Photos or video were missing",
  202: "The face was not clearly visible",
  203: "The full document was not visible",
  204: "The photo was too blurry or dark to read",
  205: "The document is damaged",
  206: "This type of document is not supported",
  207: "The document has expired",
  539: "Too many attempts: resubmissions are no longer accepted",
};

export function reasonInPlainWords(reasonCode: number | null | undefined): string | null {
  if (reasonCode === null || reasonCode === undefined) return null;
  return REASONS[reasonCode] ?? `Reason code ${reasonCode}`;
}
