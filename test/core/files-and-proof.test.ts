import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { Translator, type LocaleCode } from "../../src/core/i18n/translator.js";
import { MAX_FILE_BYTES } from "../../src/core/messages.js";
import { storeFile } from "../../src/core/use-cases/stored-files.js";
import { outboxPort } from "../../src/outbox/enqueue-broadcast.js";
import { Conversation, useTestBot, type TestBot } from "../support/test-bot.js";
import { exifOf, phonePhoto, smallPdf, windowsProgram } from "../support/test-files.js";

const translator = new Translator("id");
const t = (locale: LocaleCode, key: string, args?: Record<string, string | number>) => translator.translate(locale, key, args);

async function partnerWithPledge(bot: TestBot, userId: string, company: string, lang: LocaleCode = "en"): Promise<{ partner: Conversation; pledgeId: number }> {
  const partner = bot.chat(userId, { localeHint: lang });
  await partner.send("/register");
  await partner.send(company);
  await partner.send(`Contact of ${company}`);
  await partner.send("Jakarta");
  await partner.pick(t(lang, "choice-public"));
  await partner.send("/pledge PADI 5jt");
  await partner.pick(partner.offered[0]!.label);
  await partner.pick("✅");
  const pledge = await bot.database.db.pledge.findFirstOrThrow({ where: { member: { userId } }, orderBy: { id: "desc" } });
  return { partner, pledgeId: pledge.id };
}

const photo = async () => ({ kind: "photo" as const, mimeType: "image/jpeg", fileName: "IMG_0001.jpg", bytes: await phonePhoto() });

describe("files sent to the bot: checked by content, re-encoded, refused clearly", () => {
  const bot = useTestBot();

  it.each<[LocaleCode]>([["id"], ["ko"], ["en"]])("refuses in %s a program named .jpg, a file over 10 MB (announced or sent), and bytes that are no image, storing nothing", async (lang) => {
    const person = bot.chat(`refused-${lang}`, { localeHint: lang });
    const before = await bot.database.db.storedFile.count();
    expect(await person.sendFile({ kind: "photo", mimeType: "image/jpeg", fileName: "slip.jpg", bytes: windowsProgram() }, "/paid 1")).toBe(t(lang, "file-wrong-type"));
    expect(await person.sendFile({ kind: "document", mimeType: "application/pdf", fileName: "big.pdf", bytes: new Uint8Array(), size: MAX_FILE_BYTES + 1 })).toBe(
      t(lang, "file-too-large", { max: 10 }),
    );
    const tooBig = Buffer.concat([Buffer.from(smallPdf()), Buffer.alloc(MAX_FILE_BYTES)]);
    expect(await person.sendFile({ kind: "document", mimeType: "application/pdf", fileName: "big.pdf", bytes: tooBig })).toBe(t(lang, "file-too-large", { max: 10 }));
    // Starts like a JPEG, but is not one.
    const broken = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 7)]);
    expect(await person.sendFile({ kind: "photo", mimeType: "image/jpeg", fileName: "x.jpg", bytes: broken })).toBe(t(lang, "file-unreadable"));
    expect(await person.sendFile({ kind: "photo", mimeType: "image/jpeg", fileName: "x.jpg", bytes: new Uint8Array() })).toBe(t(lang, "file-unreadable"));
    expect(await bot.database.db.storedFile.count()).toBe(before);
  });

  it("a file nobody asked for gets a hint, and is not stored", async () => {
    const person = bot.chat("stray", { localeHint: "en" });
    const before = await bot.database.db.storedFile.count();
    expect(await person.sendFile(await photo())).toBe(t("en", "file-not-expected", { command: "/" }));
    expect(await bot.database.db.storedFile.count()).toBe(before);
  });

  it("/paid ID asks for the slip; the photo is stored upright without EXIF or GPS, with a thumbnail, and staff get it attached", async () => {
    await bot.chat("staff", { localeHint: "en" }).send("/help"); // staff hear of transfers once the bot knows them
    const { partner, pledgeId } = await partnerWithPledge(bot, "slipper", "PT Slip Satu");
    await bot.deliver();
    const original = await phonePhoto();
    expect(await exifOf(original)).toMatchObject({ exif: true, gps: true, orientation: 6 });

    expect(await partner.send(`/paid ${pledgeId}`)).toBe(t("en", "paid-ask-proof", { id: pledgeId }));
    expect(partner.offered.map((choice) => choice.label)).toEqual([t("en", "choice-skip")]);
    // Text that is neither a file nor "skip" asks again; nothing changes.
    expect(await partner.send("later")).toBe(t("en", "paid-proof-expected", { id: pledgeId }));
    expect((await bot.database.db.pledge.findUniqueOrThrow({ where: { id: pledgeId } })).status).toBe("pledged");

    const answer = await partner.sendFile({ kind: "photo", mimeType: "image/jpeg", fileName: "IMG_0001.jpg", bytes: original });
    expect(answer).toContain(t("en", "pledge-report-paid-done", { id: pledgeId, status: t("en", "status-transfer_reported") }));
    expect(answer).toContain(t("en", "paid-proof-kept"));

    const pledge = await bot.database.db.pledge.findUniqueOrThrow({ where: { id: pledgeId }, include: { proofFile: true } });
    expect(pledge.status).toBe("transfer_reported");
    const stored = pledge.proofFile!;
    expect(stored).toMatchObject({ mimeType: "image/jpeg", fileName: "IMG_0001.jpg", width: 32, height: 64 });
    expect(await exifOf(stored.bytes)).toEqual({ exif: false, gps: false, orientation: undefined });
    expect((await sharp(stored.thumbnail!).metadata()).format).toBe("jpeg");

    const toStaff = (await bot.deliver()).filter((sent) => sent.chatId === "staff");
    expect(toStaff).toHaveLength(1);
    expect(toStaff[0]!.text).toContain(`#${pledgeId}`);
    expect(toStaff[0]!.attachment).toMatchObject({ kind: "photo", mimeType: "image/jpeg" });
    expect(Buffer.from(toStaff[0]!.attachment!.bytes).equals(Buffer.from(stored.bytes))).toBe(true);
  });

  it("a PDF with the caption /paid ID reports at once; skip reports without a slip; /pending marks which have one", async () => {
    const { partner, pledgeId: withPdf } = await partnerWithPledge(bot, "pdfer", "PT Slip Dua");
    expect(await partner.sendFile({ kind: "document", mimeType: "application/octet-stream", fileName: "bukti.bin", bytes: smallPdf() }, `/paid ${withPdf}`)).toContain(
      t("en", "paid-proof-kept"),
    );
    const stored = (await bot.database.db.pledge.findUniqueOrThrow({ where: { id: withPdf }, include: { proofFile: true } })).proofFile!;
    expect(stored).toMatchObject({ mimeType: "application/pdf", fileName: "bukti.pdf", thumbnail: null });

    await partner.send("/pledge PADI 2jt");
    await partner.pick(partner.offered[0]!.label);
    await partner.pick("✅");
    const withoutSlip = (await bot.database.db.pledge.findFirstOrThrow({ where: { member: { userId: "pdfer" } }, orderBy: { id: "desc" } })).id;
    await partner.send(`/paid ${withoutSlip}`);
    expect(await partner.pick(t("en", "choice-skip"))).toBe(t("en", "pledge-report-paid-done", { id: withoutSlip, status: t("en", "status-transfer_reported") }));
    expect((await bot.database.db.pledge.findUniqueOrThrow({ where: { id: withoutSlip } })).proofFileId).toBeNull();

    const pending = await bot.chat("staff", { localeHint: "en" }).send("/pending");
    const line = (id: number) => pending.split("\n").find((candidate) => candidate.startsWith(`#${id} `))!;
    expect(line(withPdf)).toContain(`📎 ${t("en", "pending-has-proof")}`);
    expect(line(withoutSlip)).not.toContain("📎");
  });

  it("/proof ID shows the slip to staff and to the pledge's company, and to nobody else", async () => {
    const { partner, pledgeId } = await partnerWithPledge(bot, "prover", "PT Slip Tiga");
    await partner.sendFile(await photo(), `/paid ${pledgeId}`);
    const staff = bot.chat("staff", { localeHint: "en" });
    await staff.send(`/proof ${pledgeId}`);
    expect(staff.lastReplies[0]!.text).toBe(t("en", "proof-caption", { id: pledgeId, company: "PT Slip Tiga", code: "PADI", what: "Rp 5,000,000" }));
    expect(staff.lastReplies[0]!.attachment).toMatchObject({ kind: "photo", mimeType: "image/jpeg" });
    await partner.send(`/proof ${pledgeId}`);
    expect(partner.lastReplies[0]!.attachment?.kind).toBe("photo");

    const { partner: other } = await partnerWithPledge(bot, "nosy", "PT Lain");
    expect(await other.send(`/proof ${pledgeId}`)).toBe(t("en", "error-no-such-pledge", { id: pledgeId }));
    expect(other.lastReplies[0]!.attachment).toBeUndefined();
    expect(await bot.chat("passerby", { localeHint: "en" }).send(`/proof ${pledgeId}`)).toBe(t("en", "error-no-such-pledge", { id: pledgeId }));
    expect(await staff.send("/proof abc")).toBe(t("en", "usage-proof"));
    const { pledgeId: bare } = await partnerWithPledge(bot, "bare", "PT Tanpa Bukti");
    expect(await staff.send(`/proof ${bare}`)).toBe(t("en", "proof-none", { id: bare }));
  });

  it("a slip for someone else's pledge is refused before anything is stored", async () => {
    const { pledgeId } = await partnerWithPledge(bot, "owner2", "PT Punya");
    const { partner: other } = await partnerWithPledge(bot, "thief", "PT Bukan");
    const before = await bot.database.db.storedFile.count();
    expect(await other.sendFile({ kind: "photo", mimeType: "image/png", fileName: "x.png", bytes: await sharp({ create: { width: 8, height: 8, channels: 3, background: "#0f0" } }).png().toBuffer() }, `/paid ${pledgeId}`)).toBe(
      t("en", "error-no-such-pledge", { id: pledgeId }),
    );
    expect(await bot.database.db.storedFile.count()).toBe(before);
  });

  it("/update CODE TEXT with a photo keeps it with the update and sends it to subscribers", async () => {
    const subscriber = bot.chat("follower", { localeHint: "ko" });
    await subscriber.send("/subscribe PADI");
    await bot.deliver();
    const staff = bot.chat("staff", { localeHint: "en" });
    expect(await staff.sendFile(await photo(), "/update PADI Seeds handed out in Ciamis")).toContain("PADI");
    const update = await bot.database.db.campaignUpdate.findFirstOrThrow({ orderBy: { id: "desc" }, include: { photoFile: true } });
    expect(update.photoFile).toMatchObject({ mimeType: "image/jpeg", width: 32, height: 64 });
    const toFollower = (await bot.deliver()).filter((sent) => sent.chatId === "follower");
    expect(toFollower).toHaveLength(1);
    expect(toFollower[0]!.text).toContain("Seeds handed out in Ciamis");
    expect(toFollower[0]!.attachment?.fileName).toBe("IMG_0001.jpg");
  });

  it("the outbox sends each person the file in their language, else the Indonesian one", async () => {
    const korean = bot.chat("file-ko", { localeHint: "ko" });
    const english = bot.chat("file-en", { localeHint: "en" });
    await korean.send("/lang ko");
    await english.send("/lang en");
    const db = bot.database.db;
    // Content-addressed: bytes of their own, so no earlier test's file (and name) is reused.
    const idFile = await storeFile(db, { bytes: Buffer.concat([Buffer.from(smallPdf()), Buffer.from("% id\n")]), mimeType: "application/pdf", fileName: "kuitansi.pdf" });
    const koFile = await storeFile(db, { bytes: Buffer.concat([Buffer.from(smallPdf()), Buffer.from("% ko\n")]), mimeType: "application/pdf", fileName: "영수증.pdf" });
    const [ko, en] = await Promise.all(["file-ko", "file-en"].map((userId) => db.member.findUniqueOrThrow({ where: { channel_userId: { channel: "console", userId } } })));
    for (const member of [ko!, en!]) {
      await outboxPort.enqueue(db, { kind: "notification", audience: "member", memberId: member.id, texts: { id: "Kuitansi", ko: "영수증", en: "Receipt" }, attachments: { id: idFile.id, ko: koFile.id }, sendAt: bot.clock.now, urgent: true });
    }
    const sent = await bot.deliver();
    const to = (chatId: string) => sent.find((message) => message.chatId === chatId)!;
    expect(to("file-ko")).toMatchObject({ text: "영수증", attachment: { kind: "document", fileName: "영수증.pdf" } });
    expect(to("file-en")).toMatchObject({ text: "Receipt", attachment: { kind: "document", fileName: "kuitansi.pdf" } });
  });

  it("/update CODE with a photo asks for the text, then sends the photo with it", async () => {
    const staff = bot.chat("staff", { localeHint: "en" });
    await staff.sendFile(await photo(), "/update PADI");
    await staff.send("Harvest photos are in");
    await staff.pick(staff.offered.at(-1)!.label); // continue without more languages
    await staff.pick(t("en", "choice-skip")); // no beneficiary counts
    await staff.pick(t("en", "choice-confirm"));
    const update = await bot.database.db.campaignUpdate.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(update.texts).toEqual({ id: "Harvest photos are in" });
    expect(update.photoFileId).not.toBeNull();
  });
});
