import { joinDecisionCommand } from "./join-decision-command.js";

/** `/approve ID`: a colleague or staff let a person act for the company they asked to join. */
export const approveCommand = joinDecisionCommand({ name: "approve", aliases: ["setujui", "terima", "승인"], approve: true });
