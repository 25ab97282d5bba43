import { beforeAll, describe, expect, it } from "vitest";
import { organizationKey } from "../../src/core/use-cases/register-organization.js";
import { postForm, signIn, useTestWeb, type SignedIn } from "../support/test-web.js";

describe("dashboard: companies (contacts masked, totals, pre-registered numbers, join requests)", () => {
  const web = useTestWeb();
  let staff: SignedIn;
  let companyId: number;
  let requestId: number;
  let askerId: number;
  const db = () => web.bot.database.db;

  beforeAll(async () => {
    staff = await signIn(web, "staff");
    const company = await db().organization.create({ data: { name: "PT Kontak <Uji>", nameKey: organizationKey("PT Kontak <Uji>"), city: "Jakarta" } });
    companyId = company.id;
    await db().member.create({ data: { channel: "whatsapp", userId: "6281234567890", contactName: "Rina", organizationId: company.id } });
    const asker = await db().member.create({ data: { channel: "whatsapp", userId: "6289876543210", displayName: "Budi" } });
    askerId = asker.id;
    requestId = (await db().joinRequest.create({ data: { organizationId: company.id, memberId: asker.id, contactName: "Budi" } })).id;
  });

  const get = async (path: string) => {
    const response = await web.app.request(path, { headers: { cookie: staff.cookie } });
    return { status: response.status, body: await response.text() };
  };
  const post = (path: string, fields: Record<string, string>) => postForm(web, path, { cookie: staff.cookie, fields: { _csrf: staff.csrf, ...fields } });

  it("lists companies with their totals and waiting requests, names escaped", async () => {
    const { status, body } = await get("/dashboard/companies?lang=en");
    expect(status).toBe(200);
    expect(body).toContain("PT Kontak &lt;Uji&gt;");
    expect(body).toContain("PT Sampel Hangang (demo)");
    expect(body).toMatch(/Rp 50,000,000/);
  });

  it("shows contacts with phone numbers masked but the last 4 digits, nowhere in full", async () => {
    const { body } = await get(`/dashboard/companies/${companyId}?lang=en`);
    expect(body).toContain("•••••••••7890");
    expect(body).toContain("•••••••••3210");
    expect(body).not.toContain("6281234567890");
    expect(body).not.toContain("6289876543210");
    expect((await get("/dashboard/companies/999999")).status).toBe(404);
  });

  it("adds and removes a pre-registered number through the use case, audited, never showing it in full", async () => {
    expect((await post(`/dashboard/companies/${companyId}/phones`, { phone: "0812-5555-4321" })).status).toBe(303);
    const phone = await db().preregisteredPhone.findUniqueOrThrow({ where: { phone: "6281255554321" } });
    expect(phone.organizationId).toBe(companyId);
    const page = (await get(`/dashboard/companies/${companyId}`)).body;
    expect(page).toContain("•••••••••4321");
    expect(page).not.toContain("6281255554321");
    const bad = await post(`/dashboard/companies/${companyId}/phones?lang=en`, { phone: "halo" });
    expect(bad.status).toBe(409);
    expect(await bad.text()).toContain("is not a phone number");

    const ref = /name="phone" value="([0-9a-f]{32})"/.exec(page)?.[1];
    expect(ref).toBeDefined();
    expect((await post(`/dashboard/companies/${companyId}/phones/remove`, { phone: ref! })).status).toBe(303);
    expect(await db().preregisteredPhone.count({ where: { phone: "6281255554321" } })).toBe(0);
    expect((await post(`/dashboard/companies/${companyId}/phones/remove`, { phone: ref! })).status).toBe(409);
    const audit = await db().auditLog.findMany({ where: { entityId: "6281255554321" }, orderBy: { id: "asc" } });
    expect(audit.map((entry) => [entry.action, entry.actor])).toEqual([["phone.preregister", "console:staff"], ["phone.remove", "console:staff"]]);
  });

  it("approves a join request as /approve does: linked, told, audited; a second decision is refused", async () => {
    expect((await get(`/dashboard/companies/${companyId}`)).body).toContain(`/dashboard/companies/join-requests/${requestId}/approve`);
    const response = await post(`/dashboard/companies/join-requests/${requestId}/approve`, {});
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/dashboard/companies/${companyId}`);
    expect((await db().member.findUniqueOrThrow({ where: { id: askerId } })).organizationId).toBe(companyId);
    expect((await db().auditLog.findFirstOrThrow({ where: { action: "join.approve", entityId: String(requestId) } })).actor).toBe("console:staff");
    const told = await web.bot.deliver();
    expect(told.some((sent) => sent.chatId === "6289876543210" && sent.text.includes("PT Kontak <Uji>"))).toBe(true);
    const again = await post(`/dashboard/companies/join-requests/${requestId}/decline?lang=en`, {});
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("already decided");
  });
});
