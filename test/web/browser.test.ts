import { parse } from "csv-parse/sync";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { startWebServer, type WebServer } from "../../src/web/start-web-server.js";
import { askSignInLink, useTestWeb } from "../support/test-web.js";

const CHROMIUM = "/usr/bin/chromium";
const ARTIFACTS = "test-artifacts/web";
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`Browser tests skipped: ${CHROMIUM} is missing (apt-get install chromium).`);

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: unknown[] }[];
}

/** axe-core's serious and critical findings on the page as it is now. */
async function seriousAccessibilityProblems(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(", ")}`);
}

describe.skipIf(!hasChromium)("in a real browser (Debian's Chromium)", () => {
  // A second staff member, so one journey's sign-in does not meet another's rate limit.
  const web = useTestWeb({ staff: ["console:staff", "console:clerk"] });
  let server: WebServer;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startWebServer(web.deps, { host: "127.0.0.1", port: 0 });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    // axe is injected as an inline script, which the pages' CSP rightly forbids.
    context = await browser.newContext({ bypassCSP: true, locale: "en-US" });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("renders the public page on a 390 px wide phone without sideways scrolling", async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/c/PADI?lang=en`);
    await expect.poll(() => page.locator("h1").textContent()).toContain("[DEMO]");
    // An expression string: the test compiles without the DOM types.
    expect(await page.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${ARTIFACTS}/public-page-390.png`, fullPage: true });
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await page.goto(`${server.url}/c?lang=ko`);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await page.close();
  });

  it("signs in with the chat link, confirms a pending pledge, and the public total goes up", async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const link = new URL(await askSignInLink(web, "staff"));
    await page.goto(`${server.url}${link.pathname}?lang=en`);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${server.url}/dashboard`);
    expect(await page.getByText("Waiting for confirmation: 2").count()).toBe(1);
    await page.screenshot({ path: `${ARTIFACTS}/dashboard-overview.png`, fullPage: true });
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    const reported = await web.bot.database.db.pledge.findFirstOrThrow({ where: { status: "transfer_reported" } });
    await page.goto(`${server.url}/dashboard/pending?lang=en`);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await page.getByRole("button", { name: `Confirm pledge #${reported.id}` }).click();
    await page.waitForURL(/done=confirm/);
    await expect.poll(() => page.getByRole("status").textContent()).toContain(`#${reported.id}`);
    await page.screenshot({ path: `${ARTIFACTS}/dashboard-confirmed.png`, fullPage: true });

    await page.goto(`${server.url}/dashboard/campaigns/PADI?lang=en`);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await page.goto(`${server.url}/c/PADI?lang=en`);
    expect(await page.getByText("Confirmed: Rp 75,000,000").count()).toBe(1);
    await page.screenshot({ path: `${ARTIFACTS}/public-page-after-confirm.png`, fullPage: true });

    await page.goto(`${server.url}/dashboard?lang=en`);
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(`${server.url}/c`);
    const after = await page.goto(`${server.url}/dashboard`);
    expect(after?.status()).toBe(401);
    await page.close();
  });

  /** Signs `context` in as staff through a chat link, the way a person would. */
  async function signInAsStaff(page: Page, as = "staff") {
    const link = new URL(await askSignInLink(web, as));
    await page.goto(`${server.url}${link.pathname}?lang=en`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${server.url}/dashboard`);
  }

  it("composes a broadcast with htmx under the real CSP, sees the live recipient preview, then its delivery report", async () => {
    await web.bot.chat("browser-subscriber").send("/subscribe PADI");
    await web.bot.deliver();
    // No bypassCSP here: htmx must work under the pages' own policy.
    const strict = await browser.newContext({ locale: "en-US" });
    const page = await strict.newPage();
    const policyErrors: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) policyErrors.push(message.text());
    });
    await page.setViewportSize({ width: 390, height: 844 });
    await signInAsStaff(page);
    await page.goto(`${server.url}/dashboard/broadcasts/new?lang=en`);
    await page.waitForFunction("typeof window.htmx === 'object'");
    await page.getByLabel("Audience").selectOption("campaign_subscribers");
    await page.getByLabel(/^Campaign/).selectOption("PADI");
    // Drawn by htmx in place: the URL stays the composer's.
    await expect.poll(() => page.locator("#preview").textContent()).toMatch(/Subscribers of a campaign \(PADI\): \d+ recipients now/);
    expect(page.url()).toBe(`${server.url}/dashboard/broadcasts/new?lang=en`);
    await page.locator("#text-id").fill("Terima kasih, para mitra PADI!");
    await page.locator("#text-en").fill("Thank you, PADI partners!");
    await page.getByRole("button", { name: "Queue the broadcast" }).click();
    await page.waitForURL(/\/dashboard\/broadcasts\/\d+$/);
    const number = Number(page.url().split("/").pop());
    await expect.poll(() => page.locator("h1").textContent()).toBe(`Delivery report of broadcast #${number}`);
    expect(await page.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);

    const sent = await web.bot.deliver();
    expect(sent.some((message) => message.chatId === "browser-subscriber" && message.text.includes("Terima kasih, para mitra PADI!"))).toBe(true);
    await page.reload();
    await expect.poll(async () => Number(await page.locator("ul.counts li").filter({ hasText: /^sent:/ }).locator("strong").textContent())).toBeGreaterThan(0);
    await page.screenshot({ path: `${ARTIFACTS}/broadcast-report.png`, fullPage: true });
    expect(policyErrors).toEqual([]);
    await strict.close();
  });

  it("downloads a campaign's pledges as CSV from the exports page, one row per pledge", async () => {
    const clerk = await browser.newContext({ locale: "en-US" });
    const page = await clerk.newPage();
    await signInAsStaff(page, "clerk");
    await page.getByRole("link", { name: "Exports" }).click();
    // htmx swaps the page in place: the heading tells it arrived.
    await expect.poll(() => page.locator("h1").textContent()).toBe("Exports");
    await page.getByLabel("Campaign").selectOption("BTS");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download CSV" }).click()]);
    expect(download.suggestedFilename()).toContain("BTS");
    const saved = `${ARTIFACTS}/${download.suggestedFilename()}`;
    await download.saveAs(saved);
    const rows = parse(readFileSync(saved), { bom: true, columns: true }) as Record<string, string>[];
    const { db } = web.bot.database;
    const bts = await db.campaign.findUniqueOrThrow({ where: { code: "BTS" } });
    expect(rows).toHaveLength(await db.pledge.count({ where: { campaignId: bts.id } }));
    expect(rows.length).toBeGreaterThan(0);
    await clerk.close();
  });

  it("has no serious or critical accessibility problem on any dashboard page, and each fits a 390 px phone", async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await signInAsStaff(page);
    const company = await web.bot.database.db.organization.findFirstOrThrow({ where: { name: "PT Sampel Hangang (demo)" } });
    const broadcast = await web.bot.database.db.broadcast.findFirstOrThrow({ where: { number: { not: null } }, orderBy: { id: "desc" } });
    const pages = [
      "/dashboard/campaigns", "/dashboard/campaigns/new", "/dashboard/campaigns/BTS", `/dashboard/companies`, `/dashboard/companies/${company.id}`,
      "/dashboard/broadcasts", "/dashboard/broadcasts/new?audience=all_subscribers", `/dashboard/broadcasts/${broadcast.number}`, "/dashboard/schedules", "/dashboard/audit", "/dashboard/exports",
    ];
    for (const path of pages) {
      const response = await page.goto(`${server.url}${path}${path.includes("?") ? "&" : "?"}lang=en`);
      expect(response?.status(), path).toBe(200);
      expect(await seriousAccessibilityProblems(page), path).toEqual([]);
      expect(await page.evaluate<number>("document.documentElement.scrollWidth"), path).toBeLessThanOrEqual(390);
      await page.screenshot({ path: `${ARTIFACTS}/dashboard${path.replace(/[/?=&]+/g, "-")}.png`, fullPage: true });
    }
    await page.close();
  });
});
