import pLimit from "p-limit";
import { WhatsAppAPI } from "whatsapp-api-js";
import { BodyComponent, BodyParameter, Document, HeaderComponent, HeaderParameter, Image, Language, Template, Text } from "whatsapp-api-js/messages";
import type { ClientGroupRecipientIdentifier, ClientMessage, PostData, ServerMessage, ServerMessageResponse, ServerStatusPayload } from "whatsapp-api-js/types";
import type { LocaleCode } from "../../core/i18n/translator.js";
import type { OutgoingAttachment, OutgoingMessage } from "../../core/messages.js";
import type { Logger } from "../../logger.js";
import type { ChannelAdapter, LateDeliveryFailures, SendOutcome } from "../channel.js";
import { splitText } from "../split-text.js";
import { serveWebhook, type WebhookRoute, type WebhookServer } from "../http-server.js";
import { startInboxSweep, type InboxEntry, type WebhookInbox } from "../webhook-inbox.js";
import { eventsOf, parseCloudApiPayload, type CloudInbound } from "./cloud-api-payload.js";
import { createCloudApiWebhook } from "./cloud-api-webhook.js";
import type { SendPacer } from "./send-pacer.js";
import type { WhatsAppConversation, WhatsAppMessage } from "./whatsapp-conversation.js";
import { overLimit, replySteps, whatsappFile, type WhatsAppFile, type WhatsAppReply } from "./whatsapp-files.js";
import { maskPhone } from "./whatsapp-ids.js";
import type { Recipients } from "../channel.js";
import type { ServiceWindows } from "./whatsapp-stores.js";

/** Outside this long after a person's last message, Meta delivers approved templates only. */
const CUSTOMER_SERVICE_WINDOW_MS = 24 * 60 * 60 * 1000;
/** The Cloud API refuses longer text bodies. */
const TEXT_MAX = 4096;
/** A template's body variable may hold this much, on one line. */
const TEMPLATE_TEXT_MAX = 1024;
/** Graph API error codes that mean the number cannot get our messages: not retried. */
const UNREACHABLE_CODES = new Set([131026, 131030, 131021]);
/** "Re-engagement message": the window closed; the same update goes again as a template. */
const WINDOW_CLOSED_CODE = 131047;
/** Throttling codes: try again later. */
const RATE_LIMIT_CODES = new Set([4, 80007, 130429, 131048, 131056]);
/** Who a Cloud API message goes to: a person's number, or a group. */
type CloudRecipient = string | ClientGroupRecipientIdentifier;
/** Meta sends a larger image only as a document. */
const MAX_IMAGE_BYTES = 5_000_000;
/** Reactions and WhatsApp's own notices (number changed, first contact): nobody expects an answer. */
const IGNORED_TYPES = new Set(["reaction", "system", "request_welcome"]);

export interface CloudApiSettings {
  token: string;
  appSecret: string;
  verifyToken: string;
  phoneNumberId: string;
  apiVersion: string;
  /** Graph API base URL; tests point it at a loopback fake. */
  graphUrl: string;
  /** A server of the webhook's own on `host:port`; without a port only the web server serves it. */
  host: string;
  port?: number;
  path: string;
  /** How often calls recorded by a process that died are looked for. */
  inboxSweepMs: number;
  /** Calls handled at once; more wait their turn (they are recorded), so a burst cannot drain the database pool. */
  handleConcurrency: number;
  /**
   * Approved templates per locale, for proactive messages outside the 24-hour window: `text` with
   * one body variable, and `image` and `document` with that body and an IMAGE or DOCUMENT header,
   * which carries the message's file (a photo or chart; a PDF receipt, certificate or slip).
   */
  templates: Record<TemplateKind, Partial<Record<LocaleCode, string>>>;
}

/** What an approved template carries besides its one body variable: nothing, or a file in its header. */
export type TemplateKind = "text" | "image" | "document";

/** The configuration key naming each kind of template, for the error that says which to set. */
const TEMPLATE_KEYS: Record<TemplateKind, string> = { text: "WHATSAPP_CLOUD_TEMPLATE", image: "WHATSAPP_CLOUD_IMAGE_TEMPLATE", document: "WHATSAPP_CLOUD_DOCUMENT_TEMPLATE" };

/** A send that did not go, and why. */
type SendFailure = Extract<SendOutcome, { ok: false }>;

export interface WhatsAppCloudChannelDeps {
  settings: CloudApiSettings;
  conversation: WhatsAppConversation;
  recipients: Recipients;
  /** Who wrote when: the 24-hour window, kept in the database. */
  windows: ServiceWindows;
  /** Where a message Meta accepted and later reported `failed` is corrected in the outbox. */
  lateFailures: LateDeliveryFailures;
  pacer: SendPacer;
  /** Where each signed webhook call is recorded before Meta gets its 200. */
  inbox: WebhookInbox;
  logger: Logger;
  clock: () => Date;
  defaultLocale: LocaleCode;
  fetch?: typeof fetch;
}

export interface WhatsAppCloudChannel extends ChannelAdapter {
  /** The webhook, for the web server to serve. */
  readonly webhook: WebhookRoute;
  /** The webhook's own server's address, once started; undefined without a port of its own. */
  webhookUrl(): string | undefined;
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
  const inFlight = new Set<Promise<void>>();
  const webhook = createCloudApiWebhook({ api, path: settings.path, logger, record: recordAndHandle });
  const ownServer: WebhookServer | undefined = settings.port === undefined ? undefined : serveWebhook(webhook, settings.host, settings.port);
  let sweep: { stop(): Promise<void> } | undefined;
  const inTurn = pLimit(settings.handleConcurrency);

  /** Meta gets its 200 once the call is recorded; it is handled after, by this process. */
  async function recordAndHandle(body: string, data: PostData): Promise<void> {
    const id = await deps.inbox.record(body);
    const work = inTurn(() => handleRecorded(id, data));
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  }

  /**
   * Every message and status of a recorded call; the call is forgotten once all are handled. One
   * that fails stays recorded, and a later sweep handles the call again (each message acts once).
   */
  async function handleRecorded(id: string, data: PostData): Promise<void> {
    const { messages, statuses } = eventsOf(data);
    const results = await Promise.allSettled([...messages.map(receive), ...statuses.map(noteStatus)]);
    const failed = results.find((result) => result.status === "rejected");
    if (failed) return logger.error({ err: failed.reason }, "whatsapp cloud webhook call could not be handled; it is tried again later");
    await deps.inbox.done(id).catch((error: unknown) => logger.warn({ err: error }, "handled whatsapp webhook call not forgotten"));
  }

  /** A call recorded by a process that died before handling it. */
  async function handleSwept({ id, body }: InboxEntry): Promise<void> {
    const data = parseCloudApiPayload(body);
    if (data) return inTurn(() => handleRecorded(id, data));
    await deps.inbox.done(id);
  }

  async function receive({ message, contact, businessNumber }: CloudInbound): Promise<void> {
    const userId = message.from ?? message.from_user_id;
    // Whatever the person sent (a reaction too) opens Meta's 24-hour window.
    await deps.windows.heardFrom(userId, deps.clock());
    const content = contentOf(message);
    if (!content) return;
    const chatId = message.group_id ?? userId;
    const file = fileOf(message);
    const replies = await deps.conversation.answer({
      chatId,
      userId,
      messageId: message.id,
      phone: message.from,
      displayName: contact?.profile?.name,
      chatType: message.group_id ? "group" : "private",
      mentionsBot: "text" in content && content.text !== undefined && content.text.includes(`@${businessNumber}`),
      ...content,
      ...(file && { file }),
    });
    // A group's answer goes to the group, as a group recipient.
    const to: CloudRecipient = message.group_id ? { group: message.group_id } : userId;
    for (const reply of replies) {
      const outcome = await postReply(to, reply);
      if (!outcome.ok) logger.warn({ chat: maskPhone(chatId), reason: outcome.reason }, "whatsapp cloud reply not sent");
    }
  }

  async function noteStatus({ id, status, recipient_id: recipient, errors }: ServerStatusPayload): Promise<void> {
    if (status !== "failed") return;
    const error = errors?.[0];
    logger.warn({ chat: maskPhone(recipient ?? "?"), code: error?.code, title: error?.title }, "whatsapp cloud message failed");
    const windowClosed = error?.code === WINDOW_CLOSED_CODE;
    if (recipient && windowClosed) await deps.windows.close(recipient);
    if (recipient && error && UNREACHABLE_CODES.has(error.code)) await deps.recipients.markUnreachable(recipient, deps.clock());
    const reason = error ? `${windowClosed ? "window closed" : "failed after sending"} (${error.code}: ${error.title})` : "failed after sending";
    // Outside the window the same update goes again, as a template this time (the window is now known closed).
    await deps.lateFailures.report("whatsapp", id, { reason, retry: windowClosed });
  }

  async function post(to: CloudRecipient, message: ClientMessage): Promise<ServerMessageResponse | Error> {
    try {
      // sendMessage has one overload per recipient kind: a number (sent as "individual") or a group.
      return typeof to === "string" ? await api.sendMessage(settings.phoneNumberId, to, message) : await api.sendMessage(settings.phoneNumberId, to, message);
    } catch (error) {
      return error as Error;
    }
  }

  /** Text beyond the Cloud API's limit goes as several messages, as on Telegram; the first failure stops the rest. */
  async function postText(to: CloudRecipient, text: string): Promise<SendOutcome> {
    const platformMessageIds: string[] = [];
    for (const part of splitText(text, TEXT_MAX)) {
      const outcome = outcomeOf(await post(to, new Text(part)));
      if (!outcome.ok) return outcome;
      platformMessageIds.push(...(outcome.platformMessageIds ?? []));
    }
    return { ok: true, platformMessageIds };
  }

  /**
   * A photo or document someone sent: its URL is asked of the Graph API by media id, and the
   * file fetched from it with the token, unless the Graph API says it is over 10 MB.
   */
  function fileOf(message: ServerMessage): WhatsAppFile | undefined {
    if (message.type !== "image" && message.type !== "document") return undefined;
    const media = message.type === "image" ? message.image : message.document;
    const fileName = message.type === "document" ? message.document.filename : undefined;
    return whatsappFile(
      { kind: message.type === "image" ? "photo" : "document", mimeType: media.mime_type, ...(fileName && { fileName: fileName.slice(0, 200) }) },
      async () => {
        const info = await api.retrieveMedia(media.id);
        if ("error" in info && info.error) throw new Error(`Graph API error ${info.error.code}: ${info.error.message}`);
        const size = Number(info.file_size);
        if (overLimit(size)) return { size };
        const response = await api.fetchMedia(info.url);
        if (!response.ok) throw new Error(`media download answered ${response.status}`);
        return new Uint8Array(await response.arrayBuffer());
      },
      (error) => logger.warn({ reason: (error as Error)?.message ?? String(error) }, "whatsapp cloud media could not be downloaded"),
    );
  }

  /** Uploads a file to Meta (POST /PHONE_NUMBER_ID/media): its media id, or why it could not go. */
  async function upload(attachment: OutgoingAttachment): Promise<{ id: string } | SendFailure> {
    const form = new FormData();
    form.set("messaging_product", "whatsapp");
    form.set("file", new Blob([Buffer.from(attachment.bytes)], { type: attachment.mimeType }), attachment.fileName);
    let uploaded: Awaited<ReturnType<typeof api.uploadMedia>>;
    try {
      // Checked by Meta, not by the library: its list leaves out types Meta takes as documents (CSV).
      uploaded = await api.uploadMedia(settings.phoneNumberId, form, false);
    } catch (error) {
      return { ok: false, permanent: false, reason: `Graph API unreachable: ${(error as Error)?.message ?? error}` };
    }
    if ("error" in uploaded && uploaded.error) return outcomeOf(uploaded as ServerMessageResponse) as SendFailure;
    return { id: uploaded.id };
  }

  /** Uploads a file and sends it by its media id, with a caption. */
  async function postFile(to: CloudRecipient, attachment: OutgoingAttachment, caption: string | undefined): Promise<SendOutcome> {
    const uploaded = await upload(attachment);
    if (!("id" in uploaded)) return uploaded;
    return outcomeOf(await post(to, sendsAsImage(attachment) ? new Image(uploaded.id, true, caption) : new Document(uploaded.id, true, caption, attachment.fileName)));
  }

  /** A reply: its file with the caption, then any text that did not fit; the first failure stops the rest. */
  async function postReply(to: CloudRecipient, reply: WhatsAppReply): Promise<SendOutcome> {
    const { file, texts } = replySteps(reply);
    const platformMessageIds: string[] = [];
    if (file) {
      const outcome = await postFile(to, file.attachment, file.caption);
      if (!outcome.ok) return outcome;
      platformMessageIds.push(...(outcome.platformMessageIds ?? []));
    }
    for (const text of texts) {
      const outcome = await postText(to, text);
      if (!outcome.ok) return outcome;
      platformMessageIds.push(...(outcome.platformMessageIds ?? []));
    }
    return { ok: true, platformMessageIds };
  }

  /** The body variable: every text on one line, cut to what a variable holds. */
  function templateText(texts: string[]): string {
    // Template variables may not hold line breaks or long runs of spaces.
    const oneLine = texts.join(" · ").replace(/\s*\n+\s*/g, " · ").replace(/\s{4,}/g, "   ");
    return oneLine.length > TEMPLATE_TEXT_MAX ? `${oneLine.slice(0, TEMPLATE_TEXT_MAX - 1)}…` : oneLine;
  }

  /**
   * Outside the window: the person's language's template with the texts in its body and, for a
   * message with a file, the file (uploaded first) in the header of the image or document template.
   */
  async function postTemplate(chatId: string, locale: LocaleCode, replies: WhatsAppReply[]): Promise<SendOutcome> {
    const attachment = replies.find((reply) => reply.attachment)?.attachment;
    const kind: TemplateKind = !attachment ? "text" : sendsAsImage(attachment) ? "image" : "document";
    const name = settings.templates[kind][locale];
    if (!name) {
      // Sending the text alone would drop the file without anyone knowing: it fails, naming the key.
      return { ok: false, permanent: true, reason: `outside the 24-hour window and no ${kind} template for "${locale}" (${TEMPLATE_KEYS[kind]}_${locale.toUpperCase()})` };
    }
    const body = new BodyComponent(new BodyParameter(templateText(replies.map((reply) => reply.text))));
    if (!attachment) return outcomeOf(await post(chatId, new Template(name, new Language(locale), body)));
    const uploaded = await upload(attachment);
    if (!("id" in uploaded)) return uploaded;
    const media = kind === "image" ? new Image(uploaded.id, true) : new Document(uploaded.id, true, undefined, attachment.fileName);
    return outcomeOf(await post(chatId, new Template(name, new Language(locale), new HeaderComponent(new HeaderParameter(media)), body)));
  }

  async function send(chatId: string, message: OutgoingMessage): Promise<SendOutcome> {
    const recipient = await deps.recipients.find(chatId);
    const locale = recipient?.locale ?? deps.defaultLocale;
    const replies = deps.conversation.renderProactive(message, recipient?.locale);
    const heardAt = await deps.windows.lastHeardAt(chatId);
    const windowOpen = heardAt !== undefined && deps.clock().getTime() - heardAt.getTime() < CUSTOMER_SERVICE_WINDOW_MS;

    const slot = await deps.pacer.acquire();
    if (!slot.ok) return { ok: false, permanent: false, reason: "daily WhatsApp cap reached", retryAfterMs: slot.retryAfterMs };
    if (windowOpen) {
      const platformMessageIds: string[] = [];
      let outcome: SendOutcome = { ok: true };
      for (const reply of replies) {
        outcome = await postReply(chatId, reply);
        if (!outcome.ok) break;
        platformMessageIds.push(...(outcome.platformMessageIds ?? []));
      }
      if (outcome.ok) return { ok: true, platformMessageIds };
      if (outcome.reason !== "window closed") return finish(chatId, outcome);
    }
    return finish(chatId, await postTemplate(chatId, locale, replies));
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
      sweep ??= startInboxSweep({ inbox: deps.inbox, intervalMs: settings.inboxSweepMs, handle: handleSwept, logger });
      if (!ownServer) return;
      try {
        await ownServer.listen();
        logger.info({ url: ownServer.url() }, "whatsapp cloud webhook listening on its own port");
      } catch (error) {
        // A taken port must not take the other channels down with it.
        logger.error({ err: error, host: settings.host, port: settings.port }, "whatsapp cloud webhook could not listen");
      }
    },
    async stop() {
      await ownServer?.close();
      await sweep?.stop();
      sweep = undefined;
      await Promise.allSettled([...inFlight]);
    },
    send,
    webhook,
    webhookUrl: () => ownServer?.url(),
  };
}

/**
 * What the person said, as the conversation takes it; undefined for what needs no answer.
 * Media without a caption is `media`: the person gets a hint rather than "empty message".
 */
function contentOf(message: ServerMessage): Pick<WhatsAppMessage, "text" | "choice" | "media"> | undefined {
  if (IGNORED_TYPES.has(message.type)) return undefined;
  if (message.type === "text") return { text: message.text.body };
  if (message.type === "button") return { text: message.button.text };
  if (message.type === "interactive" && message.interactive.type === "button_reply") return { choice: message.interactive.button_reply.id };
  if (message.type === "interactive" && message.interactive.type === "list_reply") return { choice: message.interactive.list_reply.id };
  const caption =
    message.type === "image" ? message.image.caption
    : message.type === "video" ? message.video.caption
    : message.type === "document" ? message.document.caption
    : undefined;
  return caption?.trim() ? { text: caption } : { media: true };
}

/** Meta shows a JPEG or PNG up to 5 MB as an image; anything else goes as a document. */
function sendsAsImage(attachment: OutgoingAttachment): boolean {
  return attachment.kind === "photo" && attachment.bytes.byteLength <= MAX_IMAGE_BYTES;
}

/** What a Graph API answer means for the outbox. */
function outcomeOf(response: ServerMessageResponse | Error): SendOutcome {
  if (response instanceof Error) return { ok: false, permanent: false, reason: `Graph API unreachable: ${response.message}` };
  if (!("error" in response) || !response.error) return { ok: true, platformMessageIds: "messages" in response ? response.messages.map((sent) => sent.id) : [] };
  const { code, message } = response.error;
  if (code === WINDOW_CLOSED_CODE) return { ok: false, permanent: false, reason: "window closed" };
  if (UNREACHABLE_CODES.has(code)) return { ok: false, permanent: true, reason: `unreachable (${code}: ${message})` };
  if (RATE_LIMIT_CODES.has(code)) return { ok: false, permanent: false, reason: `rate limited (${code})`, retryAfterMs: 60_000 };
  return { ok: false, permanent: code === 100 || code === 131008 || code === 131009, reason: `Graph API error ${code}: ${message}` };
}
