import { afterEach, describe, expect, it, vi } from "vitest";
import { offerChoices } from "../../../src/core/conversation-state.js";
import { createSendPacer } from "../../../src/channels/whatsapp/send-pacer.js";
import { createWhatsAppDailySends } from "../../../src/db/whatsapp-daily-sends.js";
import { queuedForOne } from "../../support/queued-for-one.js";
import { useTestBot } from "../../support/test-bot.js";
import { createWhatsAppHarness, type WhatsAppHarness } from "./support/whatsapp-harness.js";

const OFFLINE = new Error("net::ERR_NAME_NOT_RESOLVED at https://web.whatsapp.com/");

async function nextWait(wa: WhatsAppHarness, count: number) {
  await vi.waitFor(() => {
    if (wa.waits.length < count) throw new Error(`waiting for reconnect wait #${count}`);
  });
  return wa.waits[count - 1]!;
}

describe("WhatsApp (whatsapp-web.js) connection and proactive sends", () => {
  const bot = useTestBot();
  let wa: WhatsAppHarness | undefined;
  afterEach(async () => {
    await wa?.channel.stop();
    wa = undefined;
  });

  it("reports an unreachable WhatsApp Web clearly, backs off, and connects once it can", async () => {
    wa = createWhatsAppHarness(bot, { prepare: (client, attempt) => attempt < 3 && (client.initializeError = OFFLINE) });
    await wa.channel.start(); // returns at once: the other channels are not held up
    expect((await nextWait(wa, 1)).ms).toBe(5_000);
    expect(wa.terminal.join("")).toContain("WhatsApp Web cannot be reached (net::ERR_NAME_NOT_RESOLVED)");
    expect(wa.terminal.join("")).toContain("the other channels keep running");
    wa.waits[0]!.release();
    expect((await nextWait(wa, 2)).ms).toBe(10_000);
    wa.waits[1]!.release();
    expect((await nextWait(wa, 3)).ms).toBe(20_000);
    wa.waits[2]!.release();
    await vi.waitFor(() => expect(wa!.client().initialized).toBe(true));
    wa.client().emit("ready");
    expect(wa.channel.connected).toBe(true);
    expect(wa.clients.slice(0, 3).every((client) => client.destroyed)).toBe(true);
    expect(wa.terminal.filter((line) => line.includes("cannot be reached"))).toHaveLength(1);
  });

  it("reconnects after a disconnect or a browser crash, starting the backoff again after a success", async () => {
    wa = createWhatsAppHarness(bot);
    await wa.connect();
    expect(await wa.say("6281234560001", "/total")).not.toBe("");

    wa.client().emit("disconnected", "NAVIGATION");
    expect(wa.channel.connected).toBe(false);
    expect((await nextWait(wa, 1)).ms).toBe(5_000);
    expect(wa.terminal.join("")).toContain("disconnected (NAVIGATION)");
    expect(wa.clients[0]!.destroyed).toBe(true);
    wa.waits[0]!.release();
    await vi.waitFor(() => expect(wa!.clients).toHaveLength(2));
    await vi.waitFor(() => expect(wa!.client().initialized).toBe(true));
    wa.client().emit("ready");
    expect(await wa.say("6281234560001", "/total")).not.toBe("");

    wa.client().emit("browser_crashed");
    expect((await nextWait(wa, 2)).ms).toBe(5_000);
    expect(wa.terminal.join("")).toContain("the browser (Chromium) closed or crashed");
    wa.waits[1]!.release();
    await vi.waitFor(() => expect(wa!.clients).toHaveLength(3));
    // Crashed again while the QR code waited for a scan, before any "ready": noticed all the same.
    wa.client().emit("qr", "2@waiting,for,scan");
    wa.client().emit("browser_crashed");
    expect((await nextWait(wa, 3)).ms).toBe(10_000);
    expect(wa.clients[2]!.destroyed).toBe(true);
  });

  it("shows the QR code and the pairing code, and closes the browser on stop", async () => {
    wa = createWhatsAppHarness(bot);
    await wa.connect();
    wa.client().emit("qr", "2@abc,def,ghi");
    wa.client().emit("code", "ABCD1234");
    await vi.waitFor(() => expect(wa!.qrCodes).toEqual(["2@abc,def,ghi"]));
    expect(wa.pairingCodes).toEqual(["ABCD1234"]);
    const live = wa.client();
    await wa.channel.stop();
    expect(live.destroyed).toBe(true);
    expect(wa.waits).toHaveLength(0);
    wa = undefined;
  });

  it("sends proactively only when connected, honours opt-out, and marks an unknown number unreachable for good", async () => {
    wa = createWhatsAppHarness(bot);
    const update = { text: "Kabar PADI", choices: [[{ label: "Ikuti", value: "/subscribe PADI" }]] };
    expect(await wa.channel.send("6281234560002", update)).toMatchObject({ ok: false, permanent: false, retryAfterMs: 60_000 });
    await wa.connect();

    wa.client().registered.add("6281234560002");
    await wa.say("6281234560002", "/lang en");
    expect(await wa.channel.send("6281234560002", update)).toEqual({ ok: true });
    expect(wa.client().sent.at(-1)).toEqual({ chatId: "6281234560002@c.us", text: "Kabar PADI\n\n1. Ikuti\n\nReply 1 (or type the option's name)." });
    // The outbox records what a proactive message offered (deliver-one); this test sent it directly.
    await offerChoices(bot.database.db, "whatsapp:6281234560002", update.choices.flat());
    expect(await wa.say("6281234560002", "1")).toContain("PADI");
    expect(await bot.database.db.subscription.count({ where: { member: { userId: "6281234560002" }, campaign: { code: "PADI" } } })).toBe(1);

    // The outbox checks at send time: what was queued before /stop, or before the number was found unreachable, is skipped.
    const queuedBeforeStop = await queuedForOne(bot.database.db, { channel: "whatsapp", userId: "6281234560002" }, "Kabar", bot.clock.now);
    await wa.say("6281234560002", "/stop");
    const sentBeforeStop = wa.client().sent.length;
    expect(await queuedBeforeStop.sendThrough(wa.channel)).toMatchObject({ status: "skipped", error: "opted-out" });
    expect(wa.client().sent.length).toBe(sentBeforeStop);

    await wa.say("6281234560003", "/start");
    const queuedBeforeFound = await queuedForOne(bot.database.db, { channel: "whatsapp", userId: "6281234560003" }, "Kabar", bot.clock.now);
    expect(await wa.channel.send("6281234560003", update)).toMatchObject({ ok: false, permanent: true, reason: "number is not on WhatsApp" });
    const member = await bot.database.db.member.findUniqueOrThrow({ where: { channel_userId: { channel: "whatsapp", userId: "6281234560003" } } });
    expect(member.unreachableAt).not.toBeNull();
    wa.client().registered.add("6281234560003");
    const sentBeforeFound = wa.client().sent.length;
    expect(await queuedBeforeFound.sendThrough(wa.channel)).toMatchObject({ status: "skipped", error: "unreachable" });
    expect(wa.client().sent.length).toBe(sentBeforeFound);
    // Writing again proves the number works: it is reachable again.
    await wa.say("6281234560003", "/total");
    expect(await wa.channel.send("6281234560003", update)).toEqual({ ok: true });
  });

  it("paces proactive sends with the gap, the jitter and the daily cap", async () => {
    const clock = { now: Date.parse("2026-12-05T10:00:00+07:00") };
    const sleeps: number[] = [];
    const pacer = createSendPacer({
      minGapMs: 4_000,
      jitterMs: 3_000,
      dailyCap: 3,
      counter: createWhatsAppDailySends(bot.database.db, "web"),
      clock: () => clock.now,
      sleep: async (ms) => {
        sleeps.push(ms);
        clock.now += ms;
      },
      random: () => 0.5,
    });
    wa = createWhatsAppHarness(bot, { pacer });
    await wa.connect();
    for (const number of ["6281234560011", "6281234560012", "6281234560013", "6281234560014"]) wa.client().registered.add(number);

    const sentAt: number[] = [];
    for (const number of ["6281234560011", "6281234560012", "6281234560013"]) {
      expect(await wa.channel.send(number, { text: "Kabar" })).toEqual({ ok: true });
      sentAt.push(clock.now);
    }
    expect(sleeps).toEqual([5_500, 5_500]);
    expect(sentAt[1]! - sentAt[0]!).toBe(5_500);

    const capped = await wa.channel.send("6281234560014", { text: "Kabar" });
    const midnightJakarta = Date.parse("2026-12-06T00:00:00+07:00");
    expect(capped).toEqual({ ok: false, permanent: false, reason: "daily WhatsApp cap reached", retryAfterMs: midnightJakarta - clock.now });
    expect(wa.client().sent).toHaveLength(3);

    clock.now = midnightJakarta;
    expect(await wa.channel.send("6281234560014", { text: "Kabar" })).toEqual({ ok: true });
  });

  it("survives the phone being unlinked (LOGOUT) while a send is in flight, and links again", async () => {
    wa = createWhatsAppHarness(bot);
    await wa.connect();
    const live = wa.client();
    live.registered.add("6281234560021");
    let release!: () => void;
    live.sendGate = new Promise((done) => (release = done));
    const inFlight = wa.channel.send("6281234560021", { text: "Kabar" });
    await vi.waitFor(() => expect(live.sendsStarted).toBe(1));
    live.emit("disconnected", "LOGOUT");
    expect(wa.channel.connected).toBe(false);
    await vi.waitFor(() => expect(live.destroyed).toBe(true));
    release();
    // The browser went away under the send: the outbox tries again later; nothing crashed.
    expect(await inFlight).toMatchObject({ ok: false, permanent: false, reason: expect.stringContaining("Target closed") });
    expect(wa.terminal.join("")).toContain("disconnected (LOGOUT)");
    (await nextWait(wa, 1)).release();
    await vi.waitFor(() => expect(wa!.clients).toHaveLength(2));
    wa.client().emit("qr", "2@link,again");
    await vi.waitFor(() => expect(wa!.qrCodes).toEqual(["2@link,again"]));
  });

  it("asks for the pairing code once, on the first QR code, and shows the code instead of the QR", async () => {
    wa = createWhatsAppHarness(bot, { pairingPhone: "6281234560031" });
    await wa.connect();
    wa.client().emit("qr", "2@first");
    wa.client().emit("qr", "2@second");
    await vi.waitFor(() => expect(wa!.pairingCodes).toEqual(["K7PD-2XQ9"]));
    expect(wa.client().pairingRequests).toEqual(["6281234560031"]);
    expect(wa.qrCodes).toEqual([]);
  });

  it("falls back to the QR code when WhatsApp refuses the pairing code, and keeps running", async () => {
    wa = createWhatsAppHarness(bot, {
      pairingPhone: "6281234560032",
      prepare: (client) => (client.pairingError = new Error("Evaluation failed: rate-overlimit")),
    });
    await wa.connect();
    wa.client().emit("qr", "2@first");
    await vi.waitFor(() => expect(wa!.qrCodes).toEqual(["2@first"]));
    expect(wa.terminal.join("")).toContain("no pairing code (Evaluation failed: rate-overlimit); scan the QR code instead");
    wa.client().emit("qr", "2@second");
    await vi.waitFor(() => expect(wa!.qrCodes).toEqual(["2@first", "2@second"]));
    expect(wa.client().pairingRequests).toHaveLength(1);
    wa.client().emit("ready");
    expect(await wa.say("6281234560032", "/total")).not.toBe("");
  });

  it("keeps the day's send count through a restart, so the cap holds", async () => {
    const clock = { now: Date.parse("2026-12-07T09:00:00+07:00") };
    const pacer = () =>
      createSendPacer({ minGapMs: 0, jitterMs: 0, dailyCap: 2, counter: createWhatsAppDailySends(bot.database.db, "web"), clock: () => clock.now, sleep: async () => {} });
    const before = pacer();
    expect(await before.acquire()).toEqual({ ok: true });
    expect(await before.acquire()).toEqual({ ok: true });
    const afterRestart = pacer();
    expect(await afterRestart.acquire()).toMatchObject({ ok: false });
    clock.now = Date.parse("2026-12-08T00:00:00+07:00");
    expect(await afterRestart.acquire()).toEqual({ ok: true });
  });
});
