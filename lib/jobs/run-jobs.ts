import "server-only";
import { log } from "@/lib/log";
import { expireSessions } from "./expire-sessions";
import { purgePersonalData } from "./purge-personal-data";
import { purgeRateLimits } from "./purge-rate-limits";
import { purgeStaffLeftovers } from "./purge-staff-leftovers";
import { reconcileDecisions } from "./reconcile-decisions";

const JOBS = {
  reconciled: reconcileDecisions,
  expired: expireSessions,
  purged: purgePersonalData,
  staffLeftovers: purgeStaffLeftovers,
  rateLimits: purgeRateLimits,
} satisfies Record<string, (now: Date) => Promise<number>>;

export type JobsRound = { [Job in keyof typeof JOBS]?: number };

/**
 * One round of every background job; each is safe to run on any number of
 * workers at once. Once `signal` aborts (the worker is stopping), the job
 * running finishes and no other is started: the round's result lacks them.
 */
export async function runJobs(now = new Date(), signal?: AbortSignal): Promise<JobsRound> {
  const result: JobsRound = {};
  for (const [name, job] of Object.entries(JOBS) as [keyof typeof JOBS, (now: Date) => Promise<number>][]) {
    if (signal?.aborted) break;
    result[name] = await job(now);
  }
  if (Object.values(result).some(Boolean)) log().info(result, "background jobs round");
  return result;
}
