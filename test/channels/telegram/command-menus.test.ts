import { describe, expect, it } from "vitest";
import { Translator } from "../../../src/core/i18n/translator.js";
import { STAFF_ID, useTelegramBot } from "./support/telegram-harness.js";

const translator = new Translator("id");

describe("Telegram: command menus per language and scope", () => {
  const tg = useTelegramBot();

  async function connect() {
    const since = tg.api.mark();
    await tg.channel.start();
    await tg.channel.connected;
    await tg.channel.stop();
    return since().filter((call) => call.method === "setMyCommands" || call.method === "deleteMyCommands");
  }

  const menu = (calls: Awaited<ReturnType<typeof connect>>, scope: object, language?: string) =>
    calls
      .filter((call) => call.method === "setMyCommands" && JSON.stringify(call.payload.scope) === JSON.stringify(scope) && call.payload.language_code === language)
      .at(-1)?.payload.commands.map((command: { command: string }) => command.command);

  it("sets menus for everyone, groups and group admins in id, ko and en, and staff menus in staff chats", async () => {
    const calls = await connect();
    const everyone = menu(calls, { type: "default" });
    expect(everyone).toContain("pledge");
    expect(everyone).toContain("campaign");
    expect(everyone).not.toContain("confirm");
    for (const language of ["id", "ko", "en"]) expect(menu(calls, { type: "default" }, language)).toEqual(everyone);

    const group = menu(calls, { type: "all_group_chats" }, "en");
    expect(group).toEqual(expect.arrayContaining(["campaign", "campaigns", "total", "top", "pledge", "help"]));
    expect(group).not.toContain("register");
    expect(menu(calls, { type: "all_chat_administrators" }, "en")).toContain("pin");

    const staff = menu(calls, { type: "chat", chat_id: String(STAFF_ID) }, "ko");
    expect(staff).toEqual(expect.arrayContaining(["confirm", "reject", "pending", "pledge"]));

    // Descriptions come from the help lines, in the menu's language.
    const korean = calls.find((call) => call.payload.language_code === "ko" && call.payload.scope.type === "default")!;
    const campaign = korean.payload.commands.find((command: { command: string }) => command.command === "campaign");
    expect(translator.translate("ko", "command-campaign")).toContain(campaign.description);
  });

  it("gives staff added with /staff add their menu, and takes it away on /staff remove", async () => {
    await connect();
    const staff = tg.user(STAFF_ID, { lang: "en" });
    const scope555 = JSON.stringify({ type: "chat", chat_id: "555" });
    const added = await staff.send("/staff add telegram:555");
    expect(added.calls.filter((call) => call.method === "setMyCommands" && JSON.stringify(call.payload.scope) === scope555)).toHaveLength(4);

    const removed = await staff.send("/staff remove telegram:555");
    expect(removed.calls.filter((call) => call.method === "deleteMyCommands" && JSON.stringify(call.payload.scope) === scope555)).toHaveLength(4);
  });
});
