import type { DbClient } from "../../db/database.js";
import type { Campaign } from "../../generated/prisma/client.js";
import type { Notifier } from "../notifier.js";
import { certificatePaper, type CertificateFacts } from "../views/certificate-paper.js";
import { loadCampaignTotals, NO_TOTALS } from "./campaign-totals.js";
import { storeFile } from "./stored-files.js";

/** The photos a certificate shows at most, newest first; a PDF embeds JPEG and PNG as they are. */
const MAX_PHOTOS = 4;
const EMBEDDABLE_PHOTOS = ["image/jpeg", "image/png"];

type CampaignFacts = Pick<CertificateFacts, "campaign" | "totals" | "goals" | "photos">;

/** What every company's certificate of a campaign shares, read once. */
async function loadCampaignFacts(db: DbClient, campaign: Campaign): Promise<CampaignFacts> {
  const [totals, goals, updates] = await Promise.all([
    loadCampaignTotals(db, [campaign.id]),
    db.campaignGoal.findMany({ where: { campaignId: campaign.id }, orderBy: { key: "asc" } }),
    db.campaignUpdate.findMany({
      where: { campaignId: campaign.id, photoFile: { mimeType: { in: EMBEDDABLE_PHOTOS } } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: MAX_PHOTOS,
      select: { photoFile: { select: { bytes: true } } },
    }),
  ]);
  const photos = updates.flatMap((update) => (update.photoFile ? [new Uint8Array(update.photoFile.bytes)] : []));
  return { campaign, totals: totals.get(campaign.id) ?? NO_TOTALS, goals, photos };
}

/**
 * Writes, stores and sends one company's certificate: in the language of its first contact, to
 * everyone acting for it, keyed by `requestKey` so one close (or one re-send) sends it once.
 * `given` is its confirmed total (its counter). Undefined when it gave nothing confirmed.
 */
async function sendCertificate(tx: DbClient, shared: CampaignFacts, organizationId: number, given: bigint, notify: Notifier, requestKey: string) {
  if (given <= 0n) return undefined;
  const [organization, gifts, contact] = await Promise.all([
    tx.organization.findUnique({ where: { id: organizationId } }),
    tx.pledge.findMany({ where: { campaignId: shared.campaign.id, organizationId, status: { in: ["confirmed", "delivered"] } }, orderBy: { id: "asc" } }),
    tx.member.findFirst({ where: { organizationId }, orderBy: { id: "asc" }, select: { locale: true } }),
  ]);
  if (!organization) return undefined;
  const ctx = notify.viewIn(contact?.locale ?? "id");
  const { renderPaperPdf } = await import("../../documents/paper-pdf.js");
  const pdf = await renderPaperPdf(certificatePaper(ctx, { ...shared, organization, gifts, given }));
  const file = await storeFile(tx, { bytes: pdf, mimeType: "application/pdf", fileName: `CSR-${shared.campaign.code}-${organizationId}.pdf` });
  await notify.company(organizationId, undefined, {
    requestKey,
    write: (view) => view.t("notice-certificate", { code: shared.campaign.code, company: organization.name }),
    attachments: { id: file.id },
  });
  return { organization, fileId: file.id, pdf };
}

/**
 * A closed campaign's CSR certificates: each company with a confirmed gift gets its own, in the
 * closing transaction, so a close that rolls back sends none and a second close sends none again.
 */
export async function sendCsrCertificates(tx: DbClient, campaign: Campaign, notify: Notifier): Promise<number> {
  const shared = await loadCampaignFacts(tx, campaign);
  const givers = await tx.campaignPartnerTotal.findMany({ where: { campaignId: campaign.id, confirmed: { gt: 0 } }, orderBy: { organizationId: "asc" } });
  let sent = 0;
  for (const giver of givers) {
    if (await sendCertificate(tx, shared, giver.organizationId, giver.confirmed, notify, `certificate:${campaign.id}:${giver.organizationId}:close`)) sent += 1;
  }
  return sent;
}

/** One company's certificate again (`/certificate CODE COMPANY`), keyed by the staff message that asked. */
export async function resendCsrCertificate(tx: DbClient, campaign: Campaign, organizationId: number, notify: Notifier, requestKey: string) {
  const total = await tx.campaignPartnerTotal.findUnique({ where: { campaignId_organizationId: { campaignId: campaign.id, organizationId } } });
  return sendCertificate(tx, await loadCampaignFacts(tx, campaign), organizationId, total?.confirmed ?? 0n, notify, requestKey);
}
