import { TRANSACTION_TIMEOUT_MS, type DbTransaction } from "../db/database.js";
import { createProcessedMessageLedger } from "../db/processed-message-ledger.js";
import { createCachedReads } from "./cached-reads.js";
import { recordAndReadCommitted } from "./committed-facts.js";
import { COMMANDS } from "./commands/index.js";
import { splitCommand, type Command } from "./command.js";
import { reply, type CoreDeps, type Ctx } from "./context.js";
import { chatKey, offerChoices, readChatState, saveChatState, type ChatState } from "./conversation-state.js";
import { saveFlowState, type Flow } from "./flow.js";
import { FLOWS } from "./flows/index.js";
import { formatFor } from "./i18n/format.js";
import { localeFromHint, type LocaleCode } from "./i18n/translator.js";
import {
  hasControlCharacters,
  incomingMessageSchema,
  MAX_TEXT_LENGTH,
  NUMBERED_CHOICE_CHANNELS,
  type IncomingMessage,
  type OutgoingMessage,
  type ParsedIncomingMessage,
} from "./messages.js";
import { createNotifier } from "./notifier.js";
import { choicesOf, pickOffered, tagChoices, untagChoice } from "./offered-choices.js";
import { UserError } from "./user-error.js";
import { checkAccess, refusalFor } from "./use-cases/check-access.js";
import { checkIncomingFile } from "./use-cases/check-incoming-file.js";
import { resolveMember } from "./use-cases/resolve-member.js";
import { isStaff as isStaffRule } from "./use-cases/staff-rights.js";

/** Words that leave any flow, in the three languages, with or without a slash. */
const LEAVE_FLOW_WORDS = new Set(["cancel", "batal", "취소", "stop flow"]);

/** A redelivered message: it acted before, so it gets no answer now. */
const DUPLICATE = Symbol("duplicate");

export interface BotCore {
  /** Handles one message and returns the replies. Never throws for anything a user can type. */
  handle(message: IncomingMessage): Promise<OutgoingMessage[]>;
  /**
   * A person opened a chat with the bot without writing yet (the console at start): they become
   * known, so notices addressed to them (staff's "transfer reported") reach them from now on.
   */
  connect(person: Pick<IncomingMessage, "channel" | "userId" | "displayName" | "localeHint">): Promise<void>;
}

/**
 * The channel-agnostic bot: commands, flows and use cases behind one `handle`. Channels turn
 * platform events into `IncomingMessage` and render what comes back.
 *
 * Two paths. A read-only command outside any flow (`/campaign`, `/total`) is answered from the
 * read caches, and its message id is written meanwhile. Everything else runs in one transaction:
 * the message id is recorded, the person, their rights and the chat's state are read afresh with
 * the chat's row locked, the command or flow step acts, and the chat's next state is written. So
 * a redelivery acts once, a decision never rests on a cache, two messages of one chat take turns
 * (in one process or several), and a refusal stores nothing.
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
      return [reply(deps.translator.translate(hintedLocale(message), "error-internal"))];
    }
  }

  function hintedLocale(message: ParsedIncomingMessage): LocaleCode {
    return localeFromHint(message.localeHint) ?? deps.config.defaultLocale;
  }

  function duplicate(message: ParsedIncomingMessage): OutgoingMessage[] {
    deps.logger.info({ channel: message.channel, messageId: message.messageId }, "duplicate delivery ignored");
    return [];
  }

  async function handleMessage(message: ParsedIncomingMessage): Promise<OutgoingMessage[]> {
    const messageKey = `${message.channel}:${message.chatId}:${message.messageId}`;
    if (ledger.known(messageKey) === "repeat") return duplicate(message);
    // Refused before anything is stored, not even the person.
    if (hasControlCharacters(message.text) || hasControlCharacters(message.choice)) {
      return [reply(deps.translator.translate(hintedLocale(message), "error-control-characters"))];
    }
    const pressed = message.choice === undefined ? undefined : untagChoice(message.choice);
    const input = (pressed?.value ?? message.text ?? "").trim();
    // Only a read-only command may skip the transaction, and only it needs the chat's state to decide so.
    const readOnlyCommand = pressed?.version === undefined && commandsByName.get(splitCommand(input).name)?.readOnly === true;
    const [{ member, isStaff, linkedByPhone }, chatState] = await Promise.all([
      resolveMember(deps.db, reads, message, deps.config.staff),
      readOnlyCommand ? readChatState(deps.db, chatKey(message.channel, message.chatId)) : null,
    ]);

    const locale: LocaleCode = member.locale ?? hintedLocale(message);
    const now = deps.clock();
    const ctx: Ctx = {
      deps,
      db: deps.db,
      reads,
      now,
      message,
      member,
      identity: `${message.channel}:${message.userId}`,
      locale,
      isStaff,
      t: deps.translator.for(locale),
      format: formatFor(locale),
      notify: createNotifier({ db: deps.db, outbox: deps.outbox, translator: deps.translator, staff: deps.config.staff, now }),
      conversation: {},
    };

    if (input.length > MAX_TEXT_LENGTH) return [reply(ctx.t("error-too-long", { max: MAX_TEXT_LENGTH }))];
    if (message.attachment) {
      const checked = await checkIncomingFile(message.attachment);
      if (!checked.ok) return [reply(ctx.t(checked.key, checked.args))];
      ctx.file = checked.file;
    }
    // An empty choice is a button whose value the channel no longer knows (an old, long one).
    if (input === "" && !ctx.file) return [reply(ctx.t(message.choice === undefined ? "error-empty" : "tg-button-expired"))];
    // Linked by a phone number staff pre-registered: say so once, before the answer.
    const linkedNote = linkedByPhone ? [reply(ctx.t("prephone-linked", { company: member.organization?.name ?? "" }))] : [];

    if (chatState && isReadOnly(input, chatState, now)) {
      const delivery = ledger.record(messageKey);
      if (delivery.known === "repeat") return duplicate(message);
      // The answer is written while the id is recorded; it goes out only if this is the id's first
      // delivery, which memory can't vouch for: another instance may have had it. A database that
      // can't record it doesn't stop the answer.
      const [replies, firstDelivery] = await Promise.all([
        answerReadOnly(ctx, input),
        delivery.recorded.catch((error: unknown) => {
          deps.logger.error({ err: error, channel: message.channel }, "message id not recorded");
          return true;
        }),
      ]);
      if (!firstDelivery) return duplicate(message);
      await keepOfferedNumbers(message, chatState, replies);
      return [...linkedNote, ...replies];
    }
    const replies = await act(ctx, messageKey, input, pressed?.version);
    return replies === DUPLICATE ? duplicate(message) : [...linkedNote, ...replies];
  }

  /**
   * Whether a read-only command is outside any flow, so it is answered without a transaction. An
   * unslashed word goes the long way when choices are on offer: it may be an option's name.
   */
  function isReadOnly(input: string, state: ChatState, now: Date): boolean {
    if (state.position && state.position.expiresAt > now) return false;
    return splitCommand(input).slashed || state.offered.length === 0;
  }

  /**
   * Where choices are numbered, what `1` picks must be in the database before the person can
   * type it: a read-only answer's choices (the campaigns of /campaigns) are written, and an
   * answer without choices clears the earlier ones, as the person reads the numbers they saw last.
   */
  async function keepOfferedNumbers(message: ParsedIncomingMessage, state: ChatState, replies: OutgoingMessage[]): Promise<void> {
    if (!NUMBERED_CHOICE_CHANNELS.has(message.channel)) return;
    const offered = choicesOf(replies);
    if (offered.length > 0 || state.offered.length > 0) await offerChoices(deps.db, chatKey(message.channel, message.chatId), offered);
  }

  async function answerReadOnly(ctx: Ctx, input: string): Promise<OutgoingMessage[]> {
    const { name, args } = splitCommand(input);
    const command = commandsByName.get(name)!;
    try {
      await checkAccess(ctx, command);
      return await command.run(ctx, args);
    } catch (error) {
      if (error instanceof UserError) return [reply(ctx.t(error.key, error.args))];
      throw error;
    }
  }

  /** Everything that may write: one transaction, see `createBotCore`. */
  async function act(base: Ctx, messageKey: string, input: string, pressedVersion: number | undefined): Promise<OutgoingMessage[] | typeof DUPLICATE> {
    try {
      const replies = await deps.db.$transaction(
        async (tx) => {
          // Waits for a concurrent delivery of the same id to finish, then finds it there.
          const facts = await recordAndReadCommitted(tx, {
            messageKey,
            memberId: base.member.id,
            identity: base.identity,
            chatKey: chatKey(base.message.channel, base.message.chatId),
          });
          if (!facts.recorded) return DUPLICATE;
          const ctx = withCommittedFacts(base, tx, facts);
          const { state } = facts;
          let chosen = input;
          if (pressedVersion !== undefined) {
            // A button of an earlier question: that question was answered or has moved on.
            if (pressedVersion !== state.version) return [reply(ctx.t("choice-stale"))];
          } else if (ctx.message.choice === undefined) {
            chosen = pickOffered(state.offered, input, NUMBERED_CHOICE_CHANNELS.has(ctx.message.channel), deps.translator) ?? input;
          }
          const answer = await route(ctx, chosen, state);
          return saveConversation(ctx, tx, state, answer);
        },
        { timeout: TRANSACTION_TIMEOUT_MS },
      );
      if (replies !== DUPLICATE) ledger.remember(messageKey);
      return replies;
    } catch (error) {
      // Nothing of it was stored: the transaction rolled back.
      if (error instanceof UserError) return [reply(base.t(error.key, error.args))];
      throw error;
    }
  }

  /** The person, their company and their staff rights as committed now, not as cached. */
  function withCommittedFacts(base: Ctx, tx: DbTransaction, { member, granted }: { member: Ctx["member"]; granted: boolean }): Ctx {
    const notify = createNotifier({ db: tx, outbox: deps.outbox, translator: deps.translator, staff: deps.config.staff, now: base.now });
    return { ...base, db: tx, member, isStaff: isStaffRule(deps.config.staff, base.identity, granted), notify, conversation: {} };
  }

  /** Writes the chat's next state (flow position and offered choices) and tags the buttons with it. */
  async function saveConversation(ctx: Ctx, tx: DbTransaction, state: ChatState, replies: OutgoingMessage[]): Promise<OutgoingMessage[]> {
    const offered = choicesOf(replies);
    const next = ctx.conversation.next;
    if (next === undefined && offered.length === 0 && state.offered.length === 0) return replies;
    const version = state.version + 1;
    await saveChatState(tx, state.key, { position: next === undefined ? state.position : (next ?? undefined), offered, version });
    return tagChoices(replies, version);
  }

  async function route(ctx: Ctx, input: string, state: ChatState): Promise<OutgoingMessage[]> {
    const { name, args, slashed } = splitCommand(input);
    const position = state.position && state.position.expiresAt > ctx.now ? state.position : undefined;

    if (position) {
      if (LEAVE_FLOW_WORDS.has(input.toLowerCase().replace(/^\//, ""))) {
        ctx.conversation.next = null;
        return [reply(ctx.t("flow-cancelled"))];
      }
      // Inside a flow, plain text is the answer to the question; only a slash command interrupts.
      const flow = flowsByName.get(position.flow);
      if (flow && !slashed) {
        // Checked at every step: rights taken away mid-flow end it, and nothing it was building is done.
        const refusal = await refusalFor(ctx, flow.access);
        if (refusal) {
          ctx.conversation.next = null;
          return [reply(ctx.t(refusal.key, refusal.args))];
        }
        return saveFlowState(ctx, flow, await flow.handle(ctx, position.step, position.data, input));
      }
      ctx.conversation.next = null;
    }

    const command = commandsByName.get(name);
    if (!command) {
      const expired = state.position !== undefined && !position;
      if (expired) ctx.conversation.next = null;
      const expiredNote = expired ? [reply(ctx.t("flow-expired"))] : [];
      const key = ctx.file && input === "" ? "file-not-expected" : slashed ? "error-unknown-command" : "error-not-understood";
      return [...expiredNote, reply(ctx.t(key, { command: `/${name}` }), [[{ label: ctx.t("choice-help"), value: "/help" }]])];
    }
    await checkAccess(ctx, command);
    return command.run(ctx, args);
  }

  async function connect(person: Pick<IncomingMessage, "channel" | "userId" | "displayName" | "localeHint">): Promise<void> {
    const message = incomingMessageSchema.parse({ ...person, chatId: person.userId, messageId: "connect" });
    await resolveMember(deps.db, reads, message, deps.config.staff);
  }

  return { handle, connect };
}
