import { pledgeStatusCommand } from "./pledge-status-command.js";

/** `/cancel ID`: a partner withdraws a pledge that staff have not confirmed yet. */
export const cancelCommand = pledgeStatusCommand({
  name: "cancel",
  aliases: ["batal", "batalkan", "취소"],
  access: "partner",
  action: "cancel",
});
