// Imported once at server start (instrumentation.ts): a bad or missing setting
// stops the process here, naming the variable, instead of failing on the first
// request. (Next.js itself would only log the error and keep serving.)
import { BrandLogoError, brandLogo } from "@/lib/brand/brand-logo";
import { EnvError, serverEnv } from "@/lib/env";

try {
  serverEnv();
  // The logo file is read (once, kept) and checked now, not on a visitor's first page.
  brandLogo();
} catch (error) {
  if (!(error instanceof EnvError) && !(error instanceof BrandLogoError)) throw error;
  console.error(error.message);
  process.exit(1);
}
