import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createRecipients } from "../../../src/db/recipients.js";
import { createSendPacer } from "../../../src/channels/whatsapp/send-pacer.js";
import { createWhatsAppConversation } from "../../../src/channels/whatsapp/whatsapp-conversation.js";
import { createWhatsAppWebChannel, type WhatsAppWebChannel } from "../../../src/channels/whatsapp/whatsapp-web-channel.js";
import { createWhatsAppWebClient } from "../../../src/channels/whatsapp/whatsapp-web-client.js";
import { Translator } from "../../../src/core/i18n/translator.js";
import { createWhatsAppDailySends } from "../../../src/db/whatsapp-daily-sends.js";
import { createWhatsAppIdentities } from "../../../src/wire-whatsapp-stores.js";
import { createLogger } from "../../../src/logger.js";
import { useTestBot } from "../../support/test-bot.js";

const CHROMIUM = process.env.WHATSAPP_CHROMIUM_PATH ?? "/usr/bin/chromium";
const present = existsSync(CHROMIUM);
if (!present) process.stdout.write(`SKIP whatsapp-web.js LOGOUT in Chromium: ${CHROMIUM} is absent (apt-get install -y chromium)\n`);
/** The WhatsApp Web version whatsapp-web.js asks its web cache for by default. */
const { DefaultOptions } = createRequire(import.meta.url)("whatsapp-web.js/src/util/Constants.js") as { DefaultOptions: { webVersion: string } };

describe.skipIf(!present)("the real whatsapp-web.js Client in Chromium, against a stand-in WhatsApp Web page", () => {
  const bot = useTestBot();
  let channel: WhatsAppWebChannel | undefined;
  let dataDir: string | undefined;
  afterEach(async () => {
    await channel?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it("survives a refused pairing code and the phone unlinking (LOGOUT), and offers a new login", { timeout: 60_000 }, async () => {
    dataDir = mkdtempSync(join(tmpdir(), "kpeduli-wa-logout-"));
    // The library serves its cached copy of WhatsApp Web from here instead of going to the network.
    mkdirSync(join(dataDir, "whatsapp-web-cache"));
    copyFileSync(new URL("./support/stand-in-whatsapp-web.html", import.meta.url), join(dataDir, "whatsapp-web-cache", `${DefaultOptions.webVersion}.html`));
    const strayRejections: unknown[] = [];
    const noteStray = (reason: unknown) => strayRejections.push(reason);
    process.on("unhandledRejection", noteStray);

    const qrCodes: string[] = [];
    const terminal: string[] = [];
    const waits: { ms: number; release(): void }[] = [];
    const recipients = createRecipients(bot.database.db, "whatsapp");
    channel = createWhatsAppWebChannel({
      createClient: () => createWhatsAppWebClient({ chromiumPath: CHROMIUM, dataDir: dataDir! }),
      pairingPhone: "6281234560099",
      conversation: createWhatsAppConversation({ core: bot.core, recipients, translator: new Translator("id"), defaultLocale: "id", clock: () => bot.clock.now }),
      recipients,
      identities: createWhatsAppIdentities(bot.database.db),
      pacer: createSendPacer({ minGapMs: 0, jitterMs: 0, dailyCap: 10, counter: createWhatsAppDailySends(bot.database.db, "web"), clock: Date.now, sleep: async () => {} }),
      login: { showQr: async (qr) => void qrCodes.push(qr), showPairingCode: () => undefined },
      logger: createLogger({ level: "silent" }),
      terminal: { write: (text: string) => terminal.push(text) },
      clock: () => bot.clock.now,
      wait: (ms, signal) =>
        new Promise<void>((release) => {
          waits.push({ ms, release });
          signal.addEventListener("abort", () => release(), { once: true });
        }),
    });
    try {
      await channel.start();
      // The stand-in page refuses the pairing code: the bot says so and shows the QR code.
      await vi.waitFor(() => expect(qrCodes).toHaveLength(1), { timeout: 30_000, interval: 100 });
      expect(qrCodes[0]).toMatch(/^2@standin-ref,/);
      expect(terminal.join("")).toContain("no pairing code");
      // Then the phone unlinks this device: the browser closes and a reconnect is planned.
      await vi.waitFor(() => expect(waits).toHaveLength(1), { timeout: 30_000, interval: 100 });
      expect(terminal.join("")).toContain("disconnected (LOGOUT)");
      // The library's own handler goes on re-injecting into the closed page for a moment.
      await new Promise((done) => setTimeout(done, 2_000));
      expect(strayRejections).toEqual([]);
    } finally {
      process.off("unhandledRejection", noteStray);
    }
  });
});
