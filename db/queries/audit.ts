import { and, desc, eq, gte, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "../open-database";
import { auditLog } from "../schema";

export type AuditRow = typeof auditLog.$inferSelect;

export interface AuditQuery {
  actor?: string | undefined;
  fromMs?: number | undefined;
  toMs?: number | undefined;
  tables?: string[] | undefined;
  recordId?: string | undefined;
  text?: string | undefined;
  beforeSeq?: number | undefined;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function where(q: AuditQuery): SQL | undefined {
  const conditions: (SQL | undefined)[] = [
    q.actor ? eq(auditLog.actor, q.actor) : undefined,
    q.fromMs !== undefined ? gte(auditLog.at, q.fromMs) : undefined,
    q.toMs !== undefined ? lt(auditLog.at, q.toMs) : undefined,
    q.tables ? inArray(auditLog.tableName, q.tables) : undefined,
    q.recordId
      ? or(
          eq(auditLog.recordId, q.recordId),
          sql`${auditLog.refs} LIKE ${`% ${escapeLike(q.recordId)} %`} ESCAPE '\\'`,
        )
      : undefined,
    q.text
      ? or(
          sql`${auditLog.label} LIKE ${`%${escapeLike(q.text)}%`} ESCAPE '\\'`,
          sql`${auditLog.changes} LIKE ${`%${escapeLike(q.text)}%`} ESCAPE '\\'`,
        )
      : undefined,
    q.beforeSeq !== undefined ? lt(auditLog.seq, q.beforeSeq) : undefined,
  ];
  return and(...conditions.filter((c): c is SQL => c !== undefined));
}

/** Newest first. */
export const auditEntries = (db: Db, q: AuditQuery, limit: number): AuditRow[] =>
  db.select().from(auditLog).where(where(q)).orderBy(desc(auditLog.seq)).limit(limit).all();

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

export const auditTableNames = (db: Db): string[] =>
  db
    .selectDistinct({ t: auditLog.tableName })
    .from(auditLog)
    .all()
    .map((r) => r.t);
