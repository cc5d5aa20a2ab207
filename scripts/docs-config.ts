// npm run docs:config: rewrites the README's configuration table and
// .env.example from lib/env.ts, and docs/operations.md's error codes from
// lib/http (run with --conditions=react-server: those modules are server-only).
import fs from "node:fs";
import { envExample, withConfigTable } from "./lib/config-docs";
import { withErrorTable } from "./lib/error-docs";

fs.writeFileSync("README.md", withConfigTable(fs.readFileSync("README.md", "utf8")));
fs.writeFileSync(".env.example", envExample());
fs.writeFileSync("docs/operations.md", withErrorTable(fs.readFileSync("docs/operations.md", "utf8")));
console.error("README.md configuration table, .env.example and docs/operations.md error codes updated");
