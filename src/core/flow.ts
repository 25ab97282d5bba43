import type { Prisma } from "../generated/prisma/client.js";
import type { Access } from "./command.js";
import type { Ctx } from "./context.js";
import type { OutgoingMessage } from "./messages.js";

/** A flow step's answer: replies, and where to continue. Without `next` the flow is over. */
export interface FlowResult<Data> {
  replies: OutgoingMessage[];
  next?: { step: string; data: Data };
}

/**
 * A guided, multi-step conversation (register, pledge, new campaign, broadcast). Its state lives
 * in the database between messages, so a restart or another instance continues it. Every step
 * runs in the message's transaction with the chat's row locked, after `access` was checked
 * again from the database: a person whose rights were taken away mid-flow cannot finish it.
 */
export interface Flow<Data extends Prisma.InputJsonObject = Prisma.InputJsonObject> {
  name: string;
  access: Access;
  start(ctx: Ctx, args: string): Promise<FlowResult<Data>>;
  /** Handles a reply at `step`. A reply that fits no step re-asks and leaves the state unchanged. */
  handle(ctx: Ctx, step: string, data: Data, input: string): Promise<FlowResult<Data>>;
}

/** Records where the flow goes next (or that it is over); the core saves it with the message. */
export function saveFlowState<Data extends Prisma.InputJsonObject>(ctx: Ctx, flow: Flow<Data>, result: FlowResult<Data>): OutgoingMessage[] {
  ctx.conversation.next = result.next
    ? {
        flow: flow.name,
        step: result.next.step,
        data: result.next.data,
        expiresAt: new Date(ctx.now.getTime() + ctx.deps.config.flowTimeoutMinutes * 60_000),
      }
    : null;
  return result.replies;
}

export async function startFlow<Data extends Prisma.InputJsonObject>(ctx: Ctx, flow: Flow<Data>, args: string): Promise<OutgoingMessage[]> {
  return saveFlowState(ctx, flow, await flow.start(ctx, args));
}

/** Asks a question and waits at `step` for the answer. */
export function ask<Data>(data: Data, step: string, question: OutgoingMessage): FlowResult<Data> {
  return { replies: [question], next: { step, data } };
}

/**
 * Says what was wrong with an answer and asks the same question again: `next` finds the same
 * missing field, so the state is unchanged and nothing is stored.
 */
export async function askAgain<Data>(
  ctx: Ctx,
  data: Data,
  errorKey: string,
  next: (ctx: Ctx, data: Data) => Promise<FlowResult<Data>>,
  errorArgs?: Record<string, string | number>,
): Promise<FlowResult<Data>> {
  const result = await next(ctx, data);
  return { ...result, replies: [{ text: ctx.t(errorKey, errorArgs) }, ...result.replies] };
}
