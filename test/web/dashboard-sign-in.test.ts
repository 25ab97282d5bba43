import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { TEST_NOW } from "../support/test-bot.js";
import { askSignInLink, postForm, signIn, useTestWeb } from "../support/test-web.js";

const DASHBOARD_GETS = [
  "/dashboard", "/dashboard/pending", "/dashboard/campaigns", "/dashboard/campaigns/new", "/dashboard/campaigns/PADI", "/dashboard/companies",
  "/dashboard/companies/1", "/dashboard/broadcasts", "/dashboard/broadcasts/new", "/dashboard/broadcasts/preview", "/dashboard/schedules", "/dashboard/audit",
];

describe("staff sign-in without passwords", () => {
  const web = useTestWeb();
  // Each test lives two days after the last, so the per-identity link limit of one never binds another.
  let start = TEST_NOW;
  beforeEach(() => {
    start = new Date(start.getTime() + 2 * 86_400_000);
    web.bot.clock.now = start;
  });
  afterAll(() => {
    web.bot.clock.now = TEST_NOW;
  });

  it("sends staff a one-time link in chat, and refuses anyone else", async () => {
    const link = await askSignInLink(web, "staff");
    expect(link).toMatch(/^http:\/\/localhost\/sign-in\/[\w-]{43}$/);
    expect(await web.bot.chat("visitor").send("/dashboard")).not.toContain("/sign-in/");
    // Only the hash is stored.
    const token = link.split("/").pop()!;
    const stored = await web.bot.database.db.webSignInToken.findMany();
    expect(stored.some((row) => row.tokenHash === token)).toBe(false);
  });

  it("shows the link's page without using it up, then signs in once with an HttpOnly, SameSite=Lax cookie", async () => {
    const path = new URL(await askSignInLink(web, "staff")).pathname;
    for (let look = 0; look < 2; look++) {
      const page = await web.app.request(path);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<form method="post">');
    }
    const first = await web.app.request(path, { method: "POST", headers: { origin: "http://localhost" } });
    expect(first.status).toBe(303);
    expect(first.headers.get("location")).toBe("/dashboard");
    const cookie = first.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^kp_session=[\w-]+; Path=\/dashboard; HttpOnly; SameSite=Lax$/);
    const again = await web.app.request(path, { method: "POST", headers: { origin: "http://localhost" } });
    expect(again.status).toBe(403);
    expect((await web.app.request(path)).status).toBe(403);
  });

  it("refuses a sign-in POST from another origin or with none, and keeps the link usable", async () => {
    const path = new URL(await askSignInLink(web, "staff")).pathname;
    expect((await web.app.request(path, { method: "POST", headers: { origin: "https://evil.example" } })).status).toBe(403);
    expect((await web.app.request(path, { method: "POST" })).status).toBe(403);
    expect((await web.app.request(path, { method: "POST", headers: { origin: "http://localhost" } })).status).toBe(303);
  });

  it("refuses a link after 10 minutes, and an unknown one", async () => {
    const path = new URL(await askSignInLink(web, "staff")).pathname;
    web.bot.clock.now = new Date(start.getTime() + 10 * 60_000 + 1);
    expect((await web.app.request(path, { method: "POST", headers: { origin: "http://localhost" } })).status).toBe(403);
    expect((await web.app.request("/sign-in/not-a-token", { method: "POST", headers: { origin: "http://localhost" } })).status).toBe(403);
  });

  it("rate-limits links per identity: three per 10 minutes", async () => {
    for (let link = 0; link < 3; link++) await askSignInLink(web, "staff");
    expect(await web.bot.chat("staff").send("/dashboard")).toMatch(/beberapa tautan/);
    // Another identity is not held back by this one.
    await web.bot.chat("staff").send("/staff add console:other");
    await askSignInLink(web, "other");
    web.bot.clock.now = new Date(start.getTime() + 10 * 60_000 + 1);
    await askSignInLink(web, "staff");
  });

  it("answers 401 on every dashboard URL without a session, or with a made-up one", async () => {
    for (const cookie of [undefined, "kp_session=forged"]) {
      for (const path of DASHBOARD_GETS) {
        const response = await web.app.request(path, { headers: cookie ? { cookie } : {} });
        expect(response.status, path).toBe(401);
        expect(await response.text()).toContain("/dashboard");
      }
      expect((await postForm(web, "/dashboard/pending/1/confirm", { cookie })).status).toBe(401);
    }
  });

  it("ends a removed staff member's sessions and unused links at once; added again, they must sign in afresh", async () => {
    await web.bot.chat("staff").send("/staff add console:helper");
    const helper = await signIn(web, "helper");
    const unusedLink = new URL(await askSignInLink(web, "helper"));
    for (const path of DASHBOARD_GETS) expect((await web.app.request(path, { headers: { cookie: helper.cookie } })).status, path).toBe(200);
    await web.bot.chat("staff").send("/staff remove console:helper");
    expect(await web.bot.database.db.webSession.count({ where: { identity: "console:helper" } })).toBe(0);
    await web.bot.chat("staff").send("/staff add console:helper");
    for (const path of DASHBOARD_GETS) expect((await web.app.request(path, { headers: { cookie: helper.cookie } })).status, path).toBe(401);
    const post = await postForm(web, "/dashboard/pending/1/confirm", { cookie: helper.cookie, fields: { _csrf: helper.csrf } });
    expect(post.status).toBe(401);
    expect((await web.app.request(unusedLink.pathname, { method: "POST", headers: { origin: "http://localhost" } })).headers.get("set-cookie")).toBeNull();
    await web.bot.chat("staff").send("/staff remove console:helper");
  });

  it("answers 403 on every dashboard URL at once when the staff grant is gone, whoever removed it", async () => {
    await web.bot.chat("staff").send("/staff add console:helper");
    const helper = await signIn(web, "helper");
    // Another instance, or an operator in SQL: the session stays, the rights read on each request do not.
    await web.bot.database.db.staffGrant.delete({ where: { identity: "console:helper" } });
    for (const path of DASHBOARD_GETS) expect((await web.app.request(path, { headers: { cookie: helper.cookie } })).status, path).toBe(403);
    const post = await postForm(web, "/dashboard/pending/1/confirm", { cookie: helper.cookie, fields: { _csrf: helper.csrf } });
    expect(post.status).toBe(403);
  });

  it("ends a session after 12 idle hours, but not while it is used", async () => {
    const session = await signIn(web, "staff");
    const at = (hours: number) => (web.bot.clock.now = new Date(start.getTime() + hours * 3_600_000));
    at(11);
    expect((await web.app.request("/dashboard", { headers: { cookie: session.cookie } })).status).toBe(200);
    at(22);
    expect((await web.app.request("/dashboard", { headers: { cookie: session.cookie } })).status).toBe(200);
    at(34.1);
    expect((await web.app.request("/dashboard", { headers: { cookie: session.cookie } })).status).toBe(401);
  });

  it("signs out with the button: the cookie is cleared and the session is gone from the database", async () => {
    const session = await signIn(web, "staff");
    const out = await postForm(web, "/dashboard/sign-out", { cookie: session.cookie, fields: { _csrf: session.csrf } });
    expect(out.status).toBe(303);
    expect(out.headers.get("set-cookie")).toMatch(/^kp_session=; Max-Age=0; Path=\/dashboard/);
    expect((await web.app.request("/dashboard", { headers: { cookie: session.cookie } })).status).toBe(401);
  });
});

describe("staff sign-in behind HTTPS", () => {
  const web = useTestWeb({ publicUrl: "https://peduli.example.org" });

  it("makes the cookie Secure and accepts forms from the public origin", async () => {
    const link = await askSignInLink(web, "staff");
    expect(link.startsWith("https://peduli.example.org/sign-in/")).toBe(true);
    const response = await web.app.request(new URL(link).pathname, { method: "POST", headers: { origin: "https://peduli.example.org" } });
    expect(response.status).toBe(303);
    expect(response.headers.get("set-cookie")).toContain("; Secure");
  });

  it("links /campaign to the campaign's page", async () => {
    expect(await web.bot.chat("visitor").send("/campaign PADI")).toContain("https://peduli.example.org/c/PADI?lang=id");
  });
});
