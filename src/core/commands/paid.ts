import { pledgeStatusCommand } from "./pledge-status-command.js";

/** `/paid ID`: the partner reports the transfer; staff then confirm it. */
export const paidCommand = pledgeStatusCommand({
  name: "paid",
  aliases: ["bayar", "sudahbayar", "lunas", "송금"],
  access: "partner",
  action: "report-paid",
});
