import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "../open-database";
import { documents, planActivities, planActivityLinks, yearPlans } from "../schema";
import { liveRows, syncedRows } from "./sync-rows";

export type PlanRow = typeof yearPlans.$inferSelect;
export type PlanActivityRow = typeof planActivities.$inferSelect;
export type PlanActivityLinkRow = typeof planActivityLinks.$inferSelect;
type DocumentRow = typeof documents.$inferSelect;

export const planRows = syncedRows(yearPlans);
export const planActivityRows = syncedRows(planActivities);
export const planActivityLinkRows = syncedRows(planActivityLinks);

/** The live plan (kế hoạch) of a year, if any. */
export function planOfYear(db: Db, year: number): PlanRow | undefined {
  return liveRows(db, yearPlans, [], eq(yearPlans.year, year))[0];
}

/** The live activities of a plan, in the officer's order (or none when `ordered` is false). */
export function activitiesOfPlan(db: Db, planId: string, ordered = true): PlanActivityRow[] {
  return liveRows(
    db,
    planActivities,
    ordered ? [planActivities.sortOrder, planActivities.createdAt] : [],
    eq(planActivities.planId, planId),
  );
}

/** The live activities of a plan by sort order only (the copy to a new year keeps it). */
export function activitiesBySortOrder(db: Db, planId: string): PlanActivityRow[] {
  return liveRows(
    db,
    planActivities,
    [planActivities.sortOrder],
    eq(planActivities.planId, planId),
  );
}

/** The live links of some activities (what they produced or point at). */
export function linksOfActivities(
  db: Db,
  activityIds: string[],
): { activityId: string; kind: string; targetId: string }[] {
  return db
    .select({
      activityId: planActivityLinks.activityId,
      kind: planActivityLinks.targetKind,
      targetId: planActivityLinks.targetId,
    })
    .from(planActivityLinks)
    .where(
      and(inArray(planActivityLinks.activityId, activityIds), isNull(planActivityLinks.deletedAt)),
    )
    .all();
}

/** The live links of an activity to register documents. */
export function documentLinksOf(db: Db, activityId: string): PlanActivityLinkRow[] {
  return liveRows(
    db,
    planActivityLinks,
    [],
    and(eq(planActivityLinks.activityId, activityId), eq(planActivityLinks.targetKind, "document")),
  );
}

/** Register documents by id, deleted ones included. */
export function documentsEvenDeleted(db: Db, ids: string[]): DocumentRow[] {
  return db.select().from(documents).where(inArray(documents.id, ids)).all();
}

/** Ids of every live register document. */
export function liveDocumentIds(db: Db): string[] {
  return liveRows(db, documents, []).map((d) => d.id);
}

/** Brings a deleted activity back; false when there is no such activity. */
export function restoreActivity(db: Db, id: string, now: number): boolean {
  return (
    db
      .update(planActivities)
      .set({ deletedAt: null, updatedAt: now })
      .where(and(eq(planActivities.id, id)))
      .run().changes === 1
  );
}
