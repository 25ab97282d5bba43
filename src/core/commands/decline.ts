import { joinDecisionCommand } from "./join-decision-command.js";

/** `/decline ID`: a colleague or staff turn a join request down; the person is told. */
export const declineCommand = joinDecisionCommand({ name: "decline", aliases: ["tolakgabung", "거부"], approve: false });
