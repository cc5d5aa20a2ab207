import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { serverEnv } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";

// One client per process. Created on first use, not at import, so that
// `next build` can load route modules without a database configured. Kept on
// globalThis so Next.js's hot reload in development does not open a new pool
// on every edit.
const cache = globalThis as typeof globalThis & { prismaClient?: PrismaClient };

export function db(): PrismaClient {
  cache.prismaClient ??= new PrismaClient({
    adapter: new PrismaPg({
      connectionString: serverEnv().DATABASE_URL,
      max: 10,
      connectionTimeoutMillis: 5_000,
      // No query may hold a request (or a pooled connection) forever.
      statement_timeout: 15_000,
      idle_in_transaction_session_timeout: 15_000,
    }),
  });
  return cache.prismaClient;
}
