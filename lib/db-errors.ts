// What a failed database call means for the caller: could the same work
// succeed if tried again later (connection lost, serialization conflict,
// lock or statement timeout, server shutting down), or never?

const TRANSIENT_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028", "P2034"]);
// SQLSTATE classes: connection exception, transaction rollback (serialization,
// deadlock), insufficient resources, operator intervention (shutdown, query canceled).
const TRANSIENT_SQLSTATE_CLASSES = new Set(["08", "40", "53", "57"]);
const TRANSIENT_SQLSTATES = new Set(["55P03"]); // lock not available
const TRANSIENT_NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND"]);
// node-postgres reports a connection that closed mid-query (a database restart
// or failover), or one not made in time, as a plain Error with no code, and
// Prisma's adapter passes it on unconverted: only its fixed message says what
// it is. These are the driver's own words (pg/lib/client.js, pg-pool), never a
// value of ours.
const CONNECTION_LOST_MESSAGES = new Set([
  "Connection terminated unexpectedly",
  "Connection terminated due to connection timeout",
  "timeout exceeded when trying to connect",
  "Client has encountered a connection error and is not queryable",
]);

// What Prisma's Postgres adapter names the failures a retry may cure; a raw
// query wraps them in P2010 with no SQLSTATE, so the kind is what tells.
const TRANSIENT_ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "TransactionWriteConflict",
]);

interface MaybeDatabaseError {
  code?: unknown;
  meta?: { driverAdapterError?: { cause?: { originalCode?: unknown; kind?: unknown } } };
  /** A driver adapter error thrown as it is (inside interactive transactions) carries its cause directly. */
  cause?: { originalCode?: unknown; kind?: unknown };
}

/** The Postgres SQLSTATE behind a Prisma or driver adapter error, wherever it is carried. */
function sqlState(error: unknown): string | null {
  const { meta, cause } = (error ?? {}) as MaybeDatabaseError;
  const state = meta?.driverAdapterError?.cause?.originalCode ?? cause?.originalCode;
  return typeof state === "string" ? state : null;
}

/** The error's Prisma code and Postgres SQLSTATE, e.g. "P2010/40001": safe to store and log (no values). */
export function databaseErrorCode(error: unknown): string {
  const { code } = (error ?? {}) as MaybeDatabaseError;
  return [typeof code === "string" ? code : error instanceof Error ? error.name : "unknown", sqlState(error)]
    .filter(Boolean)
    .join("/");
}

export function isTransientDatabaseError(error: unknown): boolean {
  if (error instanceof Error && error.constructor === Error && CONNECTION_LOST_MESSAGES.has(error.message)) return true;
  const { code, meta, cause } = (error ?? {}) as MaybeDatabaseError;
  const state = sqlState(error);
  if (state && (TRANSIENT_SQLSTATES.has(state) || TRANSIENT_SQLSTATE_CLASSES.has(state.slice(0, 2)))) return true;
  const kind = meta?.driverAdapterError?.cause?.kind ?? cause?.kind;
  if (typeof kind === "string" && TRANSIENT_ADAPTER_KINDS.has(kind)) return true;
  return typeof code === "string" && (TRANSIENT_PRISMA_CODES.has(code) || TRANSIENT_NETWORK_CODES.has(code));
}

/** Whether an error comes from Prisma or the database driver beneath it (its message may quote query values). */
export function isDatabaseError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const { meta } = error as MaybeDatabaseError;
  return (
    error.name.startsWith("PrismaClient") ||
    meta?.driverAdapterError !== undefined ||
    error.name === "DriverAdapterError"
  );
}

/** Whether a serializable transaction lost to a concurrent one (serialization failure or deadlock): trying again may succeed. */
export function isWriteConflict(error: unknown): boolean {
  const { code } = (error ?? {}) as MaybeDatabaseError;
  const state = sqlState(error);
  return code === "P2034" || state === "40001" || state === "40P01";
}
