import { and, eq, inArray, isNull } from "drizzle-orm";
import {
  notCountingStates,
  type ComponentKind,
  type NominationState,
  type NomineeKind,
} from "../../electron/contract/vocabulary";
import type { Db } from "../open-database";
import {
  dossierComponents,
  dossierFiles,
  dossiers,
  nominationEvents,
  nominations,
} from "../schema";
import { allRows } from "./raw";
import { liveRows, syncedRows } from "./sync-rows";

export type DossierRow = typeof dossiers.$inferSelect;
export type NominationRow = typeof nominations.$inferSelect;

export const dossierRows = syncedRows(dossiers);
export const nominationRows = syncedRows(nominations);
export const dossierComponentRows = syncedRows(dossierComponents);
export const dossierFileRows = syncedRows(dossierFiles);
export const nominationEventRows = syncedRows(nominationEvents);

export type DossierComponentRow = typeof dossierComponents.$inferSelect;
export type DossierFileRow = typeof dossierFiles.$inferSelect;
export type NominationEventRow = typeof nominationEvents.$inferSelect;

/** The live dossiers of a year, in no particular order. */
export function dossiersOfYear(db: Db, year: number): DossierRow[] {
  return liveRows(db, dossiers, [], eq(dossiers.year, year));
}

/** The live dossiers among `ids`. */
export function dossiersByIds(db: Db, ids: string[]): DossierRow[] {
  return liveRows(db, dossiers, [], inArray(dossiers.id, ids));
}

/** The live nominations among `ids` (read 500 at a time), in no particular order. */
export function nominationsByIds(db: Db, ids: string[]): NominationRow[] {
  const out: NominationRow[] = [];
  for (let i = 0; i < ids.length; i += 500)
    out.push(...liveRows(db, nominations, [], inArray(nominations.id, ids.slice(i, i + 500))));
  return out;
}

/** The live nominations of some dossiers at a state, in entry order. */
export function nominationsOfDossiersAt(
  db: Db,
  dossierIds: string[],
  state: NominationState,
): NominationRow[] {
  return liveRows(
    db,
    nominations,
    [nominations.sortOrder],
    and(inArray(nominations.dossierId, dossierIds), eq(nominations.state, state)),
  );
}

/** The live dossiers of a year, optionally of one movement and one unit, as they came in. */
export function dossiersReceived(
  db: Db,
  f: { year: number; movementId?: string | null; unitId?: string | null },
): DossierRow[] {
  const conditions = [eq(dossiers.year, f.year)];
  if (f.movementId) conditions.push(eq(dossiers.movementId, f.movementId));
  if (f.unitId) conditions.push(eq(dossiers.unitId, f.unitId));
  return liveRows(db, dossiers, [dossiers.receivedDate, dossiers.createdAt], and(...conditions));
}

/** The live nominations of some dossiers, in entry order. */
export function nominationsOfDossiers(db: Db, dossierIds: string[]): NominationRow[] {
  return liveRows(
    db,
    nominations,
    [nominations.sortOrder, nominations.createdAt],
    inArray(nominations.dossierId, dossierIds),
  );
}

/** The live nominations of one dossier, in no particular order. */
export function nominationsOfDossier(db: Db, dossierId: string): NominationRow[] {
  return liveRows(db, nominations, [], eq(nominations.dossierId, dossierId));
}

/** The live components of some dossiers, in their order. */
export function componentsOfDossiers(db: Db, dossierIds: string[]): DossierComponentRow[] {
  return liveRows(
    db,
    dossierComponents,
    [dossierComponents.sortOrder, dossierComponents.createdAt],
    inArray(dossierComponents.dossierId, dossierIds),
  );
}

/** The live components of one dossier, in no particular order; of one kind when given. */
export function componentsOfDossier(
  db: Db,
  dossierId: string,
  kind?: ComponentKind,
): DossierComponentRow[] {
  const ofDossier = eq(dossierComponents.dossierId, dossierId);
  return liveRows(
    db,
    dossierComponents,
    [],
    kind ? and(ofDossier, eq(dossierComponents.kind, kind)) : ofDossier,
  );
}

/** The live files attached to some components, oldest first. */
export function filesOfComponents(db: Db, componentIds: string[]): DossierFileRow[] {
  return liveRows(
    db,
    dossierFiles,
    [dossierFiles.createdAt],
    inArray(dossierFiles.componentId, componentIds),
  );
}

/** The live files attached to one component, in no particular order. */
export function filesOfComponent(db: Db, componentId: string): DossierFileRow[] {
  return liveRows(db, dossierFiles, [], eq(dossierFiles.componentId, componentId));
}

/** The live events of a nomination, in no particular order. */
export function eventsOfNomination(db: Db, nominationId: string): NominationEventRow[] {
  return db
    .select()
    .from(nominationEvents)
    .where(and(eq(nominationEvents.nominationId, nominationId), isNull(nominationEvents.deletedAt)))
    .all();
}

/** A nomination of a year that still counts (not returned, not refused), for the quota checks. */
export interface CountingNomination {
  dossier_id: string;
  nominee_kind: NomineeKind;
  person_id: string | null;
  unit_id: string | null;
  household_id: string | null;
  award_code: string;
  dossier_unit: string;
  received_date: string;
  unit_name: string | null;
}

/** Nominations of a year in all dossiers that still count (not returned, not refused). */
export function countingNominationsOfYear(db: Db, year: number): CountingNomination[] {
  return allRows<CountingNomination>(
    db,
    `SELECT n.dossier_id, n.nominee_kind, n.person_id, n.unit_id, n.household_id, n.award_code,
              d.unit_id AS dossier_unit, d.received_date, u.name AS unit_name
       FROM nominations n
       JOIN dossiers d ON d.id = n.dossier_id AND d.deleted_at IS NULL
       LEFT JOIN units u ON u.id = d.unit_id
       WHERE n.deleted_at IS NULL AND d.year = ?
         AND n.state NOT IN (${notCountingStates.map(() => "?").join(", ")})`,
    year,
    ...notCountingStates,
  );
}
