import type { ConversationState, Prisma } from "../generated/prisma/client.js";
import { createProcessedMessageLedger } from "../db/processed-message-ledger.js";
import { createCachedReads } from "./cached-reads.js";
import { COMMANDS } from "./commands/index.js";
import { splitCommand, type Command } from "./command.js";
import { reply, type CoreDeps, type Ctx } from "./context.js";
import { saveFlowState, stateKey, type Flow } from "./flow.js";
import { FLOWS } from "./flows/index.js";
import { formatFor } from "./i18n/format.js";
import { localeFromHint, type LocaleCode } from "./i18n/translator.js";
import {
  incomingMessageSchema,
  MAX_TEXT_LENGTH,
  type IncomingMessage,
  type OutgoingMessage,
  type ParsedIncomingMessage,
} from "./messages.js";
import { UserError } from "./user-error.js";
import { checkAccess } from "./use-cases/check-access.js";
import { resolveMember } from "./use-cases/resolve-member.js";

/** Words that leave any flow, in the three languages, with or without a slash. */
const LEAVE_FLOW_WORDS = new Set(["cancel", "batal", "취소", "stop flow"]);

export interface BotCore {
  /** Handles one message and returns the replies. Never throws for anything a user can type. */
  handle(message: IncomingMessage): Promise<OutgoingMessage[]>;
}

/**
 * The channel-agnostic bot: commands, flows and use cases behind one `handle`. Channels turn
 * platform events into `IncomingMessage` and render what comes back.
 */
export function createBotCore(deps: CoreDeps): BotCore {
  const commandsByName = new Map<string, Command>();
  for (const command of COMMANDS) {
    for (const name of [command.name, ...(command.aliases ?? [])]) commandsByName.set(name, command);
  }
  const flowsByName = new Map<string, Flow>(FLOWS.map((flow) => [flow.name, flow]));
  const reads = createCachedReads(deps.db);
  const ledger = createProcessedMessageLedger(deps.db);

  async function handle(raw: IncomingMessage): Promise<OutgoingMessage[]> {
    const parsed = incomingMessageSchema.safeParse(raw);
    if (!parsed.success) {
      deps.logger.warn({ issues: parsed.error.issues }, "malformed incoming message ignored");
      return [];
    }
    const message = parsed.data;
    try {
      return await handleMessage(message);
    } catch (error) {
      // The database is down or a bug: the person still gets an answer, and the process lives on.
      deps.logger.error({ err: error, channel: message.channel, messageId: message.messageId }, "message handling failed");
      const locale = localeFromHint(message.localeHint) ?? deps.config.defaultLocale;
      return [reply(deps.translator.translate(locale, "error-internal"))];
    }
  }

  async function handleMessage(message: ParsedIncomingMessage): Promise<OutgoingMessage[]> {
    const delivery = ledger.record(`${message.channel}:${message.chatId}:${message.messageId}`);
    const duplicate = () => {
      deps.logger.info({ channel: message.channel, messageId: message.messageId }, "duplicate delivery ignored");
      return [];
    };
    if (delivery.known === "repeat") return duplicate();
    // Look-ups are usually answered from memory; the id's write runs meanwhile.
    const [{ member, isStaff, linkedByPhone }, state] = await Promise.all([
      resolveMember(deps.db, reads, message, deps.config.staff),
      reads.conversationState(stateKey({ message })),
    ]);

    const locale: LocaleCode = member.locale ?? localeFromHint(message.localeHint) ?? deps.config.defaultLocale;
    const ctx: Ctx = {
      deps,
      db: deps.db,
      reads,
      now: deps.clock(),
      message,
      member,
      identity: `${message.channel}:${message.userId}`,
      locale,
      isStaff,
      t: deps.translator.for(locale),
      format: formatFor(locale),
    };

    const input = (message.choice ?? message.text ?? "").trim();
    if (delivery.known === "unsure" || !isReadOnly(input, state, ctx.now)) {
      if (!(await delivery.recorded)) return duplicate();
    } else {
      delivery.recorded.catch((error: unknown) => deps.logger.error({ err: error, channel: message.channel }, "message id not recorded"));
    }
    if (input.length > MAX_TEXT_LENGTH) return [reply(ctx.t("error-too-long", { max: MAX_TEXT_LENGTH }))];
    if (input === "") return [reply(ctx.t("error-empty"))];
    // Linked by a phone number staff pre-registered: say so once, before the answer.
    const linkedNote = linkedByPhone ? [reply(ctx.t("prephone-linked", { company: member.organization?.name ?? "" }))] : [];
    try {
      return [...linkedNote, ...(await route(ctx, input, state))];
    } catch (error) {
      if (error instanceof UserError) return [reply(ctx.t(error.key, error.args))];
      throw error;
    }
  }

  /** A read-only command outside any flow: its answer need not wait for the id's write. */
  function isReadOnly(input: string, state: ConversationState | null, now: Date): boolean {
    if (state && state.expiresAt > now) return false;
    return commandsByName.get(splitCommand(input).name)?.readOnly === true;
  }

  async function route(ctx: Ctx, input: string, state: ConversationState | null): Promise<OutgoingMessage[]> {
    const { name, args, slashed } = splitCommand(input);
    const activeState = state && state.expiresAt > ctx.now ? state : undefined;

    if (activeState) {
      if (LEAVE_FLOW_WORDS.has(input.toLowerCase().replace(/^\//, ""))) {
        await ctx.db.conversationState.delete({ where: { key: activeState.key } });
        return [reply(ctx.t("flow-cancelled"))];
      }
      // Inside a flow, plain text is the answer to the question; only a slash command interrupts.
      const flow = flowsByName.get(activeState.flow);
      if (flow && !slashed) {
        const data = activeState.data as Prisma.InputJsonObject;
        return saveFlowState(ctx, flow, await flow.handle(ctx, activeState.step, data, input));
      }
      await ctx.db.conversationState.delete({ where: { key: activeState.key } });
    }

    const command = commandsByName.get(name);
    if (!command) {
      const expiredNote = state && !activeState ? [reply(ctx.t("flow-expired"))] : [];
      if (state && !activeState) await ctx.db.conversationState.delete({ where: { key: state.key } });
      const key = slashed ? "error-unknown-command" : "error-not-understood";
      return [...expiredNote, reply(ctx.t(key, { command: `/${name}` }), [[{ label: ctx.t("choice-help"), value: "/help" }]])];
    }
    checkAccess(ctx, command);
    return command.run(ctx, args);
  }

  return { handle };
}
