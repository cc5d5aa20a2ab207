// npm run emulator: the Veriff emulator on its own (EMULATOR_* settings, see .env.example).
import { EnvError, emulatorEnv } from "../lib/env";
import { EMULATOR_DEFAULTS } from "./defaults";
import { Emulator } from "./emulator";

let settings;
try {
  settings = emulatorEnv(EMULATOR_DEFAULTS);
} catch (error) {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
}

const emulator = new Emulator({
  apiKey: settings.EMULATOR_API_KEY,
  sharedSecrets: settings.EMULATOR_SHARED_SECRETS,
  webhookUrl: settings.EMULATOR_WEBHOOK_URL,
  decisionDelayMs: settings.EMULATOR_DECISION_DELAY_MS,
  strict: settings.EMULATOR_STRICT,
  pdfEnabled: settings.EMULATOR_PDF_ENABLED,
  webhookTimeScale: settings.EMULATOR_WEBHOOK_TIME_SCALE,
  faultSeed: settings.EMULATOR_FAULT_SEED,
  log: (message) => console.error(`[emulator] ${message}`),
});

const baseUrl = await emulator.listen(settings.EMULATOR_PORT).catch((error: NodeJS.ErrnoException) => {
  console.error(
    error.code === "EADDRINUSE"
      ? `[emulator] Port ${settings.EMULATOR_PORT} is already in use by another program. Set EMULATOR_PORT to a free port.`
      : `[emulator] ${error.message}`,
  );
  process.exit(1);
});
console.error(`[emulator] Veriff API on ${baseUrl}/v1, control page on ${baseUrl}/__emulator/`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void emulator.close().then(() => process.exit(0)));
}
