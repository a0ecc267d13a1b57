import { auditTableNames, chainHead, type ChainCheck } from "../../db/audit";
import {
  auditActors,
  auditEntries,
  type AuditEntryRow,
  type AuditQuery,
} from "../../db/queries/audit";
import {
  auditActionLabels,
  auditAreaOf,
  auditAreas,
  auditRecordName,
  changeLines,
  type AuditEntry,
  type AuditFilter,
  type ChainStatus,
} from "../contract/audit";
import { codeLabel } from "../contract/columns";
import { formatDateTime } from "../contract/format";
import { dayStartOf } from "../domain/vietnamese";
import { writeTable } from "../exchange/xlsx-write";
import type { AppContext } from "./context";
import { exportFile } from "./directory-exchange";
import { listItems } from "./directory-units";
import type { HandlersFor } from "./router";
import type { auditProcedures } from "../contract/audit";

const DAY = 86_400_000;

function queryOf(ctx: AppContext, f: AuditFilter): AuditQuery {
  return {
    actor: f.actor,
    fromMs: f.from ? dayStartOf(f.from) : undefined,
    // The whole last day: up to the next day's first instant.
    toMs: f.to ? dayStartOf(f.to) + DAY : undefined,
    tables: f.area
      ? auditTableNames(ctx.sqlite).filter((t) => auditAreaOf(t) === f.area)
      : undefined,
    recordId: f.recordId,
    text: f.text?.trim() || undefined,
  };
}

/**
 * Codes shown by their names: a person's category and a unit's kind from the office's lists,
 * the rest from the vocabulary (contract/columns.ts).
 */
function codeNames(ctx: AppContext) {
  const names = (list: "unit_kind" | "person_category") =>
    new Map(listItems(ctx, list).map((i) => [i.code, i.label]));
  const byColumn: Record<string, Map<string, string>> = {
    "people.category": names("person_category"),
    "units.kind": names("unit_kind"),
  };
  return (table: string, field: string, v: unknown) =>
    typeof v === "string"
      ? (byColumn[`${table}.${field}`]?.get(v) ?? codeLabel(table, field, v))
      : v;
}

function entryOf(r: AuditEntryRow, named: ReturnType<typeof codeNames>): AuditEntry {
  // An update holds [before, after] per changed column; a removed row (and an added one in the
  // trail's first form) its values; an added one now none (the record holds them).
  const stored = (JSON.parse(r.changes ?? "null") ?? {}) as Record<string, unknown>;
  const changes = Object.entries(stored).flatMap(([field, v]): AuditEntry["changes"] => {
    const name = (x: unknown) => named(r.tableName, field, x);
    if (Array.isArray(v)) return [{ field, before: name(v[0]), after: name(v[1]) }];
    if (v === null || v === "") return [];
    return [
      r.action === "delete"
        ? { field, before: name(v), after: null }
        : { field, before: null, after: name(v) },
    ];
  });
  return {
    seq: r.seq,
    idx: r.idx,
    at: r.at,
    actor: r.actor,
    actorName: r.actorName,
    procedure: r.procedure,
    area: auditAreaOf(r.tableName),
    tableName: r.tableName,
    recordId: r.recordId,
    label: r.label,
    action: r.action,
    changes,
    reason: r.reason,
  };
}

/** The last verification's verdict, and the chain's head now. */
function statusOf(ctx: AppContext, c: ChainCheck | null): ChainStatus {
  const head = chainHead(ctx.sqlite);
  if (!c)
    return {
      checking: true,
      ok: false,
      rows: 0,
      headSeq: head.seq,
      headHash: head.hash,
      brokenAt: null,
      problem: null,
    };
  return {
    checking: false,
    ok: c.ok,
    rows: c.rows,
    headSeq: head.seq,
    headHash: head.hash,
    brokenAt: c.ok ? null : c.brokenAt,
    problem: c.ok ? null : c.problem,
  };
}

const EXPORT_LIMIT = 100_000;

export const auditHandlers: HandlersFor<typeof auditProcedures> = {
  "audit.list": (input, ctx) => {
    const named = codeNames(ctx);
    const rows = auditEntries(ctx.db, queryOf(ctx, input), input.limit + 1);
    return {
      entries: rows.slice(0, input.limit).map((r) => entryOf(r, named)),
      more: rows.length > input.limit,
      actors: auditActors(ctx.db).sort((a, b) => a.name.localeCompare(b.name, "vi")),
    };
  },
  "audit.status": (_i, ctx) => statusOf(ctx, ctx.auditCheck),
  "audit.verify": async (_i, ctx) => statusOf(ctx, await ctx.verifyAudit()),
  "audit.export": async (input, ctx) => {
    const named = codeNames(ctx);
    const entries = auditEntries(ctx.db, queryOf(ctx, input), EXPORT_LIMIT).map((r) =>
      entryOf(r, named),
    );
    const { file, fileName } = exportFile(ctx, "Nhat-ky");
    await writeTable<AuditEntry>(
      file,
      "Nhật ký",
      `Nhật ký thay đổi dữ liệu (${entries.length} dòng)`,
      [
        { header: "Số", width: 8, value: (e) => e.seq },
        { header: "Thời gian", width: 20, value: (e) => formatDateTime(e.at, true) },
        { header: "Người thực hiện", width: 26, value: (e) => e.actorName },
        {
          header: "Khu vực",
          width: 22,
          value: (e) => auditAreas[e.area as keyof typeof auditAreas],
        },
        { header: "Thao tác", width: 10, value: (e) => auditActionLabels[e.action] ?? e.action },
        { header: "Bản ghi", width: 30, value: (e) => auditRecordName(e) },
        { header: "Thay đổi", width: 60, value: (e) => changeLines(e) },
        { header: "Lý do", width: 30, value: (e) => e.reason ?? "" },
        { header: "Chức năng", width: 24, value: (e) => e.procedure },
        { header: "Bảng", width: 18, value: (e) => e.tableName },
        { header: "Mã bản ghi", width: 38, value: (e) => e.recordId },
      ],
      entries,
    );
    return { path: file, fileName };
  },
};
