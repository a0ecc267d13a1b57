import { and, desc, eq } from "drizzle-orm";
import { newId } from "../ids";
import type { Db } from "../open-database";
import {
  exchangeIdMap,
  exchangePackages,
  exchangePeers,
  exchangeRecordBase,
  exchangeSetAside,
} from "../schema";
import { allRows, firstValue, placeholders, runStatement } from "./raw";

/**
 * Reads and writes of the USB exchange. Records travel as plain column maps (SQL column names),
 * so the statements here are generic over a table and its columns; the table and column names
 * come only from the fixed specs of electron/exchange/purposes.ts, never from a package.
 */

export type Row = Record<string, unknown>;

const identifier = /^[a-z_][a-z0-9_]*$/;
function checked(names: readonly string[]): string {
  for (const n of names) if (!identifier.test(n)) throw new Error(`bad SQL identifier ${n}`);
  return names.join(", ");
}

/** The rows of `table` matching `where`, with the sync columns and `columns`. */
export function selectRows(
  db: Db,
  table: string,
  columns: readonly string[],
  where: string,
  params: readonly unknown[],
): Row[] {
  const cols = checked(["id", "origin", "deleted_at", ...columns]);
  return allRows<Row>(
    db,
    `SELECT ${cols} FROM ${checked([table])} WHERE ${where} ORDER BY id`,
    ...params,
  );
}

/** One row by id, tombstoned or not. */
export function rowById(db: Db, table: string, columns: readonly string[], id: string) {
  const cols = checked(["id", "deleted_at", ...columns]);
  return allRows<Row>(db, `SELECT ${cols} FROM ${checked([table])} WHERE id = ?`, id)[0];
}

export function rowExists(db: Db, table: string, id: string): boolean {
  return firstValue<number>(db, `SELECT 1 FROM ${checked([table])} WHERE id = ?`, id) === 1;
}

/** Ids of the live rows whose `columns` hold `values` (NULL matches NULL). At most two. */
export function liveIdsWhere(
  db: Db,
  table: string,
  columns: readonly string[],
  values: readonly unknown[],
): string[] {
  checked(columns);
  const cond = columns.map((c) => `${c} IS ?`).join(" AND ");
  return allRows<{ id: string }>(
    db,
    `SELECT id FROM ${checked([table])} WHERE deleted_at IS NULL AND ${cond} LIMIT 2`,
    ...values,
  ).map((r) => r.id);
}

export function insertRecord(
  db: Db,
  table: string,
  id: string,
  origin: string,
  values: Row,
  now: number,
): void {
  const cols = Object.keys(values);
  runStatement(
    db,
    `INSERT INTO ${checked([table])} (id, origin, created_at, updated_at, ${checked(cols)})
     VALUES (?, ?, ?, ?, ${placeholders(cols.length)})`,
    id,
    origin,
    now,
    now,
    ...cols.map((c) => values[c]),
  );
}

export function updateRecord(db: Db, table: string, id: string, values: Row, now: number): void {
  const cols = Object.keys(values);
  checked(cols);
  runStatement(
    db,
    `UPDATE ${checked([table])} SET updated_at = ?, ${cols.map((c) => `${c} = ?`).join(", ")} WHERE id = ?`,
    now,
    ...cols.map((c) => values[c]),
    id,
  );
}

/** The unit with this code and the live units beneath it, the unit first. */
export function unitSubtree(db: Db, rootId: string): string[] {
  return allRows<{ id: string }>(
    db,
    `WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id WHERE u.deleted_at IS NULL)
     SELECT id FROM sub`,
    rootId,
  ).map((r) => r.id);
}

export function liveUnitIdByCode(db: Db, code: string): string | undefined {
  if (!code) return undefined;
  return firstValue<string>(
    db,
    "SELECT id FROM units WHERE code = ? AND deleted_at IS NULL ORDER BY created_at LIMIT 1",
    code,
  );
}

export function awardCodeKnown(db: Db, code: string): boolean {
  return firstValue<number>(db, "SELECT 1 FROM award_catalogue WHERE code = ? LIMIT 1", code) === 1;
}

/** Another live nomination of the same nominee for the same award in the same year, if any. */
export function otherNomination(
  db: Db,
  n: {
    id: string;
    award_code: unknown;
    person_id: unknown;
    unit_id: unknown;
    household_id: unknown;
  },
  year: number,
) {
  return allRows<{ id: string; dossierId: string }>(
    db,
    `SELECT n.id, n.dossier_id AS dossierId FROM nominations n JOIN dossiers d ON d.id = n.dossier_id
     WHERE n.deleted_at IS NULL AND d.deleted_at IS NULL AND n.id <> ? AND n.award_code = ? AND d.year = ?
       AND n.person_id IS ? AND n.unit_id IS ? AND n.household_id IS ? LIMIT 1`,
    n.id,
    n.award_code,
    year,
    n.person_id,
    n.unit_id,
    n.household_id,
  )[0];
}

/** How many migrations this database has had: the schema version a package carries. */
export function schemaVersion(db: Db): number {
  return firstValue<number>(db, "SELECT count(*) FROM __drizzle_migrations") ?? 0;
}

// Record bases and id maps ---------------------------------------------------------------------

export function baseHashes(db: Db, table: string, ids: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    for (const r of allRows<{ id: string; hash: string }>(
      db,
      `SELECT record_id AS id, hash FROM exchange_record_base WHERE table_name = ? AND record_id IN (${placeholders(chunk.length)})`,
      table,
      ...chunk,
    ))
      out.set(r.id, r.hash);
  }
  return out;
}

export function setBaseHash(db: Db, table: string, recordId: string, hash: string): void {
  db.insert(exchangeRecordBase)
    .values({ tableName: table, recordId, hash })
    .onConflictDoUpdate({
      target: [exchangeRecordBase.tableName, exchangeRecordBase.recordId],
      set: { hash },
    })
    .run();
}

export function idMapOf(db: Db, peer: string, table: string): Map<string, string> {
  return new Map(
    db
      .select()
      .from(exchangeIdMap)
      .where(and(eq(exchangeIdMap.peer, peer), eq(exchangeIdMap.tableName, table)))
      .all()
      .map((r) => [r.remoteId, r.localId]),
  );
}

export function mapId(db: Db, peer: string, table: string, remoteId: string, localId: string) {
  db.insert(exchangeIdMap)
    .values({ peer, tableName: table, remoteId, localId })
    .onConflictDoUpdate({
      target: [exchangeIdMap.peer, exchangeIdMap.tableName, exchangeIdMap.remoteId],
      set: { localId },
    })
    .run();
}

export function setAside(
  db: Db,
  v: { packageId: string; table: string; recordId: string; kept: "ours" | "theirs"; other: Row },
  now: number,
) {
  db.insert(exchangeSetAside)
    .values({
      id: newId(),
      packageId: v.packageId,
      tableName: v.table,
      recordId: v.recordId,
      kept: v.kept,
      otherJson: JSON.stringify(v.other),
      at: now,
    })
    .run();
}

export function setAsideFor(db: Db, table: string, recordId: string) {
  return db
    .select()
    .from(exchangeSetAside)
    .where(and(eq(exchangeSetAside.tableName, table), eq(exchangeSetAside.recordId, recordId)))
    .all();
}

// Peers and packages ---------------------------------------------------------------------------

export function peerById(db: Db, installationId: string) {
  return db
    .select()
    .from(exchangePeers)
    .where(eq(exchangePeers.installationId, installationId))
    .get();
}

/** The installation last confirmed for a unit code (a unit may have replaced its PC). */
export function peerByCode(db: Db, unitCode: string) {
  return db
    .select()
    .from(exchangePeers)
    .where(eq(exchangePeers.unitCode, unitCode))
    .orderBy(desc(exchangePeers.confirmedAt))
    .get();
}

export function pinPeer(db: Db, p: typeof exchangePeers.$inferInsert) {
  db.insert(exchangePeers)
    .values(p)
    .onConflictDoUpdate({
      target: exchangePeers.installationId,
      set: {
        unitCode: p.unitCode,
        unitName: p.unitName,
        publicKey: p.publicKey,
        confirmedAt: p.confirmedAt,
      },
    })
    .run();
}

export type PackageRow = typeof exchangePackages.$inferSelect;

export function packageById(db: Db, id: string): PackageRow | undefined {
  return db.select().from(exchangePackages).where(eq(exchangePackages.id, id)).get();
}

export function packageBySha(db: Db, sha256: string): PackageRow | undefined {
  return db.select().from(exchangePackages).where(eq(exchangePackages.sha256, sha256)).get();
}

/** The newest package imported from this sender for this purpose and period. */
export function latestReceived(db: Db, sender: string, purpose: string, period: string) {
  return db
    .select()
    .from(exchangePackages)
    .where(
      and(
        eq(exchangePackages.direction, "nhan"),
        eq(exchangePackages.senderInstallation, sender),
        eq(exchangePackages.purpose, purpose),
        eq(exchangePackages.period, period),
      ),
    )
    .orderBy(desc(exchangePackages.createdAt))
    .get();
}

/** The last package sent to this recipient (any purpose): the previous link of the chain. */
export function latestSent(db: Db, recipientCode: string) {
  return db
    .select()
    .from(exchangePackages)
    .where(
      and(eq(exchangePackages.direction, "gui"), eq(exchangePackages.recipientCode, recipientCode)),
    )
    .orderBy(desc(exchangePackages.createdAt))
    .get();
}

export function recordPackage(db: Db, p: typeof exchangePackages.$inferInsert) {
  db.insert(exchangePackages).values(p).run();
}

export function markReceipt(db: Db, id: string, at: number): boolean {
  return (
    db
      .update(exchangePackages)
      .set({ receiptAt: at })
      .where(and(eq(exchangePackages.id, id), eq(exchangePackages.direction, "gui")))
      .run().changes === 1
  );
}

export function packageList(db: Db, direction: "gui" | "nhan") {
  return db
    .select()
    .from(exchangePackages)
    .where(eq(exchangePackages.direction, direction))
    .orderBy(desc(exchangePackages.at))
    .all();
}

/** The live people of the given units, by name, with their unit (for pre-filled Excel forms). */
export function livePeopleOfUnits(db: Db, unitIds: readonly string[]) {
  return allRows<{
    fullName: string;
    birthYear: number | null;
    position: string;
    isLeader: number;
    unitName: string;
    unitCode: string;
  }>(
    db,
    `SELECT p.full_name AS fullName, p.birth_year AS birthYear, p.position, p.is_leader AS isLeader,
            u.name AS unitName, u.code AS unitCode
     FROM people p JOIN units u ON u.id = p.unit_id
     WHERE p.deleted_at IS NULL AND p.unit_id IN (SELECT value FROM json_each(?))
     ORDER BY p.sort_key`,
    JSON.stringify(unitIds),
  );
}
