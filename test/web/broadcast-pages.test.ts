import { beforeAll, describe, expect, it } from "vitest";
import { postForm, signIn, useTestWeb, type SignedIn } from "../support/test-web.js";

describe("dashboard: broadcasts (composer, recipient preview, delivery report, cancel)", () => {
  const web = useTestWeb();
  let staff: SignedIn;
  const db = () => web.bot.database.db;

  beforeAll(async () => {
    staff = await signIn(web, "staff");
    for (const name of ["bc-ani", "bc-budi", "bc-citra"]) await web.bot.chat(name).send("/subscribe PADI");
    await web.bot.chat("bc-wa", { channel: "whatsapp" }).send("/subscribe PADI");
    await web.bot.deliver();
  });

  const get = async (path: string) => {
    const response = await web.app.request(path, { headers: { cookie: staff.cookie } });
    return { status: response.status, body: await response.text() };
  };
  const post = (path: string, fields: Record<string, string>) => postForm(web, path, { cookie: staff.cookie, fields: { _csrf: staff.csrf, ...fields } });
  const compose = { audience: "campaign_subscribers", campaign: "PADI", "text.id": "Halo <semua>", "text.en": "Hello all", when: "now" };

  it("previews the recipients per channel, in the page and as the htmx fragment", async () => {
    const subscribers = await db().subscription.findMany({ where: { campaign: { code: "PADI" } }, include: { member: true } });
    const whatsapp = subscribers.filter((row) => row.member.channel === "whatsapp").length;
    const console = subscribers.filter((row) => row.member.channel === "console").length;
    const page = await get("/dashboard/broadcasts/new?audience=campaign_subscribers&campaign=PADI&lang=en");
    expect(page.status).toBe(200);
    expect(page.body).toContain(`${subscribers.length} recipients now`);
    expect(page.body).toContain(`whatsapp: ${whatsapp}`);
    expect(page.body).toContain(`console: ${console}`);
    expect(page.body).toContain('hx-get="/dashboard/broadcasts/preview"');
    const fragment = await get("/dashboard/broadcasts/preview?audience=campaign_subscribers&campaign=PADI&lang=en");
    expect(fragment.body.startsWith('<div id="preview"')).toBe(true);
    expect(fragment.body).toContain(`whatsapp: ${whatsapp}`);
    expect((await get("/dashboard/broadcasts/preview?audience=campaign_subscribers&lang=en")).body).toContain("Pick an audience");
  });

  it("queues a broadcast once per form, audited, and reports its sends with the reasons for skipped ones", async () => {
    const fields = { ...compose, _once: "broadcast-once-0123456789" };
    const first = await post("/dashboard/broadcasts", fields);
    expect(first.status).toBe(303);
    const location = first.headers.get("location")!;
    expect(location).toMatch(/^\/dashboard\/broadcasts\/\d+$/);
    expect((await post("/dashboard/broadcasts", fields)).headers.get("location")).toBe(location);
    const broadcast = await db().broadcast.findFirstOrThrow({ where: { requestKey: "web-broadcast:broadcast-once-0123456789" } });
    expect(await db().broadcast.count({ where: { requestKey: { startsWith: "web-broadcast:" } } })).toBe(1);
    expect((await db().auditLog.findFirstOrThrow({ where: { action: "broadcast.create", entityId: String(broadcast.id) } })).actor).toBe("console:staff");

    await web.bot.chat("bc-budi").send("/stop");
    const sent = await web.bot.deliver();
    expect(sent.filter((message) => message.text.includes("Halo <semua>")).map((message) => message.chatId).sort()).toEqual(expect.arrayContaining(["bc-ani", "bc-citra"]));
    expect((await get(location)).body).toContain("Halo &lt;semua&gt;");
    const report = await get(`${location}?lang=en`);
    expect(report.body).toContain("Hello all");
    expect(report.body).toMatch(/sent: <strong>\d+<\/strong>/);
    expect(report.body).toContain("skipped: <strong>1</strong>");
    expect(report.body).toContain("opted out (/stop)");
    expect(report.body).not.toContain("/cancel");
  });

  it("refuses a broadcast without an audience, without text, at a past time, or to nobody", async () => {
    const before = await db().broadcast.count();
    const cases: [Record<string, string>, string][] = [
      [{ audience: "" }, "Pick an audience"],
      [{ audience: "campaign_partners", campaign: "" }, "Which campaign?"],
      [{ "text.id": " " }, "Indonesian text is required"],
      [{ "text.id": "a\u0000b" }, "invisible control characters"],
      [{ when: "later", sendAt: "2020-01-01T09:00" }, "already passed"],
      [{ when: "later", sendAt: "besok" }, "could not read that time"],
      [{ audience: "campaign_subscribers", campaign: "BTS" }, "Nobody would receive"],
    ];
    for (const [index, [change, message]] of cases.entries()) {
      const response = await post("/dashboard/broadcasts?lang=en", { ...compose, _once: `refused-once-${index}-0123456789`, ...change });
      expect(response.status, message).toBe(409);
      expect(await response.text()).toContain(message);
    }
    expect(await db().broadcast.count()).toBe(before);
  });

  it("cancels a broadcast planned for later: its sends stop; cancelling again is refused", async () => {
    const response = await post("/dashboard/broadcasts", { ...compose, _once: "later-once-0123456789", when: "later", sendAt: "2026-12-24T09:00" });
    const location = response.headers.get("location")!;
    const number = Number(location.split("/").pop());
    expect((await get(location)).body).toContain(`/dashboard/broadcasts/${number}/cancel`);
    expect((await post(`/dashboard/broadcasts/${number}/cancel`, {})).status).toBe(303);
    const broadcast = await db().broadcast.findUniqueOrThrow({ where: { number }, include: { deliveries: true } });
    expect(broadcast.status).toBe("cancelled");
    expect(broadcast.deliveries.every((delivery) => delivery.status === "cancelled")).toBe(true);
    const again = await post(`/dashboard/broadcasts/${number}/cancel?lang=en`, {});
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("already finished or cancelled");
    expect((await get("/dashboard/broadcasts?lang=en")).body).toContain(`href="/dashboard/broadcasts/${number}"`);
    expect((await get("/dashboard/broadcasts/99999")).status).toBe(404);
  });
});
