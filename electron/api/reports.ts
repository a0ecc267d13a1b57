import { documentInputOf } from "../../db/queries/documents";
import { getSetting, setSetting } from "../../db/queries/app-settings";
import { activitiesOfPlan, planOfYear } from "../../db/queries/plans";
import {
  awardsByForm,
  clustersOfYear,
  decisionMoney,
  forwardedWithResults,
  fundReceiptsPerYear,
  initiativesByLevel,
  issuedDocumentsByType,
  movementsWithResults,
  awardsPerUnit,
  awardsPerYear,
  moneyPerYear,
  nominationsPerState,
  registeredAgainstAchieved,
  scoreTablesOfYears,
  type DateRange,
  type StatisticsFilter,
} from "../../db/queries/reports";
import { freeExportFile } from "../paths";
import { writeTable } from "../exchange/xlsx-write";
import type { reportsProcedures } from "../contract";
import { initiativeLevels, type InitiativeLevel } from "../contract/vocabulary";
import {
  funnelStages,
  statisticsCharts,
  summaryProseSchema,
  type Statistics,
  type SummaryFigures,
  type SummaryPeriod,
  type SummaryProse,
} from "../contract/reports";
import { createDocument, toRow, type FillResolver } from "../documents/register";
import {
  documentKindOf,
  summaryReportFillData,
  summaryReportTitle,
  type SummaryReportInput,
} from "../documents/summary-report";
import type { AppContext } from "./context";
import { invalid } from "./errors";
import { chosenSigner, documentContext } from "./lookups";
import type { HandlersFor } from "./router";
import { tableDetail } from "./scoring";

/** The register's source kind of the Báo cáo tổng kết and sơ kết. */
export const SUMMARY_REPORT_SOURCE = "summary_report";

const rangeOf = (year: number, period: SummaryPeriod): DateRange => ({
  from: `${year}-01-01`,
  to: period === "nam" ? `${year}-12-31` : `${year}-06-30`,
});

/** Every figure of the report, counted from the data. */
export function summaryFigures(
  ctx: AppContext,
  year: number,
  period: SummaryPeriod,
): SummaryFigures {
  const range = rangeOf(year, period);
  const awards = new Map<string, SummaryFigures["awards"][number]>();
  const totals = { tapThe: 0, caNhan: 0, hoGiaDinh: 0 };
  for (const a of awardsByForm(ctx.db, range)) {
    // One row per form as printed: the registry names "Giấy khen" the same for each kind.
    const form = a.awardName.trim().toLocaleLowerCase("vi");
    const row = awards.get(form) ?? {
      awardName: a.awardName,
      tapThe: 0,
      caNhan: 0,
      hoGiaDinh: 0,
    };
    const key =
      a.recipientKind === "tap_the"
        ? "tapThe"
        : a.recipientKind === "ho_gia_dinh"
          ? "hoGiaDinh"
          : "caNhan";
    row[key] += a.n;
    totals[key] += a.n;
    awards.set(form, row);
  }
  const clusters = clustersOfYear(ctx.db, year);
  const money = decisionMoney(ctx.db, range);
  const forwarded = forwardedWithResults(ctx.db, year);
  return {
    ...range,
    documents: issuedDocumentsByType(ctx.db, range).map((d) => ({
      ...d,
      label: documentKindOf(d.typeCode),
    })),
    movements: movementsWithResults(ctx.db, year)
      .filter((m) => m.startDate <= range.to)
      .map((m) => ({
        name: m.name,
        startDate: m.startDate,
        endDate: m.endDate,
        targets: (JSON.parse(m.targets) as { text: string }[]).map((t) => t.text),
        registered: m.registered,
        nominations: m.nominations,
      })),
    awards: [...awards.values()],
    awardTotals: totals,
    decisions: money.decisions,
    money: money.money,
    forwarded: forwarded.forwarded,
    forwardedAwarded: forwarded.awarded,
    clusters: clusters.clusters,
    clusterMembers: clusters.members,
    scoreTables: clusters.tableIds.map((id) => {
      const d = tableDetail(ctx, id);
      return {
        name: d.table.name,
        ranked: [1, 2, 3]
          .map((rank) =>
            d.results
              .filter((r) => r.rank === rank)
              .map((r) => r.unitName)
              .join(", "),
          )
          .filter(Boolean),
      };
    }),
    initiatives: initiativesByLevel(ctx.db, year).map((i) => ({
      label: `cấp ${lowerLevel(i.level)}`,
      n: i.n,
    })),
  };
}

const lowerLevel = (level: string) =>
  (initiativeLevels[level as InitiativeLevel] ?? level).replace(/^Cấp /, "").toLowerCase();

const proseKey = (year: number, period: SummaryPeriod) => `bao-cao-${period}-${year}`;

/**
 * What the officer wrote for the report; before anything is written, IV starts from the plan
 * ahead (next year's plan, or the second half of this year's).
 */
function proseOf(ctx: AppContext, year: number, period: SummaryPeriod) {
  const stored = getSetting<SummaryProse>(ctx.db, proseKey(year, period));
  if (stored) return { prose: summaryProseSchema.parse(stored), saved: true };
  const plan = planOfYear(ctx.db, period === "nam" ? year + 1 : year);
  const ahead = plan
    ? activitiesOfPlan(ctx.db, plan.id).filter((a) => period === "nam" || (a.quarter ?? 0) >= 3)
    : [];
  const prose = summaryProseSchema.parse({
    phuongHuong: ahead.map((a, i) => `${i + 1}. ${a.title}.`).join("\n"),
  });
  return { prose, saved: false };
}

/** Nothing in the data and nothing written: a report would be empty. */
function isEmpty(f: SummaryFigures, p: SummaryProse) {
  return (
    !f.documents.length &&
    !f.movements.length &&
    !f.awards.length &&
    !f.clusters &&
    !f.forwarded &&
    !f.initiatives.length &&
    Object.values(p).every((v) => !v.trim())
  );
}

// The register refills the report from the data as it is now and the prose as last saved.
export const summaryReportFill: FillResolver = (ctx, row, number) => {
  const input = documentInputOf(row) as SummaryReportInput;
  return summaryReportFillData(
    summaryFigures(ctx, input.year, input.period),
    proseOf(ctx, input.year, input.period).prose,
    input,
    number,
    documentContext(ctx, row, chosenSigner(ctx, input.signerId)),
  );
};

/**
 * The charts' data for a filter: per year, per unit, money per year (paid, and received into the
 * funds), the year's funnel.
 */
function statistics(ctx: AppContext, f: StatisticsFilter): Statistics {
  const years = new Map<number, Statistics["perYear"][number]>();
  for (let y = f.fromYear; y <= f.toYear; y++)
    years.set(y, { year: y, tapThe: 0, caNhan: 0, hoGiaDinh: 0 });
  for (const r of awardsPerYear(ctx.db, f)) {
    const row = years.get(r.year)!;
    if (r.recipientKind === "tap_the") row.tapThe += r.n;
    else if (r.recipientKind === "ho_gia_dinh") row.hoGiaDinh += r.n;
    else row.caNhan += r.n;
  }
  const money = new Map(
    moneyPerYear(ctx.db, f.fromYear, f.toYear, f.movementId).map((m) => [m.year, m]),
  );
  const received = new Map(
    fundReceiptsPerYear(ctx.db, f.fromYear, f.toYear).map((r) => [r.year, r.received]),
  );
  const states = new Map(
    nominationsPerState(ctx.db, f.toYear, f.movementId).map((s) => [s.state, s.n]),
  );
  return {
    perYear: [...years.values()],
    perUnit: awardsPerUnit(ctx.db, f),
    money: [...years.keys()].map((y) => ({
      ...(money.get(y) ?? { year: y, money: 0, decisions: 0 }),
      received: received.get(y) ?? 0,
    })),
    funnel: funnelStages.map((st) => ({
      stage: st.label,
      n: st.states.reduce((a, s) => a + (states.get(s) ?? 0), 0),
    })),
    registered: registeredAgainstAchieved(ctx.db, f.toYear, f.movementId),
    rankings: scoreTablesOfYears(ctx.db, f.fromYear, f.toYear).map((t) => {
      const d = tableDetail(ctx, t.id);
      const at = (rank: number) =>
        d.results
          .filter((r) => r.rank === rank)
          .map((r) => r.unitName)
          .join(", ");
      return { year: t.year, table: d.table.name, first: at(1), second: at(2), third: at(3) };
    }),
  };
}

export const reportsHandlers: HandlersFor<typeof reportsProcedures> = {
  "reports.statistics": (f, ctx) => statistics(ctx, f),
  "reports.exportStatistics": async ({ chart, ...f }, ctx) => {
    const s = statistics(ctx, f);
    const span = f.fromYear === f.toYear ? `năm ${f.toYear}` : `${f.fromYear}–${f.toYear}`;
    const { file, fileName } = freeExportFile(
      ctx.paths,
      `Thong-ke-${chart}-${f.fromYear}-${f.toYear}`,
      "xlsx",
    );
    const oneYear = chart === "de_nghi" || chart === "dang_ky";
    const title = `${statisticsCharts[chart]} (${oneYear ? `năm ${f.toYear}` : span})`;
    if (chart === "theo_nam")
      await writeTable(
        file,
        "Theo năm",
        title,
        [
          { header: "Năm", width: 8, value: (r) => r.year },
          { header: "Tập thể", width: 10, value: (r) => r.tapThe },
          { header: "Cá nhân", width: 10, value: (r) => r.caNhan },
          { header: "Hộ gia đình", width: 12, value: (r) => r.hoGiaDinh },
          { header: "Cộng", width: 10, value: (r) => r.tapThe + r.caNhan + r.hoGiaDinh },
        ],
        s.perYear,
      );
    else if (chart === "theo_don_vi")
      await writeTable(
        file,
        "Theo đơn vị",
        title,
        [
          { header: "Đơn vị", width: 40, value: (r) => r.unitName },
          { header: "Số lượt khen thưởng", width: 18, value: (r) => r.n },
        ],
        s.perUnit,
      );
    else if (chart === "tien_thuong")
      await writeTable(
        file,
        "Tiền thưởng",
        title,
        [
          { header: "Năm", width: 8, value: (r) => r.year },
          { header: "Số quyết định", width: 14, value: (r) => r.decisions },
          { header: "Tiền thưởng đã chi (đồng)", width: 24, value: (r) => r.money, money: true },
          { header: "Thu vào quỹ (đồng)", width: 20, value: (r) => r.received, money: true },
        ],
        s.money,
      );
    else if (chart === "dang_ky")
      await writeTable(
        file,
        "Đăng ký",
        title,
        [
          { header: "Đơn vị", width: 40, value: (r) => r.unitName },
          { header: "Danh hiệu đăng ký", width: 18, value: (r) => r.registered },
          { header: "Đạt được", width: 12, value: (r) => r.achieved },
        ],
        s.registered,
      );
    else if (chart === "xep_hang")
      await writeTable(
        file,
        "Xếp hạng",
        title,
        [
          { header: "Năm", width: 8, value: (r) => r.year },
          { header: "Bảng điểm", width: 40, value: (r) => r.table },
          { header: "Hạng Nhất", width: 28, value: (r) => r.first },
          { header: "Hạng Nhì", width: 28, value: (r) => r.second },
          { header: "Hạng Ba", width: 28, value: (r) => r.third },
        ],
        s.rankings,
      );
    else
      await writeTable(
        file,
        "Đề nghị",
        title,
        [
          { header: "Bước", width: 24, value: (r) => r.stage },
          { header: "Số đề nghị", width: 12, value: (r) => r.n },
        ],
        s.funnel,
      );
    return { path: file, fileName };
  },
  "reports.summary": ({ year, period }, ctx) => ({
    figures: summaryFigures(ctx, year, period),
    ...proseOf(ctx, year, period),
  }),
  "reports.saveProse": ({ year, period, prose }, ctx) => {
    setSetting(ctx.db, proseKey(year, period), prose, ctx.clock.now());
    return { ok: true as const };
  },
  "reports.generate": async (input, ctx) => {
    const signer = chosenSigner(ctx, input.signerId);
    const figures = summaryFigures(ctx, input.year, input.period);
    if (isEmpty(figures, proseOf(ctx, input.year, input.period).prose))
      throw invalid(
        `Năm ${input.year} chưa có dữ liệu nào (văn bản, phong trào, khen thưởng, cụm khối, sáng kiến) và chưa viết phần nhận định: chưa có gì để báo cáo. Hãy kiểm tra năm đã chọn.`,
      );
    const stored: SummaryReportInput = {
      year: input.year,
      period: input.period,
      docDate: input.docDate,
      signerId: input.signerId,
      kinhGui: input.kinhGui,
      noiNhan: input.noiNhan,
      legalBasisIds: [],
    };
    const row = await createDocument(ctx, {
      templateId: "bao-cao",
      docDate: input.docDate,
      summary: summaryReportTitle(input.year, input.period),
      signerName: signer.fullName,
      signer,
      sourceKind: SUMMARY_REPORT_SOURCE,
      sourceId: null,
      input: stored,
    });
    return toRow(ctx, row);
  },
};
