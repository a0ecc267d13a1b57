import { index, integer, real, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { syncColumns } from "./common";
import {
  decisionGroupings,
  decisionStatuses,
  recipientKinds,
} from "../../electron/contract/vocabulary";

/**
 * Quyết định khen thưởng: one decision per award form or per movement, made from nominations the
 * council approved. Its number and date are those of its document in the register (sổ văn bản).
 * An issued decision is never deleted: it is cancelled by recording a cancelling decision.
 */
export const decisions = sqliteTable(
  "decisions",
  {
    ...syncColumns,
    year: integer("year").notNull(),
    /** award (one form: awardCode) or movement (one movement: movementId), or cancel (a
     * cancelling decision, whose cancelsDecisionId names the decision it cancels). */
    grouping: text("grouping", { enum: [...decisionGroupings, "cancel"] }).notNull(),
    awardCode: text("award_code"),
    movementId: text("movement_id"),
    /** The decision date (the register document's date once one exists). */
    decisionDate: text("decision_date").notNull(),
    /** settings signers.id. */
    signerId: text("signer_id").notNull(),
    /** Nguồn kinh phí (Điều 2). */
    fund: text("fund").notNull().default(""),
    /** "Theo đề nghị của … tại Tờ trình số …". */
    proposal: text("proposal").notNull().default(""),
    /** Điều 3: who carries it out, one per line. */
    executors: text("executors").notNull().default(""),
    /** JSON array of legal_bases ids cited. */
    legalBasisIds: text("legal_basis_ids", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default([]),
    /** JSON array of Nơi nhận lines. */
    noiNhan: text("noi_nhan", { mode: "json" }).$type<string[]>().notNull().default([]),
    /** documents.id of its Quyết định in the register; null until generated. */
    documentId: text("document_id"),
    /** draft, issued, cancelled. */
    status: text("status", { enum: decisionStatuses }).notNull().default("draft"),
    issuedAt: integer("issued_at"),
    /** For a decision that was cancelled: the cancelling decision and the reason. */
    cancelledByDecisionId: text("cancelled_by_decision_id"),
    cancelReason: text("cancel_reason").notNull().default(""),
    /** For a cancelling decision: the decision it cancels. */
    cancelsDecisionId: text("cancels_decision_id"),
  },
  (t) => [index("decisions_year").on(t.year), index("decisions_cancels").on(t.cancelsDecisionId)],
);

/** The attached list of a decision: one line per recipient, in số sổ vàng order. */
export const decisionRecipients = sqliteTable(
  "decision_recipients",
  {
    ...syncColumns,
    decisionId: text("decision_id").notNull(),
    nominationId: text("nomination_id").notNull(),
    /** The line number in the attached list, which is the số sổ vàng. */
    lineNo: integer("line_no").notNull(),
    /** ca_nhan, tap_the, ho_gia_dinh. */
    recipientKind: text("recipient_kind", { enum: recipientKinds }).notNull(),
    personId: text("person_id"),
    unitId: text("unit_id"),
    householdId: text("household_id"),
    /** Snapshots as printed: name, position, unit, form, achievement. */
    name: text("name").notNull(),
    position: text("position").notNull().default(""),
    unitName: text("unit_name").notNull().default(""),
    awardCode: text("award_code").notNull(),
    awardName: text("award_name").notNull(),
    achievement: text("achievement").notNull().default(""),
    /** Catalogue coefficient on the decision date; null when the form carries no money. */
    coefficient: real("coefficient"),
    /** In đồng, after rounding; 0 when a higher title of the same period is paid instead. */
    money: integer("money").notNull().default(0),
    /** Why the money differs from coefficient × base salary (e.g. a higher title is paid). */
    moneyNote: text("money_note").notNull().default(""),
  },
  (t) => [
    index("decision_recipients_decision").on(t.decisionId),
    index("decision_recipients_nomination").on(t.nominationId),
  ],
);
