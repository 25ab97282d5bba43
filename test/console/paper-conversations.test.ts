import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { createConsoleSender } from "../../src/channels/console/console-sender.js";
import { Translator, type LocaleCode } from "../../src/core/i18n/translator.js";
import { attachedPaths, consoleScript } from "../support/console-script.js";
import { pdfText } from "../support/pdf-text.js";
import { pngStatistics } from "../support/png-pixels.js";
import { runOutbox } from "../support/run-outbox.js";
import { useTestBot, type TestBot } from "../support/test-bot.js";

const translator = new Translator("id");
const t = (locale: LocaleCode, key: string, args?: Record<string, string | number>) => translator.translate(locale, key, args);

/** What the outbox prints into `userId`'s console (`📣 console:NAME` blocks), sent by the real console sender. */
async function consoleDeliveries(bot: TestBot, userId: string, filesDir: string): Promise<string> {
  const output = new PassThrough();
  let printed = "";
  output.on("data", (chunk: Buffer) => (printed += chunk.toString("utf8")));
  await runOutbox(bot.database.db, [createConsoleSender(output, filesDir)], () => bot.clock.now);
  return printed
    .split("📣 ")
    .filter((block) => block.startsWith(`console:${userId}\n`))
    .join("📣 ");
}

describe("the console: receipt, chart, export and certificate as scripted conversations", () => {
  const bot = useTestBot();
  const filesDir = join(mkdtempSync(join(tmpdir(), "kpeduli-console-paper-")), "files");
  const company = "한국 콘솔 상사";

  it("a Korean partner pledges; staff confirm, chart and export it; the receipt and, at close, the certificate reach the partner's console as files", async () => {
    const partner = await consoleScript(bot, "hana", filesDir, ["/register", company, "Hana", "Jakarta", "1", "/pledge PADI 2jt", "1", "1"], "ko");
    const pledgeId = Number(/#(\d+)/.exec(partner)![1]);

    const staff = await consoleScript(bot, "staff", filesDir, [`/confirm ${pledgeId}`, "/chart PADI", "/export PADI"]);
    expect(staff).toContain(t("en", "pledge-confirm-done", { id: pledgeId, status: t("en", "status-confirmed") }));
    const [chart, csv, xlsx] = attachedPaths(staff);
    expect(chart).toMatch(/\.png$/);
    expect(pngStatistics(readFileSync(chart!)).lumaVariance).toBeGreaterThan(100);
    const rows = parse(readFileSync(csv!), { bom: true, columns: true }) as Record<string, string>[];
    const row = rows.find((record) => record[t("en", "export-col-pledge")] === String(pledgeId));
    expect(row?.[t("en", "export-col-company")]).toBe(company);
    expect(row?.[t("en", "export-col-amount")]).toBe("2000000");
    expect(row?.[t("en", "export-col-status")]).toBe(t("en", "status-confirmed"));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(xlsx!) as unknown as ArrayBuffer);
    const totals: unknown[][] = [];
    workbook.getWorksheet(t("en", "export-sheet-totals"))!.eachRow((sheetRow) => totals.push((sheetRow.values as unknown[]).slice(1)));
    expect(totals).toContainEqual(["PADI", company, 1, 2_000_000, 2_000_000]);

    // The partner's console, opened again: the confirmation arrives with the Korean receipt saved beside it.
    const confirmed = await consoleDeliveries(bot, "hana", filesDir);
    const receiptNumber = (await bot.database.db.pledge.findUniqueOrThrow({ where: { id: pledgeId } })).receiptNumber!;
    expect(confirmed).toContain(receiptNumber);
    const [receipt] = attachedPaths(confirmed);
    const receiptText = (await pdfText(new Uint8Array(readFileSync(receipt!)))).text;
    for (const expected of ["기부금 영수증", receiptNumber, company, "PADI", "staff"]) expect(receiptText).toContain(expected);

    await consoleScript(bot, "staff", filesDir, ["/close PADI", "/close PADI yes"]);
    const closed = await consoleDeliveries(bot, "hana", filesDir);
    const [certificate] = attachedPaths(closed);
    const certificateText = (await pdfText(new Uint8Array(readFileSync(certificate!)))).text;
    for (const expected of ["CSR 인증서", company, "PADI"]) expect(certificateText).toContain(expected);

    // Staff re-send it from their console, which shows the same file.
    const resent = await consoleScript(bot, "staff", filesDir, [`/certificate PADI ${company}`]);
    expect(resent).toContain(t("en", "certificate-sent", { code: "PADI", company }));
    expect(readFileSync(attachedPaths(resent)[0]!).equals(readFileSync(certificate!))).toBe(true);
  });
});
