import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import { defineConfig, globalIgnores } from "eslint/config";

const envMessage = "Read settings through lib/env.ts: it validates every variable at start-up.";
const envPaths = [
  { name: "process", importNames: ["env"], message: envMessage },
  { name: "node:process", importNames: ["env"], message: envMessage },
];

/** A folder reached by the alias or by a relative path. */
const folder = (name) => `^(@/|(\\.\\./)+)${name}(/|$)`;

/**
 * The direction of dependencies: app (routes and pages) uses components and
 * lib; components use lib; lib uses neither; the emulator, which stands for
 * Veriff, uses only lib's contract pieces. Tests are the outside and may
 * import anything (routes, the emulator's harness).
 */
const boundaries = (patterns) => ({
  "no-restricted-imports": ["error", { paths: envPaths, patterns }],
});
const notApp = { regex: folder("app"), message: "Routes and pages are the top: nothing imports from app/." };
const notComponents = {
  regex: folder("components"),
  message: "lib/ is below the React components: move the shared piece into lib/.",
};
const notEmulator = {
  regex: folder("emulator"),
  message: "lib/ must not depend on the emulator: pass what it needs as an argument.",
};
// The page takes the contracts' types, not zod's runtime: 60 KB the end-user's phone would download.
const contractTypesOnly = {
  regex: `${folder("lib/contracts")}|^(\\.\\./)+contracts(/|$)`,
  allowTypeImports: true,
  message: "Browser code imports the contracts' types only (import type).",
};

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  globalIgnores([
    ".next/**",
    ".data/**",
    "lib/generated/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
    // Veriff's own examples, kept verbatim.
    "emulator/test/seed-examples/**",
  ]),
  {
    rules: {
      // lib/env.ts is the only module that reads the environment.
      "no-restricted-properties": ["error", { object: "process", property: "env", message: envMessage }],
      "no-restricted-imports": ["error", { paths: envPaths }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  { files: ["lib/**/*.{ts,tsx}"], ignores: ["**/*.test.ts"], rules: boundaries([notApp, notComponents, notEmulator]) },
  {
    files: ["lib/capture/browser/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: boundaries([notApp, notComponents, notEmulator, contractTypesOnly]),
  },
  { files: ["components/**/*.{ts,tsx}"], ignores: ["**/*.test.ts"], rules: boundaries([notApp, contractTypesOnly]) },
  {
    files: ["emulator/**/*.ts"],
    ignores: ["**/*.test.ts", "emulator/test/**"],
    rules: boundaries([notApp, notComponents]),
  },
  {
    files: ["lib/env.ts"],
    rules: { "no-restricted-properties": "off" },
  },
  {
    // Every spec fails on a Content-Security-Policy violation (e2e/support/test.ts).
    files: ["e2e/**/*.spec.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            ...envPaths,
            {
              name: "@playwright/test",
              importNames: ["test", "expect"],
              message: "Import test and expect from ./support/test: it fails a test on any CSP violation.",
            },
          ],
        },
      ],
    },
  },
]);
