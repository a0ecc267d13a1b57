import type { Db } from "../open-database";
import { nomineeNames, nomineeKey, type NomineeNames } from "./nominees";
import { allRows, placeholders } from "./raw";
import type { NominationState, NomineeKind } from "../../electron/contract/vocabulary";

/** A live nomination of a live dossier, with the dossier's facts and the nominee's names. */
export interface NominationListing {
  id: string;
  dossierId: string;
  /** The dossier's year. */
  year: number;
  receivedDate: string;
  /** The dossier's unit; null when that unit is gone. */
  dossierUnit: string | null;
  unitDocNumber: string;
  nomineeKind: NomineeKind;
  personId: string | null;
  unitId: string | null;
  householdId: string | null;
  awardCode: string;
  summary: string;
  state: NominationState;
  sortOrder: number;
  createdAt: number;
  /** Undefined when the nominee is gone from the directory. */
  nominee: NomineeNames | undefined;
}

interface SqlListing {
  id: string;
  dossier_id: string;
  year: number;
  received_date: string;
  dossier_unit: string | null;
  unit_doc_number: string;
  nominee_kind: NomineeKind;
  person_id: string | null;
  unit_id: string | null;
  household_id: string | null;
  award_code: string;
  summary: string;
  state: NominationState;
  sort_order: number;
  created_at: number;
}

const listingSql = `
  SELECT n.id, n.dossier_id, d.year, d.received_date, du.name AS dossier_unit, d.unit_doc_number,
         n.nominee_kind, n.person_id, n.unit_id, n.household_id, n.award_code, n.summary, n.state,
         n.sort_order, n.created_at
  FROM nominations n
  JOIN dossiers d ON d.id = n.dossier_id AND d.deleted_at IS NULL
  LEFT JOIN units du ON du.id = d.unit_id
  WHERE n.deleted_at IS NULL`;

function withNominees(db: Db, rows: SqlListing[]): NominationListing[] {
  const refs = rows.map((r) => ({
    nomineeKind: r.nominee_kind,
    personId: r.person_id,
    unitId: r.unit_id,
    householdId: r.household_id,
  }));
  const names = nomineeNames(db, refs);
  return rows.map((r) => ({
    id: r.id,
    dossierId: r.dossier_id,
    year: r.year,
    receivedDate: r.received_date,
    dossierUnit: r.dossier_unit,
    unitDocNumber: r.unit_doc_number,
    nomineeKind: r.nominee_kind,
    personId: r.person_id,
    unitId: r.unit_id,
    householdId: r.household_id,
    awardCode: r.award_code,
    summary: r.summary,
    state: r.state,
    sortOrder: r.sort_order,
    createdAt: r.created_at,
    nominee: names.get(
      nomineeKey(
        r.nominee_kind,
        r.nominee_kind === "ca_nhan"
          ? r.person_id
          : r.nominee_kind === "tap_the"
            ? r.unit_id
            : r.household_id,
      ),
    ),
  }));
}

/** The listed nominations among `ids` (missing ones are left out), in no particular order. */
export function nominationListingsByIds(db: Db, ids: readonly string[]): NominationListing[] {
  if (!ids.length) return [];
  return withNominees(
    db,
    allRows<SqlListing>(db, `${listingSql} AND n.id IN (${placeholders(ids.length)})`, ...ids),
  );
}

/**
 * The nominations at a state in the dossiers of a year; `ordered` sorts them as the dossiers came
 * in (received date, then entry order).
 */
export function nominationListingsAt(
  db: Db,
  state: NominationState,
  year: number,
  ordered = false,
): NominationListing[] {
  const order = ordered
    ? " ORDER BY d.received_date, d.created_at, n.sort_order, n.created_at"
    : "";
  return withNominees(
    db,
    allRows<SqlListing>(db, `${listingSql} AND n.state = ? AND d.year = ?${order}`, state, year),
  );
}
