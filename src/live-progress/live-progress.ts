import type { LocaleCode, Translator } from "../core/i18n/translator.js";
import type { LiveProgressOnChannel, ProgressDisplay } from "../core/ports.js";
import { loadCampaignTotals, NO_TOTALS } from "../core/use-cases/campaign-totals.js";
import { viewIn } from "../core/views/in-every-locale.js";
import { progressText } from "../core/views/progress-view.js";
import type { Db, DbClient } from "../db/database.js";
import type { Campaign } from "../generated/prisma/client.js";
import type { Logger } from "../logger.js";

/**
 * Live progress messages (`/pin CODE`) on one channel's display: posted and pinned by the core's
 * `/pin`, then edited in place when the campaign's totals change.
 *
 * Changes come from the database's change feed: a pledge or a campaign changed through any
 * channel, by this process or another, pokes a refresh. Pinned messages are then re-rendered and
 * the ones whose text differs are edited. Refreshes run at most once per `throttleMs`, and each
 * reads the totals when it runs, so a burst of pledges costs one edit per message and the latest
 * state wins. The text last shown is stored, so a restart does not re-edit unchanged messages.
 * The rows are Telegram's (`TelegramPinnedMessage`), the one channel with a display today.
 */
export interface LiveProgress extends LiveProgressOnChannel {
  /** Something may have changed: refresh soon, within the throttle. */
  poke(): void;
  /** Resolves once no refresh is waiting or running. */
  settled(): Promise<void>;
  start(): void;
  stop(): Promise<void>;
}

export interface LiveProgressDeps {
  db: Db;
  display: ProgressDisplay;
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
  const { db, display, logger } = deps;
  const schedule = deps.schedule ?? defaultSchedule;
  let cancelScheduled: (() => void) | undefined;
  let running: Promise<void> | undefined;
  let pokedWhileRunning = false;
  let lastRunAt = Number.NEGATIVE_INFINITY;
  let unsubscribe: (() => void) | undefined;
  let stopped = false;

  async function textNow(source: DbClient, campaign: Campaign, locale: LocaleCode): Promise<string> {
    const totals = (await loadCampaignTotals(source, [campaign.id])).get(campaign.id) ?? NO_TOTALS;
    return progressText(viewIn(deps.translator, locale, new Date(deps.now())), campaign, totals);
  }

  async function refresh(): Promise<void> {
    const pins = await db.telegramPinnedMessage.findMany({ include: { campaign: true } });
    if (pins.length === 0) return;
    const totals = await loadCampaignTotals(db, [...new Set(pins.map((pin) => pin.campaignId))]);
    for (const pin of pins) {
      const text = progressText(viewIn(deps.translator, pin.locale, new Date(deps.now())), pin.campaign, totals.get(pin.campaignId) ?? NO_TOTALS);
      if (text === pin.text) continue;
      const edited = await display.edit(pin.chatId, pin.messageId, text);
      if (edited === "failed") continue;
      // Deleted message, or the bot left the chat: stop tracking it. Anything else: next time.
      if (edited === "gone") await db.telegramPinnedMessage.delete({ where: { id: pin.id } });
      else await db.telegramPinnedMessage.update({ where: { id: pin.id }, data: { text } });
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
    async pin(tx, { chatId, campaign, locale, actor, commandMessageId }) {
      const text = await textNow(tx, campaign, locale);
      const posted = await display.post(chatId, text, { commandMessageId });
      if (!posted.posted) return posted;
      // A channel named by @username is stored by its own id, which edits need.
      const where = { chatId: posted.chatId, campaignId: campaign.id };
      const row = { messageId: posted.messageId, locale, text, createdBy: actor };
      await tx.telegramPinnedMessage.upsert({ where: { chatId_campaignId: where }, create: { ...where, ...row }, update: row });
      return posted;
    },
    async unpin(tx, { chatId, campaign, commandMessageId }) {
      const ownId = await display.chatIdOf(chatId);
      const row = ownId ? await tx.telegramPinnedMessage.findUnique({ where: { chatId_campaignId: { chatId: ownId, campaignId: campaign.id } } }) : null;
      if (!row) return false;
      await display.unpin(row.chatId, row.messageId, { commandMessageId });
      await tx.telegramPinnedMessage.delete({ where: { id: row.id } });
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
