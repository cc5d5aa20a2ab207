import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\/(.*)$/, replacement: `${root}/$1` },
      // Server-only modules are what we test here; the marker package would throw outside React's server build.
      { find: /^server-only$/, replacement: path.join(root, "node_modules/server-only/empty.js") },
    ],
  },
  test: {
    include: ["{app,components,lib,scripts,emulator}/**/*.test.{ts,tsx}"],
    environment: "node",
    globalSetup: ["scripts/test-support/vitest-global-setup.ts"],
    pool: "forks",
    allowOnly: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
