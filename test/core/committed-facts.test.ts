import { describe, expect, it } from "vitest";
import { recordAndReadCommitted } from "../../src/core/committed-facts.js";
import { registerCompany } from "../support/partners.js";
import { useTestBot } from "../support/test-bot.js";

describe("what a message's transaction starts from", () => {
  const bot = useTestBot();

  it("reads the person, their company and the chat's state as Prisma does, in any time zone", async () => {
    const partner = await registerCompany(bot, "facts", "PT Fakta", "id");
    await partner.send("/pledge PADI");
    const db = bot.database.db;
    const member = await db.member.findFirstOrThrow({ where: { channel: "console", userId: "facts" }, include: { organization: true } });
    const stored = await db.conversationState.findUniqueOrThrow({ where: { key: "console:facts" } });
    const zone = process.env.TZ;
    process.env.TZ = "Asia/Jakarta";
    try {
      const opening = { messageKey: "console:facts:read-1", memberId: member.id, identity: "console:facts", chatKey: "console:facts" };
      const facts = await db.$transaction((tx) => recordAndReadCommitted(tx, opening));
      expect(facts).toEqual({
        recorded: true,
        member,
        granted: false,
        state: { key: "console:facts", position: { flow: "pledge", step: stored.step, data: stored.data, expiresAt: stored.expiresAt }, offered: stored.offered, version: stored.version },
      });
      // Its id is now taken: the same message again starts nothing.
      expect(await db.$transaction((tx) => recordAndReadCommitted(tx, opening))).toEqual({ recorded: false });
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
