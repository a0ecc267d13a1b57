import { z } from "zod";
import { id, isoDate, okOutput, optionalText, requiredText, year } from "./common";
import { mutation, query } from "./define";
import { documentRowSchema } from "./documents";
import {
  councilRoles,
  meetingKinds,
  meetingStates,
  nominationStates,
  nomineeKinds,
  voteOutcomes,
} from "./vocabulary";

const count = (label: string) =>
  z
    .number({ error: `${label} phải là số` })
    .int(`${label} phải là số nguyên`)
    .min(1, `${label} phải lớn hơn 0`)
    .max(100, `${label} không quá 100`);
const fraction = (label: string) =>
  z.object({ numerator: count(`Tử số (${label})`), denominator: count(`Mẫu số (${label})`) });

/** The quorum and pass thresholds (see electron/domain/council-votes.ts). */
export const voteRulesSchema = z.object({
  quorum: fraction("tỷ lệ có mặt"),
  awardQuorum: fraction("tỷ lệ có mặt phiên xét khen thưởng"),
  pass: fraction("tỷ lệ thông qua").extend({
    comparison: z.enum(["at_least", "more_than"]),
    base: z.enum(["present", "members"]),
  }),
});
export type VoteRulesValue = z.infer<typeof voteRulesSchema>;

const hhmm = (label: string) =>
  z
    .string({ error: `${label} không được để trống` })
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${label} phải có dạng giờ:phút (08:00)`);

export const meetingInput = z
  .object({
    year,
    kind: z.enum(meetingKinds, { error: "Chưa chọn loại phiên họp" }),
    meetingDate: isoDate,
    startTime: hhmm("Giờ bắt đầu"),
    endTime: z
      .string()
      .trim()
      .regex(/^(([01]\d|2[0-3]):[0-5]\d)?$/, "Giờ kết thúc phải có dạng giờ:phút (10:30)")
      .default(""),
    place: requiredText("Địa điểm họp", 300),
    chairMemberId: z.string({ error: "Chưa chọn chủ tọa" }).min(1, "Chưa chọn chủ tọa"),
    secretaryMemberId: z.string({ error: "Chưa chọn thư ký" }).min(1, "Chưa chọn thư ký"),
    note: optionalText("Nội dung, ghi chú", 4000),
  })
  .refine((m) => m.chairMemberId !== m.secretaryMemberId, {
    message: "Chủ tọa và thư ký phải là hai người khác nhau",
    path: ["secretaryMemberId"],
  })
  .refine((m) => !m.endTime || m.endTime > m.startTime, {
    message: "Giờ kết thúc phải sau giờ bắt đầu",
    path: ["endTime"],
  });
export type MeetingInput = z.input<typeof meetingInput>;

const quorumSchema = z.object({
  met: z.boolean(),
  present: z.number().int(),
  total: z.number().int(),
  required: z.number().int(),
  message: z.string(),
});

export const meetingSummarySchema = z.object({
  id,
  year: z.number().int(),
  kind: z.enum(meetingKinds),
  meetingDate: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  place: z.string(),
  chairName: z.string(),
  secretaryName: z.string(),
  state: z.enum(meetingStates),
  itemCount: z.number().int(),
  passedCount: z.number().int(),
  quorum: quorumSchema,
});
export type MeetingSummary = z.infer<typeof meetingSummarySchema>;

export const attendanceSchema = z.object({
  id,
  memberId: z.string(),
  fullName: z.string(),
  position: z.string(),
  role: z.enum(councilRoles),
  present: z.boolean(),
  reason: z.string(),
});
export type MeetingAttendance = z.infer<typeof attendanceSchema>;

export const meetingItemSchema = z.object({
  id,
  nominationId: z.string(),
  dossierId: z.string(),
  nomineeKind: z.enum(nomineeKinds),
  nomineeName: z.string(),
  /** Position, or the unit's parent, or the household's address. */
  nomineeDetail: z.string(),
  /** The unit that sent the dossier. */
  dossierUnit: z.string(),
  awardCode: z.string(),
  awardName: z.string(),
  state: z.enum(nominationStates),
  votesAgree: z.number().int().nullable(),
  votesPresent: z.number().int().nullable(),
  /** "66,67%"; "" before the vote. */
  percent: z.string(),
  /** What the vote gives with the current rules (before applying) or the applied result. */
  outcome: z.enum(voteOutcomes),
  /** Why the vote cannot be used yet (outcome chua_du). */
  problem: z.string(),
  note: z.string(),
});
export type MeetingItem = z.infer<typeof meetingItemSchema>;

export const meetingDetailSchema = z.object({
  meeting: meetingSummarySchema.extend({
    chairMemberId: z.string(),
    secretaryMemberId: z.string(),
    note: z.string(),
    appliedAt: z.number().int().nullable(),
  }),
  attendance: z.array(attendanceSchema),
  items: z.array(meetingItemSchema),
  rules: voteRulesSchema,
  /** "Trên 1/2 (50%) số thành viên có mặt đồng ý". */
  passRule: z.string(),
  /** Agreeing votes needed now. */
  votesNeeded: z.number().int(),
  /** Why results cannot be applied yet; empty when they can (or are applied). */
  problems: z.array(z.string()),
  documents: z.array(documentRowSchema),
});
export type MeetingDetail = z.infer<typeof meetingDetailSchema>;

export const meetingCandidateSchema = z.object({
  nominationId: id,
  dossierId: z.string(),
  nomineeKind: z.enum(nomineeKinds),
  nomineeName: z.string(),
  nomineeDetail: z.string(),
  dossierUnit: z.string(),
  awardName: z.string(),
  receivedDate: z.string(),
});
export type MeetingCandidate = z.infer<typeof meetingCandidateSchema>;

const agreeVotes = z
  .number({ error: "Số phiếu đồng ý phải là số" })
  .int("Số phiếu đồng ý phải là số nguyên")
  .min(0, "Số phiếu đồng ý không được âm")
  .max(1000, "Số phiếu đồng ý quá lớn");

export const meetingsProcedures = {
  "meetings.getRules": query(z.object({}), voteRulesSchema),
  "meetings.saveRules": mutation(voteRulesSchema, voteRulesSchema),
  "meetings.list": query(z.object({ year }), z.array(meetingSummarySchema)),
  "meetings.get": query(z.object({ id }), meetingDetailSchema),
  /** Creating copies the active council members into the attendance list (all present). */
  "meetings.save": mutation(
    z.intersection(meetingInput, z.object({ id: id.optional() })),
    meetingSummarySchema,
  ),
  /** Only before the results are applied; the nominations stay at "Trình Hội đồng". */
  "meetings.delete": mutation(z.object({ id }), okOutput),
  "meetings.setAttendance": mutation(
    z.object({
      meetingId: id,
      rows: z.array(
        z.object({ id, present: z.boolean(), reason: optionalText("Lý do vắng mặt", 300) }),
      ),
    }),
    okOutput,
  ),
  /** Nominations at "Trình Hội đồng" in the meeting's year not already on a meeting's agenda. */
  "meetings.candidates": query(z.object({ meetingId: id }), z.array(meetingCandidateSchema)),
  "meetings.addItems": mutation(
    z.object({
      meetingId: id,
      nominationIds: z.array(id).min(1, "Chưa chọn đề nghị nào"),
    }),
    z.object({ added: z.number().int() }),
  ),
  "meetings.removeItem": mutation(z.object({ id }), okOutput),
  "meetings.moveItem": mutation(z.object({ id, direction: z.enum(["up", "down"]) }), okOutput),
  /** Agreeing votes per item (null clears it); the members present are counted from the attendance. */
  "meetings.recordVotes": mutation(
    z.object({
      meetingId: id,
      votes: z.array(
        z.object({
          itemId: id,
          agree: agreeVotes.nullable(),
          note: optionalText("Ghi chú", 500),
        }),
      ),
    }),
    okOutput,
  ),
  /** Moves each nomination to Hội đồng đồng ý / không đồng ý and locks the meeting, all or nothing. */
  "meetings.applyResults": mutation(
    z.object({ id }),
    z.object({ passed: z.number().int(), failed: z.number().int() }),
  ),
  "meetings.createMinutes": mutation(z.object({ meetingId: id }), documentRowSchema),
  "meetings.createProposal": mutation(
    z.object({
      meetingId: id,
      docDate: isoDate,
      signerId: z.string({ error: "Chưa chọn người ký" }).min(1, "Chưa chọn người ký"),
    }),
    documentRowSchema,
  ),
};
