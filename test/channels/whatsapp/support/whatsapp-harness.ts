import { vi } from "vitest";
import { createRecipients } from "../../../../src/db/recipients.js";
import { createSendPacer, type SendPacer } from "../../../../src/channels/whatsapp/send-pacer.js";
import { createWhatsAppConversation } from "../../../../src/channels/whatsapp/whatsapp-conversation.js";
import { createWhatsAppWebChannel, type WhatsAppWebChannel } from "../../../../src/channels/whatsapp/whatsapp-web-channel.js";
import { Translator } from "../../../../src/core/i18n/translator.js";
import { createWhatsAppDailySends } from "../../../../src/db/whatsapp-daily-sends.js";
import { createWhatsAppIdentities } from "../../../../src/wire-whatsapp-stores.js";
import { createLogger } from "../../../../src/logger.js";
import type { TestBot } from "../../../support/test-bot.js";
import { FakeWhatsAppClient, inbound } from "./fake-whatsapp-client.js";

/** A reconnect wait the test lets go of by hand, so no test depends on real time. */
export interface PendingWait {
  ms: number;
  release(): void;
}

export interface WhatsAppHarness {
  channel: WhatsAppWebChannel;
  /** Every client the channel made, one per connection attempt; the last is the live one. */
  clients: FakeWhatsAppClient[];
  waits: PendingWait[];
  qrCodes: string[];
  pairingCodes: string[];
  terminal: string[];
  client(): FakeWhatsAppClient;
  /** Emits a message from `from` and returns what the bot answered, joined. */
  say(from: string, body: string, overrides?: Parameters<typeof inbound>[2]): Promise<string>;
  /** Starts the channel and brings the first client to "ready". */
  connect(): Promise<void>;
}

/** The whatsapp-web.js channel over a fake client, talking to a real core on a real database. */
export function createWhatsAppHarness(
  bot: TestBot,
  options: { pacer?: SendPacer; pairingPhone?: string; prepare?: (client: FakeWhatsAppClient, attempt: number) => void } = {},
): WhatsAppHarness {
  const clients: FakeWhatsAppClient[] = [];
  const waits: PendingWait[] = [];
  const qrCodes: string[] = [];
  const pairingCodes: string[] = [];
  const terminal: string[] = [];
  const recipients = createRecipients(bot.database.db, "whatsapp");
  const channel = createWhatsAppWebChannel({
    createClient: () => {
      const client = new FakeWhatsAppClient();
      options.prepare?.(client, clients.length);
      clients.push(client);
      return client;
    },
    pairingPhone: options.pairingPhone,
    conversation: createWhatsAppConversation({ core: bot.core, recipients, translator: new Translator("id"), defaultLocale: "id", clock: () => bot.clock.now }),
    recipients,
    identities: createWhatsAppIdentities(bot.database.db),
    pacer:
      options.pacer ??
      createSendPacer({
        minGapMs: 0,
        jitterMs: 0,
        dailyCap: 1000,
        counter: createWhatsAppDailySends(bot.database.db, "web"),
        clock: () => bot.clock.now.getTime(),
        sleep: async () => {},
      }),
    login: { showQr: async (qr) => void qrCodes.push(qr), showPairingCode: (code) => void pairingCodes.push(code) },
    logger: createLogger({ level: "silent" }),
    terminal: { write: (text: string) => terminal.push(text) },
    clock: () => bot.clock.now,
    wait: (ms, signal) =>
      new Promise<void>((release) => {
        waits.push({ ms, release });
        signal.addEventListener("abort", () => release(), { once: true });
      }),
  });
  const client = () => clients.at(-1)!;
  return {
    channel,
    clients,
    waits,
    qrCodes,
    pairingCodes,
    terminal,
    client,
    async say(from, body, overrides) {
      const live = client();
      const before = live.sent.length;
      live.emit("message", inbound(body, from, overrides));
      await channel.settled();
      return live.sent.slice(before).map((message) => message.text).join("\n\n");
    },
    async connect() {
      await channel.start();
      await vi.waitFor(() => {
        if (!client()?.initialized) throw new Error("not initialized yet");
      });
      client().emit("ready");
    },
  };
}
