import type { DbClient } from "../db/database.js";
import type { LocaleCode, Translator } from "./i18n/translator.js";
import type { Choice } from "./messages.js";
import type { Audience, LocalizedFileIds, OutboxPort } from "./ports.js";
import type { ViewCtx } from "./views/campaign-view.js";
import { inEveryLocale, viewIn } from "./views/in-every-locale.js";

/** What to tell: written per language at send time's choice, and keyed so it is told once. */
export interface Notice {
  write(ctx: ViewCtx): string;
  /** Buttons, or numbered choices on WhatsApp and the console (approve / decline). */
  choices?(ctx: ViewCtx): Choice[][];
  /** A file sent with it (a transfer slip, a receipt, a certificate), the text becoming its caption. */
  attachments?: LocalizedFileIds;
  /** The same change told twice (a retried transaction, a redelivery) queues one message. */
  requestKey: string;
}

/**
 * Tells people what changed, through the outbox, in the transaction that made the change: the
 * message goes out exactly when the change is committed. Each person gets it on the channel they
 * use, in their language, unless they opted out (`/stop`; checked again at send time).
 * Notifications ignore quiet hours: they answer something the person or a colleague just did.
 */
export interface Notifier {
  member(memberId: number, notice: Notice): Promise<void>;
  staff(notice: Notice): Promise<void>;
  /** Everyone acting for a company except `exceptMemberId` (everyone when absent). */
  company(organizationId: number, exceptMemberId: number | undefined, notice: Notice): Promise<void>;
  /** The views' context in one language: a document written for one reader (a receipt) uses it. */
  viewIn(locale: LocaleCode): ViewCtx;
}

export function createNotifier(deps: { db: DbClient; outbox: OutboxPort; translator: Translator; staff: readonly string[]; now: Date }): Notifier {
  async function send(audience: Audience, notice: Notice): Promise<void> {
    await deps.outbox.enqueue(deps.db, {
      ...audience,
      kind: "notification",
      texts: inEveryLocale(deps.translator, deps.now, notice.write),
      ...(notice.choices && { choices: inEveryLocale(deps.translator, deps.now, notice.choices) }),
      ...(notice.attachments && { attachments: notice.attachments }),
      sendAt: deps.now,
      urgent: true,
      requestKey: `notify:${audience.audience}:${notice.requestKey}`,
    });
  }
  return {
    member: (memberId, notice) => send({ audience: "member", memberId }, notice),
    staff: (notice) => send({ audience: "staff", staff: deps.staff }, notice),
    company: (organizationId, exceptMemberId, notice) => send({ audience: "organization", organizationId, excludeMemberId: exceptMemberId }, notice),
    viewIn: (locale) => viewIn(deps.translator, locale, deps.now),
  };
}
