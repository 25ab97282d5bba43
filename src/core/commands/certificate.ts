import type { Command } from "../command.js";
import { reply } from "../context.js";
import { UserError } from "../user-error.js";
import { findCampaignByCode } from "../use-cases/campaign-code.js";
import { findOrganizationByName } from "../use-cases/register-organization.js";
import { resendCsrCertificate } from "../use-cases/send-csr-certificates.js";

/**
 * `/certificate CODE COMPANY` (staff): sends a company its CSR certificate for a closed campaign
 * again, and shows it to the staff member too. Audited; a redelivered message sends it once.
 */
export const certificateCommand: Command = {
  name: "certificate",
  aliases: ["sertifikat", "인증서"],
  access: "staff",
  async run(ctx, args) {
    const [code = "", ...companyWords] = args.trim().split(/\s+/);
    const companyName = companyWords.join(" ");
    if (!code || !companyName) throw new UserError("usage-certificate");
    if (companyName.length > 120) throw new UserError("error-too-long", { max: 120 });
    const campaign = await findCampaignByCode(ctx.db, code);
    if (campaign.status !== "closed") throw new UserError("error-certificate-not-closed", { code: campaign.code });
    const organization = await findOrganizationByName(ctx.db, companyName);
    if (!organization) throw new UserError("error-unknown-company", { company: companyName });
    const requestKey = `certificate:${campaign.id}:${organization.id}:${ctx.message.channel}:${ctx.message.messageId}`;
    const sent = await resendCsrCertificate(ctx.db, campaign, organization.id, ctx.notify, requestKey);
    if (!sent) throw new UserError("error-certificate-nothing-given", { code: campaign.code, company: organization.name });
    await ctx.db.auditLog.create({
      data: { actor: ctx.identity, action: "certificate.send", entity: "Organization", entityId: String(organization.id), after: { campaign: campaign.code, fileId: sent.fileId } },
    });
    return [
      {
        text: ctx.t("certificate-sent", { code: campaign.code, company: organization.name }),
        attachment: { kind: "document", mimeType: "application/pdf", fileName: `CSR-${campaign.code}-${organization.id}.pdf`, bytes: sent.pdf },
      },
    ];
  },
};
