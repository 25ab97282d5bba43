import { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import type { PledgeKind } from "../../generated/prisma/client.js";
import { sqlIn, type DbClient } from "../../db/database.js";
import { writeExportInWorker } from "../../documents/export-in-worker.js";
import type { CompanyTotalRow, PledgeExportLabels, PledgeExportRow } from "../../documents/pledge-export.js";
import { jakartaDayStart, readCalendarDate } from "../jakarta-time.js";
import { UserError } from "../user-error.js";
import type { ViewCtx } from "../views/campaign-view.js";
import { findCampaignByCode } from "./campaign-code.js";
import { pledgeWhat } from "../views/pledge-view.js";

/** Which pledges an export holds: one campaign or all, made in [from, to). */
export interface ExportFilter {
  campaignId?: number;
  from?: Date;
  to?: Date;
}

/** An export as asked for: the filter, and the campaign code and days it was asked with. */
export interface ExportRequest {
  filter: ExportFilter;
  code?: string;
  /** Jakarta calendar days, both included (UTC-midnight Dates). */
  range?: readonly [Date, Date];
}

const DAY_MS = 86_400_000;

/**
 * Reads what staff typed or picked (a campaign code or none, two days or none) into a filter on
 * the pledges' creation time, Jakarta days with both ends included. Anything unclear is refused.
 */
export async function readExportRequest(db: DbClient, asked: { code?: string; from?: string; to?: string }, now: Date): Promise<ExportRequest> {
  if ((asked.from === undefined) !== (asked.to === undefined)) throw new UserError("usage-export");
  const from = asked.from === undefined ? undefined : readCalendarDate(asked.from, now);
  const to = asked.to === undefined ? undefined : readCalendarDate(asked.to, now);
  if ((asked.from !== undefined && !from) || (asked.to !== undefined && !to)) throw new UserError("usage-export");
  if (from && to && from.getTime() > to.getTime()) throw new UserError("error-export-range");
  const campaign = asked.code ? await findCampaignByCode(db, asked.code) : undefined;
  return {
    filter: {
      ...(campaign && { campaignId: campaign.id }),
      ...(from && to && { from: jakartaDayStart(from), to: jakartaDayStart(new Date(to.getTime() + DAY_MS)) }),
    },
    ...(campaign && { code: campaign.code }),
    ...(from && to && { range: [from, to] as const }),
  };
}

/** The request as the dashboard's export form reads it (`campaign`, `from`, `to`), to link to the same export there. */
export function exportFormQuery(request: ExportRequest): string {
  const days = request.range?.map((day) => day.toISOString().slice(0, 10));
  return new URLSearchParams({ ...(request.code && { campaign: request.code }), ...(days && { from: days[0]!, to: days[1]! }) }).toString();
}

/** `pledges-BTS-2026-11-01-2026-11-30.csv` */
export function exportFileName(request: ExportRequest, format: ExportFormat): string {
  const days = (request.range ?? []).map((day) => day.toISOString().slice(0, 10));
  return `${["pledges", request.code ?? "all", ...days].join("-")}.${format}`;
}

/** Who took which pledges, from the chat or the dashboard: exports are in the audit log. */
export async function auditExport(db: DbClient, actor: string, request: ExportRequest, format: ExportFormat | "csv+xlsx"): Promise<void> {
  await db.auditLog.create({
    data: {
      actor,
      action: "pledges.export",
      entity: "Campaign",
      entityId: request.code ?? "*",
      after: { format, range: request.range?.map((day) => day.toISOString().slice(0, 10)) ?? null },
    },
  });
}

export const EXPORT_MIME_TYPES = { csv: "text/csv", xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" } as const;

/** Rows read per query: keyset pages by pledge id, so memory stays flat at any size. */
const BATCH_SIZE = 1_000;
/** Times are UTC (Prisma's DateTime), read as the text the files show rather than parsed into a Date and printed back. */
const ISO_8601 = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;
const LIVE_STATUSES = new Set(["pledged", "transfer_reported", "confirmed", "delivered"]);
const CONFIRMED_STATUSES = new Set(["confirmed", "delivered"]);

interface ExportedPledge {
  id: number;
  campaignId: number;
  code: string;
  organizationId: number;
  company: string;
  channel: string;
  kind: PledgeKind;
  amount: bigint;
  itemDescription: string | null;
  itemQuantity: number | null;
  itemUnitValue: bigint | null;
  status: string;
  createdAt: string;
  updatedAt: string;
  receiptNumber: string | null;
  hasProof: boolean;
}

/**
 * The pledges in id order, in keyset pages (`id > last`), with their campaign, company and
 * contact (the benchmark reads it alone as the baseline). Plain SQL, and a page at a time all the
 * way to the writers: Prisma's decoding of each row, and an asynchronous step per row, each cost
 * about as much as the query.
 */
export async function* exportedPledgePages(db: DbClient, filter: ExportFilter): AsyncGenerator<ExportedPledge[]> {
  const conditions: string[] = [];
  const values: unknown[] = [];
  const where = (condition: (parameter: string) => string, value: unknown) => {
    values.push(value);
    conditions.push(condition(`$${values.length + 1}`));
  };
  if (filter.campaignId !== undefined) where((parameter) => `p."campaignId" = ${parameter}`, filter.campaignId);
  if (filter.from) where((parameter) => `p."createdAt" >= ${parameter}`, filter.from);
  if (filter.to) where((parameter) => `p."createdAt" < ${parameter}`, filter.to);
  const query = `
    SELECT p.id, p."campaignId", c.code, p."organizationId", o.name AS company, m.channel::text AS channel, p.kind::text AS kind, p.amount,
           p."itemDescription", p."itemQuantity", p."itemUnitValue", p.status::text AS status,
           to_char(p."createdAt", ${ISO_8601}) AS "createdAt", to_char(p."updatedAt", ${ISO_8601}) AS "updatedAt",
           p."receiptNumber", p."proofFileId" IS NOT NULL AS "hasProof"
    FROM "Pledge" p
    JOIN "Campaign" c ON c.id = p."campaignId"
    JOIN "Organization" o ON o.id = p."organizationId"
    JOIN "Member" m ON m.id = p."memberId"
    WHERE p.id > $1 ${conditions.map((condition) => `AND ${condition}`).join(" ")}
    ORDER BY p.id LIMIT ${BATCH_SIZE}`;
  const pageAfter = (id: number) => {
    const page = sqlIn(db).query<ExportedPledge>(query, [id, ...values]);
    // Its failure is met where it is awaited; until then (or if the reading stops first) it must
    // not count as unhandled.
    page.catch(() => undefined);
    return page;
  };
  // The next page is asked for as soon as this one is in, and the server reads it while this one
  // is written: one query at a time on the connection, so it works inside a transaction too.
  let next: Promise<ExportedPledge[]> | undefined = pageAfter(0);
  try {
    while (next) {
      const page: ExportedPledge[] = await next;
      const last = page.at(-1);
      next = last && page.length === BATCH_SIZE ? pageAfter(last.id) : undefined;
      if (page.length > 0) yield page;
    }
  } finally {
    // Stopped early: the page on its way is let finish, so the connection is free for what follows.
    await next?.then(() => undefined, () => undefined);
  }
}

/** The headings and words of an export in the reader's language. */
function exportLabels(ctx: ViewCtx): PledgeExportLabels {
  const columns = ["pledge", "campaign", "company", "channel", "kind", "amount", "items", "status", "created", "updated", "receipt", "proof"];
  return {
    pledgeColumns: columns.map((column) => ctx.t(`export-col-${column}`)),
    totalColumns: ["campaign", "company", "pledges", "pledged", "confirmed"].map((column) => ctx.t(`export-col-${column}`)),
    pledgesSheet: ctx.t("export-sheet-pledges"),
    totalsSheet: ctx.t("export-sheet-totals"),
    yes: ctx.t("export-yes"),
    no: ctx.t("export-no"),
  };
}

/**
 * The export's rows as the writers take them, and the per-company totals summed from the very
 * rows written, like the counters: live pledges count as pledged, confirmed and delivered ones
 * as confirmed too. The totals are complete once the rows are.
 */
function exportRows(db: DbClient, filter: ExportFilter, ctx: ViewCtx, stopWhen: () => boolean) {
  const totals = new Map<string, CompanyTotalRow>();
  // A handful of kinds and statuses, each translated once rather than once per row.
  const words = new Map<string, string>();
  const word = (key: string) => words.get(key) ?? words.set(key, ctx.t(key)).get(key)!;
  function exportRow(pledge: ExportedPledge): PledgeExportRow {
    if (LIVE_STATUSES.has(pledge.status)) {
      const key = `${pledge.campaignId}:${pledge.organizationId}`;
      let total = totals.get(key);
      if (!total) totals.set(key, (total = { campaign: pledge.code, company: pledge.company, livePledges: 0, pledged: 0n, confirmed: 0n }));
      total.livePledges += 1;
      total.pledged += pledge.amount;
      if (CONFIRMED_STATUSES.has(pledge.status)) total.confirmed += pledge.amount;
    }
    return {
      pledgeId: pledge.id,
      campaign: pledge.code,
      company: pledge.company,
      contactChannel: pledge.channel,
      kind: word(`export-kind-${pledge.kind}`),
      amount: pledge.amount,
      items: pledge.kind === "goods" ? pledgeWhat(ctx, pledge) : "",
      status: word(`status-${pledge.status}`),
      createdAt: pledge.createdAt,
      updatedAt: pledge.updatedAt,
      receiptNumber: pledge.receiptNumber ?? "",
      hasProof: pledge.hasProof,
    };
  }
  async function* pages(): AsyncGenerator<PledgeExportRow[]> {
    for await (const page of exportedPledgePages(db, filter)) {
      if (stopWhen()) return;
      yield page.map(exportRow);
    }
  }
  return { pages: pages(), totals: () => [...totals.values()] };
}

export type ExportFormat = "csv" | "xlsx";

/**
 * Streams one export format into `out`, reading the pledges a page at a time; the file itself is
 * written on a worker thread. Once `stopWhen` holds, no more rows are read and the file ends
 * early (its reader has stopped wanting it).
 */
export async function writePledgeExport(db: DbClient, filter: ExportFilter, ctx: ViewCtx, format: ExportFormat, out: Writable, stopWhen: () => boolean = () => false): Promise<void> {
  const { pages, totals } = exportRows(db, filter, ctx, stopWhen);
  await writeExportInWorker({ format, labels: exportLabels(ctx) }, pages, totals, out);
}

/**
 * One export format as bytes for a chat reply, or undefined when it grows past `maxBytes`: the
 * rows stream through and only the file is kept, and once it is too big reading stops and what
 * was written is dropped, so an export too big for a chat is neither held nor written whole.
 */
export async function pledgeExportBytes(db: DbClient, filter: ExportFilter, ctx: ViewCtx, format: ExportFormat, maxBytes: number): Promise<Uint8Array | undefined> {
  let chunks: Buffer[] = [];
  let size = 0;
  const tooBig = () => size > maxBytes;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      size += chunk.byteLength;
      if (tooBig()) chunks = [];
      else chunks.push(chunk);
      done();
    },
  });
  await writePledgeExport(db, filter, ctx, format, sink, tooBig);
  if (!sink.writableEnded) sink.end();
  await finished(sink);
  return tooBig() ? undefined : new Uint8Array(Buffer.concat(chunks));
}
