import { beforeAll, describe, expect, it } from "vitest";
import { Translator } from "../../src/core/i18n/translator.js";
import { loadCampaignTotals } from "../../src/core/use-cases/campaign-totals.js";
import { useTestBot, type Conversation } from "../support/test-bot.js";

const translator = new Translator("id");
const t = (key: string, args?: Record<string, string | number>) => translator.translate("en", key, args);

describe("the pledge lifecycle with staff actions and the audit log", () => {
  const bot = useTestBot({ staff: ["console:staff"] });
  let partner: Conversation;
  let staff: Conversation;

  async function pledge(amount: string): Promise<number> {
    await partner.send(`/pledge PADI ${amount}`);
    await partner.pick("Skip");
    await partner.pick("Confirm");
    const latest = await bot.database.db.pledge.findFirstOrThrow({ where: { member: { userId: "lifecycle" } }, orderBy: { id: "desc" } });
    return latest.id;
  }

  async function padiTotals() {
    const campaign = await bot.database.db.campaign.findUniqueOrThrow({ where: { code: "PADI" } });
    return (await loadCampaignTotals(bot.database.db, [campaign.id])).get(campaign.id)!;
  }

  beforeAll(async () => {
    partner = bot.chat("lifecycle", { localeHint: "en" });
    staff = bot.chat("staff", { localeHint: "en" });
    await partner.send("/register Lifecycle Corp");
    await partner.send("Lee");
    await partner.send("Jakarta");
    await partner.pick("Show our name");
  });

  it("pledged → transfer reported → confirmed, with counters and audit entries", async () => {
    const before = await padiTotals();
    const id = await pledge("20jt");
    expect(await padiTotals()).toEqual({ ...before, pledged: before.pledged + 20_000_000n, companies: before.companies + 1 });

    await partner.send(`/paid ${id}`);
    await partner.send("skip"); // no transfer slip at hand
    expect(await staff.send("/pending")).toContain(`#${id} · PADI · Lifecycle Corp · Rp 20,000,000 · transfer reported`);
    expect(await staff.send(`/confirm #${id}`)).toBe(t("pledge-confirm-done", { id, status: "confirmed" }));
    expect(await padiTotals()).toEqual({
      pledged: before.pledged + 20_000_000n,
      confirmed: before.confirmed + 20_000_000n,
      companies: before.companies + 1,
    });

    const audit = await bot.database.db.auditLog.findMany({ where: { entity: "Pledge", entityId: String(id) }, orderBy: { id: "asc" } });
    expect(audit.map((entry) => [entry.actor, entry.action, entry.before, entry.after])).toEqual([
      ["console:lifecycle", "pledge.report-paid", { status: "pledged", statusReason: null }, { status: "transfer_reported", statusReason: null }],
      ["console:staff", "pledge.confirm", { status: "transfer_reported", statusReason: null }, { status: "confirmed", statusReason: null }],
    ]);
    expect(await staff.send(`/confirm ${id}`)).toContain('is "confirmed" and cannot be changed');
  });

  it("a rejection needs a reason, takes the amount out of the totals and is shown to the partner", async () => {
    const id = await pledge("5jt");
    const before = await padiTotals();
    expect(await staff.send(`/reject ${id}`)).toBe(t("error-reject-needs-reason"));
    await staff.send(`/reject ${id} transfer not received after 30 days`);
    expect(await padiTotals()).toEqual({ ...before, pledged: before.pledged - 5_000_000n });
    expect(await partner.send("/mypledges")).toContain(`#${id} · PADI · Rp 5,000,000 · rejected · transfer not received after 30 days`);
    const audit = await bot.database.db.auditLog.findFirstOrThrow({ where: { entityId: String(id), action: "pledge.reject" } });
    expect(audit.after).toEqual({ status: "rejected", statusReason: "transfer not received after 30 days" });
  });

  it("a partner cancels an unconfirmed pledge, but not a confirmed one or another company's", async () => {
    const id = await pledge("3jt");
    expect(await partner.send(`/cancel ${id}`)).toBe(t("pledge-cancel-done", { id, status: "cancelled" }));
    const confirmed = await pledge("4jt");
    await staff.send(`/confirm ${confirmed}`);
    expect(await partner.send(`/cancel ${confirmed}`)).toContain('is "confirmed"');

    const seeded = await bot.database.db.pledge.findFirstOrThrow({ where: { sourceMessageId: "seed:PADI:3" } });
    // Another company's pledge reads exactly like one that does not exist.
    expect(await partner.send(`/cancel ${seeded.id}`)).toBe(t("error-no-such-pledge", { id: seeded.id }));
    expect(await partner.send("/cancel 99999")).toBe(t("error-no-such-pledge", { id: 99999 }));
    expect((await bot.database.db.pledge.findUniqueOrThrow({ where: { id: seeded.id } })).status).toBe("pledged");
  });

  it("goods are confirmed, then delivered; cash cannot be delivered", async () => {
    await partner.send("/pledge PADI");
    await partner.pick("Goods");
    await partner.send("rice seed bags");
    await partner.send("50");
    await partner.send("200rb");
    await partner.pick("Skip");
    await partner.pick("Confirm");
    const goods = await bot.database.db.pledge.findFirstOrThrow({ where: { kind: "goods", member: { userId: "lifecycle" } } });
    expect(await staff.send(`/delivered ${goods.id}`)).toBe(t("error-deliver-before-confirm", { id: goods.id }));
    expect((await bot.database.db.pledge.findUniqueOrThrow({ where: { id: goods.id } })).status).toBe("pledged");
    await staff.send(`/confirm ${goods.id}`);
    expect(await staff.send(`/delivered ${goods.id}`)).toBe(t("pledge-deliver-done", { id: goods.id, status: "delivered" }));
    const cash = await pledge("1jt");
    expect(await staff.send(`/delivered ${cash}`)).toBe(t("error-deliver-wrong-kind", { id: cash }));
  });

  it("staff create a campaign with the guided flow, post updates with reached counts and close it", async () => {
    await staff.send("/newcampaign");
    for (const answer of [
      "EDU26",
      "Beasiswa 2026",
      "Scholarships 2026",
      "skip",
      "Beasiswa untuk siswa SMA di Bekasi.",
      "skip",
      "skip",
      "100jt",
      "2026-12-01",
      "31/03/2027",
      "students=200, schools=5",
      "Bekasi, Karawang",
      "Bank Mandiri",
      "123-456-7890",
      "Yayasan Beasiswa",
    ]) {
      await staff.send(answer);
    }
    const summary = await staff.pick("Skip");
    expect(summary).toContain("Rp 100,000,000");
    expect(summary).toContain("Bank Mandiri · 123-456-7890 · Yayasan Beasiswa");
    expect(summary).toContain("students 200, schools 5");
    expect(await staff.pick("Confirm")).toBe(t("newcampaign-created", { code: "EDU26" }));

    expect(await staff.send("/update EDU26 First 50 scholarships handed over students=50")).toBe(t("update-posted", { code: "EDU26", total: "0" }));
    const detail = await staff.send("/campaign EDU26");
    expect(detail).toContain("Scholarships 2026");
    expect(detail).toContain("students: 50 of 200 (25%)");
    expect(detail).toContain("First 50 scholarships handed over");
    expect(await staff.send("/update EDU26 wrong goal volunteers=3")).toContain('no goal "volunteers"');

    expect(await staff.send("/close EDU26")).toContain(t("close-ask", { code: "EDU26", title: "Scholarships 2026" }));
    expect(await staff.pick("Yes, close it")).toBe(t("campaign-closed-done", { code: "EDU26" }));
    expect(await partner.send("/pledge EDU26 1jt")).toContain(t("error-campaign-not-active", { code: "EDU26" }));
    const actions = await bot.database.db.auditLog.findMany({ where: { entityId: "EDU26" }, orderBy: { id: "asc" } });
    expect(actions.map((entry) => [entry.actor, entry.action])).toEqual([
      ["console:staff", "campaign.create"],
      ["console:staff", "campaign.update"],
      ["console:staff", "campaign.close"],
    ]);
  });

  it("/staff add grants rights from the database, audited; configured staff cannot be removed in chat", async () => {
    const helper = bot.chat("helper", { localeHint: "en" });
    expect(await helper.send("/pending")).toBe(t("error-staff-only"));
    expect(await staff.send("/staff add console:helper")).toBe(t("staff-added", { identity: "console:helper" }));
    expect(await helper.send("/pending")).toContain("Pledges waiting for staff");
    expect(await staff.send("/staff remove console:staff")).toBe(t("error-staff-from-config", { identity: "console:staff" }));
    await staff.send("/staff remove console:helper");
    expect(await helper.send("/pending")).toBe(t("error-staff-only"));
    const audit = await bot.database.db.auditLog.findMany({ where: { entity: "StaffGrant" }, orderBy: { id: "asc" } });
    expect(audit.map((entry) => entry.action)).toEqual(["staff.add", "staff.remove"]);
  });
});
