// Team rules against a real PostgreSQL of their own: they count every admin,
// so no other test file may add or remove admins meanwhile.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { separateDatabase } from "@/scripts/test-support/separate-database";
import type { StaffMember } from "./current-staff";
import { changeRole, createStaffMember, removeStaffMember } from "./team";

separateDatabase("team");

async function member(role: "admin" | "agent"): Promise<StaffMember> {
  const email = `${role}-${randomUUID().slice(0, 8)}@example.com`;
  const created = await createStaffMember(
    { email, name: role, role, password: "a-long-enough-password" },
    { by: "operator" },
  );
  if (!created.ok) throw new Error(created.message);
  return { id: created.id, email, name: role, role };
}

const roleOf = async (id: string) => (await db().staffUser.findUnique({ where: { id } }))?.role;

describe("team management", () => {
  it("never leaves the console without an admin, and nobody changes their own account", async () => {
    const first = await member("admin");
    const other = await member("agent");
    const promoted = { ...other, role: "admin" as const };
    expect(await changeRole(first, first.id, "agent")).toMatchObject({ ok: false, code: "not_self" });
    expect(await changeRole(first, other.id, "admin")).toEqual({ ok: true, id: other.id });
    expect(await changeRole(promoted, first.id, "agent")).toEqual({ ok: true, id: first.id });
    // `other` is now the only admin. `first`, demoted a moment ago but acting as
    // the admin it was (a race), passes the role check; the count in the database still stops it.
    const demotedFirst = { ...first, role: "admin" as const };
    expect(await changeRole(demotedFirst, other.id, "agent")).toMatchObject({ ok: false, code: "last_admin" });
    expect(await removeStaffMember(demotedFirst, other.id)).toMatchObject({ ok: false, code: "last_admin" });
    expect(await roleOf(other.id)).toBe("admin");
  });

  it("lets only admins manage staff, whoever calls", async () => {
    const agent = await member("agent");
    const target = await member("agent");
    expect(await changeRole(agent, target.id, "admin")).toMatchObject({ ok: false, code: "not_allowed" });
    expect(await removeStaffMember(agent, target.id)).toMatchObject({ ok: false, code: "not_allowed" });
    expect(
      await createStaffMember(
        { email: `x-${target.email}`, name: "x", role: "admin", password: "a-long-enough-password" },
        { by: agent },
      ),
    ).toMatchObject({
      ok: false,
      code: "not_allowed",
    });
    expect(await roleOf(target.id)).toBe("agent");
    expect(await db().staffUser.count({ where: { email: `x-${target.email}` } })).toBe(0);
  });

  it("records each change in the audit log with who was affected", async () => {
    const boss = await member("admin");
    const created = await createStaffMember(
      { email: `new-${boss.email}`, name: "New", role: "agent", password: "a-long-enough-password" },
      { by: boss },
    );
    if (!created.ok) throw new Error(created.message);
    await changeRole(boss, created.id, "admin");
    await changeRole(boss, created.id, "agent");
    await removeStaffMember(boss, created.id);
    const rows = await db().auditLogEntry.findMany({
      where: { actorId: boss.id },
      orderBy: { occurredAt: "asc" },
      select: { action: true, details: true },
    });
    expect(rows).toEqual([
      { action: "staff.created", details: { staffId: created.id, email: `new-${boss.email}`, role: "agent" } },
      { action: "staff.role_changed", details: { staffId: created.id, email: `new-${boss.email}`, role: "admin" } },
      { action: "staff.role_changed", details: { staffId: created.id, email: `new-${boss.email}`, role: "agent" } },
      { action: "staff.removed", details: { staffId: created.id, email: `new-${boss.email}` } },
    ]);
  });

  it("lets only one of two admins demoting each other at once succeed", async () => {
    await db().staffUser.updateMany({ where: { role: "admin" }, data: { role: "agent" } });
    const a = await member("admin");
    const b = await member("admin");
    const results = await Promise.all([changeRole(a, b.id, "agent"), changeRole(b, a.id, "agent")]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({
      code: expect.stringMatching(/^(last_admin|conflict)$/),
    });
    expect(await db().staffUser.count({ where: { role: "admin" } })).toBe(1);
  });
});
