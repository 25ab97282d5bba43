import type { Paper } from "../../documents/paper-pdf.js";
import type { Campaign, CampaignGoal, Organization, Pledge } from "../../generated/prisma/client.js";
import type { CampaignTotals } from "../use-cases/campaign-totals.js";
import { campaignTitle, goalLines, type ViewCtx } from "./campaign-view.js";
import { pledgeWhat } from "./pledge-view.js";

/** What a company's CSR certificate for one campaign holds, all of it already read by the caller. */
export interface CertificateFacts {
  campaign: Campaign;
  organization: Organization;
  /** The company's confirmed and delivered pledges to the campaign. */
  gifts: readonly Pledge[];
  /** The company's confirmed total (its counter). */
  given: bigint;
  totals: CampaignTotals;
  goals: readonly CampaignGoal[];
  photos: readonly Uint8Array[];
}

/** A one- or two-page CSR certificate in the company's language, for its head office's report. */
export function certificatePaper(ctx: ViewCtx, facts: CertificateFacts): Paper {
  const title = campaignTitle(ctx, facts.campaign);
  return {
    title: ctx.t("certificate-title"),
    issuer: ctx.t("paper-issuer"),
    reference: `${facts.campaign.code} · ${ctx.format.date(facts.campaign.closedAt ?? ctx.now)}`,
    intro: ctx.t("certificate-intro", { company: facts.organization.name, code: facts.campaign.code, title }),
    fields: [
      { label: ctx.t("receipt-company"), value: facts.organization.name },
      { label: ctx.t("receipt-campaign"), value: `${facts.campaign.code} · ${title}` },
      { label: ctx.t("certificate-period"), value: `${ctx.format.date(facts.campaign.startsOn)} – ${ctx.format.date(facts.campaign.endsOn)}` },
      { label: ctx.t("certificate-given"), value: ctx.format.rupiah(facts.given) },
      { label: ctx.t("certificate-campaign-total"), value: ctx.format.rupiah(facts.totals.confirmed) },
      { label: ctx.t("certificate-companies"), value: ctx.format.number(facts.totals.companies) },
      ...(facts.campaign.regions.length > 0 ? [{ label: ctx.t("certificate-regions"), value: facts.campaign.regions.join(", ") }] : []),
    ],
    sections: [
      { heading: ctx.t("certificate-gifts"), lines: facts.gifts.map((gift) => `#${gift.id} · ${pledgeWhat(ctx, gift)}`) },
      { heading: ctx.t("certificate-reached"), lines: goalLines(ctx, facts.goals) },
    ],
    ...(facts.photos.length > 0 && { photos: { heading: ctx.t("certificate-photos"), images: facts.photos } }),
    signature: ctx.t("certificate-signature"),
    footer: ctx.t("receipt-footer"),
    issuedAt: facts.campaign.closedAt ?? ctx.now,
  };
}
