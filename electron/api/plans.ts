import { documentInputOf } from "../../db/queries/documents";
import { writeFileAtomic } from "../atomic-write";
import {
  activitiesBySortOrder,
  activitiesOfPlan,
  documentLinksOf,
  documentsEvenDeleted,
  linksOfActivities,
  liveDocumentIds,
  planActivityLinkRows,
  planActivityRows,
  planOfYear as planOfYearQuery,
  planRows,
  restoreActivity,
  type PlanActivityRow,
  type PlanRow,
} from "../../db/queries/plans";
import {
  fillYear,
  templateActivities,
  templatePurposes,
  templateRequirements,
} from "../../db/seed/plan-template";
import { createDocument, numberOf, toRow, type FillResolver } from "../documents/register";
import { planSummary, yearPlanFillData } from "../documents/year-plan";
import { periodColumns, periodReportDocx, periodRows } from "../documents/period-report";
import { writeTable } from "../exchange/xlsx-write";
import fs from "node:fs";
import path from "node:path";
import type { PlanActivity, YearPlan, plansProcedures } from "../contract";
import { formatDate } from "../contract/format";
import {
  dateReview,
  quarterOf,
  quarterRange,
  shiftYear,
  shownStatus,
  type Quarter,
} from "../domain/plan-calendar";
import { isoDateOf } from "../domain/vietnamese";
import { inExportsDir } from "../paths";
import type { AppContext } from "./context";
import { documentContext, signerOf } from "./lookups";
import { AppError, conflict, invalid, notFound } from "./errors";
import type { HandlersFor } from "./router";

type ActivityRow = PlanActivityRow;

const today = (ctx: AppContext) => isoDateOf(ctx.clock.now());

function toPlan(r: PlanRow): YearPlan {
  return {
    id: r.id,
    year: r.year,
    title: r.title,
    intro: r.intro,
    purposes: r.purposes,
    requirements: r.requirements,
    legalBasisIds: r.legalBasisIds,
    organisation: r.organisation,
  };
}

function planOfYear(ctx: AppContext, year: number): PlanRow | undefined {
  return planOfYearQuery(ctx.db, year);
}

interface ActivityLinks {
  count: number;
  documents: { id: string; label: string }[];
}

/** Each activity's links, with the register documents among them labelled by number and summary. */
function activityLinks(ctx: AppContext, ids: string[]): Map<string, ActivityLinks> {
  const out = new Map<string, ActivityLinks>();
  if (!ids.length) return out;
  const rows = linksOfActivities(ctx.db, ids);
  const docIds = rows.filter((r) => r.kind === "document").map((r) => r.targetId);
  const docs = new Map(
    docIds.length ? documentsEvenDeleted(ctx.db, docIds).map((d) => [d.id, d]) : [],
  );
  for (const r of rows) {
    const entry = out.get(r.activityId) ?? { count: 0, documents: [] };
    entry.count++;
    const d = docs.get(r.targetId);
    if (r.kind === "document" && d && d.deletedAt === null)
      entry.documents.push({ id: d.id, label: `${numberOf(d)} – ${d.summary}` });
    out.set(r.activityId, entry);
  }
  return out;
}

function toActivity(
  r: ActivityRow,
  year: number,
  now: string,
  links: ActivityLinks | undefined,
): PlanActivity {
  const quarter = (r.quarter ?? quarterOf(r.dueDate!)) as Quarter;
  const status = r.status;
  return {
    id: r.id,
    planId: r.planId,
    title: r.title,
    quarter,
    dueDate: r.dueDate,
    leadUnit: r.leadUnit,
    leadUnitId: r.leadUnitId,
    coordinatingUnits: r.coordinatingUnits,
    kind: r.kind,
    status,
    shownStatus: shownStatus({ status, dueDate: r.dueDate, quarter }, year, now),
    completedOn: r.completedOn,
    resultNote: r.resultNote,
    repeat: r.repeat,
    seriesId: r.seriesId,
    dateReview: r.dateReview,
    sortOrder: r.sortOrder,
    linkCount: links?.count ?? 0,
    documents: links?.documents ?? [],
  };
}

/** Activities of a year in plan order: by quarter, then the officer's order. */
function activitiesOfYear(ctx: AppContext, year: number): PlanActivity[] {
  const plan = planOfYear(ctx, year);
  if (!plan) return [];
  const rows = activitiesOfPlan(ctx.db, plan.id);
  const links = activityLinks(
    ctx,
    rows.map((r) => r.id),
  );
  const now = today(ctx);
  return rows
    .map((r) => toActivity(r, year, now, links.get(r.id)))
    .sort((a, b) => a.quarter - b.quarter || a.sortOrder - b.sortOrder);
}

function activityById(ctx: AppContext, id: string): PlanActivity {
  const row = planActivityRows.byId(ctx.db, id);
  if (!row) throw notFound("Không tìm thấy hoạt động này (có thể đã bị xóa).");
  const plan = planRows.byId(ctx.db, row.planId)!;
  return toActivity(row, plan.year, today(ctx), activityLinks(ctx, [id]).get(id));
}

/** The rules of issue 5's "Bad input": a due date in the plan's year that agrees with the quarter. */
function checkDates(year: number, quarter: number | null, dueDate: string | null) {
  if (quarter === null && dueDate === null) {
    throw invalid("Hãy chọn quý hoặc nhập hạn hoàn thành cho hoạt động.", {
      quarter: "Chọn quý hoặc nhập hạn",
    });
  }
  if (dueDate !== null && Number(dueDate.slice(0, 4)) !== year) {
    throw invalid(`Hạn ${formatDate(dueDate)} nằm ngoài năm ${year} của kế hoạch.`, {
      dueDate: `Hạn phải trong năm ${year}`,
    });
  }
  if (quarter !== null && dueDate !== null && quarterOf(dueDate) !== quarter) {
    throw invalid(
      `Hạn ${formatDate(dueDate)} thuộc quý ${quarterOf(dueDate)}, không khớp với quý ${quarter} đã chọn.`,
      {
        quarter: `Hạn thuộc quý ${quarterOf(dueDate)}`,
      },
    );
  }
}

function nextSortOrder(ctx: AppContext, planId: string): number {
  return activitiesOfPlan(ctx.db, planId, false).reduce((m, r) => Math.max(m, r.sortOrder + 1), 0);
}

/** One occurrence per quarter, or per month (same day, clamped to the month's length), to year end. */
function occurrences(year: number, quarter: number | null, dueDate: string | null, repeat: string) {
  const start = (quarter ?? quarterOf(dueDate!)) as Quarter;
  if (repeat === "quarterly") {
    return [1, 2, 3, 4]
      .filter((q) => q >= start)
      .map((q) => ({
        quarter: q,
        dueDate: dueDate
          ? clampDay(year, (q - 1) * 3 + Number(dueDate.slice(5, 7)) - (start - 1) * 3, dueDate)
          : null,
      }));
  }
  if (repeat === "monthly") {
    const firstMonth = dueDate ? Number(dueDate.slice(5, 7)) : (start - 1) * 3 + 1;
    const out = [];
    for (let m = firstMonth; m <= 12; m++) {
      const due = dueDate
        ? clampDay(year, m, dueDate)
        : `${year}-${String(m).padStart(2, "0")}-${String(new Date(Date.UTC(year, m, 0)).getUTCDate()).padStart(2, "0")}`;
      out.push({ quarter: quarterOf(due), dueDate: due });
    }
    return out;
  }
  return [{ quarter, dueDate }];
}

function clampDay(year: number, month: number, like: string): string {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(Number(like.slice(8, 10)), last);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Years written in a copied title move with the plan ("năm 2024" → "năm 2025"). */
function shiftYearsInText(text: string, from: number, by: number): string {
  return text.replace(/\b(\d{4})\b/g, (m) => {
    const y = Number(m);
    return y >= from - 1 && y <= from + 1 ? String(y + by) : m;
  });
}

function createPlan(ctx: AppContext, year: number, from: "template" | "copy", sourceYear: number) {
  if (planOfYear(ctx, year)) throw conflict(`Đã có kế hoạch năm ${year}.`);
  return ctx.db.transaction((tx) => {
    const stamp = ctx.stamp();
    let activities = 0;
    let toReview = 0;
    if (from === "template") {
      const planId = planRows.save(
        tx,
        undefined,
        {
          year,
          title: `Kế hoạch công tác thi đua, khen thưởng năm ${year}`,
          purposes: fillYear(templatePurposes, year),
          requirements: fillYear(templateRequirements, year),
        },
        stamp,
      )!;
      templateActivities.forEach((a, i) => {
        const dueDate = a.due ? `${year}-${a.due}` : null;
        planActivityRows.save(
          tx,
          undefined,
          {
            planId,
            title: fillYear(a.title, year),
            quarter: a.quarter,
            dueDate,
            kind: a.kind,
            sortOrder: i,
            leadUnit: "",
            dateReview: dueDate ? (dateReview(dueDate) ?? "") : "",
          },
          stamp,
        );
        activities++;
      });
      return { planId, activities, toReview };
    }
    const source = planOfYear(ctx, sourceYear);
    if (!source) throw notFound(`Chưa có kế hoạch năm ${sourceYear} để sao chép.`);
    const by = year - sourceYear;
    const planId = planRows.save(
      tx,
      undefined,
      {
        year,
        title: shiftYearsInText(source.title, sourceYear, by),
        intro: shiftYearsInText(source.intro, sourceYear, by),
        purposes: shiftYearsInText(source.purposes, sourceYear, by),
        requirements: shiftYearsInText(source.requirements, sourceYear, by),
        legalBasisIds: source.legalBasisIds,
        organisation: source.organisation,
      },
      stamp,
    )!;
    for (const a of activitiesBySortOrder(tx, source.id)) {
      const dueDate = a.dueDate ? shiftYear(a.dueDate, by) : null;
      const review = dueDate ? (dateReview(dueDate) ?? "") : "";
      if (review) toReview++;
      planActivityRows.save(
        tx,
        undefined,
        {
          planId,
          title: shiftYearsInText(a.title, sourceYear, by),
          quarter: a.quarter,
          dueDate,
          leadUnit: a.leadUnit,
          leadUnitId: a.leadUnitId,
          coordinatingUnits: a.coordinatingUnits,
          kind: a.kind,
          status: "chua_bat_dau",
          completedOn: null,
          resultNote: "",
          seriesId: a.seriesId,
          repeat: a.repeat,
          dateReview: review,
          sortOrder: a.sortOrder,
        },
        stamp,
      );
      activities++;
    }
    return { planId, activities, toReview };
  });
}

export interface Deadline {
  date: string | null;
  title: string;
  source: string;
  status: PlanActivity["shownStatus"];
  route: string;
}

/** The year plan's activities as dashboard deadlines (an undated one is due at its quarter's end). */
function planDeadlines(activities: PlanActivity[], year: number): Deadline[] {
  return activities.map((a) => ({
    date: a.dueDate ?? quarterRange(year, a.quarter as Quarter).to,
    title: a.title,
    source: `Kế hoạch năm – Quý ${["I", "II", "III", "IV"][a.quarter - 1]}`,
    status: a.shownStatus,
    route: "/ke-hoach",
  }));
}

/** Deadlines of other areas (movements' registration and dossier deadlines…) join the dashboard here. */
export const deadlineProviders: ((ctx: AppContext, year: number) => Deadline[])[] = [];

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

interface PlanDocumentInput {
  planId: string;
  docDate: string;
  signerId: string;
  noiNhan: string[];
  /** Kept so the register can warn about bases no longer in force on the document's date. */
  legalBasisIds: string[];
}

// The register refills the Kế hoạch from the plan as it is now, so edits mark the draft outdated.
export const yearPlanFill: FillResolver = (ctx, row, number) => {
  const input = documentInputOf(row) as PlanDocumentInput;
  const plan = planRows.byId(ctx.db, input.planId);
  if (!plan) throw notFound("Kế hoạch của văn bản này đã bị xóa.");
  return yearPlanFillData(
    toPlan(plan),
    activitiesOfYear(ctx, plan.year),
    { docDate: input.docDate, noiNhan: input.noiNhan },
    number,
    documentContext(ctx, row, signerOf(ctx, input.signerId)),
  );
};

const periodQuarters: Record<string, { quarters: number[]; label: string; file: string }> = {
  q1: { quarters: [1], label: "Quý I", file: "quy-1" },
  q2: { quarters: [2], label: "Quý II", file: "quy-2" },
  q3: { quarters: [3], label: "Quý III", file: "quy-3" },
  q4: { quarters: [4], label: "Quý IV", file: "quy-4" },
  h1: { quarters: [1, 2], label: "6 tháng đầu", file: "6-thang-dau-nam" },
  h2: { quarters: [3, 4], label: "6 tháng cuối", file: "6-thang-cuoi-nam" },
  nam: { quarters: [1, 2, 3, 4], label: "Năm", file: "ca-nam" },
};

function periodReport(ctx: AppContext, year: number, period: string) {
  const p = periodQuarters[period]!;
  const inPeriod = activitiesOfYear(ctx, year).filter((a) => p.quarters.includes(a.quarter));
  return {
    label: period === "nam" ? `Năm ${year}` : `${p.label} năm ${year}`,
    done: inPeriod.filter((a) => a.status === "hoan_thanh"),
    notDone: inPeriod.filter((a) => a.status !== "hoan_thanh"),
  };
}

export const plansHandlers: HandlersFor<typeof plansProcedures> = {
  "plans.periodReport": ({ year, period }, ctx) => periodReport(ctx, year, period),
  "plans.setActivityDocuments": ({ activityId, documentIds }, ctx) => {
    activityById(ctx, activityId);
    const known = new Set(liveDocumentIds(ctx.db));
    if (documentIds.some((d) => !known.has(d)))
      throw notFound("Có văn bản không còn trong sổ văn bản; hãy tải lại trang.");
    ctx.db.transaction((tx) => {
      const current = documentLinksOf(tx, activityId);
      for (const l of current)
        if (!documentIds.includes(l.targetId))
          planActivityLinkRows.tombstone(tx, l.id, ctx.clock.now());
      for (const d of documentIds) {
        if (current.some((l) => l.targetId === d)) continue;
        planActivityLinkRows.save(
          tx,
          undefined,
          { activityId, targetKind: "document", targetId: d, label: "" },
          ctx.stamp(),
        );
      }
    });
    return activityById(ctx, activityId);
  },
  "plans.exportPeriodReport": async ({ year, period, format }, ctx) => {
    if (!planOfYear(ctx, year)) throw notFound(`Chưa có kế hoạch năm ${year}.`);
    const r = periodReport(ctx, year, period);
    const title = `Kết quả thực hiện kế hoạch công tác thi đua, khen thưởng ${r.label.charAt(0).toLowerCase()}${r.label.slice(1)}`;
    const file = inExportsDir(
      ctx.paths,
      `ket-qua-ke-hoach-${periodQuarters[period]!.file}-${year}.${format}`,
    );
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if (format === "docx") {
      writeFileAtomic(file, await periodReportDocx(title, r.done, r.notDone));
    } else {
      const rows = [
        ...r.done.map((a) => ({ a, group: "Đã hoàn thành" })),
        ...r.notDone.map((a) => ({ a, group: "Chưa hoàn thành" })),
      ];
      const cells = periodRows(rows.map((x) => x.a));
      await writeTable(
        file,
        r.label,
        title,
        [
          ...periodColumns.map((c, i) => ({
            header: c.title,
            width: Math.round(c.share * 120),
            value: (row: number) => cells[row]![i]!,
          })),
          { header: "Tình trạng", width: 18, value: (row: number) => rows[row]!.group },
        ],
        cells.map((_, i) => i),
      );
    }
    return { path: file };
  },
  "plans.get": ({ year }, ctx) => {
    const plan = planOfYear(ctx, year);
    return plan ? toPlan(plan) : null;
  },
  "plans.create": ({ year, from, sourceYear }, ctx) => {
    const r = createPlan(ctx, year, from, sourceYear ?? year - 1);
    return {
      plan: toPlan(planRows.byId(ctx.db, r.planId)!),
      activities: r.activities,
      toReview: r.toReview,
    };
  },
  "plans.save": ({ id, legalBasisIds, organisation, ...text }, ctx) => {
    const saved = planRows.save(
      ctx.db,
      id,
      {
        ...text,
        legalBasisIds,
        organisation,
      },
      ctx.stamp(),
    );
    if (!saved) throw notFound("Không tìm thấy kế hoạch này.");
    return toPlan(planRows.byId(ctx.db, saved)!);
  },
  "plans.listActivities": ({ year }, ctx) => activitiesOfYear(ctx, year),
  "plans.saveActivity": ({ id, repeat, ...values }, ctx) => {
    const existing = id ? planActivityRows.byId(ctx.db, id) : undefined;
    if (id && !existing) throw notFound("Không tìm thấy hoạt động này (có thể đã bị xóa).");
    const plan = planRows.byId(ctx.db, existing?.planId ?? values.planId);
    if (!plan) throw notFound("Không tìm thấy kế hoạch của hoạt động này.");
    checkDates(plan.year, values.quarter, values.dueDate);
    const done = values.status === "hoan_thanh";
    const completedOn = done ? (values.completedOn ?? today(ctx)) : null;
    const row = { ...values, planId: plan.id, completedOn, dateReview: "" as const };
    if (existing) {
      planActivityRows.save(ctx.db, existing.id, row, ctx.stamp());
      return activityById(ctx, existing.id);
    }
    const firstId = ctx.db.transaction((tx) => {
      const list = occurrences(plan.year, values.quarter, values.dueDate, repeat);
      const seriesId = list.length > 1 ? crypto.randomUUID() : null;
      let order = nextSortOrder(ctx, plan.id);
      const ids = list.map((o) =>
        planActivityRows.save(
          tx,
          undefined,
          { ...row, ...o, repeat, seriesId, sortOrder: order++ },
          ctx.stamp(),
        )!,
      );
      return ids[0]!;
    });
    return activityById(ctx, firstId);
  },
  "plans.deleteActivity": ({ id }, ctx) => {
    const produced = activityLinks(ctx, [id]).get(id)?.documents ?? [];
    if (produced.length) {
      throw conflict(
        `Hoạt động này đã tạo văn bản trong sổ văn bản (${produced.map((d) => d.label).join("; ")}); không thể xóa.`,
      );
    }
    if (!planActivityRows.tombstone(ctx.db, id, ctx.clock.now())) throw notFound();
    return { ok: true as const };
  },
  "plans.restoreActivity": ({ id }, ctx) => {
    if (!restoreActivity(ctx.db, id, ctx.clock.now())) throw notFound();
    return activityById(ctx, id);
  },
  "plans.moveActivity": ({ id, direction }, ctx) => {
    const me = activityById(ctx, id);
    const plan = planRows.byId(ctx.db, me.planId)!;
    const sameQuarter = activitiesOfYear(ctx, plan.year).filter((a) => a.quarter === me.quarter);
    const i = sameQuarter.findIndex((a) => a.id === id);
    const other = sameQuarter[direction === "up" ? i - 1 : i + 1];
    if (!other)
      throw new AppError(
        "VALIDATION",
        direction === "up" ? "Hoạt động đã ở đầu quý." : "Hoạt động đã ở cuối quý.",
      );
    ctx.db.transaction((tx) => {
      // Swap positions; equal sort orders (from copies) are separated by the swap itself.
      const [a, b] =
        other.sortOrder === me.sortOrder
          ? [me.sortOrder + (direction === "up" ? -1 : 1), me.sortOrder]
          : [other.sortOrder, me.sortOrder];
      planActivityRows.save(tx, me.id, { sortOrder: a }, ctx.stamp());
      planActivityRows.save(tx, other.id, { sortOrder: b }, ctx.stamp());
    });
    return { ok: true as const };
  },
  "plans.generateDocument": async ({ year, docDate, signerId, noiNhan }, ctx) => {
    const plan = planOfYear(ctx, year);
    if (!plan) throw notFound(`Chưa có kế hoạch năm ${year}.`);
    const signer = signerOf(ctx, signerId);
    const input: PlanDocumentInput = {
      planId: plan.id,
      docDate,
      signerId,
      noiNhan,
      legalBasisIds: plan.legalBasisIds,
    };
    const row = await createDocument(ctx, {
      templateId: "ke-hoach",
      docDate,
      summary: planSummary(plan.title),
      signerName: signer.fullName,
      signer,
      sourceKind: "year_plan",
      sourceId: plan.id,
      input,
    });
    return toRow(ctx, row);
  },
  "plans.dashboard": ({ year }, ctx) => {
    const now = today(ctx);
    const activities = activitiesOfYear(ctx, year);
    const items = [
      ...planDeadlines(activities, year),
      ...deadlineProviders.flatMap((p) => p(ctx, year)),
    ];
    const weekday = (new Date(`${now}T00:00:00Z`).getUTCDay() + 6) % 7;
    const weekEnd = addDays(now, 6 - weekday);
    const monthEnd = `${now.slice(0, 7)}-${String(new Date(Date.UTC(Number(now.slice(0, 4)), Number(now.slice(5, 7)), 0)).getUTCDate()).padStart(2, "0")}`;
    const open = items.filter((i) => i.status !== "hoan_thanh");
    const byDate = (a: { date: string | null }, b: { date: string | null }) =>
      (a.date ?? "").localeCompare(b.date ?? "");
    return {
      year,
      today: now,
      hasPlan: !!planOfYear(ctx, year),
      overdue: open.filter((i) => i.status === "qua_han").sort(byDate),
      dueThisWeek: open.filter((i) => i.date && i.date >= now && i.date <= weekEnd).sort(byDate),
      dueThisMonth: open
        .filter((i) => i.date && i.date > weekEnd && i.date <= monthEnd)
        .sort(byDate),
      quarters: ([1, 2, 3, 4] as const).map((q) => {
        const inQuarter = activities.filter((a) => a.quarter === q);
        return {
          quarter: q,
          done: inQuarter.filter((a) => a.status === "hoan_thanh").length,
          total: inQuarter.length,
        };
      }),
      upcoming: open
        .filter((i) => i.date && i.date >= now)
        .sort(byDate)
        .slice(0, 10),
    };
  },
};
