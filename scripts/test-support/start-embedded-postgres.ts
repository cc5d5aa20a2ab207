// Test fixture: starts an embedded PostgreSQL in argv[2] on port argv[3],
// prints "ready", then idles until killed (a launcher that will be SIGKILLed).
import { startEmbeddedPostgres } from "../db/embedded-postgres";

const [dataDir, port] = process.argv.slice(2);
await startEmbeddedPostgres({
  dataDir: dataDir ?? "",
  port: Number(port),
  portVariable: "TEST_PORT",
  fast: true,
  log: () => {},
});
console.log("ready");
setInterval(() => {}, 1_000);
