// An integrator's server, as a product built on the app would run one: it
// creates sessions through the integrator API and receives the app's
// webhooks, verifying each one as the README says, both ways: with the
// TypeScript helper and with the shell recipe (openssl). Each session is
// tagged with its own vendorData, so what the server answers can be scripted
// per session before the session exists.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { verifyIntegratorWebhook } from "../../lib/integrator-webhooks/verify-integrator-webhook";
import { INTEGRATOR_KEY } from "./check";

export interface Delivery {
  id: string;
  type: string;
  sequence: number;
  sessionId: string;
  vendorData: string;
  raw: Buffer;
  /** What verifyIntegratorWebhook said, and what the README's openssl recipe printed. */
  verified: boolean;
  opensslSays: string;
  /** The status answered, or null for a request left without an answer. */
  answered: number | null;
}

/** Per tag (vendorData): how many answers are 500 first, and event types left unanswered until released. */
interface Script {
  failFirst: number;
  hold: Set<string>;
}

export class IntegratorServer {
  readonly deliveries: Delivery[] = [];
  private readonly scripts = new Map<string, Script>();
  private readonly held = new Set<http.ServerResponse>();
  private server?: http.Server;

  constructor(
    private readonly port: number,
    private readonly secret: string,
  ) {}

  async start(): Promise<void> {
    this.server = http.createServer((request, response) => this.receive(request, response));
    await new Promise<void>((resolve) => this.server!.listen(this.port, "127.0.0.1", resolve));
  }

  async close(): Promise<void> {
    for (const response of this.held) response.destroy();
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  script(tag: string, script: Partial<Script>): void {
    this.scripts.set(tag, { failFirst: 0, hold: new Set(), ...this.scripts.get(tag), ...script });
  }

  /** Answers from now on; requests held so far are dropped (their sender is gone or will retry). */
  release(tag: string): void {
    this.script(tag, { hold: new Set() });
    for (const response of this.held) response.destroy();
    this.held.clear();
  }

  /** POST /api/sessions on `appUrl`, as the integrator's back end does; returns the session and its capture link. */
  async createSession(
    appUrl: string,
    tag: string,
  ): Promise<{ id: string; veriffSessionId: string; captureUrl: string }> {
    const response = await fetch(`${appUrl}/api/sessions`, {
      method: "POST",
      headers: { authorization: `Bearer ${INTEGRATOR_KEY}`, "content-type": "application/json" },
      body: JSON.stringify({ document: { type: "PASSPORT", country: "EE" }, vendorData: tag }),
    });
    if (response.status !== 201) throw new Error(`POST /api/sessions answered ${response.status}`);
    return response.json();
  }

  of(tag: string): Delivery[] {
    return this.deliveries.filter((delivery) => delivery.vendorData === tag);
  }

  private receive(request: http.IncomingMessage, response: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const raw = Buffer.concat(chunks);
      const signature = request.headers["veriff-capture-signature"];
      const header = typeof signature === "string" ? signature : undefined;
      const verified = verifyIntegratorWebhook(raw, header, [this.secret]).ok;
      // Parsed only once it verified, as the README says.
      const event = verified ? (JSON.parse(raw.toString("utf8")) as Record<string, unknown>) : {};
      const delivery: Delivery = {
        id: String(event.id),
        type: String(event.type),
        sequence: Number(event.sequence),
        sessionId: String(event.sessionId),
        vendorData: String(event.vendorData),
        raw,
        verified,
        opensslSays: verifyWithOpenssl(raw, header ?? "", this.secret),
        answered: null,
      };
      this.deliveries.push(delivery);
      const script = this.scripts.get(delivery.vendorData);
      if (script?.hold.has(delivery.type)) {
        this.held.add(response);
        return;
      }
      const status = !verified ? 400 : script && script.failFirst > 0 ? 500 : 204;
      if (script && status === 500) script.failFirst--;
      delivery.answered = status;
      response.statusCode = status;
      response.end();
    });
  }
}

/** The README's shell recipe (recipe:verify-with-openssl), run as an integrator would: "valid" or "invalid". */
function verifyWithOpenssl(raw: Buffer, signature: string, secret: string): string {
  const readme = fs.readFileSync(path.resolve("README.md"), "utf8");
  const recipe = /<!-- recipe:verify-with-openssl -->\n```sh\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!recipe) throw new Error("README.md has no recipe:verify-with-openssl");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "integrator-"));
  try {
    fs.writeFileSync(path.join(dir, "body.json"), raw);
    return execFileSync("bash", ["--norc", "--noprofile", "-c", recipe], {
      cwd: dir,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        PATH: "/usr/local/bin:/usr/bin:/bin",
        SECRET: secret,
        SIGNATURE: signature,
      } as unknown as NodeJS.ProcessEnv,
    })
      .toString()
      .trim();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
