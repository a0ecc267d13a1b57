import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * The USB exchange (../shared/design/EXCHANGE.md): installations whose keys the officer confirmed,
 * every package sent and received, the last version agreed with a peer for each record, how a
 * peer's ids map onto ours, and the versions a conflict did not keep.
 */

/** Another installation: its key, pinned once the officer confirmed the fingerprint. */
export const exchangePeers = sqliteTable("exchange_peers", {
  installationId: text("installation_id").primaryKey(),
  unitCode: text("unit_code").notNull(),
  unitName: text("unit_name").notNull(),
  /** Ed25519 public key, SPKI DER base64. */
  publicKey: text("public_key").notNull(),
  confirmedAt: integer("confirmed_at").notNull(),
});

/** A package written here (gui) or imported here (nhan). */
export const exchangePackages = sqliteTable(
  "exchange_packages",
  {
    /** The manifest's package id. */
    id: text("id").primaryKey(),
    /** gui or nhan. */
    direction: text("direction", { enum: ["gui", "nhan"] }).notNull(),
    sha256: text("sha256").notNull(),
    fileName: text("file_name").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    senderInstallation: text("sender_installation").notNull(),
    senderCode: text("sender_code").notNull(),
    senderName: text("sender_name").notNull(),
    recipientCode: text("recipient_code").notNull(),
    purpose: text("purpose").notNull(),
    period: text("period").notNull(),
    /** The manifest's creation time (epoch ms). */
    createdAt: integer("created_at").notNull(),
    /** Record counts per table (JSON). */
    countsJson: text("counts_json").notNull(),
    /** For a received package: the import report (JSON); "" for a sent one. */
    reportJson: text("report_json").notNull().default(""),
    /** When it was imported here (nhan) or written (gui). */
    at: integer("at").notNull(),
    /** For a sent package: when its receipt came back. */
    receiptAt: integer("receipt_at"),
  },
  (t) => [index("exchange_packages_sender").on(t.senderInstallation, t.purpose, t.period)],
);

/** For each record received from or sent to a peer: the hash of the version both sides last had. */
export const exchangeRecordBase = sqliteTable(
  "exchange_record_base",
  {
    tableName: text("table_name").notNull(),
    recordId: text("record_id").notNull(),
    hash: text("hash").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tableName, t.recordId] })],
);

/** A peer's record that is the same as one of ours under another id (matched by code or name). */
export const exchangeIdMap = sqliteTable(
  "exchange_id_map",
  {
    peer: text("peer").notNull(),
    tableName: text("table_name").notNull(),
    remoteId: text("remote_id").notNull(),
    localId: text("local_id").notNull(),
  },
  (t) => [primaryKey({ columns: [t.peer, t.tableName, t.remoteId] })],
);

/** The version a conflict did not keep, never dropped. */
export const exchangeSetAside = sqliteTable(
  "exchange_set_aside",
  {
    id: text("id").primaryKey(),
    packageId: text("package_id").notNull(),
    tableName: text("table_name").notNull(),
    recordId: text("record_id").notNull(),
    /** ours (the package's version set aside) or theirs (ours set aside). */
    kept: text("kept", { enum: ["ours", "theirs"] }).notNull(),
    /** The fields of the version not kept (JSON). */
    otherJson: text("other_json").notNull(),
    at: integer("at").notNull(),
  },
  (t) => [index("exchange_set_aside_record").on(t.tableName, t.recordId)],
);
