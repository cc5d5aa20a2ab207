// Which database failures a retry may fix: found by the soak (npm run
// test:soak), where a PostgreSQL restart cut a query off mid-way and the
// route answered 500 instead of 503 server_busy with Retry-After.
import net from "node:net";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterEach, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { testDatabaseUrl } from "@/scripts/test-support/database";
import { isTransientDatabaseError, isWriteConflict } from "./db-errors";

/** A TCP hop to the test database whose connections can be cut, as a restarting server cuts them. */
async function cuttableDatabase() {
  const target = new URL(testDatabaseUrl());
  const sockets = new Set<net.Socket>();
  const proxy = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("error", () => {});
      socket.on("close", () => sockets.delete(socket));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  const url = new URL(target);
  url.port = String((proxy.address() as net.AddressInfo).port);
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url.toString() }) });
  return {
    client,
    cut: () => sockets.forEach((socket) => socket.destroy()),
    close: async () => {
      await client.$disconnect();
      await new Promise((resolve) => proxy.close(resolve));
    },
  };
}

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

it.each([
  ["a query", (client: PrismaClient) => client.$queryRaw`select pg_sleep(2)`],
  ["a transaction", (client: PrismaClient) => client.$transaction((tx) => tx.$queryRaw`select pg_sleep(2)`)],
])("counts a connection closed under %s as transient", async (_, work) => {
  const database = await cuttableDatabase();
  close = database.close;
  const failed = work(database.client).then(
    () => new Error("the query finished"),
    (error: unknown) => error,
  );
  await new Promise((resolve) => setTimeout(resolve, 300));
  database.cut();
  const error = await failed;
  // What node-postgres throws, and Prisma passes on: a plain Error that only its message describes.
  expect(error).toBeInstanceOf(Error);
  expect((error as Error).message).toBe("Connection terminated unexpectedly");
  expect(isTransientDatabaseError(error)).toBe(true);
});

it("counts the pool's connect timeout as transient, and nothing else that is a plain Error", () => {
  expect(isTransientDatabaseError(new Error("timeout exceeded when trying to connect"))).toBe(true);
  expect(isTransientDatabaseError(new Error("Connection terminated due to connection timeout"))).toBe(true);
  expect(isTransientDatabaseError(new Error("Cannot read properties of undefined"))).toBe(false);
  expect(isTransientDatabaseError(new TypeError("Connection terminated unexpectedly"))).toBe(false);
});

describe("isWriteConflict", () => {
  it("knows a lost serializable transaction however Prisma reports it", () => {
    // As Prisma wraps it, and as the driver adapter throws it inside an interactive transaction.
    expect(isWriteConflict(Object.assign(new Error("write conflict"), { code: "P2034" }))).toBe(true);
    const adapterError = Object.assign(new Error("TransactionWriteConflict"), {
      name: "DriverAdapterError",
      cause: { kind: "TransactionWriteConflict", originalCode: "40001" },
    });
    expect(isWriteConflict(adapterError)).toBe(true);
    expect(isTransientDatabaseError(adapterError)).toBe(true);
    expect(isWriteConflict(Object.assign(new Error("unique"), { code: "P2002" }))).toBe(false);
  });
});

it("knows a raw query that could not reach the database (P2010, no SQLSTATE) as transient", async () => {
  const unreachable = new PrismaClient({
    adapter: new PrismaPg({ connectionString: "postgresql://app:app@127.0.0.1:1/app", connectionTimeoutMillis: 1000 }),
  });
  try {
    const error = await unreachable.$queryRaw`select 1`.catch((caught: unknown) => caught);
    expect((error as { code?: string }).code).toBe("P2010");
    expect(isTransientDatabaseError(error)).toBe(true);
  } finally {
    await unreachable.$disconnect();
  }
});
