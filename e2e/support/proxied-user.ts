// An end-user (or the integrator's back end) reaching the app through the
// scale-out spec's proxy over real HTTP, from an address of its own on the
// loopback network (127.0.0.0/8 is all this machine's), so that the address
// the proxy appends to X-Forwarded-For, and the app then trusts, is this
// user's and no other's. It speaks the capture API as the capture page does
// (lib/contracts/capture-api.ts): binary frames, each with the page's own id.
import { randomUUID } from "node:crypto";
import http from "node:http";
import { INTEGRATOR_KEY } from "./check";

export interface Answer {
  status: number;
  json: Record<string, unknown> | null;
  /** The X-Request-Id the app answered with: the proxy's id for this request. */
  requestId: string;
}

export interface SentFrame {
  frameId: string;
  context: string;
  bytes: Buffer;
}

export class ProxiedUser {
  constructor(
    private readonly baseUrl: string,
    /** This user's own loopback address, e.g. 127.0.0.21. */
    readonly address: string,
  ) {}

  /** POST /api/sessions, as the integrator's back end creates a session; returns its ids and the capture link's API path. */
  async createSession(vendorData: string) {
    const answer = await this.call("POST", "/api/sessions", {
      headers: { authorization: `Bearer ${INTEGRATOR_KEY}`, "content-type": "application/json" },
      body: JSON.stringify({
        person: { firstName: "Alex", lastName: "Scale" },
        document: { type: "ID_CARD", country: "EE" },
        vendorData,
      }),
    });
    if (answer.status !== 201) throw new Error(`POST /api/sessions answered ${answer.status}`);
    const created = answer.json as { id: string; veriffSessionId: string; captureUrl: string };
    const token = new URL(created.captureUrl).pathname.split("/").pop()!;
    return { id: created.id, veriffSessionId: created.veriffSessionId, capture: `/api/capture/${token}` };
  }

  /** Consent, then the device data, as the capture page's first screen sends them. */
  async begin(capture: string): Promise<Answer[]> {
    const json = { "content-type": "application/json" };
    return [
      await this.call("POST", `${capture}/consent`, { headers: json, body: JSON.stringify({ locale: "en" }) }),
      await this.call("POST", `${capture}/collected-data`, {
        headers: json,
        body: JSON.stringify({ fingerprint: `scale-out-${this.address}`, language: "en", timezone: "UTC" }),
      }),
    ];
  }

  frame(context: string, bytes: Buffer, frameId = randomUUID()): SentFrame {
    return { frameId, context, bytes };
  }

  /** One try of a frame upload. */
  send(capture: string, frame: SentFrame): Promise<Answer> {
    return this.call("POST", `${capture}/frames?context=${frame.context}&frame=${frame.frameId}`, {
      headers: { "content-type": "image/jpeg" },
      body: frame.bytes,
    });
  }

  status(capture: string, frame: SentFrame): Promise<Answer> {
    return this.call("GET", `${capture}/frames/${frame.frameId}`);
  }

  submit(capture: string): Promise<Answer> {
    return this.call("POST", `${capture}/submit`);
  }

  state(capture: string): Promise<Answer> {
    return this.call("GET", capture);
  }

  call(
    method: "GET" | "POST",
    path: string,
    { headers = {}, body }: { headers?: Record<string, string>; body?: string | Buffer } = {},
  ): Promise<Answer> {
    const url = new URL(path, this.baseUrl);
    return new Promise((resolve, reject) => {
      const request = http.request(
        url,
        { method, headers, localAddress: this.address, timeout: 60_000 },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("error", reject);
          response.on("end", () => {
            const text = Buffer.concat(chunks).toString("utf8");
            let json: Record<string, unknown> | null = null;
            try {
              json = JSON.parse(text) as Record<string, unknown>;
            } catch {
              // not JSON: the status says enough
            }
            resolve({ status: response.statusCode ?? 0, json, requestId: String(response.headers["x-request-id"]) });
          });
        },
      );
      request.on("timeout", () => request.destroy(new Error(`${method} request: no answer in 60 s`)));
      request.on("error", reject);
      request.end(body);
    });
  }
}
