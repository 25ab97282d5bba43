import { Translator, type LocaleCode } from "../../src/core/i18n/translator.js";
import type { ChannelName } from "../../src/core/messages.js";
import type { Conversation, TestBot } from "./test-bot.js";

const translator = new Translator("id");

/** A company with one contact, registered through the chat (the console's by default); returns the contact's conversation. */
export async function registerCompany(bot: TestBot, userId: string, company: string, lang: LocaleCode = "en", channel: ChannelName = "console"): Promise<Conversation> {
  const contact = bot.chat(userId, { localeHint: lang, channel });
  await contact.send("/register");
  await contact.send(company);
  await contact.send(`Contact of ${company}`);
  await contact.send("Jakarta");
  await contact.pick(translator.translate(lang, "choice-public"));
  return contact;
}

/** Makes a pledge through the wizard and returns its id. */
export async function pledge(bot: TestBot, partner: Conversation, args: string): Promise<number> {
  await partner.send(`/pledge ${args}`);
  await partner.pick(partner.offered[0]!.label); // the note step offers only "skip", in the person's language
  await partner.pick("✅");
  const latest = await bot.database.db.pledge.findFirstOrThrow({ orderBy: { id: "desc" } });
  return latest.id;
}
