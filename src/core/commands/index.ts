import type { Command } from "../command.js";
import { approveCommand } from "./approve.js";
import { broadcastCommand } from "./broadcast.js";
import { broadcastsCommand } from "./broadcasts.js";
import { campaignCommand } from "./campaign.js";
import { dashboardCommand } from "./dashboard.js";
import { campaignsCommand } from "./campaigns.js";
import { certificateCommand } from "./certificate.js";
import { chartCommand } from "./chart.js";
import { exportCommand } from "./export.js";
import { cancelCommand } from "./cancel.js";
import { closeCommand } from "./close.js";
import { confirmCommand } from "./confirm.js";
import { declineCommand } from "./decline.js";
import { deliveredCommand } from "./delivered.js";
import { editCampaignCommand } from "./edit-campaign.js";
import { helpCommand } from "./help.js";
import { langCommand } from "./lang.js";
import { membersCommand } from "./members.js";
import { myPledgesCommand } from "./my-pledges.js";
import { newCampaignCommand } from "./new-campaign.js";
import { paidCommand } from "./paid.js";
import { pendingCommand } from "./pending.js";
import { pinCommand } from "./pin.js";
import { pledgeCommand } from "./pledge.js";
import { preregisterPhoneCommand } from "./preregister-phone.js";
import { proofCommand } from "./proof.js";
import { registerCommand } from "./register.js";
import { rejectCommand } from "./reject.js";
import { reopenCommand } from "./reopen.js";
import { scheduleCommand } from "./schedule.js";
import { staffCommand } from "./staff.js";
import { startCommand } from "./start.js";
import { stopCommand } from "./stop.js";
import { subscribeCommand } from "./subscribe.js";
import { topCommand } from "./top.js";
import { totalCommand } from "./total.js";
import { unpinCommand } from "./unpin.js";
import { unsubscribeCommand } from "./unsubscribe.js";
import { updateCommand } from "./update.js";

/** Every command, in the order /help lists them. */
export const COMMANDS: readonly Command[] = [
  startCommand,
  helpCommand,
  langCommand,
  campaignsCommand,
  campaignCommand,
  chartCommand,
  totalCommand,
  topCommand,
  subscribeCommand,
  unsubscribeCommand,
  stopCommand,
  registerCommand,
  pledgeCommand,
  myPledgesCommand,
  paidCommand,
  proofCommand,
  cancelCommand,
  membersCommand,
  approveCommand,
  declineCommand,
  newCampaignCommand,
  editCampaignCommand,
  closeCommand,
  reopenCommand,
  confirmCommand,
  rejectCommand,
  deliveredCommand,
  updateCommand,
  pinCommand,
  unpinCommand,
  pendingCommand,
  staffCommand,
  preregisterPhoneCommand,
  broadcastCommand,
  broadcastsCommand,
  scheduleCommand,
  dashboardCommand,
  exportCommand,
  certificateCommand,
];
