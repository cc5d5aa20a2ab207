// The session list against a real PostgreSQL: filters, search and keyset pages.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listSessions, PAGE_SIZE, sessionListQuery } from "./session-list";

// Sessions of their own, on days no other test writes, so the list sees only these.
const DAY = "2001-02-03";
const statuses = ["approved", "declined", "submitted"] as const;
let seeded: {
  id: string;
  createdAt: Date;
  status: string;
  vendorData: string;
  endUserId: string;
  veriffSessionId: string;
}[];

beforeAll(async () => {
  const start = Date.parse(`${DAY}T00:00:00Z`);
  seeded = Array.from({ length: 2 * PAGE_SIZE + 7 }, (_, index) => ({
    id: randomUUID(),
    veriffSessionId: randomUUID(),
    endUserId: randomUUID(),
    vendorData: `list-test-${index}`,
    status: statuses[index % 3]!,
    // Pairs share a creation time, so the id must break ties.
    createdAt: new Date(start + Math.floor(index / 2) * 60_000),
  }));
  await db().verificationSession.createMany({
    data: seeded.map((row) => ({ ...row, status: row.status as (typeof statuses)[number] })),
  });
});

const list = (query: Record<string, string>) => listSessions(sessionListQuery.parse({ from: DAY, to: DAY, ...query }));
const newestFirst = () =>
  [...seeded]
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id.localeCompare(a.id))
    .map((row) => row.id);

describe("listSessions", () => {
  it("walks every session exactly once, newest first, in pages of 50, and back again", async () => {
    const pages: string[][] = [];
    let page = await list({});
    expect(page.before).toBeUndefined();
    pages.push(page.rows.map((row) => row.id));
    while (page.after) {
      page = await list({ after: page.after });
      pages.push(page.rows.map((row) => row.id));
    }
    expect(pages.map((rows) => rows.length)).toEqual([PAGE_SIZE, PAGE_SIZE, 7]);
    expect(pages.flat()).toEqual(newestFirst());

    // From the last page, "previous" gives back the second, then the first.
    const second = await list({ before: page.before! });
    expect(second.rows.map((row) => row.id)).toEqual(pages[1]);
    const first = await list({ before: second.before! });
    expect(first.rows.map((row) => row.id)).toEqual(pages[0]);
    expect(first.before).toBeUndefined();
    expect(first.after).toBeDefined();
  });

  it("sorts oldest first when asked", async () => {
    const page = await list({ order: "oldest" });
    expect(page.rows.map((row) => row.id)).toEqual(newestFirst().reverse().slice(0, PAGE_SIZE));
  });

  it("filters by status and by creation day", async () => {
    const declined = await list({ status: "declined" });
    expect(declined.rows.map((row) => row.id).sort()).toEqual(
      seeded
        .filter((row) => row.status === "declined")
        .map((row) => row.id)
        .sort(),
    );
    expect((await list({ from: "2001-02-04", to: "2001-02-04" })).rows).toEqual([]);
  });

  it("finds a session by our id, Veriff's id, the end-user id or vendorData, exactly", async () => {
    const target = seeded[42]!;
    for (const q of [target.id, target.veriffSessionId.toUpperCase(), target.endUserId, target.vendorData]) {
      expect((await list({ q })).rows.map((row) => row.id)).toEqual([target.id]);
    }
    expect((await list({ q: "list-test" })).rows).toEqual([]);
  });

  it("ignores malformed parameters instead of failing", async () => {
    const query = sessionListQuery.parse({
      status: "nonsense",
      from: "yesterday",
      to: DAY,
      order: "sideways",
      after: "%%%",
    });
    expect(query).toEqual({ to: DAY, order: "newest", after: "%%%" });
    // A cursor that does not decode is the first page.
    const first = await listSessions(query);
    expect(first.rows[0]?.id).toBe(newestFirst()[0]);
    expect(
      (await listSessions({ ...query, after: Buffer.from("not|a-cursor").toString("base64url") })).rows[0]?.id,
    ).toBe(newestFirst()[0]);
  });
});
