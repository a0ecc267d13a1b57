import { z } from "zod";
import { id, isoDate, okOutput, optionalText, requiredText, year } from "./common";
import { mutation, query } from "./define";
import { documentRowSchema } from "./documents";
import { criterionKinds, tieBreaks } from "./vocabulary";

const points = z
  .number({ error: "Điểm phải là số" })
  .min(0, "Điểm không được âm")
  .max(1000, "Điểm quá lớn");

export const scoreTableSummary = z.object({
  id,
  year: z.number().int(),
  clusterId: z.string(),
  clusterName: z.string(),
  name: z.string(),
  memberCount: z.number().int(),
  criteriaCount: z.number().int(),
});

export const scoreTableSettings = z.object({
  id,
  name: requiredText("Tên bảng điểm", 300),
  bonusLimit: points,
  penaltyLimit: points,
  tieBreak: z.enum(tieBreaks),
  prizes: z.array(z.number().int().min(0, "Tiền thưởng không được âm").max(10_000_000_000)).max(10),
});

export const criterionInput = z.object({
  /** The row's key in this save: an existing id, or any new unique key. */
  key: z.string().min(1),
  parentKey: z.string().nullable(),
  code: requiredText("Số thứ tự tiêu chí", 20),
  title: requiredText("Nội dung tiêu chí", 1000),
  maxPoints: points,
  kind: z.enum(criterionKinds),
});

const criterionSchema = z.object({
  id,
  parentId: z.string().nullable(),
  code: z.string(),
  title: z.string(),
  maxPoints: z.number(),
  kind: z.enum(criterionKinds),
  isLeaf: z.boolean(),
});
const totalsSchema = z.object({
  base: z.number(),
  bonus: z.number(),
  penalty: z.number(),
  total: z.number(),
});

export const scoreEntry = z.object({
  criterionId: id,
  selfScore: points.nullable(),
  selfNote: optionalText("Ghi chú tự chấm", 1000),
  reviewedScore: points.nullable(),
  reviewNote: optionalText("Ghi chú phúc tra", 1000),
});

export const scoreTableDetail = z.object({
  table: scoreTableSummary.extend(scoreTableSettings.shape),
  criteria: z.array(criterionSchema),
  /** Problems that stop the table from being used (empty when sound), in Vietnamese. */
  problems: z.array(z.string()),
  members: z.array(z.object({ unitId: z.string(), unitName: z.string(), role: z.string() })),
  scores: z.array(scoreEntry.extend({ unitId: z.string() })),
  results: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      self: totalsSchema,
      reviewed: totalsSchema,
      /** Criteria not scored yet (self or reviewed). */
      missing: z.number().int(),
      /** 1 = hạng Nhất; 0 = not ranked yet (some criteria not scored). */
      rank: z.number().int(),
      prize: z.number().int(),
    }),
  ),
});
export type ScoreTableDetail = z.infer<typeof scoreTableDetail>;

const clockTime = (label: string) =>
  z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${label} phải có dạng giờ:phút, ví dụ 08:00`);

/** What the officer enters for the scoring minutes (Biên bản chấm điểm, xếp hạng). */
export const scoringMinutesInput = z
  .object({
    tableId: id,
    docDate: isoDate,
    startTime: clockTime("Giờ bắt đầu"),
    endTime: clockTime("Giờ kết thúc"),
    place: requiredText("Địa điểm", 300),
    chair: requiredText("Người chủ trì", 100),
    chairPosition: optionalText("Chức vụ người chủ trì", 200),
    secretary: requiredText("Thư ký", 100),
    secretaryPosition: optionalText("Chức vụ thư ký", 200),
    presentUnitIds: z.array(id).min(1, "Chọn ít nhất một đơn vị có mặt"),
    otherParticipants: z.array(z.string().trim().min(1).max(300)).max(20).default([]),
    /** The award proposed for each rank; index 0 = hạng Nhất. */
    proposals: z.array(z.string().trim().max(300)).max(10).default([]),
  })
  .refine((m) => m.endTime > m.startTime, {
    message: "Giờ kết thúc phải sau giờ bắt đầu",
    path: ["endTime"],
  });
export type ScoringMinutesInput = z.infer<typeof scoringMinutesInput>;

export const scoringProcedures = {
  "scoring.listTables": query(z.object({ year }), z.array(scoreTableSummary)),
  "scoring.getTable": query(z.object({ id }), scoreTableDetail),
  "scoring.createTable": mutation(
    z.object({
      year,
      clusterId: id,
      name: requiredText("Tên bảng điểm", 300),
      from: z.enum(["seed002", "copy", "blank"]),
    }),
    scoreTableSummary,
  ),
  "scoring.saveTable": mutation(scoreTableSettings, okOutput),
  "scoring.saveCriteria": mutation(
    z.object({ tableId: id, criteria: z.array(criterionInput) }),
    okOutput,
  ),
  "scoring.saveScores": mutation(
    z.object({ tableId: id, unitId: id, entries: z.array(scoreEntry) }),
    okOutput,
  ),
  "scoring.deleteTable": mutation(z.object({ id }), okOutput),
  /** The signed pact (Giao ước thi đua) of the cluster: members, criteria, signature boxes. */
  "scoring.exportPact": mutation(
    z.object({ id, docDate: isoDate }),
    z.object({ path: z.string() }),
  ),
  /** The ranking table as Word or Excel. */
  "scoring.exportRanking": mutation(
    z.object({ id, format: z.enum(["docx", "xlsx"]) }),
    z.object({ path: z.string() }),
  ),
  /** The scoring minutes on the bien-ban template, entered in the register as a draft. */
  "scoring.generateMinutes": mutation(scoringMinutesInput, documentRowSchema),
};
