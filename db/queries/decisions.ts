import { eq } from "drizzle-orm";
import { newId } from "../ids";
import type { Db } from "../open-database";
import { decisionRecipients, decisions } from "../schema";
import { allRows, placeholders } from "./raw";
import { liveRows, syncedRows, type WriteStamp } from "./sync-rows";
import type { DossierKind, RecipientKind } from "../../electron/contract/vocabulary";

export type DecisionRow = typeof decisions.$inferSelect;
export type DecisionRecipientRow = typeof decisionRecipients.$inferSelect;

export const decisionRows = syncedRows(decisions);
export const decisionRecipientRows = syncedRows(decisionRecipients);

/** Điều 3's executors, one per line (JSON text; "" on a decision saved before it had any). */
export function executorsOf(d: Pick<DecisionRow, "executors">): string[] {
  return JSON.parse(d.executors || "[]") as string[];
}

/** The live decisions of a year, by date and then as they were made. */
export function decisionsOfYear(db: Db, year: number): DecisionRow[] {
  return liveRows(
    db,
    decisions,
    [decisions.decisionDate, decisions.createdAt],
    eq(decisions.year, year),
  );
}

/** The live lines (recipients) of a decision, in line order. */
export function recipientsOfDecision(db: Db, decisionId: string): DecisionRecipientRow[] {
  return liveRows(
    db,
    decisionRecipients,
    [decisionRecipients.lineNo],
    eq(decisionRecipients.decisionId, decisionId),
  );
}

/** The kind (loại hình) of each nomination's dossier. */
export function dossierKindsOf(db: Db, nominationIds: string[]): Map<string, DossierKind> {
  const rows = allRows<{ id: string; kind: DossierKind }>(
    db,
    `SELECT n.id, d.kind FROM nominations n JOIN dossiers d ON d.id = n.dossier_id
       WHERE n.id IN (SELECT value FROM json_each(?))`,
    JSON.stringify(nominationIds),
  );
  return new Map(rows.map((r) => [r.id, r.kind]));
}

/** Nominations held by a live draft decision (other than `except`); cancelling decisions aside. */
export function nominationIdsInDraftDecisions(db: Db, except?: string): Set<string> {
  const rows = allRows<{ id: string }>(
    db,
    `SELECT r.nomination_id AS id FROM decision_recipients r JOIN decisions d ON d.id = r.decision_id
       WHERE r.deleted_at IS NULL AND d.deleted_at IS NULL AND d.status = 'draft' AND d.grouping != 'cancel'
       AND d.id != ?`,
    except ?? "",
  );
  return new Set(rows.map((r) => r.id));
}

/** A title a nominee holds in a year, as a registry record or another decision's line. */
export interface HeldTitleRow {
  year: number;
  recipient_kind: RecipientKind;
  person_id: string | null;
  unit_id: string | null;
  household_id: string | null;
  award_code: string;
  award_name: string;
}

/** Registry records of the years, not cancelled, not written by `exceptDecisionId`. */
export function registryTitlesInYears(
  db: Db,
  years: number[],
  exceptDecisionId: string | null,
): (HeldTitleRow & { decision_number: string })[] {
  return allRows(
    db,
    `SELECT year, recipient_kind, person_id, unit_id, household_id, award_code, award_name, decision_number
       FROM award_records WHERE deleted_at IS NULL AND cancelled_by IS NULL AND year IN (${placeholders(years.length)})
       AND (decision_id IS NULL OR decision_id != ?)`,
    ...years,
    exceptDecisionId ?? "",
  );
}

/** Lines of the other live decisions of the years that are neither cancelling nor cancelled. */
export function decisionLinesInYears(
  db: Db,
  years: number[],
  exceptDecisionId: string | null,
): (HeldTitleRow & { decision_id: string; status: string; document_id: string | null })[] {
  return allRows(
    db,
    `SELECT d.id AS decision_id, d.year, d.status, d.document_id, r.recipient_kind, r.person_id, r.unit_id, r.household_id, r.award_code, r.award_name
       FROM decision_recipients r JOIN decisions d ON d.id = r.decision_id
       WHERE r.deleted_at IS NULL AND d.deleted_at IS NULL AND d.grouping != 'cancel'
       AND d.status != 'cancelled' AND d.id != ? AND d.year IN (${placeholders(years.length)})`,
    exceptDecisionId ?? "",
    ...years,
  );
}

/** One line of a new decision, as computed by the decision rules. */
export type NewRecipient = Omit<
  DecisionRecipientRow,
  "id" | "createdAt" | "updatedAt" | "deletedAt" | "origin" | "decisionId"
>;

/** Writes the lines of a new decision, in chunks of one multi-row insert (run it in a transaction). */
export function insertDecisionRecipients(
  db: Db,
  decisionId: string,
  lines: NewRecipient[],
  stamp: WriteStamp,
): void {
  const rows = lines.map((l) => ({
    ...l,
    id: newId(),
    createdAt: stamp.now,
    updatedAt: stamp.now,
    origin: stamp.origin,
    decisionId,
  }));
  for (let i = 0; i < rows.length; i += 200)
    db.insert(decisionRecipients)
      .values(rows.slice(i, i + 200))
      .run();
}
