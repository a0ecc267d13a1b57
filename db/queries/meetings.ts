import { eq } from "drizzle-orm";
import type { Db } from "../open-database";
import { councilMeetings, meetingAttendance, meetingItems } from "../schema";
import { allRows } from "./raw";
import { liveRows, syncedRows } from "./sync-rows";

export type MeetingRow = typeof councilMeetings.$inferSelect;
export type AttendanceRow = typeof meetingAttendance.$inferSelect;
export type MeetingItemRow = typeof meetingItems.$inferSelect;

export const meetingRows = syncedRows(councilMeetings);
export const attendanceRows = syncedRows(meetingAttendance);
export const meetingItemRows = syncedRows(meetingItems);

/** The live council meetings of a year, by date and start time. */
export function meetingsOfYear(db: Db, year: number): MeetingRow[] {
  return liveRows(
    db,
    councilMeetings,
    [councilMeetings.meetingDate, councilMeetings.startTime],
    eq(councilMeetings.year, year),
  );
}

/** Who was invited to a meeting, in their order. */
export function attendanceOfMeeting(db: Db, meetingId: string): AttendanceRow[] {
  return liveRows(
    db,
    meetingAttendance,
    [meetingAttendance.sortOrder, meetingAttendance.createdAt],
    eq(meetingAttendance.meetingId, meetingId),
  );
}

/** The agenda of a meeting, in its order. */
export function itemsOfMeeting(db: Db, meetingId: string): MeetingItemRow[] {
  return liveRows(
    db,
    meetingItems,
    [meetingItems.sortOrder, meetingItems.createdAt],
    eq(meetingItems.meetingId, meetingId),
  );
}

/** Nominations already on the agenda of some live meeting. */
export function scheduledNominationIds(db: Db): Set<string> {
  const rows = allRows<{ id: string }>(
    db,
    `SELECT i.nomination_id AS id FROM meeting_items i
         JOIN council_meetings m ON m.id = i.meeting_id AND m.deleted_at IS NULL
        WHERE i.deleted_at IS NULL`,
  );
  return new Set(rows.map((r) => r.id));
}
