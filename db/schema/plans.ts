import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { syncColumns } from "./common";
import {
  activityKinds,
  activityRepeats,
  activityStatuses,
  dateReviews,
} from "../../electron/contract/vocabulary";

/** Kế hoạch công tác thi đua, khen thưởng năm N: one per working year. */
export const yearPlans = sqliteTable(
  "year_plans",
  {
    ...syncColumns,
    year: integer("year").notNull(),
    title: text("title").notNull(),
    /** Opening paragraph after the bases ("Nhằm tổ chức thi đua thực hiện thắng lợi…"). */
    intro: text("intro").notNull().default(""),
    purposes: text("purposes").notNull().default(""),
    requirements: text("requirements").notNull().default(""),
    /** Legal bases cited, as a JSON array of legal_bases.id. */
    legalBasisIds: text("legal_basis_ids", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default([]),
    /** Tổ chức thực hiện: JSON array of { unit: string, tasks: string }. */
    organisation: text("organisation", { mode: "json" })
      .$type<{ unit: string; tasks: string }[]>()
      .notNull()
      .default([]),
  },
  (t) => [
    uniqueIndex("year_plans_year_live")
      .on(t.year)
      .where(sql`deleted_at is null`),
  ],
);

/** One activity of the year plan; repeating ones are stored one row per occurrence. */
export const planActivities = sqliteTable(
  "plan_activities",
  {
    ...syncColumns,
    planId: text("plan_id")
      .notNull()
      .references(() => yearPlans.id),
    title: text("title").notNull(),
    /** 1–4; null when only a due date is known (then the quarter follows from it). */
    quarter: integer("quarter"),
    dueDate: text("due_date"),
    /** Free text as written in plans ("Phòng Nội vụ"), the directory unit when there is one. */
    leadUnit: text("lead_unit").notNull().default(""),
    leadUnitId: text("lead_unit_id"),
    coordinatingUnits: text("coordinating_units").notNull().default(""),
    /** ban_hanh_van_ban, hoi_nghi, dang_ky_thi_dua, tong_hop_ho_so, bao_cao, kiem_tra, tap_huan, khac. */
    kind: text("kind", { enum: activityKinds }).notNull().default("khac"),
    /** chua_bat_dau, dang_lam, hoan_thanh; "quá hạn" is computed, never stored. */
    status: text("status", { enum: activityStatuses }).notNull().default("chua_bat_dau"),
    completedOn: text("completed_on"),
    resultNote: text("result_note").notNull().default(""),
    /** Occurrences of one repeating activity share a series id. */
    seriesId: text("series_id"),
    /** none, quarterly, monthly. */
    repeat: text("repeat", { enum: activityRepeats }).notNull().default("none"),
    /** Why the date needs review after a copy from last year (cuoi_tuan, nghi_tet), or "". */
    dateReview: text("date_review", { enum: dateReviews }).notNull().default(""),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [index("plan_activities_plan").on(t.planId), index("plan_activities_due").on(t.dueDate)],
);

/** Documents and records an activity produced (the register entry of a report it sent, …). */
export const planActivityLinks = sqliteTable(
  "plan_activity_links",
  {
    ...syncColumns,
    activityId: text("activity_id")
      .notNull()
      .references(() => planActivities.id),
    /** document, or another area's record kind. */
    targetKind: text("target_kind").notNull(),
    targetId: text("target_id").notNull(),
    label: text("label").notNull().default(""),
  },
  (t) => [index("plan_activity_links_activity").on(t.activityId)],
);
