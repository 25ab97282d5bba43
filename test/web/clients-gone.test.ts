import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/logger.js";
import { startWebServer, type WebServer } from "../../src/web/start-web-server.js";
import { fillPledges } from "../../bench/support/fill-pledges.js";
import { signIn, useTestWeb, type SignedIn } from "../support/test-web.js";
import { waitUntil } from "../support/wait-until.js";

describe("the web server when clients go away mid-request", () => {
  const web = useTestWeb();
  const lines: Array<Record<string, unknown>> = [];
  let server: WebServer;
  let staff: SignedIn;

  beforeAll(async () => {
    const logger = createLogger({ level: "info", destination: { write: (line: string) => void lines.push(JSON.parse(line)) } });
    server = await startWebServer({ ...web.deps, logger }, { host: "127.0.0.1", port: 0 });
    staff = await signIn(web, "staff");
  });
  afterAll(() => server?.stop());

  /** Starts a dashboard form POST declaring `length` bytes and sending `body`, as a signed-in browser. */
  function startPost(path: string, body: string, length = 1000) {
    const { hostname, port, origin } = new URL(server.url);
    const socket = connect(Number(port), hostname);
    socket.on("error", () => {});
    socket.write(
      `POST ${path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nOrigin: ${origin}\r\nCookie: ${staff.cookie}\r\n` +
        `Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ${length}\r\n\r\n${body}`,
    );
    return socket;
  }

  it("notes 20 dashboard forms cut off mid-body as one warning, not an error each", async () => {
    const sockets = Array.from({ length: 20 }, () => startPost("/dashboard/schedules", `_csrf=${staff.csrf}&cron=`));
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (const socket of sockets) socket.destroy();
    await waitUntil("the server notes it", () => lines.some((line) => Number(line.level) >= 40));
    expect((await fetch(`${server.url}/c`)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(lines.map(({ level, kind }) => ({ level, kind }))).toEqual([{ level: 40, kind: "web" }]);
  });

  it("notes a download the browser gave up on as a warning, not as an export that failed", async () => {
    await fillPledges(web.bot.database.db, { pledges: 20_000, organizations: 200 });
    lines.length = 0;
    const form = `_csrf=${staff.csrf}&format=csv&campaign=BENCH`;
    const socket = startPost("/dashboard/exports/download", form, form.length);
    // The first bytes of the file have come: the browser closes the tab.
    await new Promise((resolve) => socket.once("data", resolve));
    socket.destroy();
    await waitUntil("the server notes it", () => lines.some((line) => Number(line.level) >= 40));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(lines.map(({ level, kind }) => ({ level, kind }))).toEqual([{ level: 40, kind: "export download" }]);
  });
});
