import type { Update } from "grammy/types";
import { describe, expect, it } from "vitest";
import { Translator } from "../../../src/core/i18n/translator.js";
import { exifOf, phonePhoto, smallPdf, windowsProgram } from "../../support/test-files.js";
import { STAFF_ID, unescapeHtml, useTelegramBot, type TelegramUser } from "./support/telegram-harness.js";

const translator = new Translator("id");
const t = (locale: "id" | "ko" | "en", key: string, args?: Record<string, string | number>) => translator.translate(locale, key, args);

let nextMessageId = 90_000;

/** A message carrying a photo (its sizes, largest last) or a document, as Telegram delivers it. */
function fileUpdate(user: TelegramUser, file: { photo?: { fileId: string; size: number }; document?: { fileId: string; size: number; name: string; mime: string } }, caption?: string): Update {
  return {
    update_id: nextMessageId,
    message: {
      message_id: ++nextMessageId,
      date: 1_800_000_000,
      chat: user.chat,
      from: user.from,
      ...(caption && { caption }),
      ...(file.photo && {
        photo: [
          { file_id: `${file.photo.fileId}-small`, file_unique_id: "s", width: 90, height: 45, file_size: 900 },
          { file_id: file.photo.fileId, file_unique_id: "l", width: 64, height: 32, file_size: file.photo.size },
        ],
      }),
      ...(file.document && { document: { file_id: file.document.fileId, file_unique_id: "d", file_name: file.document.name, mime_type: file.document.mime, file_size: file.document.size } }),
    },
  } as Update;
}

describe("Telegram: photos and documents through getFile, sendPhoto and sendDocument", () => {
  const tg = useTelegramBot();

  it("downloads the largest photo size from the API root, and /update with it keeps the photo without GPS", async () => {
    const staff = tg.user(STAFF_ID, { lang: "en" });
    const bytes = await phonePhoto();
    tg.api.offerFile("photo-big", bytes);
    const answer = await tg.deliver(fileUpdate(staff, { photo: { fileId: "photo-big", size: bytes.byteLength } }, "/update PADI Rice seedlings planted"));
    expect(answer.text).toContain("PADI");
    expect(answer.calls.find((call) => call.method === "getFile")!.payload.file_id).toBe("photo-big");
    expect(answer.calls.find((call) => call.method === "download")!.payload.path).toBe("documents/photo-big");
    const update = await tg.bot.database.db.campaignUpdate.findFirstOrThrow({ orderBy: { id: "desc" }, include: { photoFile: true } });
    expect(update.photoFile).toMatchObject({ mimeType: "image/jpeg", width: 32, height: 64 });
    expect((await exifOf(update.photoFile!.bytes)).gps).toBe(false);
  });

  it("refuses a file Telegram says is over 10 MB without calling getFile, and an .exe named .jpg after reading it", async () => {
    const person = tg.user(4401, { lang: "ko" });
    const before = await tg.bot.database.db.storedFile.count();
    const big = await tg.deliver(fileUpdate(person, { document: { fileId: "huge", size: 30 * 1024 * 1024, name: "scan.pdf", mime: "application/pdf" } }, "/paid 1"));
    expect(big.text).toBe(t("ko", "file-too-large", { max: 10 }));
    expect(big.calls.some((call) => call.method === "getFile" || call.method === "download")).toBe(false);

    tg.api.offerFile("exe", windowsProgram());
    const exe = await tg.deliver(fileUpdate(person, { document: { fileId: "exe", size: 128, name: "slip.jpg", mime: "image/jpeg" } }));
    expect(exe.text).toBe(t("ko", "file-wrong-type"));
    // A download that fails is "could not read", not a crash.
    const gone = await tg.deliver(fileUpdate(person, { document: { fileId: "missing", size: 100, name: "x.pdf", mime: "application/pdf" } }));
    expect(gone.text).toBe(t("ko", "file-unreadable"));
    expect(await tg.bot.database.db.storedFile.count()).toBe(before);
  });

  it("sends a photo with its caption and buttons, a document, and a long caption as a message after the file", async () => {
    const photo = await phonePhoto();
    const mark = tg.api.mark();
    expect((await tg.channel.send("4402", { text: "Slip <#7>", choices: [[{ label: "Confirm", value: "/confirm 7" }]], attachment: { kind: "photo", mimeType: "image/jpeg", fileName: "slip.jpg", bytes: photo } })).ok).toBe(true);
    expect((await tg.channel.send("4402", { text: "Kuitansi", attachment: { kind: "document", mimeType: "application/pdf", fileName: "kuitansi.pdf", bytes: smallPdf() } })).ok).toBe(true);
    const long = "Laporan ".repeat(200).trim();
    expect((await tg.channel.send("4402", { text: long, attachment: { kind: "document", mimeType: "application/pdf", fileName: "laporan.pdf", bytes: smallPdf() } })).ok).toBe(true);
    const calls = mark().filter((call) => call.method !== "getChatMember");
    expect(calls.map((call) => call.method)).toEqual(["sendPhoto", "sendDocument", "sendDocument", "sendMessage"]);
    const [sentPhoto, sentDocument, bare, text] = calls;
    expect(unescapeHtml(sentPhoto!.payload.caption)).toBe("Slip <#7>");
    expect(sentPhoto!.payload.reply_markup.inline_keyboard[0][0].callback_data).toBe("/confirm 7");
    expect(Buffer.from(sentPhoto!.files!.photo!.bytes).equals(Buffer.from(photo))).toBe(true);
    expect(sentPhoto!.files!.photo!.name).toBe("slip.jpg");
    expect(sentDocument!.files!.document!.name).toBe("kuitansi.pdf");
    expect(bare!.payload.caption).toBeUndefined();
    expect(text!.payload.text).toBe(long);
  });
});
