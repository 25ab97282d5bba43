import type { Command } from "../command.js";
import { startFlow } from "../flow.js";
import { registerFlow } from "../flows/register-flow.js";

export const registerCommand: Command = {
  name: "register",
  aliases: ["daftar", "등록"],
  access: "everyone",
  run: (ctx, args) => startFlow(ctx, registerFlow, args),
};
