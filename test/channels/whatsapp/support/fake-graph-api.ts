import { EventEmitter, once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface GraphRequest {
  method: string;
  path: string;
  authorization?: string;
  body: Record<string, unknown> & { to?: string; type?: string; text?: { body: string }; template?: { name: string; language: { code: string } } };
}

export interface FakeGraphApi {
  /** Base URL to use instead of https://graph.facebook.com. */
  url: string;
  requests: GraphRequest[];
  /** Decides the answer to a send; the default accepts it. */
  answer: (request: GraphRequest) => { status: number; body: unknown };
  /** Resolves once `count` requests in all have arrived. */
  waitFor(count: number): Promise<void>;
  close(): Promise<void>;
}

let sequence = 0;

/** A message id in Meta's shape: "wamid." and base64 of the recipient and a unique key (e.g. wamid.HBgLMTY0NjcwNDM1OTUVAgARGBI1RjQy…). */
function wamid(to: string): string {
  const key = (++sequence).toString(16).toUpperCase().padStart(18, "0");
  return `wamid.${Buffer.from(`\x18\x0d${to}\x15\x02\x00\x11\x18\x12${key}\x00`, "latin1").toString("base64")}`;
}

/** The Graph API's /messages endpoint on loopback, recording every call. */
export async function startFakeGraphApi(): Promise<FakeGraphApi> {
  const arrivals = new EventEmitter();
  const fake: FakeGraphApi = {
    url: "",
    requests: [],
    answer: (request) => ({
      status: 200,
      body: { messaging_product: "whatsapp", contacts: [{ input: request.body.to, wa_id: request.body.to }], messages: [{ id: wamid(String(request.body.to)) }] },
    }),
    async waitFor(count) {
      while (fake.requests.length < count) await once(arrivals, "request");
    },
    close: () => new Promise((done) => server.close(() => done())),
  };
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const recorded: GraphRequest = {
      method: request.method ?? "",
      path: request.url ?? "",
      authorization: request.headers.authorization,
      body: JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}"),
    };
    const { status, body } = fake.answer(recorded);
    response.writeHead(status, { "content-type": "application/json" });
    response.end(JSON.stringify(body));
    fake.requests.push(recorded);
    arrivals.emit("request");
  });
  server.keepAliveTimeout = 1_000;
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}
