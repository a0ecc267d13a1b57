import { inArray, sql, type SQL } from "drizzle-orm";
import { RECORDS, type AuditRowFields } from "../audit";
import type { Db } from "../open-database";
import { auditLog } from "../schema";

/**
 * One record's change as the trail holds it: a row of the trail lists the records one
 * transaction touched (`idx` is the record's place in it); a row of the trail's first form, or
 * an event, is one entry on its own.
 */
export interface AuditEntryRow extends Omit<AuditRowFields, "changes"> {
  idx: number;
  /** JSON: {column: [before, after]} for an update, {column: value} for a removed row; null. */
  changes: string | null;
}

export interface AuditQuery {
  actor?: string | undefined;
  fromMs?: number | undefined;
  toMs?: number | undefined;
  tables?: string[] | undefined;
  recordId?: string | undefined;
  text?: string | undefined;
}

const like = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The entries of the trail, newest first, that match `q`. */
export function auditEntries(db: Db, q: AuditQuery, limit: number): AuditEntryRow[] {
  // Each row's conditions first (they skip whole rows), then each entry's.
  const conditions: SQL[] = [
    ...(q.actor ? [sql`a.actor = ${q.actor}`] : []),
    ...(q.fromMs !== undefined ? [sql`a.at >= ${q.fromMs}`] : []),
    ...(q.toMs !== undefined ? [sql`a.at < ${q.toMs}`] : []),
    ...(q.recordId
      ? [
          sql`(a.record_id = ${q.recordId} OR a.refs LIKE ${like(` ${q.recordId} `)} ESCAPE '\\'
            OR (a.action = ${RECORDS} AND instr(a.changes, ${q.recordId}) > 0))`,
          sql`(e.value ->> 1 = ${q.recordId} OR e.value ->> 5 LIKE ${like(` ${q.recordId} `)} ESCAPE '\\')`,
        ]
      : []),
    ...(q.text
      ? [
          sql`(a.label LIKE ${like(q.text)} ESCAPE '\\' OR a.changes LIKE ${like(q.text)} ESCAPE '\\')`,
          sql`(e.value ->> 3 LIKE ${like(q.text)} ESCAPE '\\' OR (e.value -> 4) LIKE ${like(q.text)} ESCAPE '\\')`,
        ]
      : []),
    ...(q.tables
      ? [
          q.tables.length
            ? sql`e.value ->> 0 IN (${sql.join(
                q.tables.map((t) => sql`${t}`),
                sql`, `,
              )})`
            : sql`0`,
        ]
      : []),
  ];
  return db.all<AuditEntryRow>(sql`
    SELECT a.seq, e.key AS idx, a.at, a.op_id AS opId, a.actor, a.actor_name AS actorName,
      a.procedure, e.value ->> 0 AS tableName, e.value ->> 1 AS recordId, e.value ->> 2 AS action,
      e.value ->> 3 AS label, e.value -> 4 AS changes, e.value ->> 5 AS refs,
      e.value ->> 6 AS reason
    FROM audit_log a, json_each(CASE WHEN a.action = ${RECORDS} THEN a.changes
      ELSE json_array(json_array(a.table_name, a.record_id, a.action, a.label, json(a.changes),
        a.refs, a.reason)) END) e
    ${conditions.length ? sql`WHERE ${sql.join(conditions, sql` AND `)}` : sql``}
    ORDER BY a.seq DESC, e.key DESC
    LIMIT ${limit}`);
}

/** Who appears in the trail, with the name of their latest entry. */
export const auditActors = (db: Db): { actor: string; name: string }[] =>
  db
    .select({ actor: auditLog.actor, name: auditLog.actorName })
    .from(auditLog)
    .where(
      inArray(
        auditLog.seq,
        db
          .select({ seq: sql<number>`max(${auditLog.seq})` })
          .from(auditLog)
          .groupBy(auditLog.actor),
      ),
    )
    .all();
