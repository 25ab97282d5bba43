import { Agent, request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWebServer, type WebServer } from "../../src/web/start-web-server.js";
import { heapUsedAfterGc, megabytes } from "../support/heap.js";
import { useTestWeb } from "../support/test-web.js";

const HOSTS = 300;
const CODES = 500;

/** A made-up host name of about `length` characters, different each call. */
function madeUpHost(length: number, seed: number): string {
  const label = `h${seed}x`.padEnd(60, "q");
  return Array.from({ length: Math.ceil(length / 61) }, () => label).join(".").slice(0, length);
}

describe("public pages under a flood of made-up hosts and codes, WEB_PUBLIC_URL unset", () => {
  const web = useTestWeb();
  let server: WebServer;
  const agent = new Agent({ keepAlive: true, maxSockets: 8 });

  /** GETs `path` with raw headers (fetch may not set Host); resolves with the status and body. */
  function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
    const { port } = new URL(server.url);
    return new Promise((done, fail) => {
      const sent = request({ host: "127.0.0.1", port, path, headers, agent }, (response) => {
        let body = "";
        response.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
        response.on("end", () => done({ status: response.statusCode!, body }));
      });
      sent.on("error", fail).end();
    });
  }

  async function flood(count: number, send: (index: number) => Promise<{ status: number }>): Promise<number[]> {
    const statuses: number[] = [];
    for (let start = 0; start < count; start += 20) {
      statuses.push(...(await Promise.all(Array.from({ length: Math.min(20, count - start) }, (_, offset) => send(start + offset)))).map((answer) => answer.status));
    }
    return statuses;
  }

  beforeAll(async () => {
    server = await startWebServer(web.deps, { host: "127.0.0.1", port: 0 });
  });
  afterAll(async () => {
    agent.destroy();
    await server?.stop();
  });

  it("never puts the request's Host in a page, and names no address in the share tags without WEB_PUBLIC_URL", async () => {
    const { status, body } = await get("/c/PADI?lang=en", { host: "evil.example" });
    expect(status).toBe(200);
    expect(body).not.toContain("evil.example");
    expect(body).not.toContain('property="og:url"');
    expect(body).not.toContain('property="og:image"');
    expect(body).toContain('<meta property="og:title"');
    expect(body).toContain('<img class="card" src="/c/PADI/card.svg?lang=en"');
    const embed = await get("/c/PADI/embed?lang=en", { host: "evil.example" });
    expect(embed.body).not.toContain("evil.example");
    expect(embed.body).toContain('href="/c/PADI?lang=en"');
  });

  it(`keeps the heap flat over ${HOSTS} requests for a campaign page, each with a different 15 kB Host`, async () => {
    await get("/c/PADI?lang=en");
    const before = await heapUsedAfterGc();
    const statuses = await flood(HOSTS, (index) => get("/c/PADI?lang=en", { host: madeUpHost(15_000, index) }));
    const grown = (await heapUsedAfterGc()) - before;
    console.info(`public page, ${HOSTS} made-up 15 kB hosts: heap +${megabytes(grown)} MB`);
    expect(statuses).toEqual(Array(HOSTS).fill(200));
    expect(megabytes(grown)).toBeLessThan(4);
  });

  it(`keeps the heap flat over ${CODES} requests for made-up 14 kB codes and ${CODES} for codes that could exist but do not`, async () => {
    await get("/c/NOPE");
    const before = await heapUsedAfterGc();
    const long = await flood(CODES, (index) => get(`/c/${String(index).padStart(14_000, "X")}`));
    const plausible = await flood(CODES, (index) => get(`/c/Z${String(index).padStart(11, "0")}`));
    const grown = (await heapUsedAfterGc()) - before;
    console.info(`public page, ${CODES} made-up 14 kB codes and ${CODES} unknown codes: heap +${megabytes(grown)} MB`);
    expect([...long, ...plausible]).toEqual(Array(2 * CODES).fill(404));
    expect(megabytes(grown)).toBeLessThan(4);
  });
});
