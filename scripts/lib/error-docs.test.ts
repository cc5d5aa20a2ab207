import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { refusalStatuses } from "../../lib/http/refusal-response";
import { errorTable, withErrorTable } from "./error-docs";

describe("error-code documentation", () => {
  it("lists every refusal code once, with its status", () => {
    const table = errorTable();
    for (const { code, status } of refusalStatuses()) {
      expect(table.match(new RegExp(`^\\| \`${code}\` \\| ${status} \\| .+ \\|$`, "gm")), code).toHaveLength(1);
    }
  });

  it("docs/operations.md's table matches lib/http (run npm run docs:config)", () => {
    const document = fs.readFileSync("docs/operations.md", "utf8");
    expect(document).toBe(withErrorTable(document));
  });
});
