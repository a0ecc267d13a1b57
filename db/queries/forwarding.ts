/**
 * What the Trình cấp trên reports read about a nominee: ratings, awards received, the person or
 * unit card, initiatives, head counts; and the documents the page lists.
 */
import type { Db } from "../open-database";
import { allRows, firstColumn, firstRow, firstValue } from "./raw";
import type { Gender, RatingValue } from "../../electron/contract/vocabulary";

/** Ratings (xếp loại) of a person or unit over [fromYear, toYear], oldest first. */
export function ratingsBetween(
  db: Db,
  kind: "person" | "unit",
  id: string,
  fromYear: number,
  toYear: number,
): { year: number; rating: RatingValue }[] {
  return allRows(
    db,
    `SELECT year, rating FROM ratings WHERE deleted_at IS NULL AND subject_kind = ?
       AND subject_id = ? AND year BETWEEN ? AND ? ORDER BY year`,
    kind,
    id,
    fromYear,
    toYear,
  );
}

export interface ReceivedAwardRow {
  year: number;
  award_code: string;
  award_name: string;
  decision_number: string;
  decision_date: string | null;
  issuer: string;
}

/** The registry's records of a person or unit that still count, oldest first. */
export function awardsReceivedBy(
  db: Db,
  column: "person_id" | "unit_id",
  id: string,
  recipientKind: string,
): ReceivedAwardRow[] {
  return allRows(
    db,
    `SELECT year, award_code, award_name, decision_number, decision_date, issuer
         FROM award_records WHERE deleted_at IS NULL AND cancelled_by IS NULL
         AND ${column} = ? AND recipient_kind = ? ORDER BY year, decision_date`,
    id,
    recipientKind,
  );
}

export interface UnitCard {
  id: string;
  name: string;
  kind: string;
  address: string;
  head_name: string;
  parent_id: string | null;
  head_position: string;
}

/** A live unit as a report prints it. */
export function unitCard(db: Db, id: string): UnitCard | undefined {
  return firstRow<UnitCard>(
    db,
    `SELECT id, name, kind, address, head_name, head_position, parent_id FROM units
       WHERE id = ? AND deleted_at IS NULL`,
    id,
  );
}

export interface PersonCard {
  full_name: string;
  gender: Gender;
  birth_year: number | null;
  birth_date: string | null;
  position: string;
  unit_id: string | null;
  hometown: string;
  residence: string;
  education: string;
}

/** A live person as a report prints them. */
export function personCard(db: Db, id: string | null): PersonCard | undefined {
  return firstRow<PersonCard>(
    db,
    `SELECT full_name, gender, birth_year, birth_date, position, unit_id, hometown, residence,
            education FROM people
         WHERE id = ? AND deleted_at IS NULL`,
    id,
  );
}

/** The label of an office-added list item (e.g. a unit kind), if any. */
export function customListLabel(
  db: Db,
  list: "unit_kind" | "person_category",
  code: string,
): string | undefined {
  return firstValue<string>(
    db,
    `SELECT label FROM directory_list_items WHERE deleted_at IS NULL AND list = ?
       AND code = ?`,
    list,
    code,
  );
}

/** Initiatives (sáng kiến) a person authored in [fromYear, toYear], oldest first. */
export function initiativesOfAuthor(
  db: Db,
  personId: string | null,
  fromYear: number,
  toYear: number,
): { year: number; title: string; decision_number: string }[] {
  return allRows(
    db,
    `SELECT i.year, i.title, i.decision_number FROM initiative_authors a
         JOIN initiatives i ON i.id = a.initiative_id AND i.deleted_at IS NULL
         WHERE a.deleted_at IS NULL AND a.person_id = ? AND i.year BETWEEN ? AND ?
         ORDER BY i.year`,
    personId,
    fromYear,
    toYear,
  );
}

/** Live people of a unit, and its live active sub-units. */
export function unitHeadCounts(db: Db, unitId: string): { members: number; subUnits: number } {
  return {
    members: firstValue<number>(
      db,
      "SELECT count(*) AS n FROM people WHERE deleted_at IS NULL AND unit_id = ?",
      unitId,
    )!,
    subUnits: firstValue<number>(
      db,
      "SELECT count(*) AS n FROM units WHERE deleted_at IS NULL AND active = 1 AND parent_id = ?",
      unitId,
    )!,
  };
}

/** Ids of the live register documents of a source kind (of a year when given), by date. */
export function documentIdsOfSourceKind(db: Db, sourceKind: string, year?: number): string[] {
  return year === undefined
    ? firstColumn<string>(
        db,
        `SELECT id FROM documents WHERE deleted_at IS NULL AND source_kind = ?
       ORDER BY doc_date, created_at`,
        sourceKind,
      )
    : firstColumn<string>(
        db,
        `SELECT id FROM documents WHERE deleted_at IS NULL AND source_kind = ? AND json_extract(input, '$.year') = ?
       ORDER BY doc_date, created_at`,
        sourceKind,
        year,
      );
}
