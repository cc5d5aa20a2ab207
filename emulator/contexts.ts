import { IMAGE_CONTEXTS as CONTRACT_IMAGE_CONTEXTS } from "../lib/veriff/schemas";

/** Image contexts Veriff accepts (the media-upload seed's list, kept once in the contract schemas). */
export const IMAGE_CONTEXTS: ReadonlySet<string> = new Set(CONTRACT_IMAGE_CONTEXTS);

export const NFC_CONTEXT = "document-nfc";
