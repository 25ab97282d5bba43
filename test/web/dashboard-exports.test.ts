import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { signIn, useTestWeb } from "../support/test-web.js";

describe("dashboard exports", () => {
  const web = useTestWeb();

  it("staff download the pledges as CSV and XLSX from the form; each download is audited", async () => {
    const { cookie } = await signIn(web, "staff");
    const form = await web.app.request("/dashboard/exports", { headers: { cookie } });
    expect(form.status).toBe(200);
    const page = await form.text();
    expect(page).toContain('action="/dashboard/exports/download"');
    expect(page).toContain('value="BTS"');

    const csv = await web.app.request("/dashboard/exports/download?campaign=BTS&from=&to=&format=csv", { headers: { cookie } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toBe("text/csv");
    expect(csv.headers.get("content-disposition")).toContain("pledges-BTS.csv");
    const records = parse(Buffer.from(await csv.arrayBuffer()), { bom: true, columns: true }) as unknown[];
    const db = web.bot.database.db;
    const bts = await db.campaign.findUniqueOrThrow({ where: { code: "BTS" } });
    expect(records).toHaveLength(await db.pledge.count({ where: { campaignId: bts.id } }));

    const xlsx = await web.app.request("/dashboard/exports/download?campaign=&from=2020-01-01&to=2030-12-31&format=xlsx", { headers: { cookie } });
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await xlsx.arrayBuffer()) as ArrayBuffer);
    expect(workbook.worksheets[0]!.rowCount - 1).toBe(await db.pledge.count());
    expect(await db.auditLog.count({ where: { action: "pledges.export", actor: "console:staff" } })).toBe(2);
  });

  it("fills the form in from a link, such as the one /export gives for a file too big for a chat", async () => {
    const { cookie } = await signIn(web, "staff");
    const page = await (await web.app.request("/dashboard/exports?campaign=KER&from=2025-06-01&to=2025-06-30", { headers: { cookie } })).text();
    expect(page).toMatch(/<option value="KER" selected[^>]*>/);
    expect(page).not.toMatch(/<option value="BTS" selected/);
    expect(page).toContain('name="from" type="date" value="2025-06-01"');
    expect(page).toContain('name="to" type="date" value="2025-06-30"');
  });

  it("refuses bad input with a page saying why, and anyone without a staff session", async () => {
    const { cookie } = await signIn(web, "staff");
    for (const query of ["format=pdf", "format=csv&from=2026-11-30", "format=csv&from=2026-11-30&to=2026-11-01", "format=csv&campaign=NOPE", "format=csv&from=%00&to=x"]) {
      const response = await web.app.request(`/dashboard/exports/download?${query}`, { headers: { cookie } });
      expect(response.status, query).toBe(400);
      expect(response.headers.get("content-type")).toContain("text/html");
    }
    expect((await web.app.request("/dashboard/exports/download?format=csv")).status).toBe(401);
    expect((await web.app.request("/dashboard/exports")).status).toBe(401);
  });
});
