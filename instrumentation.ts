// Runs once when a Next.js server starts: a bad or missing setting stops
// start-up here, naming the variable, instead of failing on the first request.
export async function register() {
  const { serverEnv } = await import("./lib/env");
  serverEnv();
}
