import { z } from "zod";
import { id, isoDate, okOutput, optionalText, requiredText, year } from "./common";
import { mutation, query } from "./define";
import { documentRowSchema } from "./documents";
import {
  activityKinds,
  activityRepeats,
  activityStatuses,
  dateReviews,
  reportPeriods,
  shownStatuses,
} from "./vocabulary";

const quarter = z.number().int().min(1, "Quý từ I đến IV").max(4, "Quý từ I đến IV");

export const organisationItem = z.object({
  unit: requiredText("Đơn vị thực hiện", 300),
  tasks: requiredText("Nhiệm vụ", 4000),
});

export const planSchema = z.object({
  id,
  year: z.number().int(),
  title: z.string(),
  intro: z.string(),
  purposes: z.string(),
  requirements: z.string(),
  legalBasisIds: z.array(z.string()),
  organisation: z.array(organisationItem),
});
export type YearPlan = z.infer<typeof planSchema>;

export const planInput = z.object({
  id,
  title: requiredText("Tên kế hoạch", 500),
  intro: optionalText("Đoạn mở đầu", 4000),
  purposes: optionalText("Mục đích", 8000),
  requirements: optionalText("Yêu cầu", 8000),
  legalBasisIds: z.array(id).default([]),
  organisation: z.array(organisationItem).default([]),
});

export const activityInput = z.object({
  planId: id,
  title: requiredText("Tên hoạt động", 1000),
  quarter: quarter.nullable().default(null),
  dueDate: isoDate.nullable().default(null),
  leadUnit: optionalText("Đơn vị chủ trì", 300),
  leadUnitId: id.nullable().default(null),
  coordinatingUnits: optionalText("Đơn vị phối hợp", 1000),
  kind: z.enum(activityKinds).default("khac"),
  status: z.enum(activityStatuses).default("chua_bat_dau"),
  completedOn: isoDate.nullable().default(null),
  resultNote: optionalText("Kết quả", 4000),
  /** Only for a new activity: create one occurrence per quarter or month from its quarter/date on. */
  repeat: z.enum(activityRepeats).default("none"),
});

export const activitySchema = z.object({
  id,
  planId: id,
  title: z.string(),
  /** The quarter it belongs to: as typed, or the quarter of its due date. */
  quarter: z.number().int().min(1).max(4),
  dueDate: z.string().nullable(),
  leadUnit: z.string(),
  leadUnitId: z.string().nullable(),
  coordinatingUnits: z.string(),
  kind: z.enum(activityKinds),
  status: z.enum(activityStatuses),
  /** Status as shown: "qua_han" when not done and its deadline has passed. */
  shownStatus: z.enum(shownStatuses),
  completedOn: z.string().nullable(),
  resultNote: z.string(),
  repeat: z.enum(activityRepeats),
  seriesId: z.string().nullable(),
  dateReview: z.enum(dateReviews),
  sortOrder: z.number().int(),
  linkCount: z.number().int(),
  /** Register documents this activity produced (number/symbol or trích yếu as the label). */
  documents: z.array(z.object({ id: z.string(), label: z.string() })),
});
export type PlanActivity = z.infer<typeof activitySchema>;

const dashboardItem = z.object({
  date: z.string().nullable(),
  title: z.string(),
  /** Which area the deadline comes from ("Kế hoạch năm", later movements, dossiers…). */
  source: z.string(),
  status: z.enum(shownStatuses),
  route: z.string(),
});

export const dashboardSchema = z.object({
  year: z.number().int(),
  today: z.string(),
  hasPlan: z.boolean(),
  overdue: z.array(dashboardItem),
  dueThisWeek: z.array(dashboardItem),
  dueThisMonth: z.array(dashboardItem),
  quarters: z.array(
    z.object({ quarter: z.number().int(), done: z.number().int(), total: z.number().int() }),
  ),
  /** The next deadlines from every area, soonest first. */
  upcoming: z.array(dashboardItem),
});

export const periodReportSchema = z.object({
  /** "Quý I năm 2026", "6 tháng đầu năm 2026"… */
  label: z.string(),
  done: z.array(activitySchema),
  notDone: z.array(activitySchema),
});

export const plansProcedures = {
  "plans.get": query(z.object({ year }), planSchema.nullable()),
  "plans.create": mutation(
    z.object({ year, from: z.enum(["template", "copy"]), sourceYear: year.optional() }),
    z.object({ plan: planSchema, activities: z.number().int(), toReview: z.number().int() }),
  ),
  "plans.save": mutation(planInput, planSchema),
  "plans.listActivities": query(z.object({ year }), z.array(activitySchema)),
  "plans.saveActivity": mutation(activityInput.extend({ id: id.optional() }), activitySchema),
  "plans.deleteActivity": mutation(z.object({ id }), okOutput),
  /** Undo of a delete, for the session. */
  "plans.restoreActivity": mutation(z.object({ id }), activitySchema),
  "plans.moveActivity": mutation(z.object({ id, direction: z.enum(["up", "down"]) }), okOutput),
  "plans.dashboard": query(z.object({ year }), dashboardSchema),
  /** Which register documents an activity produced; replaces the previous list. */
  "plans.setActivityDocuments": mutation(
    z.object({ activityId: id, documentIds: z.array(id).max(50) }),
    activitySchema,
  ),
  /** What was and was not done in a quarter, a half-year or the year, with the result notes. */
  "plans.periodReport": query(
    z.object({ year, period: z.enum(reportPeriods) }),
    periodReportSchema,
  ),
  "plans.exportPeriodReport": mutation(
    z.object({ year, period: z.enum(reportPeriods), format: z.enum(["docx", "xlsx"]) }),
    z.object({ path: z.string() }),
  ),
  /** The plan as a Kế hoạch (seed 001's structure), entered in the register as a draft. */
  "plans.generateDocument": mutation(
    z.object({
      year,
      docDate: isoDate,
      signerId: id,
      noiNhan: z.array(z.string().trim().min(1).max(300)).max(30).default([]),
    }),
    documentRowSchema,
  ),
};
