import { EventEmitter, once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface GraphRequest {
  method: string;
  path: string;
  authorization?: string;
  body: Record<string, unknown> & {
    to?: string;
    type?: string;
    text?: { body: string };
    template?: { name: string; language: { code: string }; components?: { type: string; parameters: Record<string, unknown>[] }[] };
    image?: { id: string; caption?: string };
    document?: { id: string; caption?: string; filename?: string };
  };
  /** A media upload's file (multipart POST /PHONE_NUMBER_ID/media). */
  upload?: { mimeType: string; fileName: string; bytes: Uint8Array; mediaId: string };
}

/** A file a person sent, as Meta keeps it: GET /vXX/MEDIA_ID describes it, its URL serves it. */
export interface FakeMedia {
  bytes: Uint8Array;
  mimeType: string;
  /** What Meta says the size is (defaults to the bytes' length). */
  fileSize?: number;
}

export interface FakeGraphApi {
  /** Base URL to use instead of https://graph.facebook.com. */
  url: string;
  requests: GraphRequest[];
  /** Decides the answer to a send; the default accepts it. */
  answer: (request: GraphRequest) => { status: number; body: unknown };
  /** Media people sent, by media id. */
  media: Map<string, FakeMedia>;
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
    media: new Map(),
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
    const raw = Buffer.concat(chunks);
    const contentType = request.headers["content-type"] ?? "";
    const recorded: GraphRequest = {
      method: request.method ?? "",
      path: request.url ?? "",
      authorization: request.headers.authorization,
      body: contentType.startsWith("multipart/") ? {} : JSON.parse(raw.toString("utf8") || "{}"),
    };
    if (contentType.startsWith("multipart/")) {
      const file = (await new Response(raw, { headers: { "content-type": contentType } }).formData()).get("file") as File;
      recorded.upload = { mimeType: file.type, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()), mediaId: `uploaded${++sequence}` };
    }
    const mediaId = /^\/v[\d.]+\/(\w+)$/.exec(recorded.path)?.[1];
    const downloadId = /^\/download\/(\w+)$/.exec(recorded.path)?.[1];
    const stored = fake.media.get(mediaId ?? downloadId ?? "");
    if (recorded.method === "GET" && stored && mediaId) {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ messaging_product: "whatsapp", url: `${fake.url}/download/${mediaId}`, mime_type: stored.mimeType, sha256: "x", file_size: String(stored.fileSize ?? stored.bytes.byteLength), id: mediaId }));
    } else if (recorded.method === "GET" && stored) {
      response.writeHead(200, { "content-type": stored.mimeType });
      response.end(Buffer.from(stored.bytes));
    } else if (recorded.upload) {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ id: recorded.upload.mediaId }));
    } else {
      const { status, body } = fake.answer(recorded);
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(body));
    }
    fake.requests.push(recorded);
    arrivals.emit("request");
  });
  server.keepAliveTimeout = 1_000;
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}
