import { WhatsAppAPI } from "whatsapp-api-js";
import { BodyComponent, BodyParameter, Language, Template, Text } from "whatsapp-api-js/messages";
import type { OnMessageArgs, OnStatusArgs } from "whatsapp-api-js/emitters";
import type { ClientMessage, ServerMessageResponse } from "whatsapp-api-js/types";
import type { LocaleCode } from "../../core/i18n/translator.js";
import type { OutgoingMessage } from "../../core/messages.js";
import type { Logger } from "../../logger.js";
import type { ChannelAdapter, SendOutcome } from "../channel.js";
import { createCloudApiWebhook } from "./cloud-api-webhook.js";
import type { Recipients } from "./recipients.js";
import type { SendPacer } from "./send-pacer.js";
import type { WhatsAppConversation } from "./whatsapp-conversation.js";
import { maskPhone } from "./whatsapp-ids.js";

/** Outside this long after a person's last message, Meta delivers approved templates only. */
const CUSTOMER_SERVICE_WINDOW_MS = 24 * 60 * 60 * 1000;
/** A template's body variable may hold this much, on one line. */
const TEMPLATE_TEXT_MAX = 1024;
/** Graph API error codes that mean the number cannot get our messages: not retried. */
const UNREACHABLE_CODES = new Set([131026, 131030, 131021]);
/** "Re-engagement message": the window closed; the same update goes again as a template. */
const WINDOW_CLOSED_CODE = 131047;
/** Throttling codes: try again later. */
const RATE_LIMIT_CODES = new Set([4, 80007, 130429, 131048, 131056]);

export interface CloudApiSettings {
  token: string;
  appSecret: string;
  verifyToken: string;
  phoneNumberId: string;
  apiVersion: string;
  /** Graph API base URL; tests point it at a loopback fake. */
  graphUrl: string;
  host: string;
  port: number;
  path: string;
  /** Approved template per locale, for proactive messages outside the 24-hour window. */
  templates: Partial<Record<LocaleCode, string>>;
}

export interface WhatsAppCloudChannelDeps {
  settings: CloudApiSettings;
  conversation: WhatsAppConversation;
  recipients: Recipients;
  pacer: SendPacer;
  logger: Logger;
  clock: () => Date;
  defaultLocale: LocaleCode;
  fetch?: typeof fetch;
}

export interface WhatsAppCloudChannel extends ChannelAdapter {
  /** The webhook's address, once started. */
  webhookUrl(): string;
}

/**
 * WhatsApp through Meta's official Cloud API: messages arrive on a signed webhook and answers
 * go out through the Graph API with whatsapp-api-js. To the core it is the same "whatsapp"
 * channel as whatsapp-web.js, with the same ids and numbered choices.
 */
export function createWhatsAppCloudChannel(deps: WhatsAppCloudChannelDeps): WhatsAppCloudChannel {
  const { settings, logger } = deps;
  const graphFetch = deps.fetch ?? fetch;
  const api = new WhatsAppAPI<void>({
    token: settings.token,
    appSecret: settings.appSecret,
    webhookVerifyToken: settings.verifyToken,
    v: settings.apiVersion,
    ponyfill: {
      // whatsapp-api-js always calls graph.facebook.com; the configured base URL replaces it.
      fetch: (url, init) => graphFetch(String(url).replace("https://graph.facebook.com", settings.graphUrl.replace(/\/$/, "")), init),
    },
  });
  const webhook = createCloudApiWebhook({ api, host: settings.host, port: settings.port, path: settings.path, logger });
  /** When each person last wrote: the 24-hour window. Unknown (e.g. after a restart) means closed. */
  const lastHeardFrom = new Map<string, number>();
  const inFlight = new Set<Promise<void>>();

  api.on.message = (args) => {
    const work = receive(args).catch((error: unknown) => logger.error({ err: error }, "whatsapp cloud message could not be answered"));
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  };
  // Quick enough to finish before the 200, so a failure is recorded before Meta hears back.
  api.on.status = (args) => noteStatus(args);

  async function receive({ message, contact, from }: OnMessageArgs): Promise<void> {
    const userId = from;
    const chatId = message.group_id ?? userId;
    lastHeardFrom.set(userId, deps.clock().getTime());
    const typed =
      message.type === "text" ? { text: message.text.body }
      : message.type === "button" ? { text: message.button.text }
      : message.type === "interactive" && message.interactive.type === "button_reply" ? { choice: message.interactive.button_reply.id }
      : message.type === "interactive" && message.interactive.type === "list_reply" ? { choice: message.interactive.list_reply.id }
      : { text: "" };
    const texts = await deps.conversation.answer({
      chatId,
      userId,
      messageId: message.id,
      phone: contact.wa_id,
      displayName: contact.profile?.name,
      chatType: message.group_id ? "group" : "private",
      ...typed,
    });
    for (const text of texts) {
      const outcome = outcomeOf(await post(chatId, new Text(text)));
      if (!outcome.ok) logger.warn({ chat: maskPhone(chatId), reason: outcome.reason }, "whatsapp cloud reply not sent");
    }
  }

  async function noteStatus({ status, phone, error }: OnStatusArgs): Promise<void> {
    if (status !== "failed" || !phone) return;
    logger.warn({ chat: maskPhone(phone), code: error?.code, title: error?.title }, "whatsapp cloud message failed");
    if (error && UNREACHABLE_CODES.has(error.code)) await deps.recipients.markUnreachable(phone, deps.clock());
  }

  async function post(to: string, message: ClientMessage): Promise<ServerMessageResponse | Error> {
    try {
      return await api.sendMessage(settings.phoneNumberId, to, message);
    } catch (error) {
      return error as Error;
    }
  }

  function templateFor(locale: LocaleCode, texts: string[]): Template | undefined {
    const name = settings.templates[locale];
    if (!name) return undefined;
    // Template variables may not hold line breaks or long runs of spaces.
    const oneLine = texts.join(" · ").replace(/\s*\n+\s*/g, " · ").replace(/\s{4,}/g, "   ");
    const text = oneLine.length > TEMPLATE_TEXT_MAX ? `${oneLine.slice(0, TEMPLATE_TEXT_MAX - 1)}…` : oneLine;
    return new Template(name, new Language(locale), new BodyComponent(new BodyParameter(text)));
  }

  async function send(chatId: string, message: OutgoingMessage): Promise<SendOutcome> {
    const recipient = await deps.recipients.find(chatId);
    if (recipient?.optedOut) return { ok: false, permanent: true, reason: "opted out" };
    if (recipient?.unreachableAt) return { ok: false, permanent: true, reason: "number unreachable" };
    const locale = recipient?.locale ?? deps.defaultLocale;
    const texts = deps.conversation.renderProactive(chatId, message, recipient?.locale);
    const heardAt = lastHeardFrom.get(chatId);
    const windowOpen = heardAt !== undefined && deps.clock().getTime() - heardAt < CUSTOMER_SERVICE_WINDOW_MS;

    const slot = await deps.pacer.acquire();
    if (!slot.ok) return { ok: false, permanent: false, reason: "daily WhatsApp cap reached", retryAfterMs: slot.retryAfterMs };
    if (windowOpen) {
      let outcome: SendOutcome = { ok: true };
      for (const text of texts) {
        outcome = outcomeOf(await post(chatId, new Text(text)));
        if (!outcome.ok) break;
      }
      if (outcome.ok || outcome.reason !== "window closed") return finish(chatId, outcome);
    }
    const template = templateFor(locale, texts);
    if (!template) {
      return { ok: false, permanent: true, reason: `outside the 24-hour window and no template for "${locale}" (WHATSAPP_CLOUD_TEMPLATE_${locale.toUpperCase()})` };
    }
    return finish(chatId, outcomeOf(await post(chatId, template)));
  }

  async function finish(chatId: string, outcome: SendOutcome): Promise<SendOutcome> {
    if (!outcome.ok && outcome.permanent && outcome.reason.startsWith("unreachable")) {
      await deps.recipients.markUnreachable(chatId, deps.clock());
    }
    return outcome;
  }

  return {
    channel: "whatsapp",
    async start() {
      try {
        await webhook.listen();
        logger.info({ url: webhook.url() }, "whatsapp cloud webhook listening");
      } catch (error) {
        // A taken port must not take the other channels down with it.
        logger.error({ err: error, host: settings.host, port: settings.port }, "whatsapp cloud webhook could not listen");
      }
    },
    async stop() {
      await webhook.close();
      await Promise.allSettled([...inFlight]);
    },
    send,
    webhookUrl: () => webhook.url(),
  };
}

/** What a Graph API answer means for the outbox. */
function outcomeOf(response: ServerMessageResponse | Error): SendOutcome {
  if (response instanceof Error) return { ok: false, permanent: false, reason: `Graph API unreachable: ${response.message}` };
  if (!("error" in response) || !response.error) return { ok: true };
  const { code, message } = response.error;
  if (code === WINDOW_CLOSED_CODE) return { ok: false, permanent: false, reason: "window closed" };
  if (UNREACHABLE_CODES.has(code)) return { ok: false, permanent: true, reason: `unreachable (${code}: ${message})` };
  if (RATE_LIMIT_CODES.has(code)) return { ok: false, permanent: false, reason: `rate limited (${code})`, retryAfterMs: 60_000 };
  return { ok: false, permanent: code === 100 || code === 131008 || code === 131009, reason: `Graph API error ${code}: ${message}` };
}
