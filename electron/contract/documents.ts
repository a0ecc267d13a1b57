import { z } from "zod";
import { id, isoDate, okOutput, optionalText, requiredText } from "./common";
import { mutation, query } from "./define";
import { documentStates, documentTemplateIds, genericKinds } from "./vocabulary";

const templateId = z.enum(documentTemplateIds, { error: "Mẫu văn bản không hợp lệ" });

const lines = (label: string, max = 60) =>
  z
    .array(z.string().trim().max(3000, `${label}: một dòng quá dài`))
    .max(max, `${label}: quá nhiều dòng`)
    .transform((ls) => ls.filter((l) => l.length > 0));

export const genericDocumentInput = z.object({
  kind: z.enum(genericKinds, { error: "Loại văn bản không hợp lệ" }),
  docDate: isoDate,
  summary: requiredText("Trích yếu", 500),
  kinhGui: optionalText("Kính gửi", 500),
  legalBasisIds: z.array(id).max(30).default([]),
  paragraphs: lines("Nội dung", 200).refine((ls) => ls.length > 0, "Nội dung không được để trống"),
  noiNhan: lines("Nơi nhận", 30),
  signerId: id,
});
export type GenericDocumentInput = z.input<typeof genericDocumentInput>;

export const documentRowSchema = z.object({
  id,
  templateId,
  typeCode: z.string(),
  issuer: z.string(),
  year: z.number(),
  seq: z.number().nullable(),
  /** "12/TTr-PNV" or, for a draft, "…/TTr-PNV". */
  number: z.string(),
  docDate: isoDate,
  summary: z.string(),
  signerName: z.string(),
  sourceKind: z.string(),
  sourceId: z.string().nullable(),
  filePath: z.string(),
  state: z.enum(documentStates),
  issuedAt: z.number().nullable(),
  signedCopyPath: z.string().nullable(),
  signedCopyName: z.string().nullable(),
  /** The data it would be filled with now differs from what the file holds. */
  outdated: z.boolean(),
});
export type DocumentRow = z.infer<typeof documentRowSchema>;

export const numberProposalSchema = z.object({
  seq: z.number(),
  number: z.string(),
  /** Legal bases cited that are not in force on the document's date. */
  notInForce: z.array(z.string()),
});

export const templateInfoSchema = z.object({
  id: templateId,
  name: z.string(),
  /** The legal basis and purpose of a decree's form; "" for the office's own kinds. */
  basis: z.string(),
  /** The office loaded its own version. */
  custom: z.boolean(),
  customSavedAt: z.number().nullable(),
  placeholders: z.array(
    z.object({ key: z.string(), label: z.string(), kind: z.string(), required: z.boolean() }),
  ),
});

export const templateLintSchema = z.object({
  accepted: z.boolean(),
  problems: z.array(z.string()),
  /**
   * Optional placeholders the file leaves out (each one: what every later document will lack).
   * A file otherwise sound is accepted only when the officer confirms them (`confirmDropped`).
   */
  dropped: z.array(z.string()).default([]),
});

const listInput = z.object({
  search: z.string().trim().max(200).default(""),
  state: z.enum(documentStates).optional(),
  year: z.number().int().optional(),
  templateId: templateId.optional(),
});
const pathOutput = z.object({ path: z.string() });
const byId = z.object({ id });

export const documentsProcedures = {
  "documents.list": query(listInput, z.array(documentRowSchema)),
  "documents.get": query(byId, documentRowSchema),
  "documents.createGeneric": mutation(genericDocumentInput, documentRowSchema),
  "documents.genericInput": query(byId, genericDocumentInput.nullable()),
  "documents.updateGeneric": mutation(genericDocumentInput.extend({ id }), documentRowSchema),
  "documents.regenerate": mutation(byId, documentRowSchema),
  "documents.proposeNumber": query(byId, numberProposalSchema),
  "documents.issue": mutation(
    z.object({
      id,
      seq: z
        .number({ error: "Số văn bản phải là số" })
        .int("Số văn bản phải là số nguyên")
        .min(1, "Số văn bản phải từ 1")
        .max(99999, "Số văn bản quá lớn")
        .optional(),
    }),
    z.object({ row: documentRowSchema, warnings: z.array(z.string()) }),
  ),
  "documents.deleteDraft": mutation(byId, okOutput),
  "documents.attachSigned": mutation(z.object({ id, path: z.string().min(1) }), documentRowSchema),
  "documents.exportPdf": mutation(byId, pathOutput),
  "documents.print": mutation(byId, pathOutput),
  /** Page images (data: URLs) of the document, through its PDF. */
  "documents.preview": mutation(
    byId,
    z.object({ pdfPath: z.string(), pages: z.array(z.string()), complete: z.boolean() }),
  ),
  "documents.exportRegister": mutation(listInput, pathOutput),
  "documents.templates": query(z.object({}).strict(), z.array(templateInfoSchema)),
  "documents.exportTemplate": mutation(z.object({ id: templateId }), pathOutput),
  "documents.loadTemplate": mutation(
    z.object({
      id: templateId,
      path: z.string().min(1),
      /** The officer confirmed the optional placeholders the file leaves out. */
      confirmDropped: z.boolean().default(false),
    }),
    templateLintSchema,
  ),
  "documents.restoreTemplate": mutation(z.object({ id: templateId }), okOutput),
  "documents.tryTemplate": mutation(z.object({ id: templateId }), pathOutput),
};
