import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { RateLimitRule } from "./rules";

// The algorithm is GCRA (the generic cell rate algorithm: a token bucket kept
// as one timestamp per key), chosen over the alternatives because:
// - A fixed window lets twice the limit through around a window's edge (the
//   limit just before it, the limit again just after). GCRA never lets more
//   than `limit` through at once: a full bucket spends `limit`, and after that
//   hits pass at the sustained rate only. (A client that spends its burst and
//   then keeps pace exactly gets 2 x limit - 1 into one period, but never at
//   once.)
// - A sliding-window approximation needs two counters per key and is only
//   approximate, both in what it lets through and in when to retry.
// - GCRA's state is one timestamp, changed by one upsert, and Retry-After is
//   exact: the moment a refused hit would fit is known.
//
// Emission interval T = period / limit, capacity = limit x T. The bucket's
// theoretical arrival time (TAT) is when it is full again; a hit at `now`
// would move it to max(TAT, now) + T and counts when that is within
// `capacity` of now. A refused hit changes nothing, so a client knocking
// while refused is not pushed further back and its Retry-After stays true.
// Times are whole microseconds (what Postgres stores), so limit x T is exact.

export interface RateLimitHit {
  rule: RateLimitRule;
  /** Who is limited: a capture token, an addressGroup() of a client address, an API key. Stored only as a hash. */
  subject: string;
}

export type RateLimitDecision =
  | { allowed: true; /** Hits left at once under the tightest rule. */ remaining: number }
  | { allowed: false; /** The rule that asks for the longest wait. */ rule: string; retryAfterSeconds: number };

/**
 * Counts one request against several rules (a capture token and a client
 * address, say) in one statement, and answers whether it may go on. The
 * request counts against all of them or none: when one rule refuses, the
 * others get their hit back, so a client refused for its own link does not
 * use up the address it shares with an office.
 * `now` and `client` are there for tests (a clock, a second app instance);
 * otherwise the time is the database's.
 */
export async function hitRateLimits(
  hits: RateLimitHit[],
  { now, client = db() }: { now?: Date; client?: PrismaClient } = {},
): Promise<RateLimitDecision> {
  const buckets = hits.map(bucketFor);
  if (!buckets.length) throw new Error("a request counts against at least one rule");
  if (new Set(buckets.map((bucket) => bucket.key)).size !== buckets.length)
    throw new Error("a request counts once against each rule and subject");

  // The database's clock, not this instance's: instances whose clocks drift apart still count on one time line.
  const at = now?.toISOString() ?? null;
  // One upsert per bucket, all in one statement. The decision is made on the
  // row as it stands under its lock, so concurrent hits from any instance
  // count one after another; rows are taken in key order, so two requests
  // sharing two buckets cannot deadlock. ON CONFLICT's update has no FROM:
  // each row finds its own rule's numbers in `input` through a subquery.
  const rows = await client.$queryRaw<{ key: string; counted: boolean; arrival_us: number; now_us: number }[]>`
    with input as (
      select key, emission_us * interval '1 microsecond' as emission, capacity_us * interval '1 microsecond' as capacity,
        coalesce(${at}::timestamptz, now()) as at
      from unnest(${buckets.map((b) => b.key)}::text[], ${buckets.map((b) => b.emissionUs)}::bigint[],
        ${buckets.map((b) => b.capacityUs)}::bigint[]) as hit (key, emission_us, capacity_us)
    )
    insert into rate_limits as bucket (key, theoretical_arrival_at, last_hit_counted)
    select key, at + emission, true from input order by key
    on conflict (key) do update set (theoretical_arrival_at, last_hit_counted) = (
      select case when fits then next_arrival else bucket.theoretical_arrival_at end, fits
      from input,
        lateral (select greatest(bucket.theoretical_arrival_at, input.at) + input.emission as next_arrival) as next,
        lateral (select next_arrival <= input.at + input.capacity as fits) as verdict
      where input.key = bucket.key)
    returning key, last_hit_counted as counted,
      (extract(epoch from theoretical_arrival_at) * 1000000)::float8 as arrival_us,
      (extract(epoch from coalesce(${at}::timestamptz, now())) * 1000000)::float8 as now_us`;
  // now() is the statement's transaction time: the same instant in every row and in the decision.
  if (rows.length !== buckets.length) throw new Error("rate_limits did not answer for every key it was asked about");
  const nowUs = rows[0]!.now_us;

  const outcomes = rows.map((row) => {
    const bucket = buckets.find((candidate) => candidate.key === row.key);
    if (!bucket) throw new Error("rate_limits answered for a key it was not asked about");
    return { ...bucket, counted: row.counted, arrivalUs: row.arrival_us };
  });
  const refused = outcomes.filter((outcome) => !outcome.counted);
  if (!refused.length) {
    const remaining = outcomes.map((o) => Math.floor((nowUs + o.capacityUs - o.arrivalUs) / o.emissionUs));
    return { allowed: true, remaining: Math.min(...remaining) };
  }

  const counted = outcomes.filter((outcome) => outcome.counted);
  await giveBack(client, counted);
  // The refused hit fits once the bucket has drained to capacity - T.
  const waits = refused.map((o) => ({ rule: o.rule, us: o.arrivalUs + o.emissionUs - o.capacityUs - nowUs }));
  const longest = waits.reduce((a, b) => (b.us > a.us ? b : a));
  return { allowed: false, rule: longest.rule, retryAfterSeconds: Math.max(1, Math.ceil(longest.us / 1_000_000)) };
}

interface Bucket {
  key: string;
  rule: string;
  emissionUs: number;
  capacityUs: number;
}

/**
 * The stored key names its rule; the subject is hashed with the rule's name
 * (so one subject's keys under two rules are unrelated) and never stored.
 */
function bucketFor({ rule, subject }: RateLimitHit): Bucket {
  const digest = createHash("sha256").update(`veriff-capture/rate-limit/${rule.name}/${subject}`).digest("hex");
  const emissionUs = Math.max(1, Math.round((rule.periodSeconds * 1_000_000) / rule.limit));
  return { key: `${rule.name}:${digest}`, rule: rule.name, emissionUs, capacityUs: emissionUs * rule.limit };
}

/**
 * Takes back the hits of a request that another rule refused. Exact: a
 * counted hit moved the arrival time to max(TAT, now) + T, and any time at or
 * before now means the same full bucket. Rows are locked in key order, as in
 * the hit, so the two cannot deadlock.
 */
async function giveBack(client: PrismaClient, counted: Bucket[]): Promise<void> {
  if (!counted.length) return;
  await client.$executeRaw`
    with input as (
      select * from unnest(${counted.map((b) => b.key)}::text[], ${counted.map((b) => b.emissionUs)}::bigint[])
        as hit (key, emission_us)
    ), locked as (
      select key from rate_limits where key in (select key from input) order by key for update
    )
    update rate_limits as bucket set
      theoretical_arrival_at = bucket.theoretical_arrival_at - input.emission_us * interval '1 microsecond',
      last_hit_counted = false
    from input join locked using (key)
    where bucket.key = input.key`;
}
