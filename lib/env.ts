// The only module that reads process.env (a lint rule enforces it).
// Every setting is validated with zod; a bad or missing value stops start-up
// with a message naming the variable. Importable from Next.js server code,
// the launcher scripts and tests alike, so it must not import "server-only":
// the guard below keeps it out of browser bundles instead.
// It depends on zod alone: what the rest of the code base knows reaches it as
// an argument (the emulator's development defaults), or is written here and
// checked against the rest by a test (the kinds of check).
import { z } from "zod";
import { AA_TEXT_CONTRAST, HEX_COLOR, WHITE, contrastRatio, formatRatio, parseHexColor } from "./brand/color-contrast";

if (typeof window !== "undefined") {
  throw new Error("lib/env.ts holds server configuration and must never be imported by browser code");
}

const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);

const databaseUrl = z
  .url({ protocol: /^postgres(ql)?$/, error: "must be a postgresql:// connection string" })
  .describe(
    "PostgreSQL connection string. Unset: the launcher starts an embedded PostgreSQL (data under `.data/`) and sets it.",
  );

const veriffApiUrl = z
  .url({ protocol: /^https?$/, error: "must be an http(s) URL ending in /v1" })
  .transform((url) => url.replace(/\/+$/, ""))
  .describe(
    "Veriff API base URL including `/v1`, e.g. `https://stationapi.veriff.com/v1`. Unset: the launcher points the app at the local Veriff emulator.",
  );

const veriffApiKey = z
  .guid({ error: "must be the integration's API key (a UUID)" })
  .describe("The integration's API key, sent as `X-AUTH-CLIENT`. Required when `VERIFF_API_URL` is set.");

const veriffSharedSecrets = z
  .string()
  .transform((raw) =>
    raw
      .split(",")
      .map((secret) => secret.trim())
      .filter(Boolean),
  )
  .pipe(
    z
      .array(z.string().min(16, "each secret must be at least 16 characters"))
      .min(1, "at least one secret is required")
      .max(5, "Veriff allows at most 5 shared secrets"),
  )
  .describe(
    "Comma-separated shared secret keys. The first signs requests; webhooks and responses signed with any of them are accepted, so a key can be rotated without downtime. Required when `VERIFF_API_URL` is set.",
  );

/** The kinds of check a Veriff integration can be set up for (as lib/capture/required-frames.ts; env.test.ts keeps them equal). */
export const PROOF_OF_ADDRESS_SETTINGS = ["none", "with_identity", "only"] as const;
/**
 * An origin of another site's page, exactly scheme://host[:port] (no path,
 * wildcard or quote: written into CSP frame-ancestors, a path could widen or a
 * quote end the directive), https except on this machine.
 */
const siteOrigin = z.string().transform((raw, context) => {
  const origin = siteOriginOf(raw);
  if (origin) return origin;
  context.addIssue({
    code: "custom",
    message: "must be an origin such as https://shop.example.com (https, or http on localhost; no path or wildcard)",
  });
  return z.NEVER;
});

/** A comma-separated list of site origins; unset: none. */
const siteOrigins = z
  .string()
  .optional()
  .transform((raw) =>
    (raw ?? "")
      .split(",")
      .map((origin) => origin.trim())
      .filter(Boolean),
  )
  .pipe(z.array(siteOrigin));

// Read by the app and the worker, and by the launcher, which gives them that long (plus a margin) before SIGKILL.
const shutdownGraceMs = z.coerce
  .number()
  .int()
  .min(0)
  .max(600_000)
  .default(30_000)
  .describe(
    "On SIGTERM, how long the app lets uploads and submits in flight finish (new requests are answered 503 `server_busy`) and a worker lets its job in progress finish, before the rest is cut off and the process exits. Give the orchestrator's stop timeout 10 s more.",
  );

/** Settings the Next.js server reads at run time. */
const serverSchema = z.object({
  DATABASE_URL: databaseUrl,
  PORT: port(3000).describe("HTTP port of the app."),
  APP_BASE_URL: z
    .url({ protocol: /^https?$/ })
    .optional()
    .describe(
      "Public URL of the app, used in capture links. Default: `http://localhost:$PORT`. An `https` URL also makes the pages send HSTS (`Strict-Transport-Security`, two years, subdomains included) and upgrade insecure requests.",
    ),
  TRUSTED_PROXY_HOPS: z.coerce
    .number()
    .int()
    .min(0)
    .max(10)
    .default(0)
    .describe(
      "How many reverse proxies (load balancer, CDN, ingress) stand in front of the app, each appending the address it received the request from to `X-Forwarded-For`: the client is then the N-th entry from the right. 0: clients connect to the app directly and their address is the connection's. Behind proxies, set it exactly: with too few, every client looks like one proxy and shares its rate and sign-in limits; with too many, clients choose their own address.",
    ),
  APP_EMBED_ORIGINS: siteOrigins.describe(
    'Comma-separated origins of integrators\' pages allowed to show the capture pages (`/capture/…`) in a frame, e.g. `https://shop.example.com` (https; http only for localhost), with `public/embed.js` or an `<iframe allow="camera">` of their own; the framed page then posts its events to that page alone. Unset: no site may frame them. The staff console and every other page can never be framed.',
  ),
  APP_RETURN_ORIGINS: siteOrigins.describe(
    "Comma-separated origins an integrator's `returnUrl` (`POST /api/sessions`) may point at, e.g. `https://shop.example.com` (https; http only for localhost); after the photos are sent, the capture page offers to go back there and does after a short countdown. Checked when the session is created and again when the page offers the way back. Unset: every `returnUrl` is refused.",
  ),
  // The integrator's brand on the capture pages (lib/brand/): checked by brandIssues below and, for the logo file, at start-up.
  APP_BRAND_NAME: z
    .string()
    .trim()
    .min(1)
    .max(60, "must be at most 60 characters")
    .optional()
    .describe(
      "The integrator's name, shown in the capture pages' header and their title (`Verify your identity · <name>`). Unset: no name, and titles end in `Identity check`.",
    ),
  APP_BRAND_LOGO: z
    .string()
    .min(1)
    .optional()
    .describe(
      "Path on the server of the logo shown in the capture pages' header: a PNG, JPEG, WebP or SVG file of at most 256 KiB (an SVG without scripts or foreign objects). Read once at start-up, which stops with a message if it cannot be used, and served by the app at `/api/brand/logo`. Unset: no logo.",
    ),
  APP_BRAND_COLOR: z
    .string()
    .regex(HEX_COLOR, "must be a hex colour such as #0b5fff")
    .optional()
    .describe(
      "The accent colour of the capture pages (primary buttons, links, focus rings), as `#rrggbb`. White text on it must reach WCAG AA contrast (4.5:1); start-up refuses a lighter colour and says its ratio. The dark scheme gets a lighter shade of it, found to reach 4.5:1 on its background. Unset: the app's own blue.",
    ),
  VERIFF_API_URL: veriffApiUrl,
  VERIFF_API_KEY: veriffApiKey,
  VERIFF_SHARED_SECRETS: veriffSharedSecrets,
  VERIFF_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000).describe("Timeout of each try of a Veriff call."),
  VERIFF_UPLOAD_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .default(60_000)
    .describe("Timeout of each try of a media upload to Veriff."),
  VERIFF_MAX_ATTEMPTS: z.coerce
    .number()
    .int()
    .min(1)
    .max(10)
    .default(4)
    .describe("Tries per Veriff call where a repeat is safe (reads, media uploads), the first included."),
  VERIFF_COMPRESS_UPLOADS: z
    .stringbool()
    .default(true)
    .describe("Send media uploads gzip-compressed; `false` for endpoints or proxies that cannot take it."),
  VERIFF_PDF_ENABLED: z
    .stringbool()
    .default(false)
    .describe(
      "Whether the Veriff integration accepts PDF uploads (Veriff enables them on request); only then are PDFs offered.",
    ),
  VERIFF_PROOF_OF_ADDRESS: z
    .string()
    .default("none")
    .transform((raw) =>
      raw
        .split(",")
        .map((choice) => choice.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(PROOF_OF_ADDRESS_SETTINGS)).min(1, "name at least one of none, with_identity, only"))
    .describe(
      "Which sessions the Veriff integration is set up for (Veriff enables proof of address per integration): comma-separated `none` (identity only), `with_identity` (identity, then proof of address), `only` (proof of address alone). Against the emulator: all three.",
    ),
  APP_API_KEYS: z
    .string()
    .optional()
    .transform((raw) =>
      (raw ?? "")
        .split(",")
        .map((key) => key.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().min(32, "each API key must be at least 32 characters")))
    .describe(
      "Comma-separated keys integrators send as `Authorization: Bearer <key>` to the integrator API (`/api/sessions…`; several, to rotate). Every key reads every session: one integrator per deployment. Unset: that API refuses every call.",
    ),
  SELF_SERVE_START: z
    .stringbool()
    .default(false)
    .describe(
      "Whether anyone may start a verification from the app's own start page (`/verify`), as in a demo. Off, only integrators create sessions. The launcher turns it on when it starts the emulator.",
    ),
  STAFF_AUTH_SECRET: z
    .string()
    .min(32, "must be at least 32 characters (e.g. `openssl rand -base64 32`)")
    .optional()
    .describe(
      "Secret that signs the staff console's sign-in cookies; every app instance needs the same one (workers do not). Required in production; unset while the launcher provides the embedded database or the emulator, it generates one for this checkout in `.data/staff-auth.secret`.",
    ),
  CAPTURE_FRAMES_PER_CONTEXT: z.coerce
    .number()
    .int()
    .min(1)
    .max(5)
    .default(2)
    .describe(
      "Frames captured per document side and for the selfie: the first is sent as the `-pre` context, the rest as the plain one.",
    ),
  CAPTURE_AUTO: z
    .stringbool()
    .default(true)
    .describe(
      "Whether the capture page takes a photo by itself (a document's; the selfie's while the face model guides it) once the picture has been steady and sharp, with no hint showing, for a moment (after an announced 3-2-1 countdown; the shutter still works, and the end-user can switch it off on the page). On unless `false`, which turns it off and hides that switch.",
    ),
  INTEGRATOR_WEBHOOK_URL: z
    .url({ protocol: /^https?$/, error: "must be an http(s) URL" })
    .optional()
    .describe(
      "Where the app sends its own signed webhooks about each session (`session.created`, `session.started`, `session.submitted`, `session.decided`, `session.resubmission_started`): see [Webhooks to the integrator](#webhooks-to-the-integrator). Unset: no events are recorded or sent.",
    ),
  INTEGRATOR_WEBHOOK_SECRETS: z
    .string()
    .optional()
    .transform((raw) =>
      (raw ?? "")
        .split(",")
        .map((secret) => secret.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(z.string().min(32, "each secret must be at least 32 characters (e.g. `openssl rand -hex 32`)"))
        .max(5, "at most 5 secrets"),
    )
    .describe(
      "Comma-separated secrets for the `Veriff-Capture-Signature` header of those webhooks. The first signs; to rotate, have the integrator accept the new one as well, put it first here, then drop the old one. Required when `INTEGRATOR_WEBHOOK_URL` is set.",
    ),
  INTEGRATOR_WEBHOOK_INCLUDE_PERSON: z
    .stringbool()
    .default(false)
    .describe(
      "Whether `session.decided` carries the verified person (name, date of birth, id and document numbers). Off, the integrator gets statuses and codes only. Either way retention blanks what is kept.",
    ),
  INTEGRATOR_WEBHOOK_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(60_000)
    .default(10_000)
    .describe("Timeout of each try of a webhook to the integrator; no answer by then counts as a failure."),
  INTEGRATOR_WEBHOOK_RETRY_BASE_MS: z.coerce
    .number()
    .int()
    .min(10)
    .default(10_000)
    .describe(
      "The longest wait before the first retry of a failed webhook to the integrator; each further retry may wait twice as long (at most 6 hours), each wait chosen at random between half and all of it, for 3 days, then the event is marked failed.",
    ),
  RECONCILE_AFTER_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(15)
    .describe("A submitted session with no decision webhook after this long is read back from Veriff (GET decision)."),
  RETENTION_DAYS: z.coerce
    .number()
    .int()
    .min(1)
    .default(90)
    .describe("Days after its decision that a session's personal data is purged; ids, statuses and the timeline stay."),
  JOBS_INTERVAL_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .default(60)
    .describe("How often each worker looks for background work."),
  SHUTDOWN_GRACE_MS: shutdownGraceMs,
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
    .default("info")
    .describe("Minimum level of the JSON logs."),
  METRICS_TOKEN: z
    .string()
    .min(32, "must be at least 32 characters (e.g. `openssl rand -hex 32`)")
    .optional()
    .describe(
      "Bearer token Prometheus sends (`Authorization: Bearer <token>`) to read `/api/metrics`, and to see `/api/health` in full. Unset: `/api/metrics` answers 404.",
    ),
  WORKER_METRICS_PORT: z.coerce
    .number()
    .int()
    .min(1)
    .max(65535)
    .optional()
    .describe(
      "Port on which each worker serves its own metrics at `/metrics` (bearer `METRICS_TOKEN`, which must be set too): what that worker counted, such as webhook deliveries to the integrator. Unset: workers serve none.",
    ),
  OTEL_EXPORTER_OTLP_ENDPOINT: z
    .url({ protocol: /^https?$/ })
    .optional()
    .transform((url) => url?.replace(/\/+$/, ""))
    .describe(
      "OpenTelemetry collector (OTLP over HTTP, e.g. `http://otel-collector:4318`): set, the app sends a trace span per request and per Veriff call to `<endpoint>/v1/traces`. Unset: no tracing code is loaded. `OTEL_EXPORTER_OTLP_HEADERS` adds headers, as the OpenTelemetry SDK reads it.",
    ),
  OTEL_SERVICE_NAME: z.string().min(1).default("veriff-capture").describe("The service name the traces carry."),
  OTEL_BSP_SCHEDULE_DELAY: z.coerce
    .number()
    .int()
    .min(10)
    .max(60_000)
    .default(5_000)
    .describe("Milliseconds spans wait to be sent to the collector in a batch."),
});

/** Settings the launcher scripts (dev, start, test, db:migrate) read. */
const launcherSchema = z.object({
  DATABASE_URL: databaseUrl.optional(),
  VERIFF_API_URL: veriffApiUrl.optional(),
  /** Passed through as written: the launcher only supplies a default. */
  SELF_SERVE_START: z.string().optional(),
  VERIFF_PROOF_OF_ADDRESS: z.string().optional(),
  STAFF_AUTH_SECRET: z.string().optional(),
  PORT: port(3000),
  SHUTDOWN_GRACE_MS: shutdownGraceMs,
  EMBEDDED_PG_PORT: port(54329).describe(
    "Port of the embedded PostgreSQL used by `npm run dev` and `npm start` when `DATABASE_URL` is unset.",
  ),
  EMBEDDED_PG_TEST_PORT: port(54339).describe(
    "Port of the separate embedded PostgreSQL used by `npm test` when `DATABASE_URL` is unset.",
  ),
  E2E_PORT: port(3100).describe("Port of the app that `npm test` starts for the end-to-end tests."),
  E2E_EMULATOR_PORT: port(8110).describe(
    "Port of the Veriff emulator that `npm test` starts for the end-to-end tests.",
  ),
  E2E_EXTERNAL_DATABASE_URL: databaseUrl
    .optional()
    .describe(
      "A PostgreSQL on this machine that `npm test` also runs the production start against (`npm run db:migrate`, then `npm start`, the capture, metrics, health and trace specs). CI sets it to a cluster of Debian's PostgreSQL (`scripts/ci/debian-postgres.sh`). Unset: that step is skipped.",
    ),
  CHROMIUM_PATH: z
    .string()
    .min(1)
    .optional()
    .describe(
      "Chromium used by the end-to-end tests. Default: Debian's `/usr/bin/chromium` when present, else Playwright's own browser.",
    ),
});

/** Settings of the Veriff emulator (npm run emulator; started by npm run dev and the tests). */
const emulatorSchema = z.object({
  EMULATOR_PORT: z.coerce
    .number()
    .int()
    .min(1)
    .max(65535)
    .describe("Port of the Veriff emulator; its API is under `/v1`."),
  EMULATOR_API_KEY: z
    .guid()
    .describe(
      "The API key the emulator accepts in `X-AUTH-CLIENT`. Default: the development key the launcher gives the app.",
    ),
  EMULATOR_SHARED_SECRETS: veriffSharedSecrets.describe(
    "Comma-separated secrets the emulator accepts on requests; the first is the master key that signs its responses and webhooks. Default: the development secret the launcher gives the app.",
  ),
  EMULATOR_WEBHOOK_URL: z
    .url({ protocol: /^https?$/ })
    .optional()
    .describe(
      "Where the emulator sends decision and event webhooks. Unset: none are sent; the launcher sets the app's receiver.",
    ),
  EMULATOR_DECISION_DELAY_MS: z.coerce
    .number()
    .int()
    .min(0)
    .describe("How long after a submit the emulator decides a session."),
  EMULATOR_STRICT: z
    .stringbool()
    .default(true)
    .describe(
      "`true`: images whose longer side is over 1920 px are refused (as our client must never send them); `false`: accepted and flagged.",
    ),
  EMULATOR_PDF_ENABLED: z
    .stringbool()
    .default(false)
    .describe("Whether the emulated integration accepts PDF uploads (Veriff enables them per integration)."),
  EMULATOR_WEBHOOK_TIME_SCALE: z.coerce
    .number()
    .positive()
    .default(3600)
    .describe("Compresses Veriff's webhook retry schedule: 3600 turns its hourly retries into one a second."),
  EMULATOR_FAULT_SEED: z.coerce
    .number()
    .int()
    .default(1)
    .describe("Seed of the emulator's fault injection, so faults repeat exactly."),
});

export type EmulatorEnv = z.infer<typeof emulatorSchema>;

/** What the emulator runs with when a setting is unset: its launcher gives them (emulator/defaults.ts). */
export interface EmulatorDefaults {
  port: number;
  apiKey: string;
  sharedSecret: string;
  decisionDelayMs: number;
}

export function emulatorEnv(defaults: EmulatorDefaults): EmulatorEnv {
  return parseOrThrow(emulatorSchema, process.env, emulatorDefaultSettings(defaults));
}

/** The defaults as the settings they stand for. */
function emulatorDefaultSettings(defaults: EmulatorDefaults): Record<string, string> {
  return {
    EMULATOR_PORT: String(defaults.port),
    EMULATOR_API_KEY: defaults.apiKey,
    EMULATOR_SHARED_SECRETS: defaults.sharedSecret,
    EMULATOR_DECISION_DELAY_MS: String(defaults.decisionDelayMs),
  };
}

export type ServerEnv = Omit<z.infer<typeof serverSchema>, "APP_BASE_URL"> & { APP_BASE_URL: string };
export type LauncherEnv = z.infer<typeof launcherSchema>;

export class EnvError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n${issues.map((issue) => `  - ${issue}`).join("\n")}\nSee .env.example.`);
    this.name = "EnvError";
  }
}

/**
 * Parses an environment against the server schema; throws one EnvError that
 * names every bad variable, and in production every missing one that
 * production needs (see productionReason).
 */
export function parseServerEnv(source: Record<string, string | undefined>): ServerEnv {
  let parsed: z.infer<typeof serverSchema> | undefined;
  const issues: string[] = [];
  try {
    parsed = parseOrThrow(serverSchema, source);
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    issues.push(...error.issues);
  }
  issues.push(...productionIssues(source));
  // One setting that needs another: checked here, since a refined schema could no longer be extended for the docs.
  if (parsed?.INTEGRATOR_WEBHOOK_URL && parsed.INTEGRATOR_WEBHOOK_SECRETS.length === 0) {
    issues.push("INTEGRATOR_WEBHOOK_SECRETS is required when INTEGRATOR_WEBHOOK_URL is set");
  }
  // From the raw value, so that it is said even when other settings fail the schema.
  issues.push(...brandIssues(source));
  if (!parsed || issues.length) throw new EnvError(issues);
  return { ...parsed, APP_BASE_URL: (parsed.APP_BASE_URL ?? `http://localhost:${parsed.PORT}`).replace(/\/+$/, "") };
}

/**
 * Why this environment is a production deployment, or null for a local one.
 * Production: the app talks to a Veriff that is not on this machine (the real
 * one; the emulator runs beside the app), or a production build (`NODE_ENV`
 * is Next.js's) uses a database on another machine. A local demo, the tests
 * and CI run the emulator and a database on loopback, and need none of this.
 */
export function productionReason(source: Record<string, string | undefined>): string | null {
  const host = (url: string | undefined) => (url && URL.canParse(url) ? new URL(url).hostname : undefined);
  const veriffHost = host(source.VERIFF_API_URL || undefined);
  if (veriffHost && !isLoopbackHost(veriffHost)) return "VERIFF_API_URL is not on this machine";
  const databaseHost = host(source.DATABASE_URL || undefined);
  if (source.NODE_ENV === "production" && databaseHost && !isLoopbackHost(databaseHost))
    return "a production build with a DATABASE_URL on another machine";
  return null;
}

/** What production needs beyond what the schema checks: capture links that work for users, and staff sign-ins every instance accepts. */
function productionIssues(source: Record<string, string | undefined>): string[] {
  const reason = productionReason(source);
  if (!reason) return [];
  const why = `in production (${reason})`;
  const issues: string[] = [];
  if (!source.APP_BASE_URL) {
    issues.push(`APP_BASE_URL is required ${why}: the public https URL users open capture links at`);
  } else if (URL.canParse(source.APP_BASE_URL) && new URL(source.APP_BASE_URL).protocol !== "https:") {
    issues.push(`APP_BASE_URL must be https ${why}: browsers give the camera to secure pages only`);
  }
  if (!source.STAFF_AUTH_SECRET) {
    issues.push(`STAFF_AUTH_SECRET is required ${why}: the same on every instance, e.g. \`openssl rand -base64 32\``);
  }
  return issues;
}

/** localhost, 127.0.0.0/8 or ::1: this machine. */
export function isLoopbackHost(hostname: string): boolean {
  return hostname === "localhost" || hostname === "[::1]" || hostname === "::1" || /^127\./.test(hostname);
}

let cachedServerEnv: ServerEnv | undefined;

/** The app's validated configuration, parsed once per process. */
export function serverEnv(): ServerEnv {
  cachedServerEnv ??= parseServerEnv(process.env);
  return cachedServerEnv;
}

/**
 * Whether this server is `next dev`. NODE_ENV is Next.js's, not a setting of
 * ours: it sets it, and inlines it into the bundles it builds.
 */
export function isDevelopmentServer(): boolean {
  return process.env.NODE_ENV === "development";
}

/**
 * Whether Next.js stops the server on SIGTERM itself (at once in `next dev`,
 * after open connections in `next start`), rather than leaving the signal to
 * the app's graceful shutdown (lib/shutdown/). NEXT_MANUAL_SIG_HANDLE is
 * Next.js's switch, not a setting of ours: the launcher and the Dockerfile set it.
 */
export function nextHandlesSignals(): boolean {
  return !process.env.NEXT_MANUAL_SIG_HANDLE;
}

export function launcherEnv(): LauncherEnv {
  return parseOrThrow(launcherSchema, process.env);
}

/** The current environment plus overrides, for child processes started by the launcher. */
export function childProcessEnv(overrides: Record<string, string | undefined>): NodeJS.ProcessEnv {
  return { ...process.env, ...overrides };
}

/** Sets variables for this process and the ones it starts later (test set-up). */
export function exportEnv(values: Record<string, string>): void {
  Object.assign(process.env, values);
  cachedServerEnv = undefined;
}

/**
 * Every documented setting with its description and default, for the README
 * and .env.example. `emulatorDefaults`: what the emulator's launcher gives it;
 * the shared secret is not listed, its description says where it comes from.
 */
export function documentedSettings(
  emulatorDefaults?: EmulatorDefaults,
): { name: string; description: string; default?: string }[] {
  const { EMULATOR_SHARED_SECRETS: _secret, ...givenDefaults } = emulatorDefaults
    ? emulatorDefaultSettings(emulatorDefaults)
    : {};
  const merged = serverSchema
    .extend(
      launcherSchema.omit({
        DATABASE_URL: true,
        VERIFF_API_URL: true,
        SELF_SERVE_START: true,
        VERIFF_PROOF_OF_ADDRESS: true,
        STAFF_AUTH_SECRET: true,
        PORT: true,
      }).shape,
    )
    .extend(emulatorSchema.shape);
  const jsonSchema = z.toJSONSchema(merged, { io: "input", unrepresentable: "any" });
  const properties = (jsonSchema.properties ?? {}) as Record<string, { description?: string; default?: unknown }>;
  return Object.entries(properties).map(([name, property]) => {
    const fallback = property.default === undefined ? givenDefaults[name] : String(property.default);
    return { name, description: property.description ?? "", ...(fallback === undefined ? {} : { default: fallback }) };
  });
}

function parseOrThrow<T extends z.ZodType>(
  schema: T,
  source: Record<string, string | undefined>,
  defaults: Record<string, string> = {},
): z.infer<T> {
  // Empty strings count as unset, as in most .env tooling.
  const cleaned = { ...defaults, ...Object.fromEntries(Object.entries(source).filter(([, value]) => value !== "")) };
  const result = schema.safeParse(cleaned, { reportInput: true });
  if (result.success) return result.data;
  throw new EnvError(
    result.error.issues.map((issue) => {
      const name = issue.path.join(".") || "(environment)";
      const reason =
        issue.code === "invalid_type" && issue.input === undefined ? "is required but not set" : issue.message;
      return `${name} ${reason}`;
    }),
  );
}

/** scheme://host[:port] as the browser writes it, or null when `raw` is not one an integrator's page may have. */
function siteOriginOf(raw: string): string | null {
  if (!/^https?:\/\/[^/?#]+\/?$/i.test(raw) || !URL.canParse(raw)) return null;
  const url = new URL(raw);
  // A parsed host is lower case and punycode: labels of letters, digits and dashes (an IPv4 address too).
  if (url.username || url.password || !/^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(url.hostname)) return null;
  const local = url.hostname === "localhost" || url.hostname === "127.0.0.1";
  return url.protocol === "https:" || local ? url.origin : null;
}

/**
 * APP_BRAND_COLOR carries white button labels and is itself text on the white
 * page (links, the step indicator): both must reach WCAG AA, and the same ratio
 * decides both (the page is white). Said with the ratio, so the operator knows how far off it is.
 */
function brandIssues(source: Record<string, string | undefined>): string[] {
  const color = source.APP_BRAND_COLOR && parseHexColor(source.APP_BRAND_COLOR);
  if (!color) return [];
  const ratio = contrastRatio(color, WHITE);
  if (ratio >= AA_TEXT_CONTRAST) return [];
  return [
    `APP_BRAND_COLOR ${source.APP_BRAND_COLOR} has a contrast ratio of ${formatRatio(ratio)} with white text and the white page background; WCAG AA needs at least ${AA_TEXT_CONTRAST}:1: choose a darker shade`,
  ];
}
