import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../open-database";
import { dossiers, nominations } from "../schema";
import { liveRows, syncedRows } from "./sync-rows";

export type DossierRow = typeof dossiers.$inferSelect;
export type NominationRow = typeof nominations.$inferSelect;

export const dossierRows = syncedRows(dossiers);
export const nominationRows = syncedRows(nominations);

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
  state: string,
): NominationRow[] {
  return liveRows(
    db,
    nominations,
    [nominations.sortOrder],
    and(inArray(nominations.dossierId, dossierIds), eq(nominations.state, state)),
  );
}
