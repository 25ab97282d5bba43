import { describe, expect, it } from "vitest";
import { phonePhoto } from "../support/test-files.js";
import { useTestWeb } from "../support/test-web.js";

describe("public campaign pages", () => {
  const web = useTestWeb({ publicUrl: "https://peduli.example.org" });

  async function page(path: string, headers: Record<string, string> = {}) {
    const response = await web.app.request(path, { headers });
    return { response, body: await response.text() };
  }

  it("lists the active campaigns at /c, each linking to its page", async () => {
    const { response, body } = await page("/c?lang=en");
    expect(response.status).toBe(200);
    expect(body.startsWith("<!DOCTYPE html><html lang=\"en\">")).toBe(true);
    expect(body).toContain('href="/c/PADI?lang=en"');
    expect(body).toContain("K-Peduli campaigns");
  });

  it("shows a campaign: title, story, both bars, beneficiaries, the wall with the anonymous company, the update", async () => {
    const { response, body } = await page("/c/padi?lang=en");
    expect(response.status).toBe(200);
    expect(body).toMatch(/<h1>[^<]*\[DEMO\]<\/h1>/);
    expect(body).toContain('<progress id="progress-PADI-confirmed"');
    expect(body).toContain("Confirmed: Rp 50,000,000");
    expect(body).toContain("Pledged: Rp 90,000,000");
    expect(body).toContain("PT Contoh Seoul Indonesia (demo)");
    expect(body).toContain("Anonymous");
    expect(body).not.toContain("CV Percobaan Busan");
    expect(body).toContain("Example update: organic seed has been handed out in 2 villages.");
    expect(body).toMatch(/farmers: 45 of/);
  });

  it("shows an update's photo, served only as an image of an update of that public campaign", async () => {
    const sent = await web.bot.chat("staff").sendFile({ kind: "photo", mimeType: "image/jpeg", fileName: "field.jpg", bytes: await phonePhoto() }, "/update PADI Benih dibagikan di desa ketiga.");
    expect(sent).not.toContain("error");
    const update = await web.bot.database.db.campaignUpdate.findFirstOrThrow({ where: { photoFileId: { not: null } }, orderBy: { id: "desc" } });
    const { body } = await page("/c/PADI?lang=en");
    const photoPath = `/c/PADI/updates/${update.id}/photo`;
    expect(body).toContain(`<img src="${photoPath}?thumbnail=1" alt="Photo from this update"`);
    const photo = await web.app.request(photoPath);
    expect(photo.status).toBe(200);
    expect(photo.headers.get("content-type")).toBe("image/jpeg");
    expect(photo.headers.get("x-content-type-options")).toBe("nosniff");
    const stored = await web.bot.database.db.storedFile.findUniqueOrThrow({ where: { id: update.photoFileId! } });
    expect(Buffer.from(await photo.arrayBuffer()).equals(stored.bytes)).toBe(true);
    const thumbnail = await web.app.request(`${photoPath}?thumbnail=1`);
    expect(Buffer.from(await thumbnail.arrayBuffer()).equals(stored.thumbnail!)).toBe(true);
    // Another campaign's path, an update without a photo, a draft's: nothing.
    const withoutPhoto = await web.bot.database.db.campaignUpdate.findFirstOrThrow({ where: { photoFileId: null } });
    for (const path of [`/c/BTS/updates/${update.id}/photo`, `/c/PADI/updates/${withoutPhoto.id}/photo`, `/c/NOPE/updates/${update.id}/photo`]) {
      expect((await web.app.request(path)).status, path).toBe(404);
    }
  });

  it("speaks the browser's language without ?lang, and Indonesian by default", async () => {
    expect((await page("/c/PADI", { "accept-language": "ko-KR,ko;q=0.9" })).body).toContain("익명");
    expect((await page("/c/PADI")).body).toContain("Hamba Allah");
    expect((await page("/c/PADI?lang=en", { "accept-language": "ko" })).body).toContain('<html lang="en">');
  });

  it("carries Open Graph and Twitter tags pointing at the public address and the card image", async () => {
    const { body } = await page("/c/PADI?lang=en");
    expect(body).toContain('<meta property="og:url" content="https://peduli.example.org/c/PADI?lang=en"');
    expect(body).toContain('<meta property="og:image" content="https://peduli.example.org/c/PADI/card.svg?lang=en"');
    expect(body).toContain('<meta name="twitter:card" content="summary_large_image"');
    expect(body).toMatch(/<meta property="og:description" content="Rp 50,000,000 of Rp [\d,]+ confirmed"/);
  });

  it("draws the card image as SVG with the progress", async () => {
    const response = await web.app.request("/c/PADI/card.svg?lang=en");
    expect(response.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    const svg = await response.text();
    expect(svg).toMatch(/^<\?xml[^>]*>\n<svg /);
    expect(svg).toContain("Rp 50,000,000 of");
  });

  it("refuses unknown, malformed and draft campaigns with a 404 page", async () => {
    await web.bot.database.db.campaign.create({
      data: { code: "SECRET", title: { id: "Rahasia" }, story: { id: "-" }, target: 1n, startsOn: new Date(), endsOn: new Date(), status: "draft" },
    });
    for (const path of ["/c/NOPE", "/c/%3Cscript%3E", "/c/SECRET", "/c/SECRET/embed", "/c/SECRET/card.svg", "/nowhere"]) {
      const { response, body } = await page(path);
      expect(response.status, path).toBe(404);
      expect(body, path).not.toContain("Rahasia");
    }
  });

  it("never shows a phone number, a note or an anonymous company's name", async () => {
    const db = web.bot.database.db;
    const padi = await db.campaign.findUniqueOrThrow({ where: { code: "PADI" } });
    const organization = await db.organization.create({ data: { name: "PT Rahasia Sekali", nameKey: "pt rahasia sekali", city: "Bekasi", anonymous: true } });
    const member = await db.member.create({ data: { channel: "whatsapp", userId: "6281234567890", displayName: "Pak Budi 6281234567890", organizationId: organization.id } });
    const pledge = await db.pledge.create({
      data: { campaignId: padi.id, organizationId: organization.id, memberId: member.id, kind: "cash", amount: 1_000_000n, note: "catatan internal", sourceMessageId: "web-test:leak" },
    });
    await db.campaignPartnerTotal.create({ data: { campaignId: padi.id, organizationId: organization.id, pledged: pledge.amount, confirmed: 0n, livePledges: 1 } });
    for (const path of ["/c/PADI", "/c/PADI?lang=ko", "/c", "/c/PADI/embed", "/c/PADI/card.svg"]) {
      const { body } = await page(path);
      for (const secret of ["6281234567890", "1234567890", "catatan internal", "PT Rahasia Sekali", "Pak Budi", "Bekasi"]) {
        expect(body, `${path} leaks ${secret}`).not.toContain(secret);
      }
    }
  });

  it("shows a change at once, though pages are served from memory", async () => {
    const db = web.bot.database.db;
    expect((await page("/c/PADI?lang=en")).body).not.toContain("Fresh news");
    const padi = await db.campaign.findUniqueOrThrow({ where: { code: "PADI" } });
    await db.campaignUpdate.create({ data: { campaignId: padi.id, texts: { id: "Fresh news" }, author: "console:staff" } });
    expect((await page("/c/PADI?lang=en")).body).toContain("Fresh news");
  });

  it("escapes a campaign title: <script> shows as text", async () => {
    await web.bot.database.db.campaign.create({
      data: { code: "XSS", title: { id: '<script>alert("x")</script>' }, story: { id: "<img src=x onerror=alert(1)>" }, target: 100n, startsOn: new Date(), endsOn: new Date(), status: "active" },
    });
    for (const path of ["/c/XSS", "/c/XSS/embed", "/c/XSS/card.svg", "/c"]) {
      const { body } = await page(path);
      expect(body, path).not.toContain("<script>alert");
      expect(body, path).not.toContain("<img src=x");
      expect(body, path).toContain("&lt;script&gt;alert(");
    }
  });
});
