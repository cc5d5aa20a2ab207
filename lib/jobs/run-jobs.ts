import "server-only";
import { log } from "@/lib/log";
import { expireSessions } from "./expire-sessions";
import { purgePersonalData } from "./purge-personal-data";
import { purgeRateLimits } from "./purge-rate-limits";
import { purgeStaffLeftovers } from "./purge-staff-leftovers";
import { reconcileDecisions } from "./reconcile-decisions";

/** One round of every background job; each is safe to run on any number of workers at once. */
export async function runJobs(now = new Date()) {
  const result = {
    reconciled: await reconcileDecisions(now),
    expired: await expireSessions(now),
    purged: await purgePersonalData(now),
    staffLeftovers: await purgeStaffLeftovers(now),
    rateLimits: await purgeRateLimits(now),
  };
  if (result.reconciled || result.expired || result.purged || result.staffLeftovers || result.rateLimits)
    log().info(result, "background jobs round");
  return result;
}
