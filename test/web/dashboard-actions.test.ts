import { beforeAll, describe, expect, it } from "vitest";
import { postForm, signIn, useTestWeb, type SignedIn } from "../support/test-web.js";

describe("dashboard: overview and pending queue", () => {
  const web = useTestWeb();
  let staff: SignedIn;
  let reportedId: number;
  let pledgedId: number;

  beforeAll(async () => {
    staff = await signIn(web, "staff");
    const db = web.bot.database.db;
    reportedId = (await db.pledge.findFirstOrThrow({ where: { status: "transfer_reported" } })).id;
    pledgedId = (await db.pledge.findFirstOrThrow({ where: { status: "pledged", campaign: { code: "PADI" } } })).id;
  });

  const get = async (path: string) => {
    const response = await web.app.request(path, { headers: { cookie: staff.cookie } });
    return { status: response.status, body: await response.text() };
  };

  it("shows the overview: active campaigns with progress, what waits, the last 7 days", async () => {
    const { status, body } = await get("/dashboard?lang=en");
    expect(status).toBe(200);
    expect(body).toContain("Waiting for confirmation: 2");
    expect(body).toMatch(/Last 7 days: \d+ pledges, Rp [\d,]+/);
    expect(body).toContain('href="/dashboard/campaigns/PADI"');
    expect(body).toContain("Confirmed: Rp 50,000,000");
    expect(body).toContain("Broadcasts in progress");
  });

  it("lists the pending queue with the real company names, reported transfers first", async () => {
    const { body } = await get("/dashboard/pending?lang=en");
    expect(body.indexOf(`id="pledge-${reportedId}"`)).toBeLessThan(body.indexOf(`id="pledge-${pledgedId}"`));
    expect(body).toContain("PT Sampel Hangang (demo)");
    expect(body).toContain("CV Percobaan Busan (demo)");
  });

  it("refuses a confirm without the CSRF token, with a wrong one, or from another origin, and changes nothing", async () => {
    const attempts = [
      postForm(web, `/dashboard/pending/${reportedId}/confirm`, { cookie: staff.cookie }),
      postForm(web, `/dashboard/pending/${reportedId}/confirm`, { cookie: staff.cookie, fields: { _csrf: "x".repeat(staff.csrf.length) } }),
      postForm(web, `/dashboard/pending/${reportedId}/confirm`, { cookie: staff.cookie, fields: { _csrf: staff.csrf }, origin: "https://evil.example" }),
      postForm(web, `/dashboard/pending/${reportedId}/confirm`, { cookie: staff.cookie, fields: { _csrf: staff.csrf }, origin: null }),
    ];
    for (const response of await Promise.all(attempts)) expect(response.status).toBe(403);
    const pledge = await web.bot.database.db.pledge.findUniqueOrThrow({ where: { id: reportedId } });
    expect(pledge.status).toBe("transfer_reported");
  });

  it("confirms through the chat's use case: same audit with the staff identity, the partner told, the public total up", async () => {
    await web.bot.deliver();
    const response = await postForm(web, `/dashboard/pending/${reportedId}/confirm`, { cookie: staff.cookie, fields: { _csrf: staff.csrf } });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/dashboard/pending?done=confirm&id=${reportedId}`);
    const audit = await web.bot.database.db.auditLog.findFirstOrThrow({ where: { entity: "Pledge", entityId: String(reportedId), action: "pledge.confirm" } });
    expect(audit.actor).toBe("console:staff");
    const told = await web.bot.deliver();
    expect(told.some((sent) => sent.chatId === "demo-partner-2" && sent.text.includes(`#${reportedId}`))).toBe(true);
    expect(await (await web.app.request("/c/PADI?lang=en")).text()).toContain("Confirmed: Rp 75,000,000");
    expect((await get(`/dashboard/pending?done=confirm&id=${reportedId}&lang=en`)).body).toContain(`Pledge #${reportedId} is now &quot;confirmed&quot;`);
    // The overview's counts are kept in memory, and dropped as soon as a pledge changes.
    const overview = (await get("/dashboard?lang=en")).body;
    expect(overview).toContain("Waiting for confirmation: 1");
    expect(overview).toContain("Confirmed: Rp 75,000,000");
  });

  it("says why when the pledge moved on meanwhile (confirmed twice)", async () => {
    const response = await postForm(web, `/dashboard/pending/${reportedId}/confirm`, { cookie: staff.cookie, fields: { _csrf: staff.csrf } });
    expect(response.status).toBe(409);
    expect(await response.text()).toContain(`#${reportedId}`);
  });

  it("rejects only with a reason, and records it", async () => {
    const without = await postForm(web, `/dashboard/pending/${pledgedId}/reject`, { cookie: staff.cookie, fields: { _csrf: staff.csrf, reason: " " } });
    expect(without.status).toBe(409);
    const withReason = await postForm(web, `/dashboard/pending/${pledgedId}/reject`, { cookie: staff.cookie, fields: { _csrf: staff.csrf, reason: "Tidak ada transfer" } });
    expect(withReason.status).toBe(303);
    const pledge = await web.bot.database.db.pledge.findUniqueOrThrow({ where: { id: pledgedId } });
    expect(pledge).toMatchObject({ status: "rejected", statusReason: "Tidak ada transfer" });
  });
});
