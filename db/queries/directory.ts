import type { Db } from "../open-database";
import { allRows, firstColumn, firstValue } from "./raw";
import { and, eq, isNull } from "drizzle-orm";
import { clusterMembers, clusters, directoryListItems, households, people, units } from "../schema";
import { liveRows, syncedRows } from "./sync-rows";
import { foldKey as foldForSearch, vietnameseSortKey, vietnameseTitleKey } from "./name-keys";

/** Keys kept beside a person's or household head's name. */
export function nameKeys(fullName: string, extra = "") {
  return {
    searchKey: foldForSearch(`${fullName} ${extra}`),
    sortKey: vietnameseSortKey(fullName),
  };
}

export function unitKeys(name: string, shortName: string, code: string) {
  return {
    searchKey: foldForSearch(`${name} ${shortName} ${code}`),
    sortKey: vietnameseTitleKey(name),
  };
}

/** A unit and all units below it (ids), from one walk of the parent links. */
export function unitSubtree(db: Db, rootId: string): string[] {
  return firstColumn<string>(
    db,
    `WITH RECURSIVE t(id) AS (SELECT ? UNION SELECT u.id FROM units u JOIN t ON u.parent_id = t.id WHERE u.deleted_at IS NULL)
       SELECT id FROM t`,
    rootId,
  );
}

/** The unit and its ancestors, root first. */
export function unitPath(db: Db, unitId: string): { id: string; name: string }[] {
  return allRows<{ id: string; name: string }>(
    db,
    `WITH RECURSIVE t(id, name, parent_id, depth) AS (
           SELECT id, name, parent_id, 0 FROM units WHERE id = ?
           UNION ALL SELECT u.id, u.name, u.parent_id, t.depth + 1 FROM units u JOIN t ON u.id = t.parent_id
           WHERE t.depth < 50)
         SELECT id, name FROM t ORDER BY depth DESC`,
    unitId,
  );
}

/** LIKE pattern pieces for a folded query: every word must occur in the search key. */
export function searchWords(q: string): string[] {
  return foldForSearch(q)
    .split(" ")
    .filter(Boolean)
    .slice(0, 6)
    .map((w) => `%${w.replace(/[%_\\]/g, (c) => `\\${c}`)}%`);
}

/**
 * An FTS5 query for people_fts: every word of the folded query must start a word of the name
 * ("nguyen van d" → "nguyen"* "van"* "d"*). Null when the query has no letters or digits.
 */
export function ftsPrefixQuery(q: string): string | null {
  const words = ftsWords(q);
  return words.length ? words.map((w) => `"${w}"*`).join(" ") : null;
}

/** The folded words of a query, letters and digits only. */
export function ftsWords(q: string): string[] {
  return foldForSearch(q)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, 8);
}

/** Names of every unit, deleted ones included (old records still name them). */
export function allUnitNames(db: Db): Map<string, string> {
  return new Map(
    allRows<{ id: string; name: string }>(db, "SELECT id, name FROM units").map((u) => [
      u.id,
      u.name,
    ]),
  );
}

export type UnitRow = typeof units.$inferSelect;
export type PersonRow = typeof people.$inferSelect;
export type HouseholdRow = typeof households.$inferSelect;

export const unitRows = syncedRows(units);
export const personRows = syncedRows(people);
export const householdRows = syncedRows(households);

/** A unit by id, deleted or not (old records still name it). */
export function unitEvenDeleted(db: Db, id: string): UnitRow | undefined {
  return db.select().from(units).where(eq(units.id, id)).get();
}

/** Every live unit, in no particular order. */
export function liveUnits(db: Db): UnitRow[] {
  return liveRows(db, units, []);
}

/** Every live unit, by its Vietnamese sort key. */
export function liveUnitsSorted(db: Db): UnitRow[] {
  return liveRows(db, units, [units.sortKey]);
}

/** How many live people a unit has. */
export function peopleCountOfUnit(db: Db, unitId: string): number {
  return firstValue<number>(
    db,
    "SELECT count(*) AS n FROM people WHERE unit_id = ? AND deleted_at IS NULL",
    unitId,
  )!;
}

export type ListItemRow = typeof directoryListItems.$inferSelect;
export type ClusterRow = typeof clusters.$inferSelect;
export type ClusterMemberRow = typeof clusterMembers.$inferSelect;

export const listItemRows = syncedRows(directoryListItems);
export const clusterRows = syncedRows(clusters);
export const clusterMemberRows = syncedRows(clusterMembers);

/** The office's own items of a list (unit kinds, person categories), oldest first. */
export function customListItems(db: Db, list: "unit_kind" | "person_category"): ListItemRow[] {
  return liveRows(
    db,
    directoryListItems,
    [directoryListItems.createdAt],
    eq(directoryListItems.list, list),
  );
}

/** How many live people each unit has (null: people without a unit). */
export function peopleCountsByUnit(db: Db): Map<string | null, number> {
  return new Map(
    allRows<{ unit_id: string | null; n: number }>(
      db,
      "SELECT unit_id, count(*) n FROM people WHERE deleted_at IS NULL GROUP BY unit_id",
    ).map((r) => [r.unit_id, r.n]),
  );
}

/** Live units with a code. */
export function unitsWithCode(db: Db, code: string): UnitRow[] {
  return liveRows(db, units, [], eq(units.code, code));
}

/** What still refers to a unit: sub-units, work periods, households, ratings, cluster seats. */
export function unitUses(db: Db, unitId: string) {
  const count = (sql: string) => firstValue<number>(db, sql, unitId) ?? 0;
  return {
    subUnits: count("SELECT count(*) FROM units WHERE parent_id = ? AND deleted_at IS NULL"),
    periods: count("SELECT count(*) FROM person_units WHERE unit_id = ? AND deleted_at IS NULL"),
    households: count("SELECT count(*) FROM households WHERE unit_id = ? AND deleted_at IS NULL"),
    ratings: count("SELECT count(*) FROM ratings WHERE subject_id = ? AND deleted_at IS NULL"),
    clusterSeats: count(
      "SELECT count(*) FROM cluster_members WHERE unit_id = ? AND deleted_at IS NULL",
    ),
  };
}

/** The live clusters (cụm, khối thi đua), oldest first. */
export function clusterList(db: Db): ClusterRow[] {
  return liveRows(db, clusters, [clusters.createdAt]);
}

/** The live cluster seats of a year, oldest first (or none when `ordered` is false). */
export function clusterMembersOfYear(db: Db, year: number, ordered = true): ClusterMemberRow[] {
  return liveRows(
    db,
    clusterMembers,
    ordered ? [clusterMembers.createdAt] : [],
    eq(clusterMembers.year, year),
  );
}

/** Tombstones a cluster's seats (of one year when given). */
export function clearClusterMembers(db: Db, clusterId: string, now: number, year?: number): void {
  db.update(clusterMembers)
    .set({ deletedAt: now, updatedAt: now })
    .where(
      year === undefined
        ? and(eq(clusterMembers.clusterId, clusterId), isNull(clusterMembers.deletedAt))
        : and(
            eq(clusterMembers.clusterId, clusterId),
            eq(clusterMembers.year, year),
            isNull(clusterMembers.deletedAt),
          ),
    )
    .run();
}

/**
 * Up to 8 live households or units whose search key holds every pattern (escaped LIKE patterns of
 * the folded words): households by name, units shortest name first.
 */
export function searchHouseholdsOrUnits(
  db: Db,
  table: "households" | "units",
  patterns: string[],
): Record<string, string | null>[] {
  const where = `t.deleted_at IS NULL AND ${patterns.map(() => "t.search_key LIKE ? ESCAPE '\\'").join(" AND ")}`;
  return allRows(
    db,
    table === "households"
      ? `SELECT t.id, t.head_name, t.head_gender, t.address, u.name AS unit FROM households t LEFT JOIN units u ON u.id = t.unit_id WHERE ${where} ORDER BY t.sort_key LIMIT 8`
      : `SELECT t.id, t.name, t.address FROM units t WHERE ${where} ORDER BY length(t.name), t.sort_key LIMIT 8`,
    ...patterns,
  );
}
