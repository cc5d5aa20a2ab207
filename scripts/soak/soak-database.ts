// The soak's own embedded PostgreSQL (.data/pg-soak, its own port), with a
// fresh, migrated database per run, and a restart of the same cluster while
// traffic runs.
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedPostgres } from "../db/embedded-postgres";
import { applyMigrations } from "../db/migrations";
import { sleep } from "./random";

const DATA_DIR = ".data/pg-soak";
const DATABASE = "app";

export class SoakDatabase {
  private constructor(
    private server: EmbeddedPostgres,
    private readonly start: () => Promise<EmbeddedPostgres>,
  ) {}

  static async open(port: number, log: (message: string) => void): Promise<SoakDatabase> {
    // Durability traded for speed, as in the tests: a restart here is a clean shutdown, which loses nothing.
    const start = () => startEmbeddedPostgres({ dataDir: DATA_DIR, port, portVariable: "--pg-port", fast: true, log });
    const server = await start();
    try {
      await ensureDatabase(server.url("postgres"), DATABASE, { fresh: true });
      await applyMigrations(server.url(DATABASE));
    } catch (error) {
      await server.stop();
      throw error;
    }
    return new SoakDatabase(server, start);
  }

  get url(): string {
    return this.server.url(DATABASE);
  }

  /** Stops the cluster (fast shutdown: open transactions rolled back, clients cut off), waits `downMs`, starts it again. */
  async restart(downMs: number): Promise<{ stoppedAt: number; startedAt: number }> {
    await this.server.stop();
    const stoppedAt = Date.now();
    await sleep(downMs);
    this.server = await this.start();
    return { stoppedAt, startedAt: Date.now() };
  }

  stop(): Promise<void> {
    return this.server.stop();
  }
}
