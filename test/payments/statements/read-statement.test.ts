import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { senFromDotDecimal, statementDay } from "../../../src/payments/statements/amounts-and-dates.js";
import { readStatement } from "../../../src/payments/statements/read-statement.js";
import { bookedCredits, STATEMENT_FORMATS, type Statement, type StatementRead } from "../../../src/payments/statements/statement.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));
const TODAY = { today: "2026-09-20" };

async function read(bytes: Uint8Array, context = TODAY): Promise<Statement> {
  const result = await readStatement(bytes, context);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.refusal)}`);
  return result.statement;
}

async function refusal(bytes: Uint8Array, context = TODAY) {
  const result: StatementRead = await readStatement(bytes, context);
  if (result.ok) throw new Error(`read as ${result.statement.format}`);
  expect(result.refusal.accepted).toEqual(STATEMENT_FORMATS);
  return result.refusal;
}

const text = (content: string) => new TextEncoder().encode(content);

describe("amounts and dates as banks write them", () => {
  it("reads amounts exactly, in sen, and refuses what does not read", () => {
    expect(senFromDotDecimal("807400.00")).toBe(80_740_000n);
    expect(senFromDotDecimal("5,000,000.00")).toBe(500_000_000n);
    expect(senFromDotDecimal("287,490")).toBe(28_749_000n);
    expect(senFromDotDecimal(".00")).toBe(0n);
    expect(senFromDotDecimal("1234.5")).toBe(123_450n);
    expect(senFromDotDecimal("9007199254740993.00")).toBeUndefined(); // 16 digits: no foundation's line, and past a float's exact integers
    expect(senFromDotDecimal("999999999999999.99")).toBe(99_999_999_999_999_999n);
    for (const wrong of ["", "1.000.000", "1,00,000.00", "12,34", "1.234", "-5.00", "5.00 CR", "1e6", "Rp 5.000"]) expect(senFromDotDecimal(wrong), wrong).toBeUndefined();
  });

  it("reads the day in every way the exports write it, and refuses days that do not exist", () => {
    expect(statementDay("02/08/2026")).toBe("2026-08-02");
    expect(statementDay("02/08/26")).toBe("2026-08-02");
    expect(statementDay("2026-08-02")).toBe("2026-08-02");
    expect(statementDay("02 Aug 2026 10:15:30")).toBe("2026-08-02");
    expect(statementDay("2-Agu-2026")).toBe("2026-08-02");
    expect(statementDay("31/02/2026")).toBeUndefined();
    expect(statementDay("02 Foo 2026")).toBeUndefined();
  });
});

describe("KlikBCA (individual)", () => {
  it("takes each 'DD/MM date's year from the statement's period, across the new year", async () => {
    expect(await read(fixture("klikbca-personal.csv"))).toEqual({
      format: "klikbca-personal",
      account: "0123456789",
      period: { from: "2026-12-28", to: "2027-01-03" },
      lines: [
        { date: "2026-12-28", amount: 5_000_123n, direction: "credit", pending: false, description: "TRSF E-BANKING CR 2812/FTSCY/WS95031 5000123.00PT HANJIN LOGISTICS IN" },
        { date: "2026-12-29", amount: 10_000n, direction: "debit", pending: false, description: "BIAYA ADM" },
        { date: "2026-12-30", amount: 2_500_000n, direction: "credit", pending: false, description: "SWITCHING CR TRANSFER DARI BANK MANDIRI KP-42 CV SINAR JAYA" },
        // An unquoted comma in the description: the last four cells are still branch, amount, marker, balance.
        { date: "2027-01-02", amount: 750_000n, direction: "credit", pending: false, description: "TRSF E-BANKING CR 0201/FTSCY/WS95031 750000.00 DONASI,KIM MINJUN" },
        { date: "2027-01-03", amount: 10_000_000n, direction: "credit", pending: false, description: "KR OTOMATIS LLG-OCBC NISP 0938 PT KOREA INDAH" },
        // PEND: dated the period's last day, kept in the statement, never among the credits that can pay.
        { date: "2027-01-03", amount: 1_000_456n, direction: "credit", pending: true, description: "SWITCHING CR TRANSFER DARI BANK BRI PT MAJU JAYA" },
      ],
      // BUNGA 1234.56 is a credit with sen: counted, not a line.
      skipped: { debits: 1, pending: 1, fractional: 1 },
    });
  });

  it("without a period, takes the latest such day not after today (the English export, CRLF)", async () => {
    const statement = await read(fixture("klikbca-personal-en.csv"));
    expect(statement).toMatchObject({ format: "klikbca-personal", account: "0987654321", skipped: { debits: 1, pending: 0, fractional: 0 } });
    expect(statement.period).toBeUndefined();
    expect(bookedCredits(statement).map(({ date, amount }) => [date, amount])).toEqual([
      ["2026-09-05", 3_000_777n],
      ["2026-09-18", 1_000_000n],
    ]);
    const inJanuary = await read(fixture("klikbca-personal-en.csv"), { today: "2027-01-10" });
    expect(inJanuary.lines.map(({ date }) => date)).toEqual(["2026-09-05", "2026-09-07", "2026-09-18"]);
  });

  it("refuses a row whose amount, marker or date does not read, naming the line", async () => {
    const lines = fixture("klikbca-personal.csv").toString().split("\n");
    const withBadAmount = lines.map((line) => line.replace("5000123.00,CR", "5.000.123,CR")).join("\n");
    expect(await refusal(text(withBadAmount))).toMatchObject({ code: "malformed", format: "klikbca-personal", line: 9, detail: 'amount "5.000.123"' });
    expect(await refusal(text(lines.map((line) => line.replace("10000.00,DB", "10000.00,XX")).join("\n")))).toMatchObject({ code: "malformed", line: 10 });
    // 15/06 is outside the period: a typo, or another statement's line.
    expect(await refusal(text(lines.map((line) => line.replace("'29/12", "'15/06")).join("\n")))).toMatchObject({ code: "malformed", line: 10 });
    expect(await refusal(text(lines.map((line) => line.replace("Kode Mata Uang : ,Rp", "Kode Mata Uang : ,USD")).join("\n")))).toMatchObject({ code: "not-rupiah" });
  });
});

describe("KlikBCA Bisnis", () => {
  it('reads "287,490.00 DB" amounts, DD/MM/YYYY dates and PEND rows', async () => {
    expect(await read(fixture("klikbca-bisnis.csv"))).toEqual({
      format: "klikbca-bisnis",
      account: "0350000001",
      period: { from: "2026-08-01", to: "2026-08-05" },
      lines: [
        { date: "2026-08-01", amount: 2_000_321n, direction: "credit", pending: false, description: "TRSF E-BANKING CR 0108/FTSCY/WS95031 2000321.00PT SEJAHTERA ABADI TBK" },
        { date: "2026-08-02", amount: 287_490n, direction: "debit", pending: false, description: "BYR VIA E-BANKING 02/08 95031 PLN PASCABAYAR" },
        { date: "2026-08-04", amount: 1_500_000n, direction: "credit", pending: false, description: "KR OTOMATIS NTRF@0000000001X0Z 035@BCA26080400001 DONASI KP-77, PT GLOBAL KARYA" },
        { date: "2026-08-05", amount: 400_000n, direction: "credit", pending: true, description: "SWITCHING CR TRF DARI BNI A/N PARK JIHOON" },
      ],
      skipped: { debits: 1, pending: 1, fractional: 0 },
    });
  });
});

describe("Mandiri cash management", () => {
  it("reads the Debit and Credit columns, both descriptions and the reference", async () => {
    expect(await read(fixture("mandiri-mcm.csv"))).toEqual({
      format: "mandiri-csv",
      account: "1370012345678",
      lines: [
        { date: "2026-08-01", amount: 5_000_456n, direction: "credit", pending: false, description: "TRANSFER DARI PT SAMSUNG C&T INDONESIA KP-101 DONASI BTS", reference: "FT26213ABC01" },
        { date: "2026-08-01", amount: 15_000n, direction: "debit", pending: false, description: "BIAYA ADMINISTRASI", reference: "ADM0801" },
        { date: "2026-08-02", amount: 2_500_000n, direction: "credit", pending: false, description: "TRANSFER DARI LOTTE MART INDONESIA CICILAN 1", reference: "FT26214XYZ77" },
        { date: "2026-08-02", amount: 2_500_000n, direction: "credit", pending: false, description: "TRANSFER DARI LOTTE MART INDONESIA CICILAN 2", reference: "FT26214XYZ78" },
      ],
      skipped: { debits: 1, pending: 0, fractional: 1 },
    });
  });

  it("refuses lines of two accounts in one file, and a line with both or neither amount", async () => {
    const csv = fixture("mandiri-mcm.csv").toString();
    expect(await refusal(text(csv.replace("1370012345678,02/08/26", "1370099999999,02/08/26")))).toMatchObject({ code: "several-accounts", format: "mandiri-csv" });
    expect(await refusal(text(csv.replace('"15,000.00",.00', '"15,000.00","1.00"')))).toMatchObject({ code: "malformed", line: 3 });
    expect(await refusal(text(csv.replace('"15,000.00",.00', ".00,.00")))).toMatchObject({ code: "malformed", line: 3 });
  });
});

/** Mandiri's Excel export as a person would find it: a few lines naming the account, date cells, numbers and text. */
async function mandiriWorkbook(rows: unknown[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Rekening Koran");
  sheet.addRow(["Rekening Koran"]);
  sheet.addRow(["No. Rekening", "1370012345678"]);
  sheet.addRow(["Nama", "YAYASAN CONTOH PEDULI"]);
  sheet.addRow(["Periode", "01/08/2026 - 31/08/2026"]);
  sheet.addRow([]);
  sheet.addRow(["Tgl.", "Tgl. Val.", "Rincian Transaksi", "No. Referensi", "Debit", "Kredit", "Saldo"]);
  for (const row of rows) sheet.addRow(row);
  sheet.addRow(["Saldo Akhir", null, null, null, null, null, 109_485_321]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("Mandiri's Excel export", () => {
  it("reads date cells and text dates, number cells and text amounts, under the account's lines", async () => {
    const bytes = await mandiriWorkbook([
      [new Date(Date.UTC(2026, 7, 1)), new Date(Date.UTC(2026, 7, 1)), "TRANSFER DARI PT CJ INDONESIA KP-55", "FT26213001", 0, 7_500_321, 107_500_321],
      ["02/08/2026", "02/08/2026", "BIAYA ADM", "ADM0802", "15,000.00", "", 107_485_321],
      ["03/08/2026", "03/08/2026", "SETORAN TUNAI PARK JIHOON", "ST0803", null, "2,000,000.00", 109_485_321],
      ["04/08/2026", "04/08/2026", "JASA GIRO", "INT0804", null, 1_234.5, 109_486_555.5],
    ]);
    expect(await read(bytes)).toEqual({
      format: "mandiri-xlsx",
      account: "1370012345678",
      period: { from: "2026-08-01", to: "2026-08-31" },
      lines: [
        { date: "2026-08-01", amount: 7_500_321n, direction: "credit", pending: false, description: "TRANSFER DARI PT CJ INDONESIA KP-55", reference: "FT26213001" },
        { date: "2026-08-02", amount: 15_000n, direction: "debit", pending: false, description: "BIAYA ADM", reference: "ADM0802" },
        { date: "2026-08-03", amount: 2_000_000n, direction: "credit", pending: false, description: "SETORAN TUNAI PARK JIHOON", reference: "ST0803" },
      ],
      skipped: { debits: 1, pending: 0, fractional: 1 },
    });
  });

  it("is refused unopened when its zip would inflate past 64 MB, or past the sizes it declares", async () => {
    const declaredHuge = zipOf([{ name: "xl/worksheets/sheet1.xml", data: deflateRawSync(Buffer.alloc(1_000)), size: 70 * 1024 * 1024 }]);
    expect(await refusal(declaredHuge)).toMatchObject({ code: "too-large", format: "mandiri-xlsx", detail: "the spreadsheet inflates past 64 MB" });
    const lying = zipOf([{ name: "xl/worksheets/sheet1.xml", data: deflateRawSync(Buffer.alloc(1024 * 1024)), size: 1_000 }]);
    expect(await refusal(lying)).toMatchObject({ code: "too-large", detail: "a zip entry inflates past the size its directory gives" });
    expect(await refusal(zipOf([{ name: "xl/workbook.xml", data: Buffer.from("not deflate data at all"), size: 100 }]))).toMatchObject({ code: "malformed" });
  });

  it("is refused when it is some other spreadsheet", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Sheet1").addRow(["Nama", "Jumlah"]);
    expect(await refusal(new Uint8Array(await workbook.xlsx.writeBuffer()))).toMatchObject({ code: "unrecognised" });
  });
});

/** A zip file of deflated entries, each with the size its directory declares (honest or not). */
function zipOf(entries: { name: string; data: Buffer; size: number }[]): Uint8Array {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const { name, data, size } of entries) {
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, Buffer.from(name), data);
    directory.push(central, Buffer.from(name));
    offset += 30 + name.length + data.length;
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.reduce((sum, part) => sum + part.length, 0), 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, ...directory, end]));
}

describe("MT940", () => {
  it("reads the statement in its SWIFT blocks, amounts exact from :61:, details from :86:", async () => {
    expect(await read(fixture("mt940-mandiri.sta"))).toEqual({
      format: "mt940",
      account: "1370012345678",
      period: { from: "2026-08-01", to: "2026-08-02" },
      lines: [
        { date: "2026-08-01", amount: 5_000_123n, direction: "credit", pending: false, description: "TRF DARI PT HANJIN LOGISTICS INDONESIA KP-12 DONASI", reference: "FT26213001" },
        { date: "2026-08-01", amount: 15_000n, direction: "debit", pending: false, description: "BIAYA ADM", reference: "ADM0801" },
        { date: "2026-08-02", amount: 2_500_000n, direction: "credit", pending: false, description: "TRANSFER DARI CV SINAR JAYA", reference: "FT26214002" },
      ],
      skipped: { debits: 1, pending: 0, fractional: 1 },
    });
  });

  it("reads a bare statement (no blocks, CRLF), a reversal of a credit as money going out", async () => {
    const bare = [":20:STMT", ":25:1370012345678", ":28C:1/1", ":60F:C260801IDR1000,00", ":61:2608010801C500,NTRFNONREF", ":86:A", ":61:2608010801RC200,NTRFNONREF", ":86:B", ":62F:C260801IDR1300,00", ""].join("\r\n");
    const statement = await read(text(bare));
    expect(statement.lines.map(({ amount, direction }) => [amount, direction])).toEqual([
      [500n, "credit"],
      [200n, "debit"],
    ]);
  });

  it("refuses a statement whose lines do not add up to its closing balance, or not in rupiah", async () => {
    const sta = fixture("mt940-mandiri.sta").toString();
    expect(await refusal(text(sta.replace(":62F:C260802IDR107486357,56", ":62F:C260802IDR107486358,56")))).toMatchObject({ code: "malformed", format: "mt940" });
    expect(await refusal(text(sta.replaceAll("IDR", "USD")))).toMatchObject({ code: "not-rupiah", format: "mt940" });
  });
});

describe("CAMT.053", () => {
  it("reads version .02: an Othr account, the payer's name and free text, BOOK and PDNG", async () => {
    expect(await read(fixture("camt053-v02.xml"))).toEqual({
      format: "camt053",
      account: "1370012345678",
      period: { from: "2026-08-01", to: "2026-08-01" },
      lines: [
        { date: "2026-08-01", amount: 5_000_123n, direction: "credit", pending: false, description: "PT HANJIN LOGISTICS INDONESIA DONASI KP-12 BACK TO SCHOOL", reference: "FT26213001" },
        { date: "2026-08-01", amount: 15_000n, direction: "debit", pending: false, description: "BIAYA ADM", reference: "ADM0801" },
        { date: "2026-08-01", amount: 2_500_000n, direction: "credit", pending: true, description: "TRANSFER DARI CV SINAR JAYA & REKAN", reference: "3" },
      ],
      skipped: { debits: 1, pending: 1, fractional: 0 },
    });
  });

  it("reads version .08 with a namespace prefix, <Sts><Cd>, Dbtr/Pty/Nm and the payer's end-to-end reference", async () => {
    expect((await read(fixture("camt053-v08.xml"))).lines).toEqual([
      { date: "2026-08-04", amount: 1_500_000n, direction: "credit", pending: false, description: "KP-77 PT GLOBAL KARYA DONASI PADI", reference: "BCA26080400001" },
    ]);
  });

  it("refuses a DOCTYPE (entities), another CAMT message, and another currency", async () => {
    const xml = fixture("camt053-v02.xml").toString();
    const withDoctype = xml.replace('<?xml version="1.0" encoding="UTF-8"?>', '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x "xxxxxxxx">]>');
    expect(await refusal(text(withDoctype))).toMatchObject({ code: "malformed", format: "camt053" });
    expect(await refusal(text(xml.replaceAll("camt.053.001.02", "camt.054.001.02")))).toMatchObject({ code: "unrecognised" });
    expect(await refusal(text(xml.replace('<Amt Ccy="IDR">5000123.00</Amt>', '<Amt Ccy="USD">5000123.00</Amt>')))).toMatchObject({ code: "not-rupiah" });
    expect(await refusal(text(xml.replace("<Sts>BOOK</Sts>", "<Sts>WHAT</Sts>")))).toMatchObject({ code: "malformed", detail: 'entry status "WHAT"' });
  });
});

describe("anything else", () => {
  it("is refused with the list of what is accepted", async () => {
    expect(await refusal(new Uint8Array())).toMatchObject({ code: "empty" });
    expect(await refusal(text("Dear staff,\nplease find our transfer attached.\n"))).toMatchObject({ code: "unrecognised" });
    expect(await refusal(text("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"))).toMatchObject({ code: "unrecognised" });
    expect(await refusal(text('Tanggal,Keterangan\n"unclosed quote,1\n'))).toMatchObject({ code: "unrecognised" });
    expect(await refusal(Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0))).toMatchObject({ code: "old-excel" });
    expect(await refusal(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0))).toMatchObject({ code: "unrecognised" });
  });

  it("is refused unread past 10 MB or 200,000 lines", async () => {
    expect(await refusal(new Uint8Array(10 * 1024 * 1024 + 1).fill(0x41))).toMatchObject({ code: "too-large" });
    expect(await refusal(text("\n".repeat(201_001)))).toMatchObject({ code: "too-many-lines" });
  });
});
