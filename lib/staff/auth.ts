import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { db } from "@/lib/db";
import { EnvError, serverEnv } from "@/lib/env";
import { log } from "@/lib/log";

/** The client's trusted address, as handed to Better Auth (its per-address limits, the session's address). */
export const AUTH_CLIENT_ADDRESS_HEADER = "x-staff-client-address";

/** How long a staff sign-in lasts; using it extends it, at most once an hour. */
const SESSION_SECONDS = 12 * 60 * 60;

function createStaffAuth() {
  const env = serverEnv();
  // Checked here rather than at start-up: workers never sign anyone in.
  if (!env.STAFF_AUTH_SECRET) throw new EnvError(["STAFF_AUTH_SECRET is required by the staff console but not set"]);
  return betterAuth({
    appName: "Veriff Capture staff console",
    baseURL: env.APP_BASE_URL,
    basePath: "/api/auth",
    secret: env.STAFF_AUTH_SECRET,
    trustedOrigins: trustedOrigins(env.APP_BASE_URL),
    database: prismaAdapter(db(), { provider: "postgresql" }),
    user: {
      modelName: "staffUser",
      additionalFields: {
        // Never settable through the auth API: only admins change roles (lib/staff/team.ts).
        role: { type: ["admin", "agent"], required: true, defaultValue: "agent", input: false },
      },
    },
    session: { modelName: "staffSession", expiresIn: SESSION_SECONDS, updateAge: 60 * 60 },
    account: { modelName: "staffAccount" },
    verification: { modelName: "staffVerification" },
    // Accounts are created by admins or `npm run staff:create`, never by sign-up.
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 12, maxPasswordLength: 128 },
    rateLimit: {
      enabled: true,
      // In Postgres, so every instance counts the same attempts.
      storage: "database",
      modelName: "authRateLimit",
      window: 60,
      max: 100,
      customRules: { "/sign-in/email": { window: 60, max: 5 } },
    },
    telemetry: { enabled: false },
    // Explicit, because Better Auth turns origin checks off when it detects a test run:
    // the tests must exercise what production runs.
    advanced: {
      cookiePrefix: "staff",
      disableOriginCheck: false,
      disableCSRFCheck: false,
      // Better Auth would take a single-entry X-Forwarded-For as the client, whoever wrote it.
      // It reads only our header instead, which lib/staff/auth-endpoint.ts sets from
      // lib/http/client-address.ts after removing any copy the client sent.
      ipAddress: { ipAddressHeaders: [AUTH_CLIENT_ADDRESS_HEADER] },
    },
    logger: {
      level: "warn",
      log: (level, message) => log().child({ component: "staff-auth" })[level](message),
    },
    // Lets server actions that call the auth API set and clear the cookie.
    plugins: [nextCookies()],
  });
}

/**
 * The staff console's auth (Better Auth): email and password, scrypt-hashed,
 * sessions in Postgres, Origin checked on every state-changing call.
 */
export function staffAuth() {
  const cache = globalThis as typeof globalThis & { staffAuth?: ReturnType<typeof createStaffAuth> };
  cache.staffAuth ??= createStaffAuth();
  return cache.staffAuth;
}

/** The public origin, plus its loopback twins when it is a local address (dev, tests). */
function trustedOrigins(baseUrl: string): string[] {
  const url = new URL(baseUrl);
  if (!["localhost", "127.0.0.1", "[::1]"].includes(url.hostname)) return [url.origin];
  return ["localhost", "127.0.0.1", "[::1]"].map((host) => `${url.protocol}//${host}${url.port ? `:${url.port}` : ""}`);
}
