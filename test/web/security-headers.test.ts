import { WhatsAppAPI } from "whatsapp-api-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTelegramWebhook } from "../../src/channels/telegram/webhook-server.js";
import { createCloudApiWebhook } from "../../src/channels/whatsapp/cloud-api-webhook.js";
import { createLogger } from "../../src/logger.js";
import { startWebServer, type WebServer } from "../../src/web/start-web-server.js";
import { phonePhoto, smallPdf } from "../support/test-files.js";
import { pledge, registerCompany } from "../support/partners.js";
import { signIn, useTestWeb, type SignedIn } from "../support/test-web.js";

const logger = createLogger({ level: "silent" });
const SECRET = "hook-secret";

/** The headers every response must carry, whatever wrote it. */
function expectSecurityHeaders(response: Response, what: string, options: { frameable?: boolean } = {}) {
  const csp = response.headers.get("content-security-policy") ?? "";
  expect(csp, what).not.toBe("");
  expect(csp, what).not.toContain("unsafe-inline");
  expect(response.headers.get("x-content-type-options"), what).toBe("nosniff");
  expect(response.headers.get("referrer-policy"), what).toBe("same-origin");
  if (options.frameable) {
    expect(csp, what).toContain("frame-ancestors *");
    expect(response.headers.get("x-frame-options"), what).toBeNull();
  } else {
    expect(response.headers.get("x-frame-options"), what).toBe("DENY");
  }
}

describe("security headers on every response of the web server", () => {
  const web = useTestWeb();
  let server: WebServer;
  let staff: SignedIn;
  const url = (path: string) => `${server.url}${path}`;

  beforeAll(async () => {
    const telegram = createTelegramWebhook({ secret: SECRET, path: "/tg", isReady: () => true, handleUpdate: async () => {}, logger });
    const whatsapp = createCloudApiWebhook({
      api: new WhatsAppAPI({ token: "t", appSecret: "app-secret", webhookVerifyToken: "verify", v: "v24.0" }),
      path: "/wa",
      logger,
      record: async () => {},
    });
    server = await startWebServer(web.deps, { host: "127.0.0.1", port: 0 }, [telegram, whatsapp]);
    staff = await signIn(web, "staff");
  });
  afterAll(() => server?.stop());

  it("sets CSP without inline scripts, no framing, nosniff and a referrer policy on pages, assets and refusals", async () => {
    for (const path of ["/c", "/c/PADI", "/c/PADI/card.svg", "/nowhere", "/static/site.css", "/static/htmx.min.js", "/dashboard", "/sign-in/unknown"]) {
      const response = await fetch(url(path));
      expectSecurityHeaders(response, path);
      expect(response.headers.get("content-security-policy"), path).toContain("script-src 'self'");
      expect(response.headers.get("content-security-policy"), path).toContain("frame-ancestors 'none'");
    }
  });

  it("lets only the embed widget be framed", async () => {
    const response = await fetch(url("/c/PADI/embed?lang=en"));
    expect(response.status).toBe(200);
    expectSecurityHeaders(response, "embed", { frameable: true });
    const body = await response.text();
    expect(body).toContain("Confirmed: Rp 50,000,000");
    expect(body).toContain('target="_blank" rel="noopener"');
  });

  it("sets them on the streamed export download and on the dashboard's pages", async () => {
    const headers = { cookie: staff.cookie, origin: server.url, "content-type": "application/x-www-form-urlencoded" };
    const download = await fetch(url("/dashboard/exports/download"), { method: "POST", headers, body: new URLSearchParams({ _csrf: staff.csrf, format: "csv", campaign: "BTS" }) });
    expect(download.status).toBe(200);
    expect(download.headers.get("content-disposition")).toContain("attachment");
    expectSecurityHeaders(download, "export download");
    await download.arrayBuffer();
    expectSecurityHeaders(await fetch(url("/dashboard/exports"), { headers: { cookie: staff.cookie } }), "exports page");
  });

  it("serves stored files sandboxed, a PDF as a download, with the same headers", async () => {
    const partner = await registerCompany(web.bot, "headers-partner", "PT Header");
    const pledgeId = await pledge(web.bot, partner, "PADI 2jt");
    await partner.sendFile({ kind: "document", mimeType: "application/pdf", fileName: "slip.pdf", bytes: smallPdf() }, `/paid ${pledgeId}`);
    const pdf = await fetch(url(`/dashboard/pending/${pledgeId}/proof`), { headers: { cookie: staff.cookie } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-disposition")).toBe('attachment; filename="slip.pdf"');
    expect(pdf.headers.get("content-security-policy")).toBe("sandbox; default-src 'none'");
    expectSecurityHeaders(pdf, "stored PDF");

    const sent = await web.bot.chat("staff").sendFile({ kind: "photo", mimeType: "image/jpeg", fileName: "field.jpg", bytes: await phonePhoto() }, "/update PADI Foto.");
    expect(sent).not.toContain("error");
    const update = await web.bot.database.db.campaignUpdate.findFirstOrThrow({ where: { photoFileId: { not: null } }, orderBy: { id: "desc" } });
    const photo = await fetch(url(`/c/PADI/updates/${update.id}/photo`));
    expect(photo.status).toBe(200);
    expect(photo.headers.get("content-disposition")).toBe('inline; filename="field.jpg"');
    expect(photo.headers.get("content-security-policy")).toBe("sandbox; default-src 'none'");
    expectSecurityHeaders(photo, "update photo");
  });

  it("sets them on the webhooks' answers too, refusals included", async () => {
    const telegram = (headers: Record<string, string>, body: string) => fetch(url("/tg"), { method: "POST", headers, body });
    const answers = {
      "telegram 401": await telegram({}, "{}"),
      "telegram 400": await telegram({ "x-telegram-bot-api-secret-token": SECRET }, "{not json"),
      "telegram 200": await telegram({ "x-telegram-bot-api-secret-token": SECRET }, '{"update_id":1}'),
      "telegram 413": await telegram({ "x-telegram-bot-api-secret-token": SECRET }, "x".repeat(1024 * 1024 + 1)),
      "whatsapp verify": await fetch(url("/wa?hub.mode=subscribe&hub.verify_token=verify&hub.challenge=42")),
      "whatsapp 401": await fetch(url("/wa"), { method: "POST", body: "{}" }),
    };
    expect(Object.fromEntries(Object.entries(answers).map(([what, response]) => [what, response.status]))).toEqual({
      "telegram 401": 401,
      "telegram 400": 400,
      "telegram 200": 200,
      "telegram 413": 413,
      "whatsapp verify": 200,
      "whatsapp 401": 401,
    });
    for (const [what, response] of Object.entries(answers)) expectSecurityHeaders(response, what);
  });
});
