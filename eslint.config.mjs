import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import { defineConfig, globalIgnores } from "eslint/config";

const envMessage = "Read settings through lib/env.ts: it validates every variable at start-up.";
const envImports = [
  { name: "process", importNames: ["env"], message: envMessage },
  { name: "node:process", importNames: ["env"], message: envMessage },
];

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
      "no-restricted-imports": ["error", { paths: envImports }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
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
            ...envImports,
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
