// The soak's traffic: the planned sessions in one queue that the simulated
// users take from (so a user stuck behind a killed request does not hold up
// the sessions it has not started), while the chaos strikes.
import { OUTCOMES } from "../../emulator/decisions";
import { AppClient } from "./app-client";
import type { AppProcess } from "./app-process";
import { runChaos, type ChaosEvent } from "./chaos";
import type { CountingEmulator } from "./faulty-emulator";
import type { FramePhotos } from "./frames";
import type { Metrics } from "./metrics";
import { forkRandom, sleep } from "./random";
import { SimulatedUser, type PlannedOutcome, type SessionPlan, type SessionRecord } from "./simulated-user";
import type { SoakDatabase } from "./soak-database";

const USER_START_SPACING_MS = 250;

export async function runTraffic(options: {
  seed: number;
  users: number;
  sessions: number;
  deadline: number;
  integratorKey: string;
  app: AppProcess;
  database: SoakDatabase;
  emulator: CountingEmulator;
  photos: FramePhotos;
  metrics: Metrics;
}): Promise<{ records: SessionRecord[]; chaos: ChaosEvent[] }> {
  const { seed, app, emulator, metrics } = options;
  const queue = plans(options.sessions, seed);
  // The integrator's back end: one address, whichever user its link is for.
  const integrator = new AppClient(app.baseUrl, metrics, "10.99.0.1", forkRandom(seed, "integrator"));
  let trafficDone = false;
  const chaos = runChaos({ app, database: options.database, metrics, trafficDone: () => trafficDone });
  const users = Array.from({ length: options.users }, async (_, index) => {
    const random = forkRandom(seed, `user-${index}`);
    const address = `10.77.${Math.floor(index / 250)}.${(index % 250) + 1}`;
    const user = new SimulatedUser({
      client: new AppClient(app.baseUrl, metrics, address, random),
      integrator,
      integratorKey: options.integratorKey,
      photos: options.photos,
      metrics,
      random,
      deadline: options.deadline,
      askForResubmission: (veriffSessionId) => {
        const session = emulator.session(veriffSessionId);
        if (session) session.nextOutcome = OUTCOMES.resubmission_requested;
      },
    });
    const mine: SessionRecord[] = [];
    await sleep(index * USER_START_SPACING_MS);
    for (let plan = queue.shift(); plan; plan = queue.shift()) {
      mine.push(await user.run(plan));
      await sleep(300 + random() * 1_200); // the next person picks up the phone
    }
    return mine;
  });
  const records = (await Promise.all(users)).flat().sort((a, b) => a.plan.index - b.plan.index);
  trafficDone = true;
  metrics.note(`traffic done: ${records.length} sessions`);
  return { records, chaos: await chaos };
}

/** The sessions to run, in a seeded order: 70 % approved, 10 % each declined, review, and asked to resubmit once. */
function plans(count: number, seed: number): SessionPlan[] {
  const random = forkRandom(seed, "plans");
  const share = Math.round(count / 10);
  const outcomes: PlannedOutcome[] = Array.from({ length: count }, (_, index) =>
    index < share ? "declined" : index < 2 * share ? "review" : index < 3 * share ? "resubmitted" : "approved",
  );
  for (let i = outcomes.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [outcomes[i], outcomes[j]] = [outcomes[j]!, outcomes[i]!];
  }
  return outcomes.map((outcome, index) => ({ index, outcome }));
}
