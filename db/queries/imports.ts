/**
 * The directory import's reads (what is already in the directory, to match rows against) and
 * its writes (prepared statements run inside the commit's one transaction).
 */
import type Database from "better-sqlite3";
import type { Gender, RatingValue, RecipientKind } from "../../electron/contract/vocabulary";
import { newId } from "../ids";
import { nameKeys, unitKeys } from "./directory";

export interface PersonValues {
  fullName: string;
  gender: Gender;
  birthYear: number | null;
  birthDate: string | null;
  category: string;
  position: string;
  /** Null when the file leaves it blank: an update keeps what the directory has. */
  isLeader: boolean | null;
  unitId: string;
  phone: string;
  hometown: string;
  residence: string;
  education: string;
  notes: string;
}
/** The fields an update of a person writes (name, birth year and unit are what matched it). */
export type PersonUpdate = Pick<
  PersonValues,
  | "gender"
  | "birthYear"
  | "birthDate"
  | "category"
  | "position"
  | "phone"
  | "hometown"
  | "residence"
  | "education"
  | "notes"
> & { isLeader: boolean };
export interface UnitValues {
  code: string;
  name: string;
  shortName: string;
  kind: string;
  parentId: string | null;
  address: string;
  headName: string;
}

/** Live people with a unit: [id, search_key (folded name), birth_year, unit_id]. */
export function peopleForImport(db: Database.Database) {
  return db
    .prepare(
      "SELECT id, search_key, birth_year, unit_id FROM people WHERE deleted_at IS NULL AND unit_id IS NOT NULL",
    )
    .raw()
    .all() as [string, string, number | null, string][];
}

export function unitsForImport(db: Database.Database) {
  return db
    .prepare("SELECT id, code, name, short_name, parent_id FROM units WHERE deleted_at IS NULL")
    .all() as {
    id: string;
    code: string;
    name: string;
    short_name: string;
    parent_id: string | null;
  }[];
}

export function householdsForImport(db: Database.Database) {
  return db
    .prepare("SELECT id, head_name, unit_id FROM households WHERE deleted_at IS NULL")
    .all() as { id: string; head_name: string; unit_id: string | null }[];
}

export function peopleForRatingImport(db: Database.Database) {
  return db
    .prepare("SELECT id, full_name, birth_year, unit_id FROM people WHERE deleted_at IS NULL")
    .all() as {
    id: string;
    full_name: string;
    birth_year: number | null;
    unit_id: string | null;
  }[];
}

/** What the directory has for a person an import updates (the fields the file may change). */
export function personNowLookup(db: Database.Database) {
  const st = db.prepare(
    "SELECT gender, birth_year, birth_date, category, position, is_leader, phone, hometown, residence, education, notes FROM people WHERE id = ?",
  );
  return (id: string) => {
    const r = st.get(id) as {
      gender: Gender;
      birth_year: number | null;
      birth_date: string | null;
      category: string;
      position: string;
      is_leader: number;
      phone: string;
      hometown: string;
      residence: string;
      education: string;
      notes: string;
    };
    return {
      gender: r.gender,
      birthYear: r.birth_year,
      birthDate: r.birth_date,
      category: r.category,
      position: r.position,
      isLeader: r.is_leader === 1,
      phone: r.phone,
      hometown: r.hometown,
      residence: r.residence,
      education: r.education,
      notes: r.notes,
    };
  };
}

/** What the directory has for a unit an import updates. */
export function unitNowLookup(db: Database.Database) {
  const st = db.prepare(
    "SELECT code, name, short_name, kind, parent_id, address, head_name FROM units WHERE id = ?",
  );
  return (id: string): UnitValues => {
    const r = st.get(id) as {
      code: string;
      name: string;
      short_name: string;
      kind: string;
      parent_id: string | null;
      address: string;
      head_name: string;
    };
    return {
      code: r.code,
      name: r.name,
      shortName: r.short_name,
      kind: r.kind,
      parentId: r.parent_id,
      address: r.address,
      headName: r.head_name,
    };
  };
}

/** What the directory has for a household an import updates. */
/** A household's columns an import writes. */
export interface HouseholdValues {
  headName: string;
  headGender: string;
  address: string;
  note: string;
}

export function householdNowLookup(db: Database.Database) {
  const st = db.prepare(
    "SELECT head_gender AS headGender, address, note FROM households WHERE id = ?",
  );
  return (id: string) => st.get(id) as { headGender: string; address: string; note: string };
}

/** The id of a person's rating of a year, if any. */
export function personRatingLookup(db: Database.Database) {
  const st = db.prepare(
    "SELECT id, rating FROM ratings WHERE subject_id = ? AND year = ? AND deleted_at IS NULL",
  );
  return (personId: string, year: number) =>
    st.get(personId, year) as { id: string; rating: RatingValue } | undefined;
}

/** Prepared statements used by one commit; all run inside one transaction. */
export class DirectoryImportWriter {
  private readonly st;
  /** `today` (YYYY-MM-DD) starts the work history of people added. */
  constructor(
    readonly sqlite: Database.Database,
    readonly origin: string,
    readonly now: number,
    readonly today: string,
  ) {
    const s = (sql: string) => sqlite.prepare(sql);
    const sync = "id, created_at, updated_at, origin";
    this.st = {
      insertPerson:
        s(`INSERT INTO people (${sync}, full_name, gender, birth_year, birth_date, category, position, is_leader, unit_id, phone, hometown, residence, education, notes, search_key, sort_key)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      updatePerson: s(
        `UPDATE people SET updated_at = ?, gender = ?, birth_date = ?, category = ?, position = ?, is_leader = ?, phone = ?, hometown = ?, residence = ?, education = ?, notes = ? WHERE id = ?`,
      ),
      insertHistory: s(
        `INSERT INTO person_units (${sync}, person_id, unit_id, from_date, to_date, position) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?)`,
      ),
      insertUnit: s(
        `INSERT INTO units (${sync}, code, name, short_name, kind, parent_id, address, head_name, search_key, sort_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      updateUnit: s(
        `UPDATE units SET updated_at = ?, name = ?, short_name = ?, kind = ?, parent_id = ?, address = ?, head_name = ?, search_key = ?, sort_key = ? WHERE id = ?`,
      ),
      insertHousehold: s(
        `INSERT INTO households (${sync}, head_name, head_gender, address, unit_id, note, search_key, sort_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      updateHousehold: s(
        `UPDATE households SET updated_at = ?, head_gender = ?, address = ?, note = ?, search_key = ? WHERE id = ?`,
      ),
      insertRating: s(
        `INSERT INTO ratings (${sync}, subject_kind, subject_id, year, rating, note) VALUES (?, ?, ?, ?, 'person', ?, ?, ?, '')`,
      ),
      updateRating: s(`UPDATE ratings SET updated_at = ?, rating = ? WHERE id = ?`),
    };
  }
  private base(id: string) {
    return [id, this.now, this.now, this.origin] as const;
  }
  /** Keys and ids are computed while planning, so the commit only runs statements. */
  insertPerson(
    p: PersonValues & { id: string; historyId: string; searchKey: string; sortKey: string },
  ) {
    this.st.insertPerson.run(
      ...this.base(p.id),
      p.fullName,
      p.gender,
      p.birthYear,
      p.birthDate,
      p.category,
      p.position,
      p.isLeader ? 1 : 0,
      p.unitId,
      p.phone,
      p.hometown,
      p.residence,
      p.education,
      p.notes,
      p.searchKey,
      p.sortKey,
    );
    this.st.insertHistory.run(...this.base(p.historyId), p.id, p.unitId, this.today, p.position);
  }
  /** Writes the merged values the preview showed (electron/exchange/update-merge.ts). */
  updatePerson(id: string, p: PersonUpdate) {
    this.st.updatePerson.run(
      this.now,
      p.gender,
      p.birthDate,
      p.category,
      p.position,
      p.isLeader ? 1 : 0,
      p.phone,
      p.hometown,
      p.residence,
      p.education,
      p.notes,
      id,
    );
  }
  insertUnit(u: UnitValues, id: string) {
    const keys = unitKeys(u.name, u.shortName, u.code);
    this.st.insertUnit.run(
      ...this.base(id),
      u.code,
      u.name,
      u.shortName,
      u.kind,
      u.parentId,
      u.address,
      u.headName,
      keys.searchKey,
      keys.sortKey,
    );
  }
  /**
   * Blank cells keep what the directory has; a name that differs only in where its tone mark sits
   * (Hòa / Hoà) is the same name and is kept as it is.
   */
  /** Writes the merged values the preview showed; the search keys follow the name. */
  updateUnit(id: string, u: UnitValues) {
    const keys = unitKeys(u.name, u.shortName, u.code);
    this.st.updateUnit.run(
      this.now,
      u.name,
      u.shortName,
      u.kind,
      u.parentId,
      u.address,
      u.headName,
      keys.searchKey,
      keys.sortKey,
      id,
    );
  }
  insertHousehold(h: HouseholdValues & { unitId: string }) {
    const keys = nameKeys(h.headName, h.address);
    this.st.insertHousehold.run(
      ...this.base(newId()),
      h.headName,
      h.headGender,
      h.address,
      h.unitId,
      h.note,
      keys.searchKey,
      keys.sortKey,
    );
  }
  /** Writes the merged values the preview showed. */
  updateHousehold(id: string, h: HouseholdValues) {
    this.st.updateHousehold.run(
      this.now,
      h.headGender,
      h.address,
      h.note,
      nameKeys(h.headName, h.address).searchKey,
      id,
    );
  }
  putRating(existing: string | undefined, personId: string, year: number, rating: RatingValue) {
    if (existing) this.st.updateRating.run(this.now, rating, existing);
    else this.st.insertRating.run(...this.base(newId()), personId, year, rating);
  }
}

/** Every live registry entry as [recipient kind, recipient id, award code, year]. */
export function awardRegistryKeys(db: Database.Database) {
  return db
    .prepare(
      `SELECT recipient_kind, coalesce(person_id, household_id, unit_id), award_code, year
       FROM award_records WHERE deleted_at IS NULL`,
    )
    .raw()
    .all() as [string, string, string, number][];
}

/** Who a dossier already nominates for what (to refuse a nomination proposed twice). */
export function nomineesOfDossier(db: Database.Database, dossierId: string) {
  return db
    .prepare(
      "SELECT nominee_kind, person_id, unit_id, household_id, award_code FROM nominations WHERE dossier_id = ? AND deleted_at IS NULL",
    )
    .all(dossierId) as {
    nominee_kind: string;
    person_id: string | null;
    unit_id: string | null;
    household_id: string | null;
    award_code: string;
  }[];
}

/** The nomination import's writes: households it creates, nominations and their first event. */
export class NominationImportWriter {
  private readonly st;
  constructor(
    readonly sqlite: Database.Database,
    readonly origin: string,
    readonly now: number,
  ) {
    const s = (sql: string) => sqlite.prepare(sql);
    const sync = "id, created_at, updated_at, origin";
    this.st = {
      insertHousehold: s(
        `INSERT INTO households (${sync}, head_name, address, unit_id, note, search_key, sort_key) VALUES (?, ?, ?, ?, ?, ?, ?, '', ?, ?)`,
      ),
      insertNomination: s(
        `INSERT INTO nominations (${sync}, dossier_id, nominee_kind, person_id, unit_id, household_id, award_code, summary, state, state_changed_at, sort_order)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'tiep_nhan', ?, ?)`,
      ),
      insertEvent: s(
        `INSERT INTO nomination_events (${sync}, nomination_id, action, from_state, to_state, reason, actor, at)
         VALUES (?, ?, ?, ?, ?, 'nhap_excel', NULL, 'tiep_nhan', ?, ?, ?)`,
      ),
      count: s(
        "SELECT count(*) FROM nominations WHERE dossier_id = ? AND deleted_at IS NULL",
      ).pluck(),
    };
  }
  private base(id: string) {
    return [id, this.now, this.now, this.origin] as const;
  }
  nominationCount(dossierId: string): number {
    return this.st.count.get(dossierId) as number;
  }
  insertHousehold(id: string, h: { headName: string; address: string; unitId: string }) {
    const keys = nameKeys(h.headName, h.address);
    this.st.insertHousehold.run(
      ...this.base(id),
      h.headName,
      h.address,
      h.unitId,
      keys.searchKey,
      keys.sortKey,
    );
  }
  /** A received nomination with its "imported from row N" event. */
  insertNomination(n: {
    dossierId: string;
    kind: RecipientKind;
    nomineeId: string;
    awardCode: string;
    summary: string;
    sortOrder: number;
    source: string;
  }) {
    const id = newId();
    this.st.insertNomination.run(
      ...this.base(id),
      n.dossierId,
      n.kind,
      n.kind === "ca_nhan" ? n.nomineeId : null,
      n.kind === "tap_the" ? n.nomineeId : null,
      n.kind === "ho_gia_dinh" ? n.nomineeId : null,
      n.awardCode,
      n.summary,
      this.now,
      n.sortOrder,
    );
    this.st.insertEvent.run(...this.base(newId()), id, n.source, this.origin, this.now);
    return id;
  }
}

/** The live people of one unit, to match a unit's registration file against. */
export function peopleOfUnitForImport(db: Database.Database, unitId: string) {
  return db
    .prepare(
      "SELECT id, full_name, birth_year, position, is_leader FROM people WHERE deleted_at IS NULL AND unit_id = ?",
    )
    .all(unitId) as {
    id: string;
    full_name: string;
    birth_year: number | null;
    position: string;
    is_leader: number;
  }[];
}
