import { z } from "zod";
import { id, isoDate, optionalText, year } from "./common";
import { recipientKinds, type NominationState } from "./vocabulary";
import { mutation, query } from "./define";
import { documentRowSchema } from "./documents";

/** The Báo cáo tổng kết (the whole year) and sơ kết (the first six months). */
export const summaryPeriodLabels = {
  nam: "Tổng kết năm",
  sau_thang: "Sơ kết 6 tháng đầu năm",
} as const;
export const summaryPeriods = ["nam", "sau_thang"] as const;
export type SummaryPeriod = (typeof summaryPeriods)[number];

/** The parts of the report the officer writes; each kept per year and period. */
export const summaryProseSchema = z.object({
  dacDiem: optionalText("Đặc điểm tình hình", 20000),
  lanhDao: optionalText("Công tác lãnh đạo, chỉ đạo", 20000),
  phongTrao: optionalText("Các phong trào thi đua", 20000),
  dienHinh: optionalText("Xây dựng, nhân rộng điển hình", 20000),
  tonTai: optionalText("Tồn tại, hạn chế", 20000),
  nguyenNhan: optionalText("Nguyên nhân", 20000),
  phuongHuong: optionalText("Phương hướng, nhiệm vụ", 20000),
});
export type SummaryProse = z.infer<typeof summaryProseSchema>;

const scope = { year, period: z.enum(summaryPeriods) };

export const summaryFiguresSchema = z.object({
  from: z.string(),
  to: z.string(),
  documents: z.array(z.object({ typeCode: z.string(), label: z.string(), n: z.number() })),
  movements: z.array(
    z.object({
      name: z.string(),
      startDate: z.string(),
      endDate: z.string(),
      targets: z.array(z.string()),
      registered: z.number(),
      nominations: z.number(),
    }),
  ),
  awards: z.array(
    z.object({
      awardName: z.string(),
      tapThe: z.number(),
      caNhan: z.number(),
      hoGiaDinh: z.number(),
    }),
  ),
  awardTotals: z.object({ tapThe: z.number(), caNhan: z.number(), hoGiaDinh: z.number() }),
  decisions: z.number(),
  money: z.number(),
  forwarded: z.number(),
  forwardedAwarded: z.number(),
  clusters: z.number(),
  clusterMembers: z.number(),
  scoreTables: z.array(z.object({ name: z.string(), ranked: z.array(z.string()) })),
  initiatives: z.array(z.object({ label: z.string(), n: z.number() })),
});
export type SummaryFigures = z.infer<typeof summaryFiguresSchema>;

/**
 * The nomination funnel: a nomination counts at a stage once it has reached it, whatever came
 * after (a nomination with a decision was also appraised and approved).
 */
const decided: readonly NominationState[] = ["da_co_quyet_dinh", "da_in_bang", "da_chi_thuong"];
const approved: readonly NominationState[] = ["hoi_dong_dong_y", ...decided];
const appraised: readonly NominationState[] = [
  "tham_dinh",
  "trinh_hoi_dong",
  "hoi_dong_khong_dong_y",
  "chuyen_cap_tren",
  ...approved,
];
export const funnelStages: { label: string; states: readonly NominationState[] }[] = [
  { label: "Tiếp nhận", states: ["tiep_nhan", "tra_lai", ...appraised] },
  { label: "Đã thẩm định", states: appraised },
  { label: "Hội đồng đồng ý", states: approved },
  { label: "Có quyết định", states: decided },
  { label: "Đã in bằng", states: ["da_in_bang", "da_chi_thuong"] },
];

export const statisticsFilter = z
  .object({
    fromYear: year,
    toYear: year,
    recipientKind: z.enum(recipientKinds).nullable().default(null),
    awardCode: z.string().max(30).nullable().default(null),
    unitId: id.nullable().default(null),
    movementId: id.nullable().default(null),
  })
  .refine((f) => f.toYear >= f.fromYear, {
    message: "Năm cuối phải từ năm đầu trở đi",
    path: ["toYear"],
  })
  .refine((f) => f.toYear - f.fromYear <= 30, {
    message: "Chọn tối đa 30 năm",
    path: ["fromYear"],
  });
export type StatisticsFilterInput = z.input<typeof statisticsFilter>;

export const statisticsCharts = {
  theo_nam: "Khen thưởng theo năm",
  theo_don_vi: "Khen thưởng theo đơn vị",
  tien_thuong: "Tiền thưởng theo năm",
  de_nghi: "Đề nghị khen thưởng theo bước",
  dang_ky: "Đăng ký và kết quả danh hiệu theo đơn vị",
  xep_hang: "Xếp hạng cụm, khối qua các năm",
} as const;
export type StatisticsChart = keyof typeof statisticsCharts;

export const statisticsSchema = z.object({
  perYear: z.array(
    z.object({ year: z.number(), tapThe: z.number(), caNhan: z.number(), hoGiaDinh: z.number() }),
  ),
  perUnit: z.array(z.object({ unitName: z.string(), n: z.number() })),
  /** Per year: money paid by the decisions issued here, and money received into the funds. */
  money: z.array(
    z.object({
      year: z.number(),
      money: z.number(),
      decisions: z.number(),
      received: z.number(),
    }),
  ),
  funnel: z.array(z.object({ stage: z.string(), n: z.number() })),
  /** For the last year: titles registered by each unit against those achieved. */
  registered: z.array(
    z.object({ unitName: z.string(), registered: z.number(), achieved: z.number() }),
  ),
  rankings: z.array(
    z.object({
      year: z.number(),
      table: z.string(),
      first: z.string(),
      second: z.string(),
      third: z.string(),
    }),
  ),
});
export type Statistics = z.infer<typeof statisticsSchema>;

export const reportsProcedures = {
  /** The Thống kê page's charts, for the filter. */
  "reports.statistics": query(statisticsFilter, statisticsSchema),
  /** One chart's data as .xlsx, to paste into a report. */
  "reports.exportStatistics": mutation(
    z.intersection(
      statisticsFilter,
      z.object({ chart: z.enum(Object.keys(statisticsCharts) as [StatisticsChart]) }),
    ),
    z.object({ path: z.string(), fileName: z.string() }),
  ),
  /** The figures from the data and the prose written so far (next year's plan seeds IV). */
  "reports.summary": query(
    z.object(scope),
    z.object({ figures: summaryFiguresSchema, prose: summaryProseSchema, saved: z.boolean() }),
  ),
  "reports.saveProse": mutation(
    z.object({ ...scope, prose: summaryProseSchema }),
    z.object({ ok: z.literal(true) }),
  ),
  /** The report as a Báo cáo in the register: figures from the data, the officer's prose. */
  "reports.generate": mutation(
    z.object({
      ...scope,
      docDate: isoDate,
      signerId: id,
      kinhGui: optionalText("Kính gửi", 500),
      noiNhan: z.array(z.string().max(300)).default([]),
    }),
    documentRowSchema,
  ),
};
