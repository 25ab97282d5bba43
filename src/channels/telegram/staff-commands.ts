import { PIN_COMMAND, UNPIN_COMMAND } from "./command-menus.js";
import { runPinCommand, type PinCommand } from "./pin-command.js";
import { runUnpinCommand } from "./unpin-command.js";

/** The adapter's own staff commands, by name: they exist on Telegram only. */
export const TELEGRAM_STAFF_COMMANDS: Readonly<Record<string, PinCommand>> = {
  [PIN_COMMAND]: runPinCommand,
  [UNPIN_COMMAND]: runUnpinCommand,
};
