import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { documentedSettings } from "../../lib/env";
import { envExample, withConfigTable } from "./config-docs";

describe("configuration documentation", () => {
  it("documents every setting, each with a description", () => {
    const names = documentedSettings().map((setting) => setting.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "DATABASE_URL",
        "PORT",
        "APP_BASE_URL",
        "VERIFF_API_URL",
        "VERIFF_API_KEY",
        "VERIFF_SHARED_SECRETS",
      ]),
    );
    for (const setting of documentedSettings()) expect(setting.description, setting.name).not.toBe("");
  });

  it("README.md's configuration table matches lib/env.ts (run npm run docs:config)", () => {
    const readme = fs.readFileSync("README.md", "utf8");
    expect(readme).toBe(withConfigTable(readme));
  });

  it(".env.example matches lib/env.ts (run npm run docs:config)", () => {
    expect(fs.readFileSync(".env.example", "utf8")).toBe(envExample());
  });
});
