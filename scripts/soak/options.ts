// The soak's command line: `npm run test:soak -- --seed 7 --users 20 --sessions 100`.
// Flags rather than settings in lib/env.ts: the soak is a test harness, and
// nothing else reads these. Ports default to the soak's own, away from the
// dev stack (3000, 8100, 54329) and the tests (3100, 8110, 54339).
import { z } from "zod";

const port = z.coerce.number().int().min(1).max(65535);

export const soakOptions = z.object({
  /** Seeds the emulator's faults, the relay's shuffle and the users' choices, so a run repeats. */
  seed: z.coerce.number().int().default(1),
  users: z.coerce.number().int().min(1).max(200).default(20),
  sessions: z.coerce.number().int().min(1).max(2000).default(100),
  appPort: port.default(3250),
  emulatorPort: port.default(8250),
  relayPort: port.default(8251),
  pgPort: port.default(54351),
  /** Give up on traffic still running after this long: a session that never settles is a failure. */
  trafficDeadlineSeconds: z.coerce.number().int().min(10).default(240),
});
export type SoakOptions = z.infer<typeof soakOptions>;

const FLAGS: Record<string, keyof SoakOptions> = {
  "--seed": "seed",
  "--users": "users",
  "--sessions": "sessions",
  "--app-port": "appPort",
  "--emulator-port": "emulatorPort",
  "--relay-port": "relayPort",
  "--pg-port": "pgPort",
  "--deadline": "trafficDeadlineSeconds",
};

/** Parses `--flag value` and `--flag=value`; throws naming the flag that is unknown or wrong. */
export function parseSoakOptions(argv: string[]): SoakOptions {
  const raw: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split("=", 2) as [string, string | undefined];
    const key = FLAGS[flag];
    if (!key) throw new Error(`unknown option ${flag}; known: ${Object.keys(FLAGS).join(", ")}`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    raw[key] = value;
  }
  const parsed = soakOptions.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const flag = Object.keys(FLAGS).find((name) => FLAGS[name] === issue.path[0]);
    throw new Error(`${flag ?? "options"}: ${issue.message}`);
  }
  return parsed.data;
}
