// The second half of `npm run build`, after `next build`: completes
// .next/standalone into a deployment that runs with `node` alone, in a
// container or on a server, without the checkout or its node_modules:
//   server.js     the app (Next.js's standalone server, told to leave SIGTERM to ours)
//   public/, .next/static/   what Next.js leaves to a CDN and does not copy (public/ with the face model)
//   prisma/       the migrations (the health checks compare them with the database) and the schema
//   worker.mjs    the background jobs (scripts/worker.ts, bundled)
//   migrate.mjs   the release step (scripts/migrate-deploy.ts, bundled), with the schema engine's WASM
import fs from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { copyFaceModel } from "./copy-face-model";

const STANDALONE = ".next/standalone";
const log = (message: string) => console.error(`[build] ${message}`);

if (!fs.existsSync(path.join(STANDALONE, "server.js"))) {
  log(`${STANDALONE}/server.js is missing: run next build first (next.config.mjs must say output: "standalone")`);
  process.exit(1);
}

// Next.js's own SIGTERM handler closes the server and exits 143 without waiting
// for our drain (lib/shutdown/): NEXT_MANUAL_SIG_HANDLE turns it off. Set in
// server.js itself, so every way of running it (`node server.js` by hand, a
// container, a test) shuts down gracefully, not only those that set it.
const serverJs = path.join(STANDALONE, "server.js");
const MANUAL_SIGNALS = 'process.env.NEXT_MANUAL_SIG_HANDLE ??= "true";\n';
const server = fs.readFileSync(serverJs, "utf8");
if (!server.startsWith(MANUAL_SIGNALS)) fs.writeFileSync(serverJs, MANUAL_SIGNALS + server);

const copy = (from: string, to: string) => {
  fs.rmSync(path.join(STANDALONE, to), { recursive: true, force: true });
  fs.cpSync(from, path.join(STANDALONE, to), { recursive: true });
};
copyFaceModel();
copy("public", "public");
copy(".next/static", ".next/static");
copy("prisma/migrations", "prisma/migrations");
copy("prisma/schema.prisma", "prisma/schema.prisma");
// Loaded from disk at run time by the migrate step (its WASM file is read, not imported).
copy("node_modules/@prisma/schema-engine-wasm", "node_modules/@prisma/schema-engine-wasm");

await build({
  entryPoints: { worker: "scripts/worker.ts", migrate: "scripts/migrate-deploy.ts" },
  outdir: STANDALONE,
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // As `npm run worker` runs it: the app's server-only modules load.
  conditions: ["react-server"],
  external: ["@prisma/schema-engine-wasm", "pg-native"],
  // CommonJS packages inside an ES module bundle still call require() for Node's own modules.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  logLevel: "warning",
});
log(`${STANDALONE} is complete: node server.js, node worker.mjs, node migrate.mjs`);
