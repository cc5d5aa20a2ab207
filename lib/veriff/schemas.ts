// The contract's shapes. Requests are checked strictly before anything is
// sent; responses are parsed tolerantly, as Veriff promises to add properties
// and reorder them: unknown keys are kept, opaque strings (ids, statuses,
// messages) are never interpreted beyond being strings.
import { z } from "zod";
import { VERIFF_LIMITS } from "../limits";

// ---- requests ----

export const DOCUMENT_TYPES = ["PASSPORT", "ID_CARD", "DRIVERS_LICENSE", "RESIDENCE_PERMIT"] as const;

export const IMAGE_CONTEXTS = [
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
] as const;
export type ImageContext = (typeof IMAGE_CONTEXTS)[number];

const isoDate = z.iso.date();
const personInput = z.object({
  firstName: z.string().min(1).optional(),
  lastName: z.string().min(1).optional(),
  idNumber: z.string().min(1).optional(),
  dateOfBirth: isoDate.optional(),
  gender: z.string().optional(),
  nationality: z.string().length(2).optional(),
});
const documentInput = z.object({
  number: z.string().min(1).optional(),
  type: z.enum(DOCUMENT_TYPES).optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, "an ISO 3166-1 alpha-2 code")
    .optional(),
});

export const createSessionInput = z.object({
  callback: z
    .url({ protocol: /^https?$/ })
    .optional()
    .describe("Veriff's callback URL for the session, passed on as is."),
  person: personInput.optional().describe("What you know of the person, for Veriff to compare with the document."),
  document: documentInput.optional().describe("The document the end-user will show."),
  vendorData: z
    .string()
    .max(1000)
    .optional()
    .describe("Your reference for the session (no personal data): sent to Veriff and given back with the session."),
  endUserId: z.uuid().optional().describe("Your id of the end-user: sent to Veriff and given back with the session."),
});
export type CreateSessionInput = z.infer<typeof createSessionInput>;

export const validateRegistryInput = createSessionInput.extend({
  person: personInput.extend({ idNumber: z.string().min(1) }),
});
export type ValidateRegistryInput = z.infer<typeof validateRegistryInput>;

export const imageUploadInput = z.object({
  context: z.enum(IMAGE_CONTEXTS),
  mimetype: z.enum(["image/jpeg", "image/png", "image/webp", "image/heic", "image/heif", "application/pdf"]),
  bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array && value.length > 0, "a non-empty file"),
  /** When the frame was captured. */
  capturedAt: z.date().optional(),
});
export type ImageUploadInput = z.infer<typeof imageUploadInput>;

const base64 = z.base64();
export const nfcUploadInput = z
  .object({ com: base64.min(1), sod: base64.min(1), dg1: base64.min(1), dg2: base64.min(1) })
  .refine(
    (groups) =>
      Object.values(groups).reduce((sum, value) => sum + Buffer.byteLength(value, "base64"), 0) <=
      VERIFF_LIMITS.nfcBytes,
    "NFC data groups exceed 500 KB combined",
  );
export type NfcUploadInput = z.infer<typeof nfcUploadInput>;

/** Veriff asks for empty fields to be omitted: none of these accept null. */
export const collectedDataInput = z.object({
  providerName: z.string().min(1),
  network: z.object({
    ip: z.union([
      z.object({ addressV4: z.ipv4(), addressV6: z.ipv6().optional() }),
      z.object({ addressV4: z.ipv4().optional(), addressV6: z.ipv6() }),
    ]),
  }),
  device: z.object({ fingerprint: z.string().min(1) }),
  browser: z
    .object({
      language: z.string().min(1).optional(),
      userAgent: z.string().min(1).optional(),
      timezone: z.string().min(1).optional(),
    })
    .optional(),
});
export type CollectedDataInput = z.infer<typeof collectedDataInput>;

// ---- responses ----

const opaque = z.string();
const nullableString = z.string().nullish();

export const sessionResponse = z.looseObject({
  status: z.literal("success"),
  verification: z.looseObject({
    id: opaque,
    url: z.string(),
    vendorData: nullableString,
    host: z.string().optional(),
    status: opaque,
    sessionToken: z.string().optional(),
  }),
});
export type SessionResponse = z.infer<typeof sessionResponse>;

const media = z.looseObject({
  id: opaque,
  name: z.string().optional(),
  context: z.string(),
  size: z.number().optional(),
  mimetype: z.string().optional(),
  url: z.string().optional(),
  sessionId: z.string().optional(),
});
export type VeriffMedia = z.infer<typeof media>;

export const imageUploadResponse = z.looseObject({ status: z.literal("success"), image: media });
export const nfcUploadResponse = z.looseObject({ status: z.literal("success"), nfcDocument: media });
export const successResponse = z.looseObject({ status: z.literal("success") });

/** The decision's verification object: the same in GET decision and in the decision webhook. */
export const decisionVerification = z.looseObject({
  id: opaque,
  attemptId: z.string().nullish(),
  status: opaque,
  code: z.number().nullish(),
  reason: nullableString,
  reasonCode: z.number().nullish(),
  decisionTime: nullableString,
  acceptanceTime: nullableString,
  vendorData: nullableString,
  endUserId: nullableString,
  person: z.looseObject({}).nullish(),
  document: z.looseObject({}).nullish(),
});
export type DecisionVerification = z.infer<typeof decisionVerification>;

export const decisionResponse = z.looseObject({
  status: z.literal("success"),
  verification: decisionVerification.nullable(),
});
export type DecisionResponse = z.infer<typeof decisionResponse>;

export const personResponse = z.looseObject({ status: z.literal("success"), person: z.looseObject({}).nullable() });
export const dataResponse = z.looseObject({ status: z.literal("success"), data: z.unknown() });
export const mediaListResponse = z.looseObject({
  status: z.literal("success"),
  images: z.array(media).default([]),
  videos: z.array(z.looseObject({ id: opaque })).default([]),
});
export type MediaListResponse = z.infer<typeof mediaListResponse>;
export const attemptsResponse = z.looseObject({
  status: z.literal("success"),
  verifications: z.array(z.looseObject({ id: opaque, status: opaque, createdTime: z.string().optional() })),
});
export type AttemptsResponse = z.infer<typeof attemptsResponse>;

/** Veriff's error body; `error` replaces `message` in some NFC errors. */
export const errorBody = z.looseObject({
  status: z.string().optional(),
  code: z.union([z.string(), z.number()]).optional(),
});
