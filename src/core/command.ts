import type { Ctx } from "./context.js";
import type { OutgoingMessage } from "./messages.js";

/** Who may run a command. Staff may run everything; partners are members linked to a company. */
export type Access = "everyone" | "partner" | "staff";

/**
 * One chat command. `name` is what /help shows; aliases cover Indonesian words and the forms
 * people type on WhatsApp. Its help line is the locale message `command-<name>`.
 */
export interface Command {
  name: string;
  aliases?: readonly string[];
  access: Access;
  /** Read-only commands that make sense in a group chat. */
  groupSafe?: boolean;
  /**
   * Changes nothing, so its answer goes out without waiting for the message id to be written.
   * A redelivery is still recognised from memory; only one that arrives after a crash in the
   * millisecond before the id was written gets the same answer again.
   */
  readOnly?: boolean;
  /**
   * The /help section it is listed in, when that differs from who may run it: /approve is open to
   * everyone (the request decides who may act on it) but means something only to partners.
   */
  listedUnder?: Access;
  run(ctx: Ctx, args: string): Promise<OutgoingMessage[]>;
}

/** `/campaign@KPeduliBot BTS` → { name: "campaign", args: "BTS" }. Leading slash optional. */
export function splitCommand(text: string): { name: string; args: string; slashed: boolean } {
  const trimmed = text.trim();
  const slashed = trimmed.startsWith("/");
  const [head = "", ...rest] = (slashed ? trimmed.slice(1) : trimmed).split(/\s+/);
  return { name: head.replace(/@\w+$/, "").toLowerCase(), args: rest.join(" "), slashed };
}
