import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { Translator, type LocaleCode } from "../../src/core/i18n/translator.js";
import type { BroadcastInput, OutboxPort } from "../../src/core/ports.js";
import { outboxPort } from "../../src/outbox/enqueue-broadcast.js";
import { weeklyDigest } from "../../src/scheduler/jobs/weekly-digest.js";
import { renderProgressChart } from "../../src/documents/progress-chart.js";
import { storeFile } from "../../src/core/use-cases/stored-files.js";
import { pledge, registerCompany } from "../support/partners.js";
import { useTestBot, type TestBot } from "../support/test-bot.js";
import { pdfText } from "../support/pdf-text.js";
import { pngStatistics } from "../support/png-pixels.js";

const translator = new Translator("id");
const t = (locale: LocaleCode, key: string, args?: Record<string, string | number>) => translator.translate(locale, key, args);

/** The outbox as the core sees it, with every enqueue kept: what was to be sent, files included. */
function recordingOutbox(): OutboxPort & { enqueued: BroadcastInput[] } {
  const enqueued: BroadcastInput[] = [];
  return {
    enqueued,
    countAudience: outboxPort.countAudience,
    async enqueue(tx, input) {
      enqueued.push(input);
      return outboxPort.enqueue(tx, input);
    },
  };
}

async function fileBytes(bot: TestBot, fileId: number): Promise<Uint8Array> {
  return new Uint8Array((await bot.database.db.storedFile.findUniqueOrThrow({ where: { id: fileId } })).bytes);
}

describe("receipts", () => {
  const outbox = recordingOutbox();
  const bot = useTestBot({ outbox });

  it.each([
    ["id", "PT Kuitansi Indonesia", "satu juta lima ratus ribu rupiah", "Tanda Terima Donasi"],
    ["ko", "한국상사 인도네시아", "금 백오십만 루피아정", "기부금 영수증"],
    ["en", "PT Receipt English", "one million five hundred thousand rupiah", "Donation receipt"],
  ] as const)("confirming a cash pledge sends the company a %s PDF receipt with a gap-free number and the amount in words", async (lang, company, words, title) => {
    const partner = await registerCompany(bot, `receipt-${lang}`, company, lang);
    const id = await pledge(bot, partner, "PADI 1,5jt");
    const before = await bot.database.db.pledge.count({ where: { receiptNumber: { not: null } } });
    const staff = bot.chat("staff");
    await staff.send(`/confirm ${id}`);

    const confirmed = await bot.database.db.pledge.findUniqueOrThrow({ where: { id } });
    expect(confirmed.receiptNumber).toBe(`KP-2026-${String(before + 1).padStart(6, "0")}`);
    const notice = outbox.enqueued.find((input) => input.requestKey === `notify:member:pledge:${id}:confirm`);
    expect(notice?.attachments?.id).toBeDefined();
    expect(notice!.texts[lang]).toContain(confirmed.receiptNumber!);
    const file = await bot.database.db.storedFile.findUniqueOrThrow({ where: { id: notice!.attachments!.id } });
    expect(file.mimeType).toBe("application/pdf");
    const { text } = await pdfText(new Uint8Array(file.bytes));
    for (const expected of [title, confirmed.receiptNumber!, company, "PADI", words, "console:staff", `#${id}`]) expect(text).toContain(expected);
    expect(text).toMatch(/Rp 1[.,]500[.,]000/);
  });

  it("a goods receipt lists the item with its unit value", async () => {
    const partner = await registerCompany(bot, "receipt-goods", "PT Barang Receipt", "en");
    await partner.send("/pledge PADI");
    await partner.pick(t("en", "choice-goods"));
    await partner.send("School bags");
    await partner.send("20");
    await partner.send("150rb");
    await partner.pick(partner.offered[0]!.label);
    await partner.pick("✅");
    const { id } = await bot.database.db.pledge.findFirstOrThrow({ where: { kind: "goods" }, orderBy: { id: "desc" } });
    await bot.chat("staff").send(`/confirm ${id}`);
    const notice = outbox.enqueued.find((input) => input.requestKey === `notify:member:pledge:${id}:confirm`);
    const { text } = await pdfText(await fileBytes(bot, notice!.attachments!.id));
    for (const expected of ["School bags", "20", "Rp 150,000", "Rp 3,000,000", "three million rupiah"]) expect(text).toContain(expected);
  });

  it("confirmations at the same moment take consecutive numbers: none skipped, none twice", async () => {
    const partner = await registerCompany(bot, "receipt-race", "PT Receipt Race", "id");
    const ids: number[] = [];
    for (let index = 0; index < 5; index++) ids.push(await pledge(bot, partner, `PADI ${index + 1}jt`));
    await Promise.all(ids.map((id, index) => bot.chat(`staff`, { chatId: `staff-${index}` }).send(`/confirm ${id}`)));
    const numbers = (await bot.database.db.pledge.findMany({ where: { receiptNumber: { not: null } }, select: { receiptNumber: true } })).map((row) => Number(row.receiptNumber!.slice(-6))).sort((a, b) => a - b);
    expect(numbers).toEqual(numbers.map((_, index) => index + 1));
  });
});

describe("CSR certificates, the chart and exports", () => {
  const outbox = recordingOutbox();
  const bot = useTestBot({ outbox });

  it("/chart CODE sends a non-blank PNG in the person's language, and /campaign offers it", async () => {
    const donor = bot.chat("chart-donor", { localeHint: "ko" });
    await donor.send("/campaign PADI");
    expect(donor.offeredValues).toContain("/chart PADI");
    await donor.send("/chart PADI");
    const [answer] = donor.lastReplies;
    expect(answer!.text).toBe(t("ko", "chart-caption", { code: "PADI" }));
    expect(answer!.attachment?.mimeType).toBe("image/png");
    const stats = pngStatistics(answer!.attachment!.bytes);
    expect(stats.width).toBeGreaterThan(500);
    expect(answer!.attachment!.bytes.byteLength).toBeGreaterThan(10_000);
    expect(stats.lumaVariance).toBeGreaterThan(100);
    expect(await donor.send("/chart")).toBe(t("ko", "usage-chart"));
    expect(await donor.send("/chart NOPE")).toContain("NOPE");
  });

  it("/export (staff) sends a CSV and an XLSX whose per-company totals equal the counters; partners are refused", async () => {
    const staff = bot.chat("staff", { localeHint: "en" });
    await staff.send("/export");
    const [csv, xlsx] = staff.lastReplies;
    expect(csv!.attachment?.mimeType).toBe("text/csv");
    const records = parse(Buffer.from(csv!.attachment!.bytes), { bom: true, columns: true }) as Record<string, string>[];
    const pledges = await bot.database.db.pledge.findMany({ orderBy: { id: "asc" } });
    expect(records).toHaveLength(pledges.length);
    const column = (name: string) => t("en", `export-col-${name}`);
    expect(records.map((record) => [Number(record[column("pledge")]), record[column("created")], record[column("updated")], record[column("receipt")]])).toEqual(
      pledges.map((pledge) => [pledge.id, pledge.createdAt.toISOString(), pledge.updatedAt.toISOString(), pledge.receiptNumber ?? ""]),
    );

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx!.attachment!.bytes) as unknown as ArrayBuffer);
    const totals = workbook.getWorksheet(t("en", "export-sheet-totals"))!;
    const exported = new Map<string, [number, number, number]>();
    totals.eachRow((row, number) => {
      if (number > 1) exported.set(`${row.getCell(1).value}|${row.getCell(2).value}`, [row.getCell(3).value as number, row.getCell(4).value as number, row.getCell(5).value as number]);
    });
    const counters = await bot.database.db.campaignPartnerTotal.findMany({ where: { livePledges: { gt: 0 } }, include: { campaign: true, organization: true } });
    expect(exported.size).toBe(counters.length);
    for (const counter of counters) {
      expect(exported.get(`${counter.campaign.code}|${counter.organization.name}`)).toEqual([counter.livePledges, Number(counter.pledged), Number(counter.confirmed)]);
    }

    await staff.send("/export PADI 2026-11-01 2026-11-30");
    const padi = parse(Buffer.from(staff.lastReplies[0]!.attachment!.bytes), { bom: true, columns: true }) as Record<string, string>[];
    expect(padi.every((record) => record[t("en", "export-col-campaign")] === "PADI")).toBe(true);
    expect(await bot.database.db.auditLog.count({ where: { action: "pledges.export", actor: "console:staff" } })).toBe(2);

    expect(await staff.send("/export PADI 2026-11-30 2026-11-01")).toBe(t("en", "error-export-range"));
    expect(await staff.send("/export PADI 2026-13-01 2026-11-30")).toBe(t("en", "usage-export"));
    expect(await staff.send("/export a b c d")).toBe(t("en", "usage-export"));
    const partner = await registerCompany(bot, "export-partner", "PT Export Partner", "en");
    const refused = await partner.send("/export");
    expect(partner.lastReplies.some((reply) => reply.attachment)).toBe(false);
    expect(refused).not.toContain("PADI");
  });

  it("closing a campaign sends each company that gave a CSR certificate in its language, with the update photos; /certificate re-sends it", async () => {
    const db = bot.database.db;
    const korean = await registerCompany(bot, "cert-ko", "한국 CSR 상사", "ko");
    const english = await registerCompany(bot, "cert-en", "PT Certificate English", "en");
    const koreanPledge = await pledge(bot, korean, "PADI 20jt");
    await pledge(bot, english, "PADI 5jt"); // never confirmed: no certificate
    const staff = bot.chat("staff", { localeHint: "en" });
    await staff.send(`/confirm ${koreanPledge}`);

    const campaign = await db.campaign.findUniqueOrThrow({ where: { code: "PADI" } });
    const photo = renderProgressChart({ title: "photo", days: ["a", "b"], pledged: [1, 2], confirmed: [0, 1], target: 3, companies: [], labels: { pledged: "p", confirmed: "c", target: "t", companies: "x", unit: "u" }, unitValue: 1 });
    const stored = await storeFile(db, { bytes: photo, mimeType: "image/png", fileName: "field.png" });
    await db.campaignUpdate.create({ data: { campaignId: campaign.id, texts: { id: "Foto" }, author: "console:staff", photoFileId: stored.id } });

    expect(await staff.send("/certificate PADI 한국 CSR 상사")).toBe(t("en", "error-certificate-not-closed", { code: "PADI" }));
    await staff.send("/close PADI");
    await staff.send("/close PADI yes");
    const certificates = outbox.enqueued.filter((input) => input.requestKey?.startsWith(`notify:organization:certificate:${campaign.id}:`));
    const koreanOrg = await db.organization.findFirstOrThrow({ where: { name: "한국 CSR 상사" } });
    expect(certificates.map((input) => input.organizationId)).toContain(koreanOrg.id);
    const englishOrg = await db.organization.findFirstOrThrow({ where: { name: "PT Certificate English" } });
    expect(certificates.map((input) => input.organizationId)).not.toContain(englishOrg.id);

    const koreanCertificate = certificates.find((input) => input.organizationId === koreanOrg.id)!;
    const pdf = await fileBytes(bot, koreanCertificate.attachments!.id);
    const { text, pages } = await pdfText(pdf);
    expect(pages).toBeLessThanOrEqual(2);
    const counters = await db.campaignPartnerTotal.aggregate({ where: { campaignId: campaign.id, livePledges: { gt: 0 } }, _sum: { confirmed: true }, _count: true });
    for (const expected of ["CSR 인증서", "한국 CSR 상사", "PADI", "Rp 20.000.000", `Rp ${new Intl.NumberFormat("ko-KR").format(counters._sum.confirmed!)}`, "수혜자", "현장 사진"]) {
      expect(text).toContain(expected.replace("Rp 20.000.000", "Rp 20,000,000"));
    }
    expect(Buffer.from(pdf).toString("latin1")).toContain("/Subtype /Image");

    await staff.send("/certificate PADI 한국 CSR 상사");
    expect(staff.lastReplies[0]!.text).toBe(t("en", "certificate-sent", { code: "PADI", company: "한국 CSR 상사" }));
    expect(Buffer.from(staff.lastReplies[0]!.attachment!.bytes).equals(Buffer.from(pdf))).toBe(true);
    expect(await db.auditLog.count({ where: { action: "certificate.send" } })).toBe(1);
    expect(await staff.send("/certificate PADI PT Certificate English")).toBe(t("en", "error-certificate-nothing-given", { code: "PADI", company: "PT Certificate English" }));
    expect(await staff.send("/certificate PADI PT Nobody")).toBe(t("en", "error-unknown-company", { company: "PT Nobody" }));
    expect(await staff.send("/certificate PADI")).toBe(t("en", "usage-certificate"));
    const refused = await korean.send("/certificate PADI 한국 CSR 상사");
    expect(korean.lastReplies.some((reply) => reply.attachment)).toBe(false);
    expect(refused).not.toBe(t("ko", "certificate-sent", { code: "PADI", company: "한국 CSR 상사" }));
  });

  it("the weekly digest carries the chart, one PNG per language", async () => {
    const db = bot.database.db;
    await db.campaign.update({ where: { code: "PADI" }, data: { status: "active" } });
    const schedule = await db.schedule.findFirstOrThrow({ where: { kind: "digest" } });
    const { broadcasts } = await weeklyDigest({ db, translator, schedule, slot: new Date("2026-11-30T02:00:00Z"), staff: [] });
    const padi = broadcasts.find((broadcast) => broadcast.campaignId !== null)!;
    const ids = padi.attachments!;
    expect(new Set([ids.id, ids.ko, ids.en]).size).toBe(3);
    for (const fileId of [ids.id, ids.ko!, ids.en!]) {
      const file = await db.storedFile.findUniqueOrThrow({ where: { id: fileId } });
      expect(file.mimeType).toBe("image/png");
      expect(pngStatistics(new Uint8Array(file.bytes)).lumaVariance).toBeGreaterThan(100);
    }
  });
});

describe("/export too big for a chat file", () => {
  // The chat limit is 10 MB; lowered here so a few thousand pledges pass it.
  const limit = 64 * 1024;
  const bot = useTestBot({ replyFileMaxBytes: limit, dashboardUrl: "https://peduli.example.org" });
  const max = limit / (1024 * 1024);

  it("answers in the person's language with the dashboard link for the same export and sends no file, but sends a narrower export whole", async () => {
    const db = bot.database.db;
    const organization = await db.organization.create({ data: { name: "PT Banyak Janji", nameKey: "pt banyak janji", city: "Jakarta" } });
    const member = await db.member.create({ data: { channel: "whatsapp", userId: "6281200009999", organizationId: organization.id } });
    const ker = await db.campaign.findUniqueOrThrow({ where: { code: "KER" } });
    await db.pledge.createMany({
      data: Array.from({ length: 2_000 }, (_, index) => ({
        campaignId: ker.id, organizationId: organization.id, memberId: member.id, kind: "cash" as const, amount: 1_000_000n + BigInt(index),
        sourceMessageId: `too-big-${index}`, createdAt: new Date(Date.UTC(2025, 5, 1 + (index % 28))),
      })),
    });
    const staff = bot.chat("staff", { localeHint: "en" });
    const tooBig = (locale: LocaleCode, scope: string, period: string, query = "") =>
      `${t(locale, "export-too-big", { scope, period, max })}\n${t(locale, "export-too-big-dashboard", { url: `https://peduli.example.org/dashboard/exports${query}` })}`;

    expect(await staff.send("/export")).toBe(tooBig("en", t("en", "export-all-campaigns"), t("en", "export-all-time")));
    expect(staff.lastReplies.some((reply) => reply.attachment)).toBe(false);
    expect(await staff.send("/export KER 2025-06-01 2025-06-30")).toBe(tooBig("en", "KER", t("en", "export-period", { from: "Jun 1, 2025", to: "Jun 30, 2025" }), "?campaign=KER&from=2025-06-01&to=2025-06-30"));
    expect(staff.lastReplies).toHaveLength(1);
    await staff.send("/lang ko");
    expect(await staff.send("/export KER")).toBe(tooBig("ko", "KER", t("ko", "export-all-time"), "?campaign=KER"));
    expect(await db.auditLog.count({ where: { action: "pledges.export" } })).toBe(0);

    // What fits goes as both files, each within the limit.
    await staff.send("/export PADI");
    expect(staff.lastReplies.map((reply) => reply.attachment?.mimeType)).toEqual(["text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"]);
    for (const reply of staff.lastReplies) expect(reply.attachment!.bytes.byteLength).toBeLessThanOrEqual(limit);
    expect(await db.auditLog.count({ where: { action: "pledges.export" } })).toBe(1);
  });
});
