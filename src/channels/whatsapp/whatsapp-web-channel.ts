import type { OutgoingMessage } from "../../core/messages.js";
import type { Logger } from "../../logger.js";
import type { ChannelAdapter, SendOutcome } from "../channel.js";
import type { LoginPrompt } from "./login-prompt.js";
import type { SendPacer } from "./send-pacer.js";
import type { WhatsAppClient, WhatsAppInbound } from "./whatsapp-client.js";
import type { WhatsAppConversation } from "./whatsapp-conversation.js";
import { replySteps, type WhatsAppReply } from "./whatsapp-files.js";
import { isGroupJid, isLidJid, maskPhone, phoneFromJid, userIdFromJid } from "./whatsapp-ids.js";
import type { Recipients } from "../channel.js";
import type { WhatsAppIdentities } from "./whatsapp-stores.js";

/** While WhatsApp is not connected the outbox should come back later, not give up. */
const NOT_CONNECTED_RETRY_MS = 60_000;
/** `@lid` → phone pairs kept in memory; the oldest are forgotten first (the database keeps them all). */
const REMEMBERED_LIDS = 10_000;

export interface ReconnectBackoff {
  initialMs: number;
  maxMs: number;
}

export interface WhatsAppWebChannelDeps {
  /** A fresh client (browser session) for each connection attempt. */
  createClient: () => WhatsAppClient;
  conversation: WhatsAppConversation;
  recipients: Recipients;
  identities: WhatsAppIdentities;
  pacer: SendPacer;
  login: LoginPrompt;
  /** Log in by typing a code on this phone instead of scanning the QR code. */
  pairingPhone?: string;
  logger: Logger;
  /** Where the person running the bot reads what went wrong (stderr). */
  terminal: { write(text: string): unknown };
  clock: () => Date;
  /** Waits between reconnects; resolves early when the signal aborts (on stop). */
  wait: (ms: number, signal: AbortSignal) => Promise<void>;
  backoff?: ReconnectBackoff;
}

export interface WhatsAppWebChannel extends ChannelAdapter {
  /** True while WhatsApp Web is logged in and can send. */
  readonly connected: boolean;
  /** Resolves once every message received so far has been answered (shutdown waits for it too). */
  settled(): Promise<void>;
}

/**
 * WhatsApp through whatsapp-web.js. `start` returns at once and a loop keeps the session up: a
 * failed start (no network, no browser), a disconnect (the phone unlinked: LOGOUT) or a browser
 * crash is logged with its reason and followed by a reconnect with backoff, while the other
 * channels go on. Status broadcasts, the bot's own messages, reactions and system messages are
 * ignored. A sender hidden behind a `…@lid` id is known by their phone number when WhatsApp
 * tells it, and by the `@lid` otherwise.
 */
export function createWhatsAppWebChannel(deps: WhatsAppWebChannelDeps): WhatsAppWebChannel {
  const backoff = deps.backoff ?? { initialMs: 5_000, maxMs: 5 * 60_000 };
  const stopping = new AbortController();
  const inFlight = new Set<Promise<void>>();
  let client: WhatsAppClient | undefined;
  let connected = false;
  let loop: Promise<void> | undefined;
  const phoneByLid = new Map<string, string>();

  async function connectForever(): Promise<void> {
    let failures = 0;
    while (!stopping.signal.aborted) {
      const current = deps.createClient();
      client = current;
      const reason = await runSession(current, () => (failures = 0));
      await current.destroy().catch((error: unknown) => deps.logger.warn({ err: error }, "whatsapp browser did not close cleanly"));
      if (stopping.signal.aborted) break;
      const retryInMs = Math.min(backoff.maxMs, backoff.initialMs * 2 ** failures);
      if (failures === 0) deps.terminal.write(`WhatsApp: ${reason}. Retrying in ${Math.round(retryInMs / 1000)} s; the other channels keep running.\n`);
      failures++;
      deps.logger.error({ reason, retryInMs, failures }, "whatsapp not connected; retrying");
      await deps.wait(retryInMs, stopping.signal);
    }
  }

  /** Runs one browser session until it ends, and says why it ended. */
  function runSession(current: WhatsAppClient, onReady: () => void): Promise<string> {
    return new Promise<string>((resolve) => {
      const onStop = () => ended("stopped");
      let over = false;
      // Late events of a finished session (a "disconnected" while closing) must not touch the next one.
      const ended = (reason: string) => {
        if (over) return;
        over = true;
        connected = false;
        stopping.signal.removeEventListener("abort", onStop);
        resolve(reason);
      };
      stopping.signal.addEventListener("abort", onStop, { once: true });
      const showQr = (qr: string) => void deps.login.showQr(qr).catch((error: unknown) => deps.logger.error({ err: error }, "whatsapp QR code could not be shown"));
      let pairing: "unasked" | "asked" | "failed" = deps.pairingPhone ? "unasked" : "failed";
      current.on("qr", (qr) => {
        if (pairing === "failed") return showQr(qr);
        if (pairing === "asked") return;
        // The first QR event means the login page is up: the one moment a pairing code can be asked for.
        pairing = "asked";
        current.requestPairingCode(deps.pairingPhone!).catch((error: unknown) => {
          pairing = "failed";
          deps.logger.error({ err: error }, "whatsapp pairing code could not be requested");
          deps.terminal.write(`WhatsApp: no pairing code (${(error as Error)?.message ?? error}); scan the QR code instead.\n`);
          showQr(qr);
        });
      });
      current.on("code", (code) => deps.login.showPairingCode(code));
      current.on("ready", () => {
        if (over) return;
        connected = true;
        onReady();
        deps.logger.info("whatsapp connected");
        deps.terminal.write("WhatsApp: connected.\n");
      });
      current.on("disconnected", (why) => ended(`disconnected (${why})`));
      current.on("browser_crashed", () => ended("the browser (Chromium) closed or crashed"));
      current.on("message", (inbound) => track(receive(current, inbound)));
      current.initialize().catch((error: unknown) => ended(describeStartFailure(error)));
    });
  }

  function track(work: Promise<void>): void {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  }

  async function receive(current: WhatsAppClient, inbound: WhatsAppInbound): Promise<void> {
    if (inbound.fromMe || inbound.isStatus || inbound.kind === "ignored") return;
    try {
      const sender = await identify(current, inbound.senderId);
      const group = isGroupJid(inbound.chatId);
      // A private chat is the person's: its id is theirs, under the number when there is one.
      const chatId = group ? userIdFromJid(inbound.chatId) : sender.userId;
      // Before the core sees the number, a member known so far by the @lid moves to it; a new one is linked after.
      const linked = sender.newLink ? await deps.identities.link(sender.newLink.lid, sender.newLink.phone) : true;
      const replies = await deps.conversation.answer({
        chatId,
        userId: sender.userId,
        messageId: inbound.id,
        text: inbound.body,
        media: inbound.kind === "media",
        file: inbound.file,
        mentionsBot: inbound.mentionsMe,
        phone: sender.phone,
        displayName: inbound.senderName,
        chatType: group ? "group" : "private",
      });
      if (!linked) await deps.identities.link(sender.newLink!.lid, sender.newLink!.phone);
      for (const reply of replies) {
        if (!(await sendReply(current, inbound.chatId, reply))) deps.logger.warn({ chat: maskPhone(chatId) }, "whatsapp reply not sent: WhatsApp Web found no such chat");
      }
    } catch (error) {
      deps.logger.error({ err: error, chat: maskPhone(userIdFromJid(inbound.chatId)) }, "whatsapp message could not be answered");
    }
  }

  /**
   * Who wrote, as the bot knows people: by phone number (staff rights, pre-registered phones and
   * the language guess all hang on it). A `…@lid` sender's number comes from memory, the member
   * it was linked to before, or WhatsApp itself; `newLink` is a pair to keep on the member.
   */
  async function identify(current: WhatsAppClient, senderId: string): Promise<{ userId: string; phone?: string; newLink?: { lid: string; phone: string } }> {
    if (!isLidJid(senderId)) {
      const phone = phoneFromJid(senderId);
      return { userId: userIdFromJid(senderId), phone };
    }
    const remembered = phoneByLid.get(senderId) ?? (await deps.identities.phoneForLid(senderId));
    const phone = remembered ?? (await current.phoneForLid(senderId).catch(() => undefined));
    if (!phone) {
      deps.logger.info({ sender: maskPhone(senderId) }, "whatsapp sender's number is hidden (@lid); known by the @lid until WhatsApp tells the number");
      return { userId: senderId };
    }
    phoneByLid.delete(senderId);
    phoneByLid.set(senderId, phone);
    if (phoneByLid.size > REMEMBERED_LIDS) phoneByLid.delete(phoneByLid.keys().next().value!);
    return { userId: phone, phone, newLink: remembered ? undefined : { lid: senderId, phone } };
  }

  async function send(chatId: string, message: OutgoingMessage): Promise<SendOutcome> {
    const current = client;
    if (!connected || !current) return { ok: false, permanent: false, reason: "WhatsApp is not connected", retryAfterMs: NOT_CONNECTED_RETRY_MS };
    const recipient = await deps.recipients.find(chatId);
    try {
      const targets = await sendTargets(current, chatId);
      if (targets.length === 0) {
        await deps.recipients.markUnreachable(chatId, deps.clock());
        deps.logger.warn({ chat: maskPhone(chatId) }, "whatsapp number is not on WhatsApp; marked unreachable");
        return { ok: false, permanent: true, reason: "number is not on WhatsApp" };
      }
      const slot = await deps.pacer.acquire();
      if (!slot.ok) return { ok: false, permanent: false, reason: "daily WhatsApp cap reached", retryAfterMs: slot.retryAfterMs };
      const [first, ...rest] = deps.conversation.renderProactive(message, recipient?.locale);
      // The first message finds the id WhatsApp accepts; the rest follow it there.
      let accepted: string | undefined;
      for (const target of targets) {
        if (await sendReply(current, target, first!)) {
          accepted = target;
          break;
        }
      }
      if (!accepted) return { ok: false, permanent: false, reason: "WhatsApp Web found no chat for this person" };
      for (const reply of rest) {
        if (!(await sendReply(current, accepted, reply))) return { ok: false, permanent: false, reason: "WhatsApp Web lost the chat mid-message" };
      }
      return { ok: true };
    } catch (error) {
      deps.logger.warn({ err: error, chat: maskPhone(chatId) }, "whatsapp proactive send failed");
      return { ok: false, permanent: false, reason: `send failed: ${(error as Error)?.message ?? error}` };
    }
  }

  /** A text, or a file with its caption (and the rest of a long text after it); false when WhatsApp has no such chat. */
  async function sendReply(current: WhatsAppClient, chatId: string, reply: WhatsAppReply): Promise<boolean> {
    const { file, texts } = replySteps(reply);
    if (file && !(await current.sendFile(chatId, file.attachment, file.caption))) return false;
    for (const text of texts) if (!(await current.sendText(chatId, text))) return false;
    return true;
  }

  /** The ids a member may be reached at, best first: their number's chat, then their `@lid`. */
  async function sendTargets(current: WhatsAppClient, chatId: string): Promise<string[]> {
    if (chatId.includes("@")) return [chatId];
    const [numberJid, lid] = await Promise.all([current.resolveNumber(chatId), deps.identities.lidForPhone(chatId)]);
    return [numberJid, lid].filter((id): id is string => Boolean(id));
  }

  return {
    channel: "whatsapp",
    get connected() {
      return connected;
    },
    async start() {
      loop ??= connectForever().catch((error: unknown) => deps.logger.error({ err: error }, "whatsapp connection loop failed"));
    },
    async settled() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
    async stop() {
      // Answers being written go out before the browser closes.
      await Promise.allSettled([...inFlight]);
      stopping.abort();
      await loop;
    },
    send,
  };
}

/** Turns what initialize() threw into a sentence for the person running the bot. */
export function describeStartFailure(error: unknown): string {
  const text = String((error as Error)?.message ?? error);
  if (/ERR_NAME_NOT_RESOLVED|ERR_INTERNET_DISCONNECTED|ERR_CONNECTION|ERR_ADDRESS_UNREACHABLE|ERR_TIMED_OUT|ERR_PROXY/.test(text)) {
    const code = /net::\w+/.exec(text)?.[0] ?? "network error";
    return `WhatsApp Web cannot be reached (${code}); check this machine's internet connection`;
  }
  if (/Browser was not found|ENOENT|Failed to launch the browser/.test(text)) {
    return `Chromium could not be started (${text.split("\n")[0]}); install it (apt-get install -y chromium) or set WHATSAPP_CHROMIUM_PATH`;
  }
  return `WhatsApp Web failed to start (${text.split("\n")[0]})`;
}
