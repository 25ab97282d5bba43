import { beforeAll, describe, expect, it } from "vitest";
import { signIn, useTestWeb, type SignedIn } from "../support/test-web.js";

describe("dashboard: audit log (filters by actor, action and date, keyset pages)", () => {
  const web = useTestWeb();
  let staff: SignedIn;
  const db = () => web.bot.database.db;

  beforeAll(async () => {
    staff = await signIn(web, "staff");
    await db().auditLog.createMany({
      data: Array.from({ length: 130 }, (_, index) => ({
        actor: index % 2 === 0 ? "whatsapp:6281234567890" : "console:<b>x</b>",
        action: index % 3 === 0 ? "pledge.confirm" : "campaign.edit",
        entity: "Pledge",
        entityId: String(index),
        after: { phone: "6281234567890", index },
        createdAt: new Date(Date.UTC(2026, 10, 1 + (index % 20), 3)),
      })),
    });
  });

  const get = async (path: string) => (await web.app.request(path, { headers: { cookie: staff.cookie } })).text();
  const idsOf = (body: string) => [...body.matchAll(/id="audit-(\d+)"/g)].map((match) => Number(match[1]));

  async function walk(path: string): Promise<number[]> {
    const ids: number[] = [];
    for (let next: string | undefined = path; next; ) {
      const body = await get(next);
      ids.push(...idsOf(body));
      next = /href="(\/dashboard\/audit\?[^"]+)" rel="next"/.exec(body)?.[1]?.replaceAll("&amp;", "&");
    }
    return ids;
  }

  it("pages newest first by id with no row lost or repeated, masking phone numbers and escaping", async () => {
    const first = await get("/dashboard/audit");
    expect(idsOf(first)).toHaveLength(50);
    expect(first).toContain("whatsapp:•••••••••7890");
    expect(first).not.toContain("6281234567890");
    expect(first).toContain("console:&lt;b&gt;x&lt;/b&gt;");
    const all = await walk("/dashboard/audit");
    expect(all).toEqual([...all].sort((a, b) => b - a));
    expect(all).toHaveLength(await db().auditLog.count());
  });

  it("filters by actor, action and Jakarta dates, together, across pages", async () => {
    const actor = encodeURIComponent("whatsapp:6281234567890");
    expect(await walk(`/dashboard/audit?actor=${actor}`)).toHaveLength(65);
    expect(await walk(`/dashboard/audit?action=pledge.confirm`)).toHaveLength(await db().auditLog.count({ where: { action: "pledge.confirm" } }));
    const expected = await db().auditLog.count({
      where: { actor: "whatsapp:6281234567890", action: "campaign.edit", createdAt: { gte: new Date("2026-11-04T17:00:00Z"), lt: new Date("2026-11-10T17:00:00Z") } },
    });
    expect(expected).toBeGreaterThan(0);
    expect(await walk(`/dashboard/audit?actor=${actor}&action=campaign.edit&from=2026-11-05&to=2026-11-10`)).toHaveLength(expected);
    expect(await walk("/dashboard/audit?action=nothing.here")).toHaveLength(0);
    expect(await get("/dashboard/audit?from=not-a-date&before=x")).toContain('id="audit-');
  });
});
