import { pledgeStatusCommand } from "./pledge-status-command.js";

/** `/confirm ID`: staff saw the money or the goods arrive. */
export const confirmCommand = pledgeStatusCommand({
  name: "confirm",
  aliases: ["konfirmasi", "확인"],
  access: "staff",
  action: "confirm",
});
