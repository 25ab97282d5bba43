import { PassThrough, Writable } from "node:stream";
import { Prisma, type PledgeKind } from "../../generated/prisma/client.js";
import type { DbClient } from "../../db/database.js";
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
const BATCH_SIZE = 2_000;
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
  createdAt: Date;
  updatedAt: Date;
  receiptNumber: string | null;
  hasProof: boolean;
}

/** The pledges in id order, a page at a time (`id > last`), with their campaign, company and contact (the benchmark reads it alone as the baseline). */
export async function* exportedPledges(db: DbClient, filter: ExportFilter): AsyncGenerator<ExportedPledge> {
  let after = 0;
  for (;;) {
    const page = await db.$queryRaw<ExportedPledge[]>`
      SELECT p.id, p."campaignId", c.code, p."organizationId", o.name AS company, m.channel::text AS channel, p.kind::text AS kind, p.amount,
             p."itemDescription", p."itemQuantity", p."itemUnitValue", p.status::text AS status, p."createdAt", p."updatedAt",
             p."receiptNumber", p."proofFileId" IS NOT NULL AS "hasProof"
      FROM "Pledge" p
      JOIN "Campaign" c ON c.id = p."campaignId"
      JOIN "Organization" o ON o.id = p."organizationId"
      JOIN "Member" m ON m.id = p."memberId"
      WHERE p.id > ${after}::int
        ${filter.campaignId !== undefined ? Prisma.sql`AND p."campaignId" = ${filter.campaignId}::int` : Prisma.empty}
        ${filter.from ? Prisma.sql`AND p."createdAt" >= ${filter.from}::timestamp` : Prisma.empty}
        ${filter.to ? Prisma.sql`AND p."createdAt" < ${filter.to}::timestamp` : Prisma.empty}
      ORDER BY p.id LIMIT ${BATCH_SIZE}::int`;
    yield* page;
    const last = page.at(-1);
    if (!last || page.length < BATCH_SIZE) return;
    after = last.id;
  }
}

/** The headings and words of an export in the reader's language. */
export function exportLabels(ctx: ViewCtx): PledgeExportLabels {
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
function exportRows(db: DbClient, filter: ExportFilter, ctx: ViewCtx) {
  const totals = new Map<string, CompanyTotalRow>();
  // A handful of kinds and statuses, each translated once rather than once per row.
  const words = new Map<string, string>();
  const word = (key: string) => words.get(key) ?? words.set(key, ctx.t(key)).get(key)!;
  async function* rows(): AsyncGenerator<PledgeExportRow> {
    for await (const pledge of exportedPledges(db, filter)) {
      if (LIVE_STATUSES.has(pledge.status)) {
        const key = `${pledge.campaignId}:${pledge.organizationId}`;
        let total = totals.get(key);
        if (!total) totals.set(key, (total = { campaign: pledge.code, company: pledge.company, livePledges: 0, pledged: 0n, confirmed: 0n }));
        total.livePledges += 1;
        total.pledged += pledge.amount;
        if (CONFIRMED_STATUSES.has(pledge.status)) total.confirmed += pledge.amount;
      }
      yield {
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
  }
  return { rows: rows(), totals: () => [...totals.values()] };
}

export type ExportFormat = "csv" | "xlsx";

/** Streams one export format into `out`, reading the pledges a page at a time. */
export async function writePledgeExport(db: DbClient, filter: ExportFilter, ctx: ViewCtx, format: ExportFormat, out: Writable): Promise<void> {
  const labels = exportLabels(ctx);
  const { rows, totals } = exportRows(db, filter, ctx);
  // The CSV and spreadsheet writers load with the first export, not with the bot.
  const { writePledgesCsv, writePledgesXlsx } = await import("../../documents/pledge-export.js");
  if (format === "csv") await writePledgesCsv(rows, labels, out);
  else await writePledgesXlsx(rows, totals, labels, out);
}

/** One export format as bytes, for a chat reply: the rows stream through, only the file is kept. */
export async function pledgeExportBytes(db: DbClient, filter: ExportFilter, ctx: ViewCtx, format: ExportFormat): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const sink = new PassThrough();
  sink.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    sink.on("end", resolve);
    sink.on("error", reject);
  });
  await writePledgeExport(db, filter, ctx, format, sink);
  if (!sink.writableEnded) sink.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}
