import "server-only";
import { metrics } from "./metrics";
import { readDatabaseGauges } from "./read-database-gauges";

/** The registry as Prometheus reads it (text format 0.0.4), the database's gauges refreshed first. */
export async function renderMetrics(): Promise<{ body: string; contentType: string }> {
  const { registry, jobLagSeconds, sessions } = metrics();
  await readDatabaseGauges({ jobLagSeconds, sessions });
  return { body: await registry.metrics(), contentType: registry.contentType };
}
