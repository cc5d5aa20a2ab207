/** Image contexts Veriff accepts (media-upload seed); the -pre frame is the earlier of two. */
export const IMAGE_CONTEXTS = new Set([
  "address-front",
  "document-and-face",
  "document-and-face-pre",
  "document-back",
  "document-back-barcode",
  "document-back-barcode-pre",
  "document-back-pre",
  "document-back-qrcode",
  "document-back-qrcode-pre",
  "document-front",
  "document-front-face-cropped",
  "document-front-pre",
  "document-front-qrcode",
  "document-front-qrcode-pre",
  "face",
  "face-cropped",
  "face-nfc",
  "face-pre",
  "face-reference",
  "registry-face",
]);

export const NFC_CONTEXT = "document-nfc";
