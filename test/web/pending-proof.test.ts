import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { pledge, registerCompany } from "../support/partners.js";
import { signIn, useTestWeb } from "../support/test-web.js";
import { phonePhoto, smallPdf } from "../support/test-files.js";

describe("the dashboard's pending queue shows transfer slips, to staff only", () => {
  const web = useTestWeb();

  it("links the slip with its thumbnail; the image route answers signed-in staff only", async () => {
    const partner = web.bot.chat("slip-web", { localeHint: "en" });
    for (const line of ["/register", "PT Slip Web", "Dewi", "Depok", "1", "/pledge PADI 2jt"]) await partner.send(line);
    await partner.pick(partner.offered[0]!.label);
    await partner.pick("✅");
    const pledge = await web.bot.database.db.pledge.findFirstOrThrow({ where: { member: { userId: "slip-web" } } });
    await partner.sendFile({ kind: "photo", mimeType: "image/jpeg", fileName: "slip.jpg", bytes: await phonePhoto() }, `/paid ${pledge.id}`);

    const staff = await signIn(web, "staff");
    const page = await (await web.app.request("/dashboard/pending", { headers: { cookie: staff.cookie } })).text();
    expect(page).toContain(`href="/dashboard/pending/${pledge.id}/proof"`);
    expect(page).toContain(`src="/dashboard/pending/${pledge.id}/proof?thumbnail=1"`);

    const full = await web.app.request(`/dashboard/pending/${pledge.id}/proof`, { headers: { cookie: staff.cookie } });
    expect(full.status).toBe(200);
    expect(full.headers.get("content-type")).toBe("image/jpeg");
    expect(full.headers.get("x-content-type-options")).toBe("nosniff");
    expect(full.headers.get("content-disposition")).toBe('inline; filename="slip.jpg"');
    expect(full.headers.get("content-security-policy")).toBe("sandbox; default-src 'none'");
    const { proofFile: stored } = await web.bot.database.db.pledge.findUniqueOrThrow({ where: { id: pledge.id }, include: { proofFile: true } });
    expect(Buffer.from(await full.arrayBuffer()).equals(Buffer.from(stored!.bytes))).toBe(true);
    const thumbnail = await web.app.request(`/dashboard/pending/${pledge.id}/proof?thumbnail=1`, { headers: { cookie: staff.cookie } });
    expect((await sharp(Buffer.from(await thumbnail.arrayBuffer())).metadata()).width).toBeLessThanOrEqual(320);

    expect((await web.app.request(`/dashboard/pending/${pledge.id}/proof`)).status).not.toBe(200);
    expect((await web.app.request(`/dashboard/pending/999999/proof`, { headers: { cookie: staff.cookie } })).status).toBe(404);
  });

  it("serves a PDF slip as a download, sandboxed: a PDF may carry JavaScript, and is never opened as this site", async () => {
    const partner = await registerCompany(web.bot, "pdf-web", "PT Pdf Web");
    const pledgeId = await pledge(web.bot, partner, "PADI 2jt");
    await partner.sendFile({ kind: "document", mimeType: "application/pdf", fileName: "slip.pdf", bytes: smallPdf() }, `/paid ${pledgeId}`);

    const staff = await signIn(web, "staff");
    for (const path of [`/dashboard/pending/${pledgeId}/proof`, `/dashboard/pending/${pledgeId}/proof?thumbnail=1`]) {
      const response = await web.app.request(path, { headers: { cookie: staff.cookie } });
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-type"), path).toBe("application/pdf");
      expect(response.headers.get("content-disposition"), path).toBe('attachment; filename="slip.pdf"');
      expect(response.headers.get("content-security-policy"), path).toBe("sandbox; default-src 'none'");
    }
  });
});
