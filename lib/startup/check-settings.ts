// Imported once at server start (instrumentation.ts): a bad or missing setting
// stops the process here, naming the variable, instead of failing on the first
// request. (Next.js itself would only log the error and keep serving.)
import { EnvError, serverEnv } from "@/lib/env";

try {
  serverEnv();
} catch (error) {
  if (!(error instanceof EnvError)) throw error;
  console.error(error.message);
  process.exit(1);
}
