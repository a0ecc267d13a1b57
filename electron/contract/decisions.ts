import { z } from "zod";
import { id, isoDate, okOutput, optionalText, year } from "./common";
import { mutation, query } from "./define";
import { documentRowSchema } from "./documents";
import { decisionGroupings, decisionStatuses, recipientKinds } from "./vocabulary";

const lines = (label: string, max = 30) =>
  z
    .array(z.string().trim().max(500, `${label}: một dòng quá dài`))
    .max(max, `${label}: quá nhiều dòng`)
    .default([])
    .transform((ls) => ls.filter((l) => l.length > 0));

/** What the officer edits on a draft: date, signer, fund and the wording around the list. */
export const decisionFields = z.object({
  decisionDate: isoDate,
  signerId: z.string({ error: "Chưa chọn người ký" }).min(1, "Chưa chọn người ký"),
  fund: optionalText("Nguồn kinh phí", 500),
  /** "Theo đề nghị của … tại Tờ trình số …"; empty: the office's own wording. */
  proposal: optionalText("Theo đề nghị của", 500),
  /** Điều 3: who carries it out, one per line; empty: the office, the units and the recipients. */
  executors: lines("Điều 3"),
  legalBasisIds: z.array(id).max(30).default([]),
  noiNhan: lines("Nơi nhận"),
});
export type DecisionFields = z.input<typeof decisionFields>;

export const candidateSchema = z.object({
  nominationId: id,
  dossierId: id,
  recipientKind: z.enum(recipientKinds),
  name: z.string(),
  unitName: z.string(),
  awardCode: z.string(),
  awardName: z.string(),
  movementId: z.string().nullable(),
  submittingUnit: z.string(),
  summary: z.string(),
});
export type DecisionCandidate = z.infer<typeof candidateSchema>;

export const candidateGroupSchema = z.object({
  /** awardCode or movementId ("" for nominations of no movement). */
  key: z.string(),
  label: z.string(),
  candidates: z.array(candidateSchema),
});

export const recipientSchema = z.object({
  id,
  nominationId: id,
  lineNo: z.number().int(),
  recipientKind: z.enum(recipientKinds),
  name: z.string(),
  position: z.string(),
  unitName: z.string(),
  awardCode: z.string(),
  awardName: z.string(),
  achievement: z.string(),
  coefficient: z.number().nullable(),
  money: z.number().int(),
  moneyNote: z.string(),
});
export type DecisionRecipient = z.infer<typeof recipientSchema>;

export const decisionSchema = z.object({
  id,
  year: z.number().int(),
  grouping: z.enum([...decisionGroupings, "cancel"]),
  awardCode: z.string().nullable(),
  movementId: z.string().nullable(),
  /** "Giấy khen (cá nhân)", the movement's name, or "Hủy bỏ Quyết định số …". */
  title: z.string(),
  /** The register's number ("…/QĐ-UBND" while a draft has none). */
  number: z.string(),
  decisionDate: z.string(),
  signerId: z.string(),
  signerName: z.string(),
  fund: z.string(),
  proposal: z.string(),
  executors: z.array(z.string()),
  legalBasisIds: z.array(z.string()),
  noiNhan: z.array(z.string()),
  status: z.enum(decisionStatuses),
  documentId: z.string().nullable(),
  recipientCount: z.number().int(),
  total: z.number().int(),
  cancelledByDecisionId: z.string().nullable(),
  cancelledByNumber: z.string(),
  cancelReason: z.string(),
  cancelsDecisionId: z.string().nullable(),
  cancelsNumber: z.string(),
});
export type Decision = z.infer<typeof decisionSchema>;

export const decisionDetailSchema = decisionSchema.extend({
  recipients: z.array(recipientSchema),
  totalWords: z.string(),
  baseSalary: z.number().nullable(),
  document: documentRowSchema.nullable(),
});
export type DecisionDetail = z.infer<typeof decisionDetailSchema>;

const savedFile = z.object({ path: z.string(), fileName: z.string() });

export const decisionsProcedures = {
  /** Nominations the council approved in the year that no decision holds yet, grouped. */
  "decisions.candidates": query(
    z.object({ year, grouping: z.enum(decisionGroupings) }),
    z.array(candidateGroupSchema),
  ),
  "decisions.list": query(z.object({ year }), z.array(decisionSchema)),
  "decisions.get": query(z.object({ id }), decisionDetailSchema),
  /** A draft from selected nominations of one group; lower titles of the same nominee and year are left out. */
  "decisions.create": mutation(
    z.intersection(
      decisionFields,
      z.object({
        year,
        grouping: z.enum(decisionGroupings),
        /** The group's key: the award code or the movement id ("" for no movement). */
        key: z.string(),
        nominationIds: z.array(id).min(1, "Chưa chọn đề nghị nào cho quyết định"),
      }),
    ),
    z.object({
      decision: decisionDetailSchema,
      /** Nominations left out, with the reason (a higher title of the same year was selected). */
      excluded: z.array(z.object({ nominationId: id, name: z.string(), reason: z.string() })),
    }),
  ),
  "decisions.update": mutation(
    z.intersection(decisionFields, z.object({ id })),
    decisionDetailSchema,
  ),
  /** A draft's recipient taken out of the list (its nomination stays approved). */
  "decisions.removeRecipient": mutation(z.object({ id }), decisionDetailSchema),
  /** Creates (or refreshes) the draft's Quyết định in the register. */
  "decisions.generateDocument": mutation(z.object({ id }), documentRowSchema),
  /**
   * Numbers the Quyết định in the register, writes every recipient into the award registry and
   * moves the nominations to "đã có quyết định", all or nothing.
   */
  "decisions.issue": mutation(z.object({ id }), decisionDetailSchema),
  /**
   * Cancels an issued decision by issuing a cancelling Quyết định ("về việc hủy bỏ …") in the
   * register: the registry entries are marked cancelled, the nominations go back to approved.
   */
  "decisions.cancel": mutation(
    z.object({
      id,
      decisionDate: isoDate,
      signerId: z.string({ error: "Chưa chọn người ký" }).min(1, "Chưa chọn người ký"),
      reason: z
        .string({ error: "Phải ghi lý do hủy bỏ" })
        .trim()
        .min(1, "Phải ghi lý do hủy bỏ")
        .max(1000, "Lý do hủy bỏ quá dài (tối đa 1000 ký tự)"),
    }),
    decisionDetailSchema,
  ),
  /** Only drafts; an issued decision is cancelled by a cancelling decision. */
  "decisions.delete": mutation(z.object({ id }), okOutput),
  "decisions.exportRecipients": mutation(z.object({ id }), savedFile),
  /** Giấy khen for all or the selected recipients of an issued decision; marks them "đã in bằng". */
  "decisions.printCertificates": mutation(
    z.object({
      id,
      recipientIds: z.array(id).default([]),
      mode: z.enum(["phoi", "day_du"]),
    }),
    savedFile.extend({ pages: z.number().int(), marked: z.number().int() }),
  ),
};
