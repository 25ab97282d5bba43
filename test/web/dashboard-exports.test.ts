import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { postForm, signIn, useTestWeb, type SignedIn } from "../support/test-web.js";

describe("dashboard exports", () => {
  const web = useTestWeb();
  let staff: SignedIn;
  beforeAll(async () => {
    staff = await signIn(web, "staff");
  });

  it("staff download the pledges as CSV and XLSX from the form; each download is audited", async () => {
    const { cookie, csrf } = staff;
    const form = await web.app.request("/dashboard/exports", { headers: { cookie } });
    expect(form.status).toBe(200);
    const page = await form.text();
    expect(page).toContain('<form method="post" action="/dashboard/exports/download"');
    expect(page).toContain(`name="_csrf" value="${csrf}"`);
    expect(page).toContain('value="BTS"');

    const download = (fields: Record<string, string>) => postForm(web, "/dashboard/exports/download", { cookie, fields: { _csrf: csrf, ...fields } });
    const csv = await download({ campaign: "BTS", from: "", to: "", format: "csv" });
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toBe("text/csv");
    expect(csv.headers.get("content-disposition")).toContain("pledges-BTS.csv");
    const records = parse(Buffer.from(await csv.arrayBuffer()), { bom: true, columns: true }) as unknown[];
    const db = web.bot.database.db;
    const bts = await db.campaign.findUniqueOrThrow({ where: { code: "BTS" } });
    expect(records).toHaveLength(await db.pledge.count({ where: { campaignId: bts.id } }));

    const xlsx = await download({ campaign: "", from: "2020-01-01", to: "2030-12-31", format: "xlsx" });
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await xlsx.arrayBuffer()) as ArrayBuffer);
    expect(workbook.worksheets[0]!.rowCount - 1).toBe(await db.pledge.count());
    expect(await db.auditLog.count({ where: { action: "pledges.export", actor: "console:staff" } })).toBe(2);
  });

  it("fills the form in from a link, such as the one /export gives for a file too big for a chat", async () => {
    const { cookie } = staff;
    const page = await (await web.app.request("/dashboard/exports?campaign=KER&from=2025-06-01&to=2025-06-30", { headers: { cookie } })).text();
    expect(page).toMatch(/<option value="KER" selected[^>]*>/);
    expect(page).not.toMatch(/<option value="BTS" selected/);
    expect(page).toContain('name="from" type="date" value="2025-06-01"');
    expect(page).toContain('name="to" type="date" value="2025-06-30"');
  });

  it("refuses bad input with a page saying why, and anyone without a staff session", async () => {
    const { cookie, csrf } = staff;
    const bad: Record<string, string>[] = [
      { format: "pdf" },
      { format: "csv", from: "2026-11-30" },
      { format: "csv", from: "2026-11-30", to: "2026-11-01" },
      { format: "csv", campaign: "NOPE" },
      { format: "csv", from: "\0", to: "x" },
      { format: "csv", campaign: "B".repeat(5_000) },
    ];
    for (const fields of bad) {
      const response = await postForm(web, "/dashboard/exports/download", { cookie, fields: { _csrf: csrf, ...fields } });
      expect(response.status, JSON.stringify(fields)).toBe(400);
      expect(response.headers.get("content-type")).toContain("text/html");
    }
    expect((await postForm(web, "/dashboard/exports/download", { fields: { _csrf: csrf, format: "csv" } })).status).toBe(401);
    expect((await web.app.request("/dashboard/exports")).status).toBe(401);
  });

  it("downloads only by POST with the CSRF token and this site's Origin: a link or a form on another site gets nothing, and nothing is audited", async () => {
    const { cookie, csrf } = staff;
    const audited = () => web.bot.database.db.auditLog.count({ where: { action: "pledges.export" } });
    const before = await audited();
    // The Lax cookie goes with a cross-site GET (a link, an <img>): the download must not answer one.
    const viaGet = await web.app.request("/dashboard/exports/download?campaign=BTS&format=csv", { headers: { cookie, "sec-fetch-site": "cross-site" } });
    expect(viaGet.status).toBe(404);
    const refused = [
      postForm(web, "/dashboard/exports/download", { cookie, fields: { format: "csv" } }),
      postForm(web, "/dashboard/exports/download", { cookie, fields: { _csrf: csrf, format: "csv" }, origin: "https://evil.example" }),
      postForm(web, "/dashboard/exports/download", { cookie, fields: { _csrf: csrf, format: "csv" }, origin: null }),
    ];
    expect((await Promise.all(refused)).map((response) => response.status)).toEqual([403, 403, 403]);
    expect(await audited()).toBe(before);
  });
});
