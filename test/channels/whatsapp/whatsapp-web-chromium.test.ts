import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { describeStartFailure } from "../../../src/channels/whatsapp/whatsapp-web-channel.js";
import { createWhatsAppWebClient } from "../../../src/channels/whatsapp/whatsapp-web-client.js";

const CHROMIUM = process.env.WHATSAPP_CHROMIUM_PATH ?? "/usr/bin/chromium";
const present = existsSync(CHROMIUM);
if (!present) process.stdout.write(`SKIP whatsapp-web.js in Chromium: ${CHROMIUM} is absent (apt-get install -y chromium; .ci/run does)\n`);

describe.skipIf(!present)("whatsapp-web.js in the real Chromium", () => {
  it("launches the browser and reports offline WhatsApp Web as unreachable, then closes cleanly", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "kpeduli-wa-"));
    const client = createWhatsAppWebClient({ chromiumPath: CHROMIUM, dataDir });
    try {
      const failure = await client.initialize().then(
        () => undefined,
        (error: unknown) => error,
      );
      // This machine reaches no WhatsApp server; where one does, initialize succeeds and waits for a QR scan.
      expect(failure, "WhatsApp Web was reachable; this test expects an offline machine").toBeDefined();
      expect(describeStartFailure(failure)).toMatch(/^WhatsApp Web cannot be reached \(net::ERR_[A-Z_]+\)/);
    } finally {
      await client.destroy();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
