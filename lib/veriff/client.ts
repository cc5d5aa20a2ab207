// The server's only door to Veriff: one function per endpoint of the Public
// API v1, requests validated before sending, answers verified and parsed.
import type { z } from "zod";
import { cutoffSignal } from "@/lib/shutdown/shutdown-state";
import { VeriffError } from "./errors";
import { parseJson, retryDelayMs, send, type RetryPolicy, type VeriffCall, type VeriffConfig } from "./http";
import {
  attemptsResponse,
  collectedDataInput,
  createSessionInput,
  dataResponse,
  decisionResponse,
  imageUploadInput,
  imageUploadResponse,
  mediaListResponse,
  nfcUploadInput,
  nfcUploadResponse,
  personResponse,
  sessionResponse,
  successResponse,
  validateRegistryInput,
  type CollectedDataInput,
  type CreateSessionInput,
  type ImageUploadInput,
  type NfcUploadInput,
  type ValidateRegistryInput,
  type VeriffMedia,
} from "./schemas";
import { submitOnce } from "./submit-session";

export type RegistryKind = "ine-registry" | "curp-registry" | "combined-ine-curp-registry";

export type VeriffClient = ReturnType<typeof createVeriffClient>;

export function createVeriffClient(config: VeriffConfig) {
  const json = (value: unknown) => Buffer.from(JSON.stringify(value));
  const id = (value: string) => encodeURIComponent(value);

  async function callJson<T extends z.ZodType>(call: VeriffCall, schema: T): Promise<z.infer<T>> {
    return parseJson(await send(config, call), schema, call.endpoint);
  }

  const read = <T extends z.ZodType>(
    endpoint: string,
    path: string,
    signedId: string,
    schema: T,
    retry: RetryPolicy = "repeatable",
  ) => callJson({ endpoint, method: "GET", path, signed: { id: signedId }, retry }, schema);

  const client = {
    async createSession(input: CreateSessionInput) {
      const verification = validate(createSessionInput, input, "POST /sessions");
      return callJson(
        {
          endpoint: "POST /sessions",
          method: "POST",
          path: "/sessions",
          signed: { body: json({ verification }) },
          retry: "refused-only",
        },
        sessionResponse,
      );
    },

    async validateRegistry(input: ValidateRegistryInput) {
      const endpoint = "POST /sessions/validate-registry";
      const verification = validate(validateRegistryInput, input, endpoint);
      return callJson(
        {
          endpoint,
          method: "POST",
          path: "/sessions/validate-registry",
          signed: { body: json({ verification }) },
          retry: "refused-only",
        },
        sessionResponse,
      );
    },

    /**
     * One frame. Veriff takes the same context many times, so a repeat is
     * harmless to the check but leaves a second copy at Veriff. With
     * `landed`, a try whose answer was lost (timeout, dropped connection,
     * 5xx) is first looked for (`landed` finds it, says null, or throws when
     * it cannot tell) and sent again only when it did not land.
     */
    async uploadImage(
      sessionId: string,
      input: ImageUploadInput,
      { landed }: { landed?: () => Promise<VeriffMedia | null> } = {},
    ) {
      const endpoint = "POST /sessions/{id}/media";
      const image = validate(imageUploadInput, input, endpoint);
      // Built once: these exact bytes are signed, compressed and sent on every try.
      const body = json({
        image: {
          context: image.context,
          content: `data:${image.mimetype};base64,${Buffer.from(image.bytes).toString("base64")}`,
          ...(image.capturedAt ? { timestamp: image.capturedAt.toISOString() } : {}),
        },
      });
      const call: VeriffCall = {
        endpoint,
        method: "POST",
        path: `/sessions/${id(sessionId)}/media`,
        signed: { body },
        compress: true,
        retry: landed ? "never" : "repeatable",
        upload: true,
      };
      if (!landed) return (await callJson(call, imageUploadResponse)).image;
      // One loop for every try, so the tries and waits stay those longestCallMs counts.
      const sleep = config.sleep ?? ((ms: number) => new Promise((resolve) => setTimeout(resolve, ms)));
      for (let attempt = 1; ; attempt++) {
        try {
          return (await callJson(call, imageUploadResponse)).image;
        } catch (error) {
          // Past a shutdown's grace, nothing more is tried: the outcome stays unknown (lib/shutdown/).
          if (!(error instanceof VeriffError) || attempt >= config.maxAttempts || cutoffSignal().aborted) throw error;
          if (error.outcomeUnknown) {
            // Veriff could not be asked: the outcome stays unknown, and nothing is sent again.
            const found = await landed().catch(() => Promise.reject(error));
            if (found) return found;
          } else if (error.status !== 429 && !(error.kind === "network" && error.code === "ECONNREFUSED")) {
            throw error;
          }
          await sleep(retryDelayMs(attempt, error, config.random));
        }
      }
    },

    async uploadNfc(sessionId: string, input: NfcUploadInput) {
      const endpoint = "POST /sessions/{id}/media";
      const nfcDocuments = validate(nfcUploadInput, input, endpoint);
      const call: VeriffCall = {
        endpoint,
        method: "POST",
        path: `/sessions/${id(sessionId)}/media`,
        signed: { body: json({ nfcDocuments }) },
        compress: true,
        retry: "repeatable",
        upload: true,
      };
      return (await callJson(call, nfcUploadResponse)).nfcDocument;
    },

    async sendCollectedData(sessionId: string, input: CollectedDataInput) {
      const endpoint = "POST /sessions/{id}/collected-data";
      const data = validate(collectedDataInput, input, endpoint);
      return callJson(
        {
          endpoint,
          method: "POST",
          path: `/sessions/${id(sessionId)}/collected-data`,
          signed: { body: json(data) },
          retry: "repeatable",
        },
        successResponse,
      );
    },

    /** Submits the session once, even when an answer is lost on the way (see submit-session.ts). */
    submitSession(sessionId: string) {
      return submitOnce({
        patch: () =>
          callJson(
            {
              endpoint: "PATCH /sessions/{id}",
              method: "PATCH",
              path: `/sessions/${id(sessionId)}`,
              signed: { body: json({ verification: { status: "submitted" } }) },
              retry: "refused-only",
            },
            sessionResponse,
          ),
        attempts: () => client.listAttempts(sessionId),
      });
    },

    /** Not enabled by default on Veriff's side; rate limited to 5 an hour. */
    deleteSession(sessionId: string) {
      return callJson(
        {
          endpoint: "DELETE /sessions/{id}",
          method: "DELETE",
          path: `/sessions/${id(sessionId)}`,
          signed: { id: sessionId },
          retry: "never",
        },
        successResponse,
      );
    },

    getDecision: (sessionId: string) =>
      read("GET /sessions/{id}/decision", `/sessions/${id(sessionId)}/decision`, sessionId, decisionResponse),
    getPerson: (sessionId: string) =>
      read("GET /sessions/{id}/person", `/sessions/${id(sessionId)}/person`, sessionId, personResponse),
    getWatchlistScreening: (sessionId: string) =>
      read(
        "GET /sessions/{id}/watchlist-screening",
        `/sessions/${id(sessionId)}/watchlist-screening`,
        sessionId,
        dataResponse,
      ),
    /** `once`: a single try, for a caller that has its own answer to a failure. */
    listSessionMedia: (sessionId: string, { once = false } = {}) =>
      read(
        "GET /sessions/{id}/media",
        `/sessions/${id(sessionId)}/media`,
        sessionId,
        mediaListResponse,
        once ? "never" : "repeatable",
      ),
    listAttempts: (sessionId: string) =>
      read("GET /sessions/{id}/attempts", `/sessions/${id(sessionId)}/attempts`, sessionId, attemptsResponse),
    listAttemptMedia: (attemptId: string) =>
      read("GET /attempts/{attemptId}/media", `/attempts/${id(attemptId)}/media`, attemptId, mediaListResponse),
    getRegistryResult: (sessionId: string, kind: RegistryKind, version = "1.0.0") =>
      read(
        `GET /sessions/{id}/decision/${kind}`,
        `/sessions/${id(sessionId)}/decision/${kind}?version=${encodeURIComponent(version)}`,
        sessionId,
        dataResponse,
      ),

    /** The media file itself (never stored by us: shown to staff on demand). */
    async getMediaFile(mediaId: string, { once = false } = {}) {
      const answer = await send(config, {
        endpoint: "GET /media/{mediaId}",
        method: "GET",
        path: `/media/${id(mediaId)}`,
        signed: { id: mediaId },
        retry: once ? "never" : "repeatable",
      });
      return { bytes: answer.bytes, contentType: answer.contentType };
    },
  };
  return client;
}

function validate<T extends z.ZodType>(schema: T, input: unknown, endpoint: string): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  // Paths only: the values may be personal data.
  const fields = parsed.error.issues.map((issue) => issue.path.join(".") || "(input)").join(", ");
  throw new VeriffError("invalid_request", endpoint, { code: `invalid: ${fields}` });
}
