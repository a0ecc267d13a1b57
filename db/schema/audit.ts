import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * The audit trail: one row per record a call changed, written in the call's own transaction by
 * the connection's audit triggers (db/audit.ts). Append-only (migration triggers refuse UPDATE
 * and DELETE) and hash-chained: each row's hash covers its fields and the previous row's hash.
 * Local to the installation: it never travels in packages (its head does).
 */
export const auditLog = sqliteTable(
  "audit_log",
  {
    seq: integer("seq").primaryKey(),
    at: integer("at").notNull(),
    /** One id per call: the rows of one save share it. */
    opId: text("op_id"),
    /** "account:<id>", or the installation id in an installation without accounts. */
    actor: text("actor").notNull(),
    /** The account's full name (or the machine) when it acted. */
    actorName: text("actor_name").notNull(),
    /** The contract procedure, or "system.*" for what the app does by itself. */
    procedure: text("procedure").notNull(),
    tableName: text("table_name").notNull(),
    recordId: text("record_id").notNull(),
    /** A readable name of the record (a person's name, a decision's number…). */
    label: text("label").notNull(),
    /** insert | update | delete | undelete | event */
    action: text("action").notNull(),
    /** {column: [before, after]} of the changed columns. */
    changes: text("changes").notNull(),
    /** The ids the row points to (" id1 id2 "): a person's, a dossier's history finds it. */
    refs: text("refs").notNull(),
    /** The reason given when a warning was overridden (or a decision cancelled). */
    reason: text("reason"),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
  },
  // No index: each would cost every audited write. The Nhật ký reads newest first by seq, and a
  // record's history matches the ids its rows point to (a scan either way).
);
