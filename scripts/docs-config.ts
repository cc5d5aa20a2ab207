// npm run docs:config: rewrites the README's configuration table and .env.example from lib/env.ts.
import fs from "node:fs";
import { envExample, withConfigTable } from "./lib/config-docs";

fs.writeFileSync("README.md", withConfigTable(fs.readFileSync("README.md", "utf8")));
fs.writeFileSync(".env.example", envExample());
console.error("README.md configuration table and .env.example updated");
