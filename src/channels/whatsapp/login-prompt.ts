import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import QRCode from "qrcode";
import type { Logger } from "../../logger.js";

/**
 * Shows whoever runs the bot how to link the WhatsApp account: the QR code in the terminal and
 * as a PNG file (for a server without a screen, copy it off), or the pairing code to type on
 * the phone.
 */
export interface LoginPrompt {
  showQr(qr: string): Promise<void>;
  showPairingCode(code: string): void;
}

export function createLoginPrompt(deps: { dataDir: string; terminal: { write(text: string): unknown }; logger: Logger }): LoginPrompt {
  const pngPath = join(deps.dataDir, "whatsapp-qr.png");
  return {
    async showQr(qr) {
      await mkdir(deps.dataDir, { recursive: true });
      const [picture] = await Promise.all([QRCode.toString(qr, { type: "terminal", small: true }), QRCode.toFile(pngPath, qr, { type: "png" })]);
      deps.terminal.write(
        `\nWhatsApp: scan this QR code with the phone (WhatsApp › Linked devices › Link a device).\n${picture}\nAlso saved as ${pngPath}\n`,
      );
      deps.logger.info({ file: pngPath }, "whatsapp login QR code shown");
    },
    showPairingCode(code) {
      deps.terminal.write(`\nWhatsApp: on the phone open Linked devices › Link with phone number, and type the code ${code}\n`);
      deps.logger.info("whatsapp pairing code shown");
    },
  };
}
