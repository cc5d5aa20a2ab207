/** What marks a failed upload whose outcome nobody knows: kept with its frame id, so its retry asks Veriff first (lost-uploads.ts). */
export const OUTCOME_UNKNOWN = "outcome_unknown";
