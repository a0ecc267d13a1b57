import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { syncColumns } from "./common";
import { documentStates, documentTemplateIds } from "../../electron/contract/vocabulary";

/**
 * The register of documents (sổ văn bản): every document the app generated, its number once
 * issued, the file, and the scanned signed copy.
 */
export const documents = sqliteTable(
  "documents",
  {
    ...syncColumns,
    /** The template it was filled from (template-catalog.ts ids). */
    templateId: text("template_id", { enum: documentTemplateIds }).notNull(),
    /** "TTr", "QĐ", "BB"…; "" for công văn. */
    typeCode: text("type_code").notNull(),
    /** The issuer's abbreviation the number ends with: "PNV", "UBND", "HĐTĐKT". */
    issuer: text("issuer").notNull(),
    /** Year of the document date: sequences restart on 1 January. */
    year: integer("year").notNull(),
    /** The sequence number; null while a draft. Never changes once issued. */
    seq: integer("seq"),
    docDate: text("doc_date").notNull(),
    summary: text("summary").notNull(),
    signerName: text("signer_name").notNull().default(""),
    /** The record it came from: "generic" for a form-made document, or a workflow's record kind. */
    sourceKind: text("source_kind").notNull(),
    sourceId: text("source_id"),
    /** The input it was made from (JSON), to regenerate drafts. */
    input: text("input").notNull(),
    /** sha256 of the fill data at generation; a different hash now means outdated. */
    fillHash: text("fill_hash").notNull(),
    /** The .docx, relative to the data folder. */
    filePath: text("file_path").notNull(),
    /** du_thao → da_ban_hanh. */
    state: text("state", { enum: documentStates }).notNull().default("du_thao"),
    issuedAt: integer("issued_at"),
    /** The scanned signed copy, relative to the data folder (attachments/<sha256>.<ext>). */
    signedCopyPath: text("signed_copy_path"),
    signedCopyName: text("signed_copy_name"),
  },
  (t) => [
    index("documents_date").on(t.docDate),
    // Two issues can never get the same number, whatever the race.
    uniqueIndex("documents_number_unique")
      .on(t.issuer, t.typeCode, t.year, t.seq)
      .where(sql`seq is not null and deleted_at is null`),
  ],
);
