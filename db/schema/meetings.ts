import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { syncColumns } from "./common";
import {
  councilRoles,
  meetingKinds,
  meetingStates,
  voteOutcomes,
} from "../../electron/contract/vocabulary";

/**
 * Phiên họp Hội đồng Thi đua – Khen thưởng (domain notes § "Phiên họp Hội đồng"). Its Biên bản gets
 * the council's series number ("…/BB-HĐTĐKT") from the document register when it is issued.
 */
export const councilMeetings = sqliteTable(
  "council_meetings",
  {
    ...syncColumns,
    year: integer("year").notNull(),
    /** xet_khen_thuong (award session: the stricter quorum applies) or khac. */
    kind: text("kind", { enum: meetingKinds }).notNull().default("xet_khen_thuong"),
    meetingDate: text("meeting_date").notNull(),
    /** "08:00". */
    startTime: text("start_time").notNull(),
    /** "" until known. */
    endTime: text("end_time").notNull().default(""),
    place: text("place").notNull(),
    /** council_members.id of the chair (chủ tọa) and the secretary (thư ký). */
    chairMemberId: text("chair_member_id").notNull(),
    secretaryMemberId: text("secretary_member_id").notNull(),
    note: text("note").notNull().default(""),
    /** du_kien (being prepared, votes being entered) or da_ap_dung (results applied: locked). */
    state: text("state", { enum: meetingStates }).notNull().default("du_kien"),
    appliedAt: integer("applied_at"),
    /** The quorum and pass rules the results were applied with (JSON), for the record. */
    rulesJson: text("rules_json").notNull().default(""),
  },
  (t) => [index("council_meetings_year").on(t.year)],
);

/** Each council member at the meeting, copied from the settings' list when the meeting is created. */
export const meetingAttendance = sqliteTable(
  "meeting_attendance",
  {
    ...syncColumns,
    meetingId: text("meeting_id").notNull(),
    memberId: text("member_id").notNull(),
    /** The member as the minutes print it, kept even if the settings change later. */
    fullName: text("full_name").notNull(),
    position: text("position").notNull().default(""),
    role: text("role", { enum: councilRoles }).notNull(),
    present: integer("present", { mode: "boolean" }).notNull().default(true),
    /** Why absent (công tác, ốm …). */
    reason: text("reason").notNull().default(""),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [index("meeting_attendance_meeting").on(t.meetingId)],
);

/** A nomination put to the meeting, with its vote. */
export const meetingItems = sqliteTable(
  "meeting_items",
  {
    ...syncColumns,
    meetingId: text("meeting_id").notNull(),
    nominationId: text("nomination_id").notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
    /** Members who agreed; null until the vote is entered. */
    votesAgree: integer("votes_agree"),
    /** Members present when the vote was entered. */
    votesPresent: integer("votes_present"),
    /** dat / khong_dat once the results are applied; null before. */
    result: text("result", { enum: voteOutcomes }),
    note: text("note").notNull().default(""),
  },
  (t) => [
    index("meeting_items_meeting").on(t.meetingId),
    index("meeting_items_nomination").on(t.nominationId),
  ],
);
