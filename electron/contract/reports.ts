import { z } from "zod";
import { id, isoDate, optionalText, year } from "./common";
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

export const reportsProcedures = {
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
