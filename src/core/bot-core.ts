import type { ConversationState, Prisma } from "../generated/prisma/client.js";
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
    // Independent look-ups run side by side: a read command costs a few round trips, not eight.
    const [firstSeen, { member, isStaff, linkedByPhone }, state] = await Promise.all([
      deps.db.processedMessage.createMany({
        data: [{ key: `${message.channel}:${message.chatId}:${message.messageId}` }],
        skipDuplicates: true,
      }),
      resolveMember(deps.db, message, deps.config.staff),
      deps.db.conversationState.findUnique({ where: { key: stateKey({ message }) } }),
    ]);
    if (firstSeen.count === 0) {
      deps.logger.info({ channel: message.channel, messageId: message.messageId }, "duplicate delivery ignored");
      return [];
    }

    const locale: LocaleCode = member.locale ?? localeFromHint(message.localeHint) ?? deps.config.defaultLocale;
    const ctx: Ctx = {
      deps,
      db: deps.db,
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
