import { pledgeStatusCommand } from "./pledge-status-command.js";

/** `/delivered ID`: staff record that pledged goods were handed over. */
export const deliveredCommand = pledgeStatusCommand({
  name: "delivered",
  aliases: ["diserahkan", "terkirim", "전달"],
  access: "staff",
  action: "deliver",
});
