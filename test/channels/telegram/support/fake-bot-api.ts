import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { UserFromGetMe } from "grammy/types";

export const BOT_INFO: UserFromGetMe = {
  id: 7000000001,
  is_bot: true,
  first_name: "K-Peduli",
  username: "KPeduliBot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
} as UserFromGetMe;

export interface ApiCall {
  method: string;
  payload: Record<string, any>; // any: Bot API payloads are loose JSON; each test reads the fields it checks
  /** Files uploaded with the call (sendPhoto, sendDocument), by form field. */
  files?: Record<string, { name: string; bytes: Uint8Array }>;
}

/**
 * grammY sends uploads as a multipart stream, with terse part headers
 * (`content-disposition:form-data;name="x";filename=a.jpg`) that the Bot API takes and undici's
 * FormData parser does not: read the parts the way the Bot API does.
 */
async function readMultipart(body: AsyncIterable<Uint8Array>, contentType: string): Promise<Pick<ApiCall, "payload" | "files">> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of body) chunks.push(chunk);
  const raw = Buffer.concat(chunks);
  const boundary = Buffer.from(`--${/boundary=(.+)$/.exec(contentType)![1]!}`);
  const payload: ApiCall["payload"] = {};
  const files: NonNullable<ApiCall["files"]> = {};
  let at = raw.indexOf(boundary);
  while (at !== -1) {
    const next = raw.indexOf(boundary, at + boundary.length);
    if (next === -1) break;
    const part = raw.subarray(at + boundary.length, next).subarray(2, -2); // the CRLFs around each part
    const split = part.indexOf("\r\n\r\n");
    const head = part.subarray(0, split).toString("utf8");
    const value = part.subarray(split + 4);
    const name = /name="([^"]+)"/.exec(head)![1]!;
    const fileName = /filename=("?)([^";\r\n]+)\1/.exec(head)?.[2];
    if (fileName !== undefined) files[name] = { name: fileName, bytes: new Uint8Array(value) };
    else payload[name] = /^[[{]/.test(value.toString("utf8")) ? JSON.parse(value.toString("utf8")) : value.toString("utf8");
    at = next;
  }
  // The field holding a file refers to it as attach://<part name>.
  for (const [key, value] of Object.entries(payload)) {
    const field = typeof value === "string" ? /^attach:\/\/(.+)$/.exec(value)?.[1] : undefined;
    if (field && files[field]) files[key] = files[field];
  }
  return { payload, files };
}

export interface ApiFailure {
  error_code: number;
  description: string;
  parameters?: { retry_after?: number };
}

/**
 * The Telegram Bot API at grammY's `client.fetch` edge: records every call and answers at once,
 * like Telegram would, unless a test scripted a failure for the next call of a method.
 */
export function createFakeBotApi() {
  const calls: ApiCall[] = [];
  const failures = new Map<string, Array<ApiFailure | "network">>();
  const scripted = new Map<string, (payload: ApiCall["payload"]) => unknown>();
  let nextMessageId = 500;
  /** What `<root>/file/bot<token>/<file_path>` serves: files people "sent". */
  const downloads = new Map<string, Uint8Array>();

  function result(method: string, payload: ApiCall["payload"]): unknown {
    const answer = scripted.get(method);
    if (answer) return answer(payload);
    if (method === "getMe") return BOT_INFO;
    if (method === "sendMessage") {
      const chatId = String(payload.chat_id);
      const id = chatId.startsWith("@") ? -1009999999999 : Number(chatId);
      return { message_id: ++nextMessageId, date: 1_800_000_000, chat: { id, type: id < 0 ? "supergroup" : "private" }, text: payload.text };
    }
    if (method === "sendPhoto" || method === "sendDocument") {
      return { message_id: ++nextMessageId, date: 1_800_000_000, chat: { id: Number(payload.chat_id), type: "private" }, caption: payload.caption };
    }
    if (method === "getUpdates") return [];
    return true;
  }

  const fetch = (async (url: string | URL, init?: { body?: unknown; headers?: Record<string, string> }) => {
    const download = /\/file\/bot[^/]+\/(.+)$/.exec(String(url))?.[1];
    if (download !== undefined) {
      calls.push({ method: "download", payload: { path: download } });
      const bytes = downloads.get(download);
      return bytes ? new Response(bytes) : new Response("Not Found", { status: 404 });
    }
    const method = String(url).split("/").pop()!;
    const sent = init?.body;
    const call: ApiCall =
      typeof sent === "string" ? { method, payload: JSON.parse(sent) }
      : sent && typeof sent === "object" && Symbol.asyncIterator in sent ? { method, ...(await readMultipart(sent as AsyncIterable<Uint8Array>, init?.headers?.["content-type"] ?? "")) }
      : { method, payload: {} };
    calls.push(call);
    const payload = call.payload;
    const failure = failures.get(method)?.shift();
    if (failure === "network") throw Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:9"), { code: "ECONNREFUSED" });
    const body = failure ? { ok: false, ...failure } : { ok: true, result: result(method, payload) };
    return new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } });
  }) as unknown as typeof globalThis.fetch;

  return {
    fetch,
    calls,
    /** The next call(s) of `method` fail like this, in order. */
    failNext(method: string, ...outcomes: Array<ApiFailure | "network">) {
      failures.set(method, [...(failures.get(method) ?? []), ...outcomes]);
    },
    /** From now on, `method` answers with what `answer` returns (getChatAdministrators, getChat, ...). */
    answer(method: string, answer: (payload: ApiCall["payload"]) => unknown) {
      scripted.set(method, answer);
    },
    callsOf: (method: string) => calls.filter((call) => call.method === method),
    /** A file a person sent: getFile answers with its path, and the path serves its bytes. */
    offerFile(fileId: string, bytes: Uint8Array) {
      const path = `documents/${fileId}`;
      downloads.set(path, bytes);
      const previous = scripted.get("getFile");
      scripted.set("getFile", (payload) =>
        payload.file_id === fileId ? { file_id: fileId, file_unique_id: fileId, file_size: bytes.byteLength, file_path: path } : previous?.(payload),
      );
    },
    /** Calls made from now on. */
    mark() {
      const start = calls.length;
      return () => calls.slice(start);
    },
  };
}

export type FakeBotApi = ReturnType<typeof createFakeBotApi>;

/**
 * The same fake Bot API on a local HTTP port, for a bot in another process
 * (TELEGRAM_API_ROOT=url). Calls are recorded here, in the test's process, as they arrive: a
 * bot killed mid-send leaves exactly what "Telegram" received.
 */
export async function serveFakeBotApi(api: ReturnType<typeof createFakeBotApi>): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", async () => {
      const answer = await api.fetch(`http://fake${request.url}`, { body: Buffer.concat(chunks).toString("utf8") || undefined });
      response.writeHead(answer.status, { "content-type": "application/json" }).end(await answer.text());
    });
  });
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((closed) => server.close(() => closed())),
  };
}
