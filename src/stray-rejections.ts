import type { Logger } from "./logger.js";

/**
 * Node ends the process on a promise rejection nobody handles. Libraries start work of their own
 * (whatsapp-web.js's page handlers, for one) whose failure lands there; one channel's stray
 * failure must not stop Telegram and the rest, so it is logged and the process keeps running.
 */
export function keepRunningOnStrayRejections(logger: Logger, target: NodeJS.Process = process): void {
  target.on("unhandledRejection", (reason) => {
    logger.error({ err: reason }, "a promise failed with nobody waiting for it; the bot keeps running");
  });
}
