import { beforeAll, describe, expect, it } from "vitest";
import { postForm, signIn, useTestWeb, type SignedIn } from "../support/test-web.js";

describe("dashboard: campaigns (view, pledges table, create, edit, close, reopen, update)", () => {
  const web = useTestWeb();
  let staff: SignedIn;
  const db = () => web.bot.database.db;

  beforeAll(async () => {
    staff = await signIn(web, "staff");
  });

  const get = async (path: string) => {
    const response = await web.app.request(path, { headers: { cookie: staff.cookie } });
    return { status: response.status, body: await response.text() };
  };
  const post = (path: string, fields: Record<string, string>) => postForm(web, path, { cookie: staff.cookie, fields: { _csrf: staff.csrf, ...fields } });
  const rowsOf = (body: string) => [...body.matchAll(/<td>#(\d+)<\/td>/g)].map((match) => Number(match[1]));
  const nextOf = (body: string) => /href="(\/dashboard\/campaigns\/MANY\?[^"#]+)#pledges" rel="next"/.exec(body)?.[1]?.replaceAll("&amp;", "&");

  /** Follows "next" links from `path` to the end, returning every row id in order. */
  async function walk(path: string): Promise<number[]> {
    const ids: number[] = [];
    for (let next: string | undefined = path; next; ) {
      const { body } = await get(next);
      ids.push(...rowsOf(body));
      next = nextOf(body);
    }
    return ids;
  }

  describe("the pledges table", () => {
    let organizations: number[];
    beforeAll(async () => {
      const campaign = await db().campaign.create({
        data: { code: "MANY", title: { id: "Banyak" }, story: { id: "-" }, target: 1_000_000_000n, startsOn: new Date(), endsOn: new Date(), status: "active" },
      });
      const first = await db().organization.create({ data: { name: "<b>PT Tebal</b>", nameKey: "pt tebal", city: "Jakarta" } });
      const second = await db().organization.create({ data: { name: "CV Kedua", nameKey: "cv kedua", city: "Bekasi" } });
      organizations = [first.id, second.id];
      const member = await db().member.create({ data: { channel: "console", userId: "many-partner", organizationId: first.id } });
      await db().pledge.createMany({
        data: Array.from({ length: 120 }, (_, index) => ({
          campaignId: campaign.id, organizationId: organizations[index % 3 === 0 ? 1 : 0]!, memberId: member.id,
          kind: index % 5 === 0 ? ("goods" as const) : ("cash" as const),
          // Seven amounts only: many ties, which the (amount, id) cursor must page through exactly.
          amount: BigInt(1000 + (index % 7)), status: index % 4 === 0 ? ("confirmed" as const) : ("pledged" as const), sourceMessageId: `many:${index}`,
        })),
      });
      await db().campaignPartnerTotal.createMany({ data: organizations.map((organizationId) => ({ campaignId: campaign.id, organizationId })) });
    });

    it("pages newest first, 50 at a time by cursor, with escaped company names", async () => {
      const first = await get("/dashboard/campaigns/MANY");
      expect(first.body).toContain("&lt;b&gt;PT Tebal&lt;/b&gt;");
      expect(first.body).not.toContain("<b>PT Tebal</b>");
      const firstRows = rowsOf(first.body);
      expect(firstRows).toHaveLength(50);
      expect(firstRows).toEqual([...firstRows].sort((a, b) => b - a));
      expect(nextOf(first.body)).toContain(`after=${firstRows[49]}`);
      const all = await walk("/dashboard/campaigns/MANY");
      expect(all).toHaveLength(120);
      expect(new Set(all).size).toBe(120);
      expect(all).toEqual([...all].sort((a, b) => b - a));
    });

    it("sorts by amount through ties without losing or repeating a row, both ways", async () => {
      const pledges = await db().pledge.findMany({ where: { campaign: { code: "MANY" } } });
      const amountOf = new Map(pledges.map((pledge) => [pledge.id, pledge.amount]));
      const largest = await walk("/dashboard/campaigns/MANY?sort=largest");
      expect(largest).toEqual([...pledges].sort((a, b) => Number(b.amount - a.amount) || b.id - a.id).map((pledge) => pledge.id));
      const smallest = await walk("/dashboard/campaigns/MANY?sort=smallest");
      expect(smallest).toEqual([...largest].reverse());
      expect(amountOf.get(smallest[0]!)).toBe(1000n);
      expect(await walk("/dashboard/campaigns/MANY?sort=oldest")).toEqual([...pledges].map((pledge) => pledge.id).sort((a, b) => a - b));
    });

    it("filters by status, type and company, together and with paging", async () => {
      expect(await walk("/dashboard/campaigns/MANY?status=confirmed")).toHaveLength(30);
      expect(await walk("/dashboard/campaigns/MANY?kind=goods")).toHaveLength(24);
      expect(await walk(`/dashboard/campaigns/MANY?company=${organizations[1]}`)).toHaveLength(40);
      const combined = await walk(`/dashboard/campaigns/MANY?company=${organizations[0]}&kind=cash&sort=largest`);
      const expected = await db().pledge.count({ where: { campaign: { code: "MANY" }, organizationId: organizations[0], kind: "cash" } });
      expect(combined).toHaveLength(expected);
      // Unknown filter values are ignored, not errors.
      expect((await get("/dashboard/campaigns/MANY?status=<x>&sort=drop&after=abc")).status).toBe(200);
      expect((await get("/dashboard/campaigns/NOPE")).status).toBe(404);
    });
  });

  it("shows goals, beneficiaries and updates on the campaign page", async () => {
    const { body } = await get("/dashboard/campaigns/BTS?lang=en");
    expect(body).toContain("Beneficiaries");
    expect(body).toContain("students");
    expect(body).toContain("Updates");
    expect(body).toContain('action="/dashboard/campaigns/BTS/reopen"');
  });

  const newCampaign = {
    code: "WEB1", "title.id": "Sumur <desa>", "title.en": "Village wells", "story.id": "Air bersih untuk desa.", target: "150jt",
    startsOn: "2026-12-01", endsOn: "2027-01-31", goals: "villages=4, families=300", regions: "Sukabumi, Bekasi", status: "active",
  };

  it("creates a campaign through the chat's use case, audited as the staff member, shown escaped", async () => {
    const response = await post("/dashboard/campaigns", newCampaign);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/dashboard/campaigns/WEB1");
    const campaign = await db().campaign.findUniqueOrThrow({ where: { code: "WEB1" }, include: { goals: true } });
    expect(campaign).toMatchObject({ target: 150_000_000n, status: "active", regions: ["Sukabumi", "Bekasi"] });
    expect(campaign.goals.map((goal) => goal.key).sort()).toEqual(["families", "villages"]);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "campaign.create", entityId: "WEB1" } });
    expect(audit.actor).toBe("console:staff");
    const page = await get("/dashboard/campaigns/WEB1");
    expect(page.body).toContain("Sumur &lt;desa&gt;");
    expect((await web.app.request("/c/WEB1")).status).toBe(200);
  });

  it("refuses bad input with a clear message in the staff member's language, storing nothing", async () => {
    const cases: [Record<string, string>, string][] = [
      [{ code: "WEB1" }, "already used"],
      [{ code: "WEB2", target: "sepuluh" }, "target amount"],
      [{ code: "WEB3", "title.id": "Judul\u0000" }, "invisible control characters"],
      [{ code: "WEB4", endsOn: "2026-11-01" }, "must not be before"],
      [{ code: "WEB5", goals: "banyak" }, "name=number"],
      [{ code: "WEB6", "title.id": "" }, "Indonesian text is required"],
      [{ code: "WEB7", "story.id": "x".repeat(801) }, "too long"],
    ];
    for (const [change, message] of cases) {
      const response = await post("/dashboard/campaigns?lang=en", { ...newCampaign, ...change });
      expect(response.status).toBe(409);
      expect(await response.text()).toContain(message);
    }
    const huge = await post("/dashboard/campaigns?lang=en", { ...newCampaign, code: "WEB8", "story.id": "x".repeat(10 * 1024 * 1024) });
    expect(huge.status).toBe(413);
    expect(await db().campaign.count({ where: { code: { in: ["WEB2", "WEB3", "WEB4", "WEB5", "WEB6", "WEB7", "WEB8"] } } })).toBe(0);
  });

  it("edits a field, closes, refuses a second close, and reopens with a new end date, each audited", async () => {
    expect((await post("/dashboard/campaigns/WEB1/edit", { field: "title", value: "Sumur bersih" })).status).toBe(303);
    const edited = await db().campaign.findUniqueOrThrow({ where: { code: "WEB1" } });
    expect(edited.title).toEqual({ id: "Sumur bersih", en: "Village wells" });
    const badField = await post("/dashboard/campaigns/WEB1/edit?lang=en", { field: "status", value: "x" });
    expect(badField.status).toBe(409);

    expect((await post("/dashboard/campaigns/WEB1/close", {})).status).toBe(303);
    expect((await db().campaign.findUniqueOrThrow({ where: { code: "WEB1" } })).status).toBe("closed");
    const again = await post("/dashboard/campaigns/WEB1/close?lang=en", {});
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("already closed");

    const past = await post("/dashboard/campaigns/WEB1/reopen?lang=en", { endsOn: "2026-01-01" });
    expect(past.status).toBe(409);
    expect((await post("/dashboard/campaigns/WEB1/reopen", { endsOn: "2027-03-01" })).status).toBe(303);
    expect((await db().campaign.findUniqueOrThrow({ where: { code: "WEB1" } })).status).toBe("active");
    const actions = await db().auditLog.findMany({ where: { entityId: "WEB1", actor: "console:staff" }, orderBy: { id: "asc" } });
    expect(actions.map((entry) => entry.action)).toEqual(["campaign.create", "campaign.edit", "campaign.close", "campaign.reopen"]);
  });

  it("posts an update once, however often the form is sent, moving the goals and telling subscribers", async () => {
    const subscriber = web.bot.chat("web-subscriber");
    await subscriber.send("/subscribe WEB1");
    await web.bot.deliver();
    const fields = { _once: "update-once-0123456789", "text.id": "Dua sumur selesai.", "text.en": "Two wells done.", "reached.villages": "2", "reached.families": "" };
    const responses = [await post("/dashboard/campaigns/WEB1/updates", fields), await post("/dashboard/campaigns/WEB1/updates", fields)];
    for (const response of responses) expect(response.status).toBe(303);
    const campaign = await db().campaign.findUniqueOrThrow({ where: { code: "WEB1" }, include: { goals: true, updates: true } });
    expect(campaign.updates).toHaveLength(1);
    expect(campaign.updates[0]!.author).toBe("console:staff");
    expect(campaign.goals.find((goal) => goal.key === "villages")?.reached).toBe(2);
    const sent = await web.bot.deliver();
    expect(sent.filter((message) => message.chatId === "web-subscriber" && message.text.includes("Dua sumur selesai."))).toHaveLength(1);
    const unknownGoal = await post("/dashboard/campaigns/WEB1/updates?lang=en", { ...fields, _once: "update-once-abcdefghij", "reached.schools": "3" });
    expect(unknownGoal.status).toBe(409);
    expect(await unknownGoal.text()).toContain("no goal &quot;schools&quot;");
  });
});
