import type Database from "better-sqlite3";
import crypto from "node:crypto";
import { readDatabaseFile } from "./backup";

/**
 * The audit trail's one home: which tables and columns are audited, how a change becomes a row,
 * how rows are chained, and how the chain is verified.
 *
 * Rows are written by TEMP triggers on the app's own connection, so they are part of the very
 * transaction that changes the data (a crash leaves both or neither). The triggers call
 * `audit_entry`, a function of this connection, which reads who is calling from `context`.
 * Other connections (a migration, a bench's generator, an outside tool) write no audit rows.
 */

/** Who is acting, for the rows a call writes. */
export interface AuditContext {
  at: number;
  opId: string | null;
  actor: string;
  actorName: string;
  procedure: string;
}

/** Tables that are not data an officer changes: SQLite's, drizzle's, the search index's, the trail itself. */
const notAudited = /^(sqlite_|__drizzle|people_fts|audit_log$|installation$)/;
/** Columns the app maintains by itself: not worth a line in the trail. */
const unshown = new Set(["created_at", "updated_at", "origin", "search_key", "sort_key"]);
/** Columns whose value must never be copied into the trail: only that they changed. */
const secret = new Set(["accounts.password_hash"]);
const secretSettings = new Set(["auth.recovery"]);
/** Columns holding the reason for overriding a warning (or for a cancellation). */
const reasonColumns = ["override_reason", "eligibility_override_reason", "cancel_reason"];
/** Columns that name the record, first found wins. */
const labelColumns = [
  "full_name",
  "name",
  "head_name",
  "recipient_name",
  "title",
  "label",
  "username",
  "summary",
  "text",
  "key",
];
const HIDDEN = "•••";
const GENESIS = "";

type Values = Record<string, unknown>;
export type Changes = Record<string, [unknown, unknown]>;

/** The hash of a row: its fields in a fixed order and the previous row's hash. */
export function auditHash(r: AuditRowFields, prevHash: string): string {
  return crypto
    .createHash("sha256")
    .update(
      JSON.stringify([
        r.seq,
        r.at,
        r.opId,
        r.actor,
        r.actorName,
        r.procedure,
        r.tableName,
        r.recordId,
        r.label,
        r.action,
        r.changes,
        r.refs,
        r.reason,
        prevHash,
      ]),
    )
    .digest("hex");
}

export interface AuditRowFields {
  seq: number;
  at: number;
  opId: string | null;
  actor: string;
  actorName: string;
  procedure: string;
  tableName: string;
  recordId: string;
  label: string;
  action: string;
  changes: string;
  refs: string;
  reason: string | null;
}

function shown(table: string, column: string, values: Values): unknown {
  if (secret.has(`${table}.${column}`)) return HIDDEN;
  if (table === "app_settings" && column === "value_json" && secretSettings.has(String(values.key)))
    return HIDDEN;
  const v = values[column];
  return typeof v === "string" && v.length > 400 ? `${v.slice(0, 400)}… (${v.length} ký tự)` : v;
}

/** What one row change says: null when nothing an officer would see changed. */
export function describeChange(
  table: string,
  before: Values | null,
  after: Values | null,
): Omit<AuditRowFields, "seq" | "at" | "opId" | "actor" | "actorName" | "procedure"> | null {
  const row = (after ?? before)!;
  const changes: Changes = {};
  for (const col of Object.keys(row)) {
    if (unshown.has(col)) continue;
    const b = before ? before[col] : null;
    const a = after ? after[col] : null;
    if (b === a || (b == null && a == null)) continue;
    changes[col] = [
      before ? shown(table, col, before) : null,
      after ? shown(table, col, after) : null,
    ];
  }
  if (Object.keys(changes).length === 0) return null;
  let action = !before ? "insert" : !after ? "delete" : "update";
  const deleted = changes.deleted_at;
  if (action === "update" && deleted) action = deleted[1] != null ? "delete" : "undelete";
  const reasonCol = reasonColumns.find((c) => changes[c] && changes[c][1]);
  const labelCol = labelColumns.find((c) => typeof row[c] === "string" && row[c] !== "");
  const refs = Object.entries(row)
    .filter(([k, v]) => k.endsWith("_id") && typeof v === "string" && v !== "")
    .map(([, v]) => v as string);
  return {
    tableName: table,
    recordId: String(row.id ?? row.key ?? ""),
    label: labelCol ? String(row[labelCol]).slice(0, 200) : "",
    action,
    changes: JSON.stringify(changes),
    refs: refs.length ? ` ${refs.join(" ")} ` : "",
    reason: reasonCol ? String(changes[reasonCol]![1]) : null,
  };
}

/** The tables the triggers watch, with their columns (read from the open database). */
export function auditedTables(sqlite: Database.Database): { name: string; columns: string[] }[] {
  const tables = sqlite
    .prepare(
      "select name from sqlite_master where type = 'table' and sql not like 'CREATE VIRTUAL%' order by name",
    )
    .all() as { name: string }[];
  return tables
    .filter((t) => !notAudited.test(t.name))
    .map((t) => ({
      name: t.name,
      columns: (
        sqlite.prepare(`pragma table_info("${t.name}")`).all() as { name: string; type: string }[]
      ).map((c) => c.name),
    }))
    .filter((t) => t.columns.includes("id") || t.columns.includes("key"));
}

const quote = (id: string) => `"${id.replace(/"/g, '""')}"`;

/**
 * Installs the audit on the app's connection: the `audit_entry` function and a TEMP trigger per
 * audited table and kind of change. `enabled` lets a bench measure the cost; the app never turns it off.
 */
export function installAudit(
  sqlite: Database.Database,
  context: () => AuditContext,
  enabled: () => boolean = () => true,
): void {
  sqlite.function("audit_on", { deterministic: false }, () => (enabled() ? 1 : 0));
  sqlite.function(
    "audit_entry",
    { deterministic: false },
    (table: unknown, before: unknown, after: unknown, lastSeq: unknown, lastHash: unknown) => {
      const d = describeChange(
        String(table),
        before == null ? null : (JSON.parse(String(before)) as Values),
        after == null ? null : (JSON.parse(String(after)) as Values),
      );
      if (!d) return null;
      const c = context();
      const fields: AuditRowFields = {
        seq: (lastSeq == null ? 0 : Number(lastSeq)) + 1,
        at: c.at,
        opId: c.opId,
        actor: c.actor,
        actorName: c.actorName,
        procedure: c.procedure,
        ...d,
      };
      const prevHash = lastHash == null ? GENESIS : String(lastHash);
      return JSON.stringify({ ...fields, prevHash, hash: auditHash(fields, prevHash) });
    },
  );
  const insert = (e: string) => `INSERT INTO main.audit_log
      (seq, at, op_id, actor, actor_name, procedure, table_name, record_id, label, action,
       changes, refs, reason, prev_hash, hash)
    SELECT json_extract(e, '$.seq'), json_extract(e, '$.at'), json_extract(e, '$.opId'),
      json_extract(e, '$.actor'), json_extract(e, '$.actorName'), json_extract(e, '$.procedure'),
      json_extract(e, '$.tableName'), json_extract(e, '$.recordId'), json_extract(e, '$.label'),
      json_extract(e, '$.action'), json_extract(e, '$.changes'), json_extract(e, '$.refs'),
      json_extract(e, '$.reason'), json_extract(e, '$.prevHash'), json_extract(e, '$.hash')
    FROM (SELECT ${e} AS e) WHERE e IS NOT NULL;`;
  const last =
    "(SELECT seq FROM main.audit_log ORDER BY seq DESC LIMIT 1), (SELECT hash FROM main.audit_log ORDER BY seq DESC LIMIT 1)";
  const statements: string[] = [];
  for (const t of auditedTables(sqlite)) {
    const obj = (row: "NEW" | "OLD") =>
      `json_object(${t.columns.map((c) => `'${c}', ${row}.${quote(c)}`).join(", ")})`;
    const name = (kind: string) => quote(`audit_${t.name}_${kind}`);
    const on = `ON main.${quote(t.name)} WHEN audit_on()`;
    const tbl = `'${t.name}'`;
    statements.push(
      `DROP TRIGGER IF EXISTS temp.${name("i")}; DROP TRIGGER IF EXISTS temp.${name("u")}; DROP TRIGGER IF EXISTS temp.${name("d")};`,
      `CREATE TEMP TRIGGER ${name("i")} AFTER INSERT ${on} BEGIN ${insert(`audit_entry(${tbl}, NULL, ${obj("NEW")}, ${last})`)} END;`,
      `CREATE TEMP TRIGGER ${name("u")} AFTER UPDATE ${on} BEGIN ${insert(`audit_entry(${tbl}, ${obj("OLD")}, ${obj("NEW")}, ${last})`)} END;`,
      `CREATE TEMP TRIGGER ${name("d")} AFTER DELETE ${on} BEGIN ${insert(`audit_entry(${tbl}, ${obj("OLD")}, NULL, ${last})`)} END;`,
    );
  }
  sqlite.exec(statements.join("\n"));
}

/** Appends one row for something that is not a row change (a restore): same chain, same hash. */
export function appendAuditEvent(
  sqlite: Database.Database,
  c: AuditContext,
  e: { tableName: string; recordId: string; label: string; changes: Changes; reason?: string },
): void {
  const last = sqlite.prepare("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").get() as
    { seq: number; hash: string } | undefined;
  const fields: AuditRowFields = {
    seq: (last?.seq ?? 0) + 1,
    ...c,
    tableName: e.tableName,
    recordId: e.recordId,
    label: e.label,
    action: "event",
    changes: JSON.stringify(e.changes),
    refs: "",
    reason: e.reason ?? null,
  };
  const prevHash = last?.hash ?? GENESIS;
  sqlite
    .prepare(
      `INSERT INTO audit_log (seq, at, op_id, actor, actor_name, procedure, table_name, record_id,
        label, action, changes, refs, reason, prev_hash, hash)
       VALUES (@seq, @at, @opId, @actor, @actorName, @procedure, @tableName, @recordId, @label,
        @action, @changes, @refs, @reason, @prevHash, @hash)`,
    )
    .run({ ...fields, prevHash, hash: auditHash(fields, prevHash) });
}

export interface ChainHead {
  seq: number;
  hash: string;
}

/** The newest row's number and hash (seq 0 for an empty trail or a database from before it). */
export function chainHead(sqlite: Database.Database): ChainHead {
  const has = sqlite
    .prepare("select 1 from sqlite_master where type = 'table' and name = 'audit_log'")
    .get();
  if (!has) return { seq: 0, hash: GENESIS };
  const last = sqlite.prepare("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").get() as
    ChainHead | undefined;
  return last ?? { seq: 0, hash: GENESIS };
}

export type ChainCheck =
  | { ok: true; rows: number; head: ChainHead }
  | { ok: false; rows: number; head: ChainHead; brokenAt: number; problem: string };

/**
 * Walks the whole chain: every row's hash must match its fields and the row before it, and the
 * numbers must run without a gap. The first break is reported, in words an officer can act on.
 */
export function verifyChain(sqlite: Database.Database): ChainCheck {
  const head = chainHead(sqlite);
  if (head.seq === 0) return { ok: true, rows: 0, head };
  const rows = sqlite
    .prepare(
      `SELECT seq, at, op_id AS opId, actor, actor_name AS actorName, procedure,
        table_name AS tableName, record_id AS recordId, label, action, changes, refs, reason,
        prev_hash AS prevHash, hash FROM audit_log ORDER BY seq`,
    )
    .raw(false)
    .iterate() as IterableIterator<AuditRowFields & { prevHash: string; hash: string }>;
  let prev = GENESIS;
  let expected = 1;
  let n = 0;
  for (const r of rows) {
    n++;
    const broken = (problem: string): ChainCheck => ({
      ok: false,
      rows: n,
      head,
      brokenAt: r.seq,
      problem,
    });
    if (r.seq !== expected)
      return broken(
        `Nhật ký thiếu dòng: sau dòng số ${expected - 1} là dòng số ${r.seq} (đã có dòng bị xóa).`,
      );
    if (r.prevHash !== prev)
      return broken(
        `Dòng số ${r.seq} không nối tiếp dòng trước (nhật ký đã bị xóa hoặc viết lại).`,
      );
    if (auditHash(r, r.prevHash) !== r.hash)
      return broken(`Dòng số ${r.seq} đã bị sửa sau khi ghi (nội dung không khớp mã băm).`);
    prev = r.hash;
    expected++;
  }
  return { ok: true, rows: n, head };
}

/** The audit chain of a backup file, verified (a backup from before the trail has none: ok). */
export function backupChain(file: string): ChainCheck {
  return readDatabaseFile(file, verifyChain);
}
