import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { INTEGRATOR_EVENT_PERSONAL_COLUMNS, PERSONAL_DATA_COLUMNS } from "./personal-data";

/** The fields of a model in schema.prisma whose doc comment starts "Personal data", with their columns. */
function personalFieldsInSchema(model: string): Record<string, string> {
  const schema = fs.readFileSync(path.resolve("prisma/schema.prisma"), "utf8");
  const body = new RegExp(`model ${model} \\{([\\s\\S]*?)\\n\\}`).exec(schema)?.[1] ?? "";
  const fields: Record<string, string> = {};
  let marked = false;
  for (const line of body.split("\n").map((text) => text.trim())) {
    if (line.startsWith("///")) {
      marked ||= line.startsWith("/// Personal data");
      continue;
    }
    const field = /^(\w+)\s+\S+.*@map\("(\w+)"\)/.exec(line);
    if (field && marked) fields[field[1]!] = field[2]!;
    if (line) marked = false;
  }
  return fields;
}

describe("PERSONAL_DATA_COLUMNS", () => {
  it("lists exactly the fields schema.prisma marks as personal data, by their columns", () => {
    const marked = personalFieldsInSchema("VerificationSession");
    expect(Object.keys(marked).length).toBeGreaterThan(0);
    expect(PERSONAL_DATA_COLUMNS).toEqual(marked);
  });
});

describe("INTEGRATOR_EVENT_PERSONAL_COLUMNS", () => {
  it("lists exactly the outbox's fields schema.prisma marks as personal data, by their columns", () => {
    const marked = personalFieldsInSchema("IntegratorEvent");
    expect(Object.keys(marked).length).toBeGreaterThan(0);
    expect(INTEGRATOR_EVENT_PERSONAL_COLUMNS).toEqual(marked);
  });
});
