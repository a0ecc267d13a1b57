import type { Db } from "../open-database";
import { getSetting, setSetting } from "../queries/app-settings";
import { liveRows, upsertRow, type WriteStamp } from "../queries/sync-rows";
import { awardCatalogue, baseSalaries, legalBases } from "../schema";
import { defaultAwards, defaultBaseSalaries, defaultLegalBases, defaultRounding } from "./defaults";

const SEEDED_KEY = "defaults_seeded";

/** Add the default awards and legal bases that are missing (by code / by number and title). */
export function addMissingDefaults(db: Db, stamp: WriteStamp) {
  return db.transaction((tx) => {
    const codes = new Set(liveRows(tx, awardCatalogue, []).map((a) => a.code));
    let awardsAdded = 0;
    defaultAwards.forEach((a, i) => {
      if (codes.has(a.code)) return;
      upsertRow(
        tx,
        awardCatalogue,
        undefined,
        { ...a, validTo: null, sortOrder: (i + 1) * 10 },
        stamp,
      );
      awardsAdded++;
    });
    const bases = new Set(liveRows(tx, legalBases, []).map((b) => `${b.number}|${b.title}`));
    let legalBasesAdded = 0;
    for (const b of defaultLegalBases) {
      if (bases.has(`${b.number}|${b.title}`)) continue;
      upsertRow(tx, legalBases, undefined, { ...b }, stamp);
      legalBasesAdded++;
    }
    return { awardsAdded, legalBasesAdded };
  });
}

/** First open of a new database: the catalogue, the legal library, base salaries, rounding. */
export function seedDefaultsOnce(db: Db, stamp: WriteStamp): boolean {
  if (getSetting<boolean>(db, SEEDED_KEY)) return false;
  db.transaction((tx) => {
    addMissingDefaults(tx, stamp);
    for (const s of defaultBaseSalaries) upsertRow(tx, baseSalaries, undefined, s, stamp);
    if (!getSetting(tx, "rounding")) setSetting(tx, "rounding", defaultRounding, stamp.now);
    setSetting(tx, SEEDED_KEY, true, stamp.now);
  });
  return true;
}
