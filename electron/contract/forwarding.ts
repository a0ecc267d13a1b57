import { z } from "zod";
import { id, isoDate, requiredText, year } from "./common";
import { mutation, query } from "./define";
import { documentRowSchema } from "./documents";
import { nomineeKinds } from "./vocabulary";

/**
 * Trình cấp trên: the nominations of a year at “Chuyển cấp trên” (forms the office's level cannot
 * confer), the office's Tờ trình to the upper level and each nominee's Báo cáo thành tích,
 * pre-filled from the directory and the award registry. The documents go to the register.
 */

export const forwardedItemSchema = z.object({
  nominationId: id,
  dossierId: z.string(),
  /** The submitting unit and its Tờ trình (“UBND xã Bình Lư · Tờ trình 12/TTr-UBND”). */
  dossierLabel: z.string(),
  nomineeKind: z.enum(nomineeKinds),
  nomineeName: z.string(),
  /** The person's position, "" for a collective or a household. */
  position: z.string(),
  /** The person's unit, the collective's parent, the household's address. */
  unitName: z.string(),
  summary: z.string(),
  /** The latest Báo cáo thành tích made for this nomination, if any. */
  report: documentRowSchema.nullable(),
});
export type ForwardedItem = z.infer<typeof forwardedItemSchema>;

export const forwardedGroupSchema = z.object({
  awardCode: z.string(),
  awardName: z.string(),
  items: z.array(forwardedItemSchema),
});
export type ForwardedGroup = z.infer<typeof forwardedGroupSchema>;

export const forwardingListSchema = z.object({
  groups: z.array(forwardedGroupSchema),
  total: z.number().int(),
  /** Kính gửi proposed from the profile's level (editable in the dialog). */
  defaultKinhGui: z.string(),
  /** Tờ trình to the upper level made for this year's nominations. */
  proposals: z.array(documentRowSchema),
});
export type ForwardingList = z.infer<typeof forwardingListSchema>;

export const forwardingProposalInput = z.object({
  year,
  nominationIds: z
    .array(id, { error: "Chưa chọn đề nghị nào" })
    .min(1, "Chưa chọn đề nghị nào để đưa vào Tờ trình"),
  docDate: isoDate,
  signerId: z.string({ error: "Chưa chọn người ký" }).min(1, "Chưa chọn người ký"),
  kinhGui: requiredText("Nơi kính gửi", 300),
  legalBasisIds: z.array(id).default([]),
  /** Nơi nhận lines; “Lưu: VT, …” is added when missing. */
  noiNhan: z.array(z.string().trim().max(300, "Dòng Nơi nhận quá dài")).default([]),
});
export type ForwardingProposalInput = z.input<typeof forwardingProposalInput>;

export const forwardingProcedures = {
  "forwarding.list": query(z.object({ year }), forwardingListSchema),
  "forwarding.createProposal": mutation(forwardingProposalInput, documentRowSchema),
  /** Báo cáo thành tích of one forwarded nominee (cá nhân or tập thể). */
  "forwarding.createReport": mutation(
    z.object({ nominationId: id, docDate: isoDate }),
    documentRowSchema,
  ),
};
