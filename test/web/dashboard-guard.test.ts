import { beforeAll, describe, expect, it } from "vitest";
import { postForm, signIn, useTestWeb, type SignedIn } from "../support/test-web.js";

/** Every action form the dashboard has, with fields that would succeed if the guard let them through. */
const ACTIONS: [string, Record<string, string>][] = [
  ["/dashboard/campaigns", { code: "GRD", "title.id": "Judul", "story.id": "Cerita", target: "10jt", startsOn: "2026-12-01", endsOn: "2026-12-31" }],
  ["/dashboard/campaigns/PADI/edit", { field: "title", value: "Diubah" }],
  ["/dashboard/campaigns/PADI/close", {}],
  ["/dashboard/campaigns/BTS/reopen", { endsOn: "2027-01-31" }],
  ["/dashboard/campaigns/PADI/updates", { _once: "guard-once-0123456789", "text.id": "Kabar" }],
  ["/dashboard/companies/1/phones", { phone: "081299998888" }],
  ["/dashboard/broadcasts", { _once: "guard-once-9876543210", audience: "all_subscribers", "text.id": "Halo", when: "now" }],
  ["/dashboard/schedules", { kind: "digest", cron: "0 9 * * 5" }],
  ["/dashboard/schedules/1/pause", {}],
];

describe("dashboard actions: CSRF token, own origin and staff rights on every POST", () => {
  const web = useTestWeb();
  let staff: SignedIn;
  let helper: SignedIn;
  const audited = () => web.bot.database.db.auditLog.count();

  beforeAll(async () => {
    staff = await signIn(web, "staff");
    await web.bot.chat("staff").send("/staff add console:helper");
    helper = await signIn(web, "helper");
    // The grant gone with the session left (`/staff remove` would end the session too): the rights are read on every POST.
    await web.bot.database.db.staffGrant.delete({ where: { identity: "console:helper" } });
  });

  it.each(ACTIONS)("refuses %s without the token, with a wrong one, from another origin, with no Origin, or signed out", async (path, fields) => {
    const before = await audited();
    const attempts = [
      postForm(web, path, { cookie: staff.cookie, fields }),
      postForm(web, path, { cookie: staff.cookie, fields: { ...fields, _csrf: "x".repeat(staff.csrf.length) } }),
      postForm(web, path, { cookie: staff.cookie, fields: { ...fields, _csrf: staff.csrf }, origin: "https://evil.example" }),
      postForm(web, path, { cookie: staff.cookie, fields: { ...fields, _csrf: staff.csrf }, origin: null }),
      postForm(web, path, { cookie: helper.cookie, fields: { ...fields, _csrf: helper.csrf } }),
    ];
    expect((await Promise.all(attempts)).map((response) => response.status)).toEqual([403, 403, 403, 403, 403]);
    expect((await postForm(web, path, { fields: { ...fields, _csrf: staff.csrf } })).status).toBe(401);
    expect(await audited()).toBe(before);
  });

  it("refuses a body over the form limit before reading it, and keeps serving", async () => {
    const response = await postForm(web, "/dashboard/schedules", { cookie: staff.cookie, fields: { _csrf: staff.csrf, cron: "x".repeat(2 * 1024 * 1024) } });
    expect(response.status).toBe(413);
    expect((await web.app.request("/dashboard/schedules", { headers: { cookie: staff.cookie } })).status).toBe(200);
  });

  it("serves htmx from this server, not a CDN, and pages work without it", async () => {
    const script = await web.app.request("/static/htmx.min.js");
    expect(script.status).toBe(200);
    expect(script.headers.get("content-type")).toContain("javascript");
    expect(await script.text()).toContain("htmx");
    const page = await (await web.app.request("/dashboard/campaigns", { headers: { cookie: staff.cookie } })).text();
    expect(page).toContain('<script src="/static/htmx.min.js" defer="">');
    expect(page).not.toMatch(/<script[^>]+src="https?:/);
    // Every form still posts to a real URL, so the page works with JavaScript off.
    expect(page).toContain('hx-boost="true"');
  });
});
