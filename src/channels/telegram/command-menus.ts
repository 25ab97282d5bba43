import type { Api } from "grammy";
import type { BotCommand, BotCommandScope } from "grammy/types";
import type { Command } from "../../core/command.js";
import { COMMANDS } from "../../core/commands/index.js";
import { LOCALES, type LocaleCode, type Translator } from "../../core/i18n/translator.js";
import type { Logger } from "../../logger.js";
import type { TelegramStaff } from "./telegram-staff.js";

type MenuName = "private" | "group" | "groupAdmins" | "staff";

/** Which commands each kind of chat offers in Telegram's "/" menu. */
const MENUS: Record<MenuName, (command: Command) => boolean> = {
  private: (command) => command.access !== "staff",
  // What works in a group (/pledge answers there with a link to the private chat); staff's /pin for admins.
  group: (command) => MENUS.groupAdmins(command) && command.access !== "staff",
  groupAdmins: (command) => command.groupSafe === true && command.name !== "start",
  staff: () => true,
};

/**
 * The "/" menus: one per language and scope, so people see commands in their app's language,
 * groups only see what works in a group, and staff see staff commands in their own chats only.
 */
export interface CommandMenus {
  /** Menus for everyone (private chats, groups, group admins), in every language. */
  publish(): Promise<void>;
  /** Staff menus in each staff member's private chat; removed staff get the ordinary menu back. */
  syncStaff(): Promise<void>;
}

export function createCommandMenus(deps: {
  api: Api;
  translator: Translator;
  staff: TelegramStaff;
  defaultLocale: LocaleCode;
  logger: Logger;
}): CommandMenus {
  const { api } = deps;
  let staffWithMenus = new Set<string>();

  function commandsFor(menu: MenuName, locale: LocaleCode): BotCommand[] {
    const t = deps.translator.for(locale);
    return COMMANDS.filter(MENUS[menu])
      .map((command) => command.name)
      .filter((name) => /^[a-z0-9_]{1,32}$/.test(name))
      .map((name) => ({ command: name, description: menuDescription(t(`command-${name}`), name) }));
  }

  /** The menu in every language, and in the default language for apps in any other language. */
  async function setEverywhere(menu: MenuName, scope: BotCommandScope): Promise<void> {
    await api.setMyCommands(commandsFor(menu, deps.defaultLocale), { scope });
    for (const locale of LOCALES) await api.setMyCommands(commandsFor(menu, locale), { scope, language_code: locale });
  }

  return {
    async publish() {
      await setEverywhere("private", { type: "default" });
      await setEverywhere("group", { type: "all_group_chats" });
      await setEverywhere("groupAdmins", { type: "all_chat_administrators" });
    },
    async syncStaff() {
      // A private chat's id is the person's numeric user id.
      const current = new Set((await deps.staff.userIds()).filter((id) => /^\d+$/.test(id)));
      for (const userId of current) await setEverywhere("staff", { type: "chat", chat_id: userId });
      for (const userId of staffWithMenus) {
        if (current.has(userId)) continue;
        const scope: BotCommandScope = { type: "chat", chat_id: userId };
        await api.deleteMyCommands({ scope });
        for (const locale of LOCALES) await api.deleteMyCommands({ scope, language_code: locale });
      }
      staffWithMenus = current;
      deps.logger.debug({ staff: current.size }, "telegram staff menus set");
    },
  };
}

/** `/campaign CODE — one campaign in detail` → `one campaign in detail` (Telegram allows 256 characters). */
function menuDescription(helpLine: string, name: string): string {
  const dash = helpLine.indexOf(" — ");
  const description = (dash >= 0 ? helpLine.slice(dash + 3) : helpLine).trim();
  return (description || name).slice(0, 256);
}
