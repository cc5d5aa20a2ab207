import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { query, testDatabaseUrl, withScratchDatabase } from "../test-support/database";
import { applyMigrations, createMigration, pendingMigrations, pendingSchemaChanges } from "./migrations";
import { PRISMA_PATHS } from "./schema-engine";

const PROBE_MODEL = `
model DriftProbe {
  id    Int    @id @default(autoincrement())
  label String
}
`;

/** A copy of prisma/ in a temporary folder, with `extraSchema` appended to schema.prisma. */
function prismaCopy(extraSchema: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "prisma-copy-"));
  const paths = { schema: path.join(dir, "schema.prisma"), migrations: path.join(dir, "migrations") };
  fs.writeFileSync(paths.schema, fs.readFileSync(PRISMA_PATHS.schema, "utf8") + extraSchema);
  fs.cpSync(PRISMA_PATHS.migrations, paths.migrations, { recursive: true });
  return paths;
}

describe("prisma/migrations", () => {
  it("describes exactly what schema.prisma declares (no drift)", async () => {
    const drift = await pendingSchemaChanges(testDatabaseUrl());
    expect(drift, "schema.prisma changed without a migration: run npm run db:migration -- <name>").toBe("");
  });

  it("reports a model added to the schema without a migration", async () => {
    const drift = await pendingSchemaChanges(testDatabaseUrl(), prismaCopy(PROBE_MODEL));
    expect(drift).toContain('CREATE TABLE "DriftProbe"');
  });

  it("creates a migration that removes the drift and applies like prisma migrate deploy", async () => {
    const paths = prismaCopy(PROBE_MODEL);
    const folder = await createMigration(testDatabaseUrl(), "Add drift probe!", {
      paths,
      now: new Date("2030-01-02T03:04:05Z"),
    });
    expect(folder).toBe("20300102030405_add_drift_probe");
    expect(await pendingSchemaChanges(testDatabaseUrl(), paths)).toBe("");
    expect(await createMigration(testDatabaseUrl(), "again", { paths })).toBeUndefined();

    await withScratchDatabase(async (url) => {
      const applied = await applyMigrations(url, paths);
      expect(applied.at(-1)).toBe(folder);
      expect(await applyMigrations(url, paths)).toEqual([]);
      await query(url, `insert into "DriftProbe" (label) values ('ok')`);

      // The native CLI accepts the history only if each checksum is the SHA-256 of the file.
      const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
        url,
        "select migration_name, checksum, finished_at from _prisma_migrations order by migration_name",
      );
      expect(rows.map((row) => row.migration_name)).toEqual(applied);
      for (const row of rows) {
        const sql = fs.readFileSync(path.join(paths.migrations, row.migration_name, "migration.sql"));
        expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
        expect(row.finished_at).not.toBeNull();
      }
    });
  });

  it("relabels the uploads integrators sent before media_uploads.source existed", async () => {
    await withScratchDatabase(async (url) => {
      await applyMigrations(url, historyWithout("20261122060000_integrator_upload_source"));
      const [session] = await query<{ id: string }>(
        url,
        "insert into verification_sessions (id, updated_at) values (gen_random_uuid(), now()) returning id",
      );
      const upload = (context: string) =>
        query<{ id: string }>(
          url,
          "insert into media_uploads (id, session_id, context, attempt_number, mime_type, size_bytes, sha256) values (gen_random_uuid(), $1, $2, 1, 'image/jpeg', 1, repeat('0', 64)) returning id",
          [session!.id, context],
        );
      const [fromIntegrator] = await upload("document-front");
      const [fromCamera] = await upload("face");
      for (const [row, actor] of [
        [fromIntegrator!, "integrator"],
        [fromCamera!, "end_user"],
      ] as const) {
        await query(
          url,
          "insert into session_events (id, session_id, type, actor, data) values (gen_random_uuid(), $1, 'frame.acknowledged', $2, $3)",
          [session!.id, actor, { uploadId: row.id }],
        );
      }
      expect((await applyMigrations(url))[0]).toBe("20261122060000_integrator_upload_source");
      const rows = await query<{ id: string; source: string }>(url, "select id, source::text from media_uploads");
      expect(Object.fromEntries(rows.map((row) => [row.id, row.source]))).toEqual({
        [fromIntegrator!.id]: "integrator",
        [fromCamera!.id]: "camera",
      });
    });
  });

  it("records consent for the sessions the start page created before consented_at existed, not for integrators'", async () => {
    await withScratchDatabase(async (url) => {
      await applyMigrations(url, historyWithout("20261127090152_end_user_consent"));
      const created: Record<string, string> = {};
      for (const actor of ["end_user", "integrator"]) {
        const [session] = await query<{ id: string }>(
          url,
          "insert into verification_sessions (id, created_at, updated_at) values (gen_random_uuid(), '2026-11-20T10:00:00Z', now()) returning id",
        );
        await query(
          url,
          "insert into session_events (id, session_id, type, actor, data) values (gen_random_uuid(), $1, 'session.created', $2, '{}')",
          [session!.id, actor],
        );
        created[actor] = session!.id;
      }
      expect((await applyMigrations(url))[0]).toBe("20261127090152_end_user_consent");
      const rows = await query<{ id: string; consented_at: Date | null }>(
        url,
        "select id, consented_at from verification_sessions",
      );
      const consented = Object.fromEntries(rows.map((row) => [row.id, row.consented_at?.toISOString() ?? null]));
      expect(consented).toEqual({ [created.end_user!]: "2026-11-20T10:00:00.000Z", [created.integrator!]: null });
    });
  });

  it("keeps the webhook bodies stored as text byte for byte when they become bytes", async () => {
    await withScratchDatabase(async (url) => {
      await applyMigrations(url, historyWithout("20261203085556_webhook_raw_bytes"));
      const body = '{"status":"success","verification":{"person":{"firstName":"Jüri"}}}';
      await query(
        url,
        "insert into webhook_deliveries (id, dedupe_key, kind, raw_body, headers, verified_key_index) values (gen_random_uuid(), repeat('a', 64), 'decision', $1, '{}', 0)",
        [body],
      );
      expect((await applyMigrations(url))[0]).toBe("20261203085556_webhook_raw_bytes");
      const [row] = await query<{ raw_body: Buffer }>(url, "select raw_body from webhook_deliveries");
      expect(Buffer.from(row!.raw_body).equals(Buffer.from(body, "utf8"))).toBe(true);
    });
  });
});

/** The migrations as they stood before `name`: it and every later one left out (the schema file does not matter to applying them). */
function historyWithout(name: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "prisma-history-"));
  const paths = { schema: PRISMA_PATHS.schema, migrations: path.join(dir, "migrations") };
  fs.cpSync(PRISMA_PATHS.migrations, paths.migrations, { recursive: true });
  for (const folder of fs.readdirSync(paths.migrations)) {
    if (/^\d{14}_/.test(folder) && folder >= name) fs.rmSync(path.join(paths.migrations, folder), { recursive: true });
  }
  return paths;
}

describe("pendingMigrations (what npm start checks on a DATABASE_URL it does not migrate)", () => {
  it("names every migration of an empty database, the newest of one a release behind, none of a current one", async () => {
    const names = fs
      .readdirSync(PRISMA_PATHS.migrations, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    const oneBehind = fs.mkdtempSync(path.join(os.tmpdir(), "migrations-"));
    fs.cpSync(PRISMA_PATHS.migrations, oneBehind, { recursive: true });
    fs.rmSync(path.join(oneBehind, names.at(-1)!), { recursive: true });
    await withScratchDatabase(async (url) => {
      expect(await pendingMigrations(url)).toEqual(names);
      await applyMigrations(url, { schema: PRISMA_PATHS.schema, migrations: oneBehind });
      expect(await pendingMigrations(url)).toEqual([names.at(-1)]);
      // Reading is all it does: still one behind.
      expect(await pendingMigrations(url)).toEqual([names.at(-1)]);
      await applyMigrations(url);
      expect(await pendingMigrations(url)).toEqual([]);
    });
  });
});
