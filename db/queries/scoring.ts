import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../open-database";
import { clusterMembers, memberScores, scoreCriteria, scoreTables, units } from "../schema";
import type { ClusterMemberRow } from "./directory";
import { liveRows, syncedRows, type WriteStamp } from "./sync-rows";

export type ScoreTableRow = typeof scoreTables.$inferSelect;
export type ScoreCriterionRow = typeof scoreCriteria.$inferSelect;
export type MemberScoreRow = typeof memberScores.$inferSelect;

export const scoreTableRows = syncedRows(scoreTables);
export const scoreCriterionRows = syncedRows(scoreCriteria);
export const memberScoreRows = syncedRows(memberScores);

/** The live score tables of a year, oldest first. */
export function scoreTablesOfYear(db: Db, year: number): ScoreTableRow[] {
  return liveRows(db, scoreTables, [scoreTables.createdAt], eq(scoreTables.year, year));
}

/** The live score tables of a cluster (cụm, khối) for a year. */
export function scoreTablesOfCluster(db: Db, year: number, clusterId: string): ScoreTableRow[] {
  return liveRows(
    db,
    scoreTables,
    [],
    and(eq(scoreTables.year, year), eq(scoreTables.clusterId, clusterId)),
  );
}

/**
 * Criteria in reading order: each one followed by its sub-criteria (depth first), siblings in
 * their given order. A sub-criterion added at the bottom of the editor is still listed, scored and
 * printed under its parent. One whose parent is missing stays where it is, as a top-level one.
 */
export function inTreeOrder<T extends { id: string; parentId: string | null }>(rows: T[]): T[] {
  const ids = new Set(rows.map((r) => r.id));
  const children = new Map<string | null, T[]>();
  for (const r of rows) {
    const parent = r.parentId !== null && ids.has(r.parentId) ? r.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), r]);
  }
  const out: T[] = [];
  const seen = new Set<string>();
  const visit = (r: T) => {
    if (seen.has(r.id)) return;
    seen.add(r.id);
    out.push(r);
    for (const c of children.get(r.id) ?? []) visit(c);
  };
  for (const r of children.get(null) ?? []) visit(r);
  // A loop of parents (not produced by the editor) has no root: listed after the rest.
  for (const r of rows) visit(r);
  return out;
}

/** A table's live criteria in reading order (inTreeOrder), or in no order when `ordered` is false. */
export function criteriaOfTable(db: Db, tableId: string, ordered = true): ScoreCriterionRow[] {
  const rows = liveRows(
    db,
    scoreCriteria,
    ordered ? [scoreCriteria.sortOrder] : [],
    eq(scoreCriteria.tableId, tableId),
  );
  return ordered ? inTreeOrder(rows) : rows;
}

/** Inserts a criterion with a chosen id (kept across edits so that its scores stay attached). */
export function insertCriterion(
  db: Db,
  id: string,
  values: Omit<ScoreCriterionRow, "id" | "createdAt" | "updatedAt" | "deletedAt" | "origin">,
  stamp: WriteStamp,
): void {
  db.insert(scoreCriteria)
    .values({ ...values, id, createdAt: stamp.now, updatedAt: stamp.now, origin: stamp.origin })
    .run();
}

/** The live scores of a table; of one member unit when given. */
export function scoresOfTable(db: Db, tableId: string, unitId?: string): MemberScoreRow[] {
  return liveRows(
    db,
    memberScores,
    [],
    unitId
      ? and(eq(memberScores.tableId, tableId), eq(memberScores.unitId, unitId))
      : eq(memberScores.tableId, tableId),
  );
}

/** The live scores given on a criterion. */
export function scoresOfCriterion(db: Db, criterionId: string): MemberScoreRow[] {
  return liveRows(db, memberScores, [], eq(memberScores.criterionId, criterionId));
}

/** A cluster's live members of a year, in no particular order. */
export function clusterMembersOf(db: Db, clusterId: string, year: number): ClusterMemberRow[] {
  return liveRows(
    db,
    clusterMembers,
    [],
    and(eq(clusterMembers.clusterId, clusterId), eq(clusterMembers.year, year)),
  );
}

/** Names of some units, deleted ones included. */
export function unitNamesByIds(db: Db, ids: string[]): Map<string, string> {
  return new Map(
    db
      .select({ id: units.id, name: units.name })
      .from(units)
      .where(inArray(units.id, ids))
      .all()
      .map((u) => [u.id, u.name]),
  );
}
