import type { Db } from "../open-database";
import { councilMembers } from "../schema";
import { liveRows, syncedRows } from "./sync-rows";

export type CouncilMemberRow = typeof councilMembers.$inferSelect;

export const councilMemberRows = syncedRows(councilMembers);

/** The council (Hội đồng thi đua – khen thưởng) members, in their order. */
export function councilMemberList(db: Db): CouncilMemberRow[] {
  return liveRows(db, councilMembers, [councilMembers.sortOrder, councilMembers.createdAt]);
}

/** The council members by sort order only (the global search's order). */
export function councilBySortOrder(db: Db): CouncilMemberRow[] {
  return liveRows(db, councilMembers, [councilMembers.sortOrder]);
}
