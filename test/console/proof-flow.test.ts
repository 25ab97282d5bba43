import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { createConsoleSender } from "../../src/channels/console/console-sender.js";
import { Translator } from "../../src/core/i18n/translator.js";
import { attachedPaths, consoleScript } from "../support/console-script.js";
import { useTestBot } from "../support/test-bot.js";
import { exifOf, phonePhoto, smallPdf, windowsProgram } from "../support/test-files.js";

const translator = new Translator("id");
const en = (key: string, args?: Record<string, string | number>) => translator.translate("en", key, args);

describe("the console: transfer proof as a scripted conversation, files saved and attached", () => {
  const bot = useTestBot();
  const work = mkdtempSync(join(tmpdir(), "kpeduli-console-files-"));
  const filesDir = join(work, "files");

  it("a partner reports a transfer with /attach, staff see it in /pending and /proof, and a bad path is refused", async () => {
    const slip = join(work, "slip.jpg");
    writeFileSync(slip, await phonePhoto());
    writeFileSync(join(work, "fake.jpg"), windowsProgram());
    await consoleScript(bot, "staff", filesDir, ["/help"]);

    const partner = await consoleScript(bot, "rina", filesDir, [
      "/register",
      "PT Bukti Konsol",
      "Rina",
      "Bandung",
      "1", // public
      "/pledge PADI 3jt",
      "1", // no note
      "1", // confirm
    ]);
    const pledgeId = Number(/#(\d+) to PADI/.exec(partner)![1]);

    const reported = await consoleScript(bot, "rina", filesDir, [
      `/paid ${pledgeId}`,
      `/attach ${join(work, "missing.jpg")}`,
      `/attach ${join(work, "fake.jpg")}`,
      `/attach ${slip}`,
    ]);
    expect(reported).toContain(en("paid-ask-proof", { id: pledgeId }));
    expect(reported).toContain(`  1) ${en("choice-skip")}`);
    expect(reported).toContain(en("file-unreadable"));
    expect(reported).toContain(en("file-wrong-type"));
    expect(reported).toContain(en("paid-proof-kept"));
    const pledge = await bot.database.db.pledge.findUniqueOrThrow({ where: { id: pledgeId }, include: { proofFile: true } });
    expect(pledge.status).toBe("transfer_reported");
    expect((await exifOf(pledge.proofFile!.bytes)).gps).toBe(false);

    const staff = await consoleScript(bot, "staff", filesDir, ["/pending", `/proof ${pledgeId}`]);
    expect(staff).toMatch(new RegExp(`#${pledgeId} · PADI · PT Bukti Konsol · .* · 📎 ${en("pending-has-proof")}`));
    expect(staff).toContain(en("proof-caption", { id: pledgeId, company: "PT Bukti Konsol", code: "PADI", what: "Rp 3,000,000" }));
    const [saved] = attachedPaths(staff);
    expect(saved!.startsWith(filesDir)).toBe(true);
    expect(readFileSync(saved!).equals(Buffer.from(pledge.proofFile!.bytes))).toBe(true);

    const outsider = await consoleScript(bot, "outsider", filesDir, [`/proof ${pledgeId}`]);
    expect(outsider).toContain(en("error-no-such-pledge", { id: pledgeId }));
    expect(attachedPaths(outsider)).toEqual([]);
  });

  it("a photo sent with the caption `/paid ID` through /attach reports at once", async () => {
    writeFileSync(join(work, "bukti.pdf"), smallPdf());
    const partner = await consoleScript(bot, "budi", filesDir, ["/register", "PT Caption Konsol", "Budi", "Bogor", "1", "/pledge PADI 1jt", "1", "1"]);
    const pledgeId = Number(/#(\d+) to PADI/.exec(partner)![1]);
    const reported = await consoleScript(bot, "budi", filesDir, [`/attach ${join(work, "bukti.pdf")} /paid ${pledgeId}`]);
    expect(reported).toContain(en("pledge-report-paid-done", { id: pledgeId, status: en("status-transfer_reported") }));
    expect((await bot.database.db.pledge.findUniqueOrThrow({ where: { id: pledgeId }, include: { proofFile: true } })).proofFile!.mimeType).toBe("application/pdf");
  });

  it("the outbox's console sender saves a notification's file and prints its path", async () => {
    const output = new PassThrough();
    let printed = "";
    output.on("data", (chunk: Buffer) => (printed += chunk.toString("utf8")));
    const sender = createConsoleSender(output, filesDir);
    expect(await sender.send("staff", { text: "Slip for #1", attachment: { kind: "document", mimeType: "application/pdf", fileName: "../../etc/kuitansi.pdf", bytes: smallPdf() } })).toEqual({ ok: true });
    const [saved] = attachedPaths(printed);
    expect(printed.startsWith("📣 console:staff\nSlip for #1\n📎 ")).toBe(true);
    // A name with folders in it stays inside the files folder.
    expect(saved!.startsWith(filesDir)).toBe(true);
    expect(saved!.endsWith("-kuitansi.pdf")).toBe(true);
    expect(existsSync(saved!)).toBe(true);
  });
});
