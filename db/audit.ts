import type Database from "better-sqlite3";
import crypto from "node:crypto";
import path from "node:path";
import { listBackups, readDatabaseFile } from "./backup";

/**
 * The audit trail's one home: which tables and columns are audited, how a change becomes a row,
 * how rows are chained, and how the chain is verified.
 *
 * Each transaction that changes data writes one row, in that very transaction (a crash leaves
 * both or neither): who (read from `context`), when, the procedure, and the records it touched,
 * noted by TEMP triggers on the app's own connection. Other connections (a migration, a bench's
 * generator, an outside tool) write no audit rows. Rows written before (one per record, the
 * trail's first form) read and verify the same way.
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
const secretSettings = ["auth.recovery"];
/** Columns holding the reason for overriding a warning (or for a cancellation). */
const reasonColumns = ["override_reason", "eligibility_override_reason", "cancel_reason"];
/** Columns that name the record, first non-empty wins. */
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
const LONG = 400;

export type Changes = Record<string, [unknown, unknown]>;

/**
 * The hash of a row: its fields in a fixed order and the previous row's hash, each written as
 * SQLite's quote() writes it (the trail's first form hashed its rows in SQL).
 */
export function auditHash(r: AuditRowFields, prevHash: string): string {
  return hashOf([
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
  ]);
}

/** SQLite's quote() of an integer, a text or NULL. */
const sqlQuote = (v: unknown) =>
  v === null || v === undefined
    ? "NULL"
    : typeof v === "number"
      ? String(v)
      : `'${String(v).replace(/'/g, "''")}'`;
const SEPARATOR = String.fromCharCode(31);
const sha256 = (text: string) => crypto.hash("sha256", text);
const hashOf = (fields: unknown[]) => sha256(fields.map(sqlQuote).join(SEPARATOR));

export interface AuditRowFields extends AuditContext {
  seq: number;
  tableName: string;
  recordId: string;
  label: string;
  action: string;
  changes: string;
  refs: string;
  reason: string | null;
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

/** The tables the trail names: the audited ones, and "backups" for a restore's event. */
export const auditTableNames = (sqlite: Database.Database): string[] => [
  ...auditedTables(sqlite).map((t) => t.name),
  "backups",
];

const quote = (id: string) => `"${id.replace(/"/g, '""')}"`;
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** Where the triggers note each record a transaction touches, until it is written to the trail. */
const PENDING = "temp.audit_pending";

/**
 * One trigger's note of a record touched, computed by SQLite itself: the table, the record's id
 * and readable name, the kind of change, the ids it points to, the reason given; for an update
 * the changed columns as {column: [before, after]}, for a removed row its values. A row added
 * notes no values: the record holds them, and a later change notes what they were. This keeps an
 * import of thousands of rows cheap to audit.
 */
function auditTriggerSql(table: string, columns: string[], kind: "insert" | "update" | "delete") {
  const has = (c: string) => columns.includes(c);
  const row = kind === "delete" ? "OLD" : "NEW";
  // The record's own id is the note's; a removed row lists what it held.
  const shownCols = columns.filter((c) => !unshown.has(c) && (kind === "update" || c !== "id"));
  // Long texts are cut in an update's before/after; a removed row keeps its values whole.
  const value = (r: "OLD" | "NEW", c: string, long = false) => {
    if (secret.has(`${table}.${c}`))
      return `CASE WHEN ${r}.${quote(c)} IS NULL THEN NULL ELSE '${HIDDEN}' END`;
    const v = `${r}.${quote(c)}`;
    const cut = long
      ? `CASE WHEN typeof(${v}) = 'text' AND length(${v}) > ${LONG} THEN substr(${v}, 1, ${LONG}) || '… (' || length(${v}) || ' ký tự)' ELSE ${v} END`
      : v;
    return table === "app_settings" && c === "value_json"
      ? `CASE WHEN ${r}.key IN (${secretSettings.map(literal).join(", ")}) THEN '${HIDDEN}' ELSE ${cut} END`
      : cut;
  };
  const changes =
    kind === "update"
      ? `(SELECT json_group_object(column1, json_array(column2, column3)) FROM (VALUES ${shownCols
          .map(
            (c) =>
              `(${literal(c)}, ${value("OLD", c, true)}, ${value("NEW", c, true)}, OLD.${quote(c)} IS NOT NEW.${quote(c)})`,
          )
          .join(", ")}) WHERE column4)`
      : kind === "delete"
        ? `json_object(${shownCols.map((c) => `${literal(c)}, ${value(row, c)}`).join(", ")})`
        : "NULL";
  const label = labelColumns.filter(has);
  const labelSql = label.length
    ? `substr(COALESCE(${label.map((c) => `NULLIF(CAST(${row}.${quote(c)} AS TEXT), '')`).join(", ")}, ''), 1, 200)`
    : "''";
  const refCols = columns.filter((c) => c.endsWith("_id"));
  const refsSql = refCols.length
    ? `CASE WHEN COALESCE(${refCols.map((c) => `NULLIF(${row}.${quote(c)}, '')`).join(", ")}, NULL) IS NULL THEN '' ELSE ' ' || ${refCols
        .map((c) => `COALESCE(NULLIF(${row}.${quote(c)}, '') || ' ', '')`)
        .join(" || ")} END`
    : "''";
  const reasons = reasonColumns.filter(has);
  const reasonSql =
    kind === "update" && reasons.length
      ? `COALESCE(${reasons.map((c) => `CASE WHEN NEW.${quote(c)} IS NOT OLD.${quote(c)} AND NEW.${quote(c)} <> '' THEN NEW.${quote(c)} END`).join(", ")}, NULL)`
      : kind === "insert" && reasons.length
        ? `COALESCE(${reasons.map((c) => `NULLIF(NEW.${quote(c)}, '')`).join(", ")}, NULL)`
        : "NULL";
  const action =
    kind === "update" && has("deleted_at")
      ? `CASE WHEN OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL THEN 'delete' WHEN OLD.deleted_at IS NOT NULL AND NEW.deleted_at IS NULL THEN 'undelete' ELSE 'update' END`
      : `'${kind}'`;
  const id = has("id") ? `${row}.id` : `${row}.key`;
  // An update that changed no shown column (only updated_at, say) is not noted.
  const when =
    kind === "update"
      ? ` WHEN ${shownCols.map((c) => `OLD.${quote(c)} IS NOT NEW.${quote(c)}`).join(" OR ")}`
      : "";
  return `CREATE TEMP TRIGGER ${quote(`audit_${table}_${kind}`)} AFTER ${kind.toUpperCase()} ON main.${quote(table)}${when} BEGIN
    INSERT INTO ${PENDING} (tbl, id, action, label, changes, refs, reason) VALUES (${literal(table)},
      CAST(${id} AS TEXT), ${action}, ${labelSql}, ${changes}, ${refsSql}, ${reasonSql});
  END;`;
}

/** Turns the audit triggers off and on (the demo's sample data, a bench's baseline). */
export interface AuditSwitch {
  set(on: boolean): void;
}

/** The action of a row listing the records one transaction touched. */
export const RECORDS = "records";

/**
 * Installs the audit on the app's connection. TEMP triggers note every record a write touches;
 * at the end of each transaction, before it commits, the notes become one chained row of the
 * trail (who, when, the procedure, the records with their changes), so a crash leaves both the
 * change and its row, or neither. A write outside a transaction is run in one of its own, so
 * nothing escapes. Off, the triggers are dropped: nothing an officer does turns it off.
 */
export function installAudit(sqlite: Database.Database, context: () => AuditContext): AuditSwitch {
  sqlite.exec(`CREATE TEMP TABLE IF NOT EXISTS audit_pending (tbl TEXT NOT NULL,
    id TEXT NOT NULL, action TEXT NOT NULL, label TEXT NOT NULL, changes TEXT,
    refs TEXT NOT NULL, reason TEXT)`);
  const notes = sqlite.prepare(
    `SELECT count(*) AS n,
      (SELECT reason FROM ${PENDING} WHERE reason IS NOT NULL ORDER BY rowid LIMIT 1) AS reason,
      json_group_array(json_array(tbl, id, action, label, json(changes), refs, reason)) AS records
     FROM (SELECT * FROM ${PENDING} ORDER BY rowid)`,
  );
  const clear = sqlite.prepare(`DELETE FROM ${PENDING}`);
  const flush = () => {
    const p = notes.get() as { n: number; reason: string | null; records: string };
    if (p.n === 0) return;
    appendRow(sqlite, {
      ...context(),
      tableName: "",
      recordId: "",
      label: "",
      action: RECORDS,
      changes: p.records,
      refs: "",
      // Each record keeps its own reason; the row carries the first, as a row of one did.
      reason: p.reason,
    });
    clear.run();
  };
  // Every transaction (drizzle's too) ends with its notes written, before it commits; a nested
  // one (a savepoint) leaves them to the outermost.
  const transaction = sqlite.transaction;
  let depth = 0;
  sqlite.transaction = function <F extends (...a: never[]) => unknown>(this: unknown, fn: F) {
    return transaction.call(sqlite, function (this: unknown, ...args: Parameters<F>) {
      depth++;
      try {
        const result = fn.apply(this, args);
        if (depth === 1) flush();
        return result;
      } finally {
        depth--;
      }
    } as F);
  } as typeof sqlite.transaction;
  // A data change outside a transaction runs in one of its own.
  const prepare = sqlite.prepare;
  const alone = sqlite.transaction((run: () => unknown) => run());
  sqlite.prepare = function (this: unknown, source: string) {
    const stmt = prepare.call(sqlite, source);
    if (!stmt.readonly && /^\s*(insert|update|delete|replace|with)\b/i.test(source))
      for (const m of ["run", "get", "all"] as const) {
        const f = stmt[m] as (...a: unknown[]) => unknown;
        (stmt as unknown as Record<string, unknown>)[m] = (...a: unknown[]) =>
          sqlite.inTransaction ? f.apply(stmt, a) : alone(() => f.apply(stmt, a));
      }
    return stmt;
  } as typeof sqlite.prepare;
  const drop: string[] = [];
  const create: string[] = [];
  for (const t of auditedTables(sqlite)) {
    for (const kind of ["insert", "update", "delete"] as const) {
      drop.push(`DROP TRIGGER IF EXISTS temp.${quote(`audit_${t.name}_${kind}`)};`);
      create.push(auditTriggerSql(t.name, t.columns, kind));
    }
  }
  const set = (on: boolean) => sqlite.exec([...drop, ...(on ? create : [])].join("\n"));
  set(true);
  return { set };
}

/** Appends one row to the chain: the next number, the hash over its fields and the last row's. */
function appendRow(sqlite: Database.Database, row: Omit<AuditRowFields, "seq">) {
  const last = sqlite.prepare("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").get() as
    { seq: number; hash: string } | undefined;
  const fields: AuditRowFields = { seq: (last?.seq ?? 0) + 1, ...row };
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

/** Appends one row for something that is not a row change (a restore): same chain, same hash. */
export function appendAuditEvent(
  sqlite: Database.Database,
  c: AuditContext,
  e: { tableName: string; recordId: string; label: string; changes: Changes; reason?: string },
): void {
  appendRow(sqlite, {
    ...c,
    tableName: e.tableName,
    recordId: e.recordId,
    label: e.label,
    action: "event",
    changes: JSON.stringify(e.changes),
    refs: "",
    reason: e.reason ?? null,
  });
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

/** Where a walk of the chain has reached: the last row checked (seq 0: none yet). */
interface Walk {
  last: ChainHead;
  rows: number;
}

const SLICE = 20_000;

/**
 * Checks the rows after `walk.last`, at most `limit` of them: every row's hash must match its
 * fields and the row before it, and the numbers must run without a gap. Returns the first break,
 * in words an officer can act on, or where the walk got to.
 */
function walkSlice(
  sqlite: Database.Database,
  walk: Walk,
  upTo: number,
  limit: number,
): { walk: Walk } | { brokenAt: number; problem: string; rows: number } {
  const rows = sqlite
    .prepare(
      `SELECT seq, at, op_id AS opId, actor, actor_name AS actorName, procedure,
        table_name AS tableName, record_id AS recordId, label, action, changes, refs, reason,
        prev_hash AS prevHash, hash FROM audit_log WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?`,
    )
    .all(walk.last.seq, upTo, limit) as (AuditRowFields & { prevHash: string; hash: string })[];
  let { last, rows: n } = walk;
  for (const r of rows) {
    n++;
    const broken = (problem: string) => ({ brokenAt: r.seq, problem, rows: n });
    if (r.seq !== last.seq + 1)
      return broken(
        `Nhật ký thiếu dòng: sau dòng số ${last.seq} là dòng số ${r.seq} (đã có dòng bị xóa).`,
      );
    if (r.prevHash !== last.hash)
      return broken(
        `Dòng số ${r.seq} không nối tiếp dòng trước (nhật ký đã bị xóa hoặc viết lại).`,
      );
    if (auditHash(r, r.prevHash) !== r.hash)
      return broken(`Dòng số ${r.seq} đã bị sửa sau khi ghi (nội dung không khớp mã băm).`);
    last = { seq: r.seq, hash: r.hash };
  }
  return { walk: { last, rows: n } };
}

/**
 * Walks the chain up to its head as it is now (rows added meanwhile are the next walk's), a
 * slice at a time, yielding between slices; returns the verdict.
 */
function* walkChain(sqlite: Database.Database): Generator<void, ChainCheck> {
  const head = chainHead(sqlite);
  let walk: Walk = { last: { seq: 0, hash: GENESIS }, rows: 0 };
  while (walk.last.seq < head.seq) {
    const step = walkSlice(sqlite, walk, head.seq, SLICE);
    if (!("walk" in step)) return { ok: false, head, ...step };
    if (step.walk.rows === walk.rows)
      return {
        ok: false,
        head,
        rows: walk.rows,
        brokenAt: head.seq,
        problem: `Nhật ký thiếu dòng sau dòng số ${walk.last.seq}.`,
      };
    walk = step.walk;
    yield;
  }
  return { ok: true, rows: walk.rows, head };
}

/** The whole chain, verified at once. */
export function verifyChain(sqlite: Database.Database): ChainCheck {
  const steps = walkChain(sqlite);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** The whole chain, verified a slice at a time, letting other work run between slices. */
export async function verifyChainInSlices(sqlite: Database.Database): Promise<ChainCheck> {
  const steps = walkChain(sqlite);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * What a backup holds that the list of backups shows: its chain's head row, and how many
 * accounts it has (none in a backup from before accounts: restoring it reopens the first
 * administrator's step). Nulls when the file cannot be read.
 */
export function backupSummary(file: string): {
  auditHeadSeq: number | null;
  accounts: number | null;
} {
  try {
    return readDatabaseFile(file, (db) => ({
      auditHeadSeq: chainHead(db).seq,
      accounts: db
        .prepare("select 1 from sqlite_master where type = 'table' and name = 'accounts'")
        .get()
        ? (db.prepare("SELECT count(*) FROM accounts").pluck().get() as number)
        : 0,
    }));
  } catch {
    return { auditHeadSeq: null, accounts: null };
  }
}

/** The audit chain of a backup file, verified (a backup from before the trail has none: ok). */
export function backupChain(file: string): ChainCheck {
  return readDatabaseFile(file, verifyChain);
}

/**
 * A chain cut short or rewritten from some row to its end verifies on its own: a backup made
 * since the last restore must still be found in it, row for row at the backup's head. Returns
 * the problem, or null (also when there is no such backup, or it is another installation's).
 */
export function comparedWithBackup(
  live: Database.Database,
  backupsDir: string,
): { brokenAt: number; problem: string } | null {
  const lastRestore = live
    .prepare("SELECT max(at) FROM audit_log WHERE table_name = 'backups' AND action = 'event'")
    .pluck()
    .get() as number | null;
  const backup = listBackups(backupsDir).find((b) => b.createdAt > (lastRestore ?? -Infinity));
  if (!backup) return null;
  const installation = (db: Database.Database) =>
    db.prepare("SELECT id FROM installation LIMIT 1").pluck().get() as string | undefined;
  let theirs: { head: ChainHead; installation: string | undefined };
  try {
    theirs = readDatabaseFile(path.join(backupsDir, backup.file), (db) => ({
      head: chainHead(db),
      installation: installation(db),
    }));
  } catch {
    return null;
  }
  if (theirs.head.seq === 0 || theirs.installation !== installation(live)) return null;
  const ours = live
    .prepare("SELECT hash FROM audit_log WHERE seq = ?")
    .pluck()
    .get(theirs.head.seq) as string | undefined;
  if (ours === theirs.head.hash) return null;
  return {
    brokenAt: theirs.head.seq,
    problem:
      ours === undefined
        ? `Nhật ký ngắn hơn bản sao lưu ${backup.file} (bản này có đến dòng số ${theirs.head.seq}): các dòng cuối đã bị xóa.`
        : `Dòng số ${theirs.head.seq} khác với bản sao lưu ${backup.file}: nhật ký đã bị viết lại từ đó.`,
  };
}
