import { pledgeStatusCommand } from "./pledge-status-command.js";

/** `/reject ID REASON`: staff refuse a pledge; the reason is shown to the partner. */
export const rejectCommand = pledgeStatusCommand({
  name: "reject",
  aliases: ["tolak", "거절"],
  access: "staff",
  action: "reject",
});
