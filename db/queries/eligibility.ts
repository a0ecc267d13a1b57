/**
 * What the eligibility rules read about many nominees at once (ids passed as one JSON array):
 * rules, catalogue names, people, units, households, ratings, awards, disciplines, initiatives.
 * Rows come back as arrays of column values, in the statements' column order.
 */
import type { Db } from "../open-database";
import { allRows, rowValues } from "./raw";
import type { NomineeKind } from "../../electron/contract/vocabulary";

const idList = "(SELECT value FROM json_each(?))";
const json = (ids: string[]) => JSON.stringify(ids);

export interface AwardRuleSql {
  award_code: string;
  rule_code: string;
  level: string;
  params: string;
  valid_from: string;
  valid_to: string | null;
}

/** The live eligibility rules (điều kiện) of the catalogue, in their order. */
export function awardRuleRows(db: Db): AwardRuleSql[] {
  return allRows<AwardRuleSql>(
    db,
    `SELECT award_code, rule_code, level, params, valid_from, valid_to FROM award_rules
         WHERE deleted_at IS NULL ORDER BY sort_order`,
  );
}

/** Every live award version's name and recipient kind, oldest first (so the latest wins). */
export function awardNameRows(
  db: Db,
): { code: string; name: string; recipient_kind: NomineeKind }[] {
  return allRows(
    db,
    `SELECT code, name, recipient_kind FROM award_catalogue WHERE deleted_at IS NULL
       ORDER BY valid_from`,
  );
}

/** [id, full name] of the live people among `ids`. */
export function peopleNames(db: Db, ids: string[]): [string, string][] {
  return rowValues(
    db,
    `SELECT id, full_name FROM people WHERE deleted_at IS NULL AND id IN ${idList}`,
    json(ids),
  );
}

/** [id, name] of the live units among `ids`. */
export function unitNames(db: Db, ids: string[]): [string, string][] {
  return rowValues(
    db,
    `SELECT id, name FROM units WHERE deleted_at IS NULL AND id IN ${idList}`,
    json(ids),
  );
}

/** [id, full name, unit id] of the live people of the units among `unitIds`. */
export function membersOfUnits(db: Db, unitIds: string[]): [string, string, string][] {
  return rowValues(
    db,
    `SELECT id, full_name, unit_id FROM people WHERE deleted_at IS NULL AND unit_id IN ${idList}`,
    json(unitIds),
  );
}

/** [id, head name] of the live households among `ids`. */
export function householdNames(db: Db, ids: string[]): [string, string][] {
  return rowValues(
    db,
    `SELECT id, head_name FROM households WHERE deleted_at IS NULL AND id IN ${idList}`,
    json(ids),
  );
}

/** [subject id, year, rating] of the live ratings of some people or units in [from, to]. */
export function ratingsOfSubjects<R>(
  db: Db,
  ids: string[],
  from: number,
  to: number,
): [string, number, R][] {
  return rowValues(
    db,
    `SELECT subject_id, year, rating FROM ratings WHERE deleted_at IS NULL
       AND subject_id IN ${idList} AND year BETWEEN ? AND ?`,
    json(ids),
    from,
    to,
  );
}

/**
 * [recipient id, year, award code, decision number, decision id] of the registry's records that
 * still count, for recipients of a kind in [from, to].
 */
export function awardsOfRecipients(
  db: Db,
  column: "person_id" | "unit_id" | "household_id",
  kind: "ca_nhan" | "tap_the" | "ho_gia_dinh",
  ids: string[],
  from: number,
  to: number,
): [string, number, string, string, string | null][] {
  // "+year": the year must not pick an index; the id lists are the selective part.
  return rowValues(
    db,
    `SELECT ${column}, year, award_code, decision_number, decision_id FROM award_records
     WHERE deleted_at IS NULL AND cancelled_by IS NULL AND recipient_kind = '${kind}'
     AND ${column} IN ${idList} AND +year BETWEEN ? AND ?`,
    json(ids),
    from,
    to,
  );
}

/** [person id, measure, decided on, until] of the live disciplines of some people. */
export function disciplinesOfPeople(
  db: Db,
  personIds: string[],
): [string, string, string, string | null][] {
  return rowValues(
    db,
    `SELECT person_id, measure, decided_on, until FROM disciplines WHERE deleted_at IS NULL
       AND person_id IN ${idList}`,
    json(personIds),
  );
}

/** [person id, year, level, title] of the initiatives some people authored in [from, to]. */
export function initiativesOfPeople(
  db: Db,
  personIds: string[],
  from: number,
  to: number,
): [string, number, string, string][] {
  return rowValues(
    db,
    `SELECT a.person_id, i.year, i.level, i.title FROM initiative_authors a
         JOIN initiatives i ON i.id = a.initiative_id AND i.deleted_at IS NULL
         WHERE a.deleted_at IS NULL AND a.person_id IN ${idList} AND i.year BETWEEN ? AND ?`,
    json(personIds),
    from,
    to,
  );
}

/** [nomination id, decision id] of the live decision lines of some nominations. */
export function decisionsOfNominations(db: Db, nominationIds: string[]): [string, string][] {
  return rowValues(
    db,
    `SELECT nomination_id, decision_id FROM decision_recipients
       WHERE deleted_at IS NULL AND nomination_id IN ${idList}`,
    json(nominationIds),
  );
}

/** [id, kind] of some units, deleted ones included. */
export function unitKindsOf(db: Db, ids: string[]): [string, string][] {
  return rowValues(db, `SELECT id, kind FROM units WHERE id IN ${idList}`, json(ids));
}
