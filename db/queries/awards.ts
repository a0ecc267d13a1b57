import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../open-database";
import { awardRecords } from "../schema";
import { foldKey } from "./name-keys";
import { searchWords, unitSubtree } from "./directory";
import { allRows, firstRow, firstValue } from "./raw";
import { syncedRows, upsertRow, type WriteStamp } from "./sync-rows";
import type { AwardSource, AwardType, RecipientKind } from "../../electron/contract/vocabulary";

/** What the registry's search matches: recipient, unit, award, decision number. */
export function awardSearchKey(r: {
  recipientName: string;
  unitName: string;
  awardName: string;
  decisionNumber: string;
  issuer: string;
}) {
  return foldKey(`${r.recipientName} ${r.unitName} ${r.awardName} ${r.decisionNumber} ${r.issuer}`);
}

/** One recipient of an issued decision, as the decisions work hands it over. */
export interface DecisionAwardRow {
  year: number;
  recipientKind: "ca_nhan" | "tap_the" | "ho_gia_dinh";
  personId?: string | null;
  unitId?: string | null;
  householdId?: string | null;
  /** Name as printed in the decision. */
  recipientName: string;
  /** The person's or household's unit as printed; "" for a collective. */
  unitName?: string;
  awardCode: string;
  awardName: string;
  note?: string;
  /** Loại hình khen thưởng (from the dossier's kind), for the statistical forms. */
  awardType?: AwardType | null;
}

export interface DecisionInfo {
  decisionNumber: string;
  /** YYYY-MM-DD. */
  decisionDate: string;
  /** Who conferred it, e.g. "Chủ tịch UBND huyện Vĩnh Cửu". */
  issuer: string;
}

/**
 * Writes the recipients of an issued decision into the registry (source quyet_dinh, read-only in
 * the registry's screens). Runs in the caller's transaction when given one. Idempotent: if this
 * decision's recipients are already recorded, returns their ids and writes nothing.
 */
export function recordDecisionAwards(
  db: Db,
  stamp: WriteStamp,
  decisionId: string,
  decision: DecisionInfo,
  rows: DecisionAwardRow[],
): string[] {
  const existing = db
    .select({ id: awardRecords.id })
    .from(awardRecords)
    .where(and(eq(awardRecords.decisionId, decisionId), isNull(awardRecords.deletedAt)))
    .all();
  if (existing.length) return existing.map((r) => r.id);
  return db.transaction((tx) =>
    rows.map((r) => {
      const values = {
        year: r.year,
        recipientKind: r.recipientKind,
        personId: r.personId ?? null,
        unitId: r.unitId ?? null,
        householdId: r.householdId ?? null,
        recipientName: r.recipientName,
        unitName: r.unitName ?? "",
        awardCode: r.awardCode,
        awardName: r.awardName,
        decisionNumber: decision.decisionNumber,
        decisionDate: decision.decisionDate,
        issuer: decision.issuer,
        source: "quyet_dinh" as const,
        decisionId,
        note: r.note ?? "",
        awardType: r.awardType ?? null,
      };
      return upsertRow(
        tx,
        awardRecords,
        undefined,
        { ...values, searchKey: awardSearchKey(values) },
        stamp,
      )!;
    }),
  );
}

/**
 * A cancelling decision (quyết định hủy bỏ) marks the recipients of the cancelled decision; the
 * records stay in the registry, struck through, and no longer count for eligibility.
 */
export function cancelDecisionAwards(
  db: Db,
  stamp: WriteStamp,
  decisionId: string,
  cancelling: { decisionNumber: string; decisionDate: string },
): number {
  return db
    .update(awardRecords)
    .set({
      cancelledBy: cancelling.decisionNumber,
      cancelledOn: cancelling.decisionDate,
      updatedAt: stamp.now,
    })
    .where(
      and(
        eq(awardRecords.decisionId, decisionId),
        isNull(awardRecords.deletedAt),
        isNull(awardRecords.cancelledBy),
      ),
    )
    .run().changes;
}

export type AwardRecordRow = typeof awardRecords.$inferSelect;
export const awardRecordRows = syncedRows(awardRecords);

/** A registry record as the list reads it (snake_case columns). */
export interface AwardRecordSql {
  id: string;
  year: number;
  recipient_kind: RecipientKind;
  person_id: string | null;
  unit_id: string | null;
  household_id: string | null;
  recipient_name: string;
  unit_name: string;
  award_code: string;
  award_name: string;
  decision_number: string;
  decision_date: string | null;
  issuer: string;
  source: AwardSource;
  decision_id: string | null;
  cancelled_by: string | null;
  cancelled_on: string | null;
  note: string;
  recipient_category: AwardRecordRow["recipientCategory"];
  award_type: AwardRecordRow["awardType"];
  proposing_body: AwardRecordRow["proposingBody"];
}

const columns = `id, year, recipient_kind, person_id, unit_id, household_id, recipient_name, unit_name,
  award_code, award_name, decision_number, decision_date, issuer, source, decision_id, cancelled_by,
  cancelled_on, note, recipient_category, award_type, proposing_body`;
const order = "ORDER BY year DESC, coalesce(decision_date, '') DESC, award_name, recipient_name";

/** The registry's filter: search words, year, form, kind, source and a unit with its sub-units. */
export interface AwardFilter {
  q: string;
  year?: number | null;
  awardCode?: string | null;
  recipientKind?: string | null;
  source?: string | null;
  unitId?: string | null;
}

function filterSql(db: Db, f: AwardFilter) {
  const where = ["deleted_at IS NULL"];
  const params: unknown[] = [];
  // searchWords gives escaped LIKE patterns of the folded words.
  for (const pattern of searchWords(f.q)) {
    where.push("search_key LIKE ? ESCAPE '\\'");
    params.push(pattern);
  }
  const equal: [string, unknown][] = [
    ["year", f.year],
    ["award_code", f.awardCode],
    ["recipient_kind", f.recipientKind],
    ["source", f.source],
  ];
  for (const [column, value] of equal)
    if (value !== null && value !== "") {
      where.push(`${column} = ?`);
      params.push(value);
    }
  if (f.unitId) {
    where.push("unit_id IN (SELECT value FROM json_each(?))");
    params.push(JSON.stringify(unitSubtree(db, f.unitId)));
  }
  return { where: where.join(" AND "), params };
}

/** A page of the registry (latest first) and how many records match; limit -1: all. */
export function awardRecordsPage(db: Db, f: AwardFilter, limit = -1, offset = 0) {
  const { where, params } = filterSql(db, f);
  const total = firstValue<number>(
    db,
    `SELECT count(*) FROM award_records WHERE ${where}`,
    ...params,
  )!;
  const rows = allRows<AwardRecordSql>(
    db,
    `SELECT ${columns} FROM award_records WHERE ${where} ${order} LIMIT ? OFFSET ?`,
    ...params,
    limit,
    offset,
  );
  return { rows, total };
}

/** The registry's live records of a person, or of a unit (its own and its people's). */
export function awardRecordsOf(
  db: Db,
  column: "person_id" | "unit_id",
  id: string,
): AwardRecordSql[] {
  return allRows<AwardRecordSql>(
    db,
    `SELECT ${columns} FROM award_records WHERE deleted_at IS NULL AND ${column} = ? ${order}`,
    id,
  );
}

/** Live records of a year, form and kind (other than `exceptId`), to find a duplicate. */
export function sameAwardRecords(
  db: Db,
  exceptId: string,
  year: number,
  awardCode: string,
  recipientKind: string,
): {
  personId: string | null;
  householdId: string | null;
  unitId: string | null;
  name: string;
  decisionNumber: string;
}[] {
  return allRows(
    db,
    `SELECT person_id AS personId, household_id AS householdId, unit_id AS unitId,
       recipient_name AS name, decision_number AS decisionNumber FROM award_records
       WHERE deleted_at IS NULL AND id <> ? AND year = ? AND award_code = ? AND recipient_kind = ?`,
    exceptId,
    year,
    awardCode,
    recipientKind,
  );
}

/** A hand-entered record's person or household as the directory holds it now (live rows only). */
export function recipientSnapshot(
  db: Db,
  kind: "person" | "household",
  id: string,
): { name: string; gender: string; unit_id: string | null; unit_name: string } | undefined {
  const [table, name, gender] =
    kind === "person"
      ? ["people", "full_name", "gender"]
      : ["households", "head_name", "head_gender"];
  return firstRow(
    db,
    `SELECT t.${name} AS name, t.${gender} AS gender, t.unit_id AS unit_id, coalesce(u.name, '') AS unit_name
       FROM ${table} t LEFT JOIN units u ON u.id = t.unit_id WHERE t.id = ? AND t.deleted_at IS NULL`,
    id,
  );
}

/** The name of a live unit, if any. */
export function liveUnitName(db: Db, unitId: string): string | undefined {
  return firstValue<string>(
    db,
    "SELECT name FROM units WHERE id = ? AND deleted_at IS NULL",
    unitId,
  );
}

/** Every live version of every award by catalogue order, then date (the latest per code last). */
export function awardEntryRows(
  db: Db,
): { code: string; name: string; recipient_kind: RecipientKind }[] {
  return allRows(
    db,
    `SELECT code, name, recipient_kind FROM award_catalogue WHERE deleted_at IS NULL
       ORDER BY sort_order, valid_from`,
  );
}

/** The live eligibility rules (of one award when given), in their order. */
export function awardRuleList(
  db: Db,
  awardCode?: string,
): {
  id: string;
  award_code: string;
  rule_code: string;
  level: string;
  params: string | null;
  valid_from: string;
  valid_to: string | null;
  note: string | null;
}[] {
  return allRows(
    db,
    `SELECT id, award_code, rule_code, level, params, valid_from, valid_to, note FROM award_rules
           WHERE deleted_at IS NULL ${awardCode ? "AND award_code = ?" : ""} ORDER BY sort_order, valid_from`,
    ...(awardCode ? [awardCode] : []),
  );
}

/** Whose award history is printed: a person, a collective (its own awards only) or a household. */
export type HistoryRecipientKind = "person" | "unit" | "household";

/** A registry line of an award history, with the position its decision printed (if made here). */
export interface AwardHistorySql extends AwardRecordSql {
  /** decision_recipients.position of the decision issued here; null for other sources. */
  position_then: string | null;
}

/**
 * The live registry lines of one recipient, oldest first: by decision date (the award's year
 * when the date is unknown), then year and award. Cancelled lines are included.
 */
export function awardHistoryOf(db: Db, kind: HistoryRecipientKind, id: string): AwardHistorySql[] {
  const where =
    kind === "person"
      ? "a.person_id = ?"
      : kind === "household"
        ? "a.household_id = ?"
        : "a.unit_id = ? AND a.recipient_kind = 'tap_the'";
  return allRows<AwardHistorySql>(
    db,
    `SELECT ${columns},
       (SELECT x.position FROM decision_recipients x
         WHERE x.decision_id = a.decision_id AND x.deleted_at IS NULL AND x.person_id = a.person_id
         LIMIT 1) AS position_then
     FROM award_records a WHERE a.deleted_at IS NULL AND ${where}
     ORDER BY coalesce(a.decision_date, a.year || '-12-31'), a.year, a.award_name`,
    id,
  );
}

/**
 * A recipient as the directory holds it now (live rows only): name, gender (people and
 * households), current position (people), and the unit it belongs to — a collective's parent.
 */
export function historyRecipient(
  db: Db,
  kind: HistoryRecipientKind,
  id: string,
): { name: string; gender: string; position: string; unit_name: string } | undefined {
  const sql = {
    person: `SELECT p.full_name AS name, p.gender, p.position, coalesce(u.name, '') AS unit_name
       FROM people p LEFT JOIN units u ON u.id = p.unit_id AND u.deleted_at IS NULL
       WHERE p.id = ? AND p.deleted_at IS NULL`,
    unit: `SELECT u.name, '' AS gender, '' AS position, coalesce(pu.name, '') AS unit_name
       FROM units u LEFT JOIN units pu ON pu.id = u.parent_id AND pu.deleted_at IS NULL
       WHERE u.id = ? AND u.deleted_at IS NULL`,
    household: `SELECT h.head_name AS name, coalesce(h.head_gender, '') AS gender, '' AS position,
       coalesce(u.name, '') AS unit_name
       FROM households h LEFT JOIN units u ON u.id = h.unit_id AND u.deleted_at IS NULL
       WHERE h.id = ? AND h.deleted_at IS NULL`,
  }[kind];
  return firstRow(db, sql, id);
}
