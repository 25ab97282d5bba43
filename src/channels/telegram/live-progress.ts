import { GrammyError, type Api } from "grammy";
import type { Campaign } from "../../generated/prisma/client.js";
import { formatFor, progressBar } from "../../core/i18n/format.js";
import type { LocaleCode, Translator } from "../../core/i18n/translator.js";
import { loadCampaignTotals, NO_TOTALS, type CampaignTotals } from "../../core/use-cases/campaign-totals.js";
import { pickLocalized } from "../../core/use-cases/localized-text.js";
import type { Db } from "../../db/database.js";
import type { Logger } from "../../logger.js";
import { sendOutcomeOf } from "./send-message.js";
import { escapeHtml } from "./render-message.js";

/** What came of `/pin`: the message is up and pinned, up but not pinned (no rights), or not up. */
export type PinResult = { posted: true; pinned: boolean } | { posted: false; reason: string };

/**
 * Live progress messages (`/pin CODE`): posted and pinned in a group or channel, then edited in
 * place when the campaign's totals change.
 *
 * Changes come from the database's change feed: a pledge or a campaign changed through any
 * channel, by this process or another, pokes a refresh. Pinned messages are then re-rendered and
 * the ones whose text differs are edited. Refreshes run at most once per `throttleMs`, and each
 * reads the totals when it runs, so a burst of pledges costs one edit per message and the latest
 * state wins. The text last shown is stored, so a restart does not re-edit unchanged messages.
 */
export interface LiveProgress {
  pin(request: { chatId: string; campaign: Campaign; locale: LocaleCode; actor: string }): Promise<PinResult>;
  /** Unpins the campaign's message in the chat and stops editing it; false when there was none. */
  unpin(request: { chatId: string; campaign: Campaign }): Promise<boolean>;
  /** Something may have changed: refresh soon, within the throttle. */
  poke(): void;
  /** Resolves once no refresh is waiting or running. */
  settled(): Promise<void>;
  start(): void;
  stop(): Promise<void>;
}

export interface LiveProgressDeps {
  api: Api;
  db: Db;
  translator: Translator;
  logger: Logger;
  /** Milliseconds, for the throttle. */
  now: () => number;
  throttleMs: number;
  /** Runs `task` after `ms`; returns a cancel function. */
  schedule?: (task: () => void, ms: number) => () => void;
}

const defaultSchedule = (task: () => void, ms: number) => {
  const timer = setTimeout(task, ms);
  return () => clearTimeout(timer);
};

export function createLiveProgress(deps: LiveProgressDeps): LiveProgress {
  const { api, db, logger } = deps;
  const schedule = deps.schedule ?? defaultSchedule;
  let cancelScheduled: (() => void) | undefined;
  let running: Promise<void> | undefined;
  let pokedWhileRunning = false;
  let lastRunAt = Number.NEGATIVE_INFINITY;
  let unsubscribe: (() => void) | undefined;
  let stopped = false;

  function render(campaign: Campaign, totals: CampaignTotals, locale: LocaleCode): string {
    const t = deps.translator.for(locale);
    const format = formatFor(locale);
    const title = pickLocalized(campaign.title, locale) + (campaign.isDemo ? ` ${t("demo-label")}` : "");
    const lines = [
      t("tg-progress-heading", { code: campaign.code, title }),
      progressBar(totals.confirmed, campaign.target),
      t("campaign-collected", { collected: format.rupiah(totals.confirmed), target: format.rupiah(campaign.target) }),
      t("campaign-confirmed-vs-pledged", { confirmed: format.rupiah(totals.confirmed), pledged: format.rupiah(totals.pledged) }),
      t("campaign-companies", { count: totals.companies }),
    ];
    if (campaign.status === "closed") lines.push(t("tg-progress-closed"));
    lines.push("", t("tg-progress-footer", { code: campaign.code }));
    return lines.join("\n");
  }

  async function refresh(): Promise<void> {
    const pins = await db.telegramPinnedMessage.findMany({ include: { campaign: true } });
    if (pins.length === 0) return;
    const totals = await loadCampaignTotals(db, [...new Set(pins.map((pin) => pin.campaignId))]);
    for (const pin of pins) {
      const text = render(pin.campaign, totals.get(pin.campaignId) ?? NO_TOTALS, pin.locale);
      if (text === pin.text) continue;
      try {
        await api.editMessageText(pin.chatId, pin.messageId, escapeHtml(text), { parse_mode: "HTML" });
      } catch (error) {
        // Someone else's edit (or a race) already shows this text: nothing to do.
        const harmless = error instanceof GrammyError && /message is not modified/i.test(error.description);
        if (!harmless) {
          const outcome = sendOutcomeOf(error);
          logger.warn({ chatId: pin.chatId, campaign: pin.campaign.code, reason: outcome.reason }, "live progress message not edited");
          // Deleted message, or the bot left the chat: stop tracking it. Anything else: next time.
          if (outcome.permanent) await db.telegramPinnedMessage.delete({ where: { id: pin.id } });
          continue;
        }
      }
      await db.telegramPinnedMessage.update({ where: { id: pin.id }, data: { text } });
    }
  }

  function run(): void {
    cancelScheduled = undefined;
    lastRunAt = deps.now();
    running = refresh()
      .catch((error: unknown) => logger.error({ err: error }, "live progress refresh failed"))
      .finally(() => {
        running = undefined;
        if (pokedWhileRunning) {
          pokedWhileRunning = false;
          poke();
        }
      });
  }

  function poke(): void {
    if (stopped) return;
    if (running) {
      pokedWhileRunning = true;
      return;
    }
    if (cancelScheduled) return;
    cancelScheduled = schedule(run, Math.max(0, lastRunAt + deps.throttleMs - deps.now()));
  }

  return {
    async pin({ chatId, campaign, locale, actor }) {
      const totals = (await loadCampaignTotals(db, [campaign.id])).get(campaign.id) ?? NO_TOTALS;
      const text = render(campaign, totals, locale);
      let posted;
      try {
        posted = await api.sendMessage(chatId, escapeHtml(text), { parse_mode: "HTML", link_preview_options: { is_disabled: true } });
      } catch (error) {
        return { posted: false, reason: sendOutcomeOf(error).reason };
      }
      const pinned = await api.pinChatMessage(posted.chat.id, posted.message_id, { disable_notification: true }).then(
        () => true,
        (error: unknown) => {
          logger.warn({ chatId, reason: sendOutcomeOf(error).reason }, "live progress message not pinned");
          return false;
        },
      );
      // A channel named by @username is stored by its numeric id, which edits need.
      const where = { chatId: String(posted.chat.id), campaignId: campaign.id };
      const row = { messageId: posted.message_id, locale, text, createdBy: actor };
      await db.telegramPinnedMessage.upsert({ where: { chatId_campaignId: where }, create: { ...where, ...row }, update: row });
      return { posted: true, pinned };
    },
    async unpin({ chatId, campaign }) {
      // Staff may name a channel by @username; its messages are stored by numeric id.
      const numericId = chatId.startsWith("@") ? await api.getChat(chatId).then((chat) => String(chat.id), () => undefined) : chatId;
      const row = numericId ? await db.telegramPinnedMessage.findUnique({ where: { chatId_campaignId: { chatId: numericId, campaignId: campaign.id } } }) : null;
      if (!row) return false;
      await api.unpinChatMessage(row.chatId, row.messageId).catch((error: unknown) => {
        logger.warn({ chatId: row.chatId, reason: sendOutcomeOf(error).reason }, "live progress message not unpinned");
      });
      await db.telegramPinnedMessage.delete({ where: { id: row.id } });
      return true;
    },
    poke,
    async settled() {
      while (cancelScheduled || running) await (running ?? new Promise((resolve) => setImmediate(resolve)));
    },
    start() {
      unsubscribe = db.$changes.subscribe((table) => {
        if (table === "CampaignPartnerTotal" || table === "Campaign") poke();
      });
    },
    async stop() {
      stopped = true;
      unsubscribe?.();
      cancelScheduled?.();
      cancelScheduled = undefined;
      await running;
    },
  };
}
