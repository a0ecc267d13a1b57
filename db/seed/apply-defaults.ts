import type { Db } from "../open-database";
import { getSetting, setSetting } from "../queries/app-settings";
import { liveRows, upsertRow, type WriteStamp } from "../queries/sync-rows";
import { awardCatalogue, awardRules, baseSalaries, legalBases } from "../schema";
import {
  defaultAwardRules,
  defaultAwards,
  defaultBaseSalaries,
  defaultLegalBases,
  incompleteLegalBases,
  defaultRounding,
} from "./defaults";

const SEEDED_KEY = "defaults_seeded";
/** Installations made before the eligibility rules existed get them once, on their next start. */
const RULES_SEEDED_KEY = "default_rules_seeded";
/** Installations made before the state-level forms were in the catalogue get them once. */
const STATE_AWARDS_SEEDED_KEY = "state_awards_seeded";

/** Add the default eligibility rules that are missing (by award, rule kind and start date). */
export function addMissingRules(db: Db, stamp: WriteStamp): number {
  return db.transaction((tx) => {
    const have = new Set(
      liveRows(tx, awardRules, []).map((r) => `${r.awardCode}|${r.ruleCode}|${r.validFrom}`),
    );
    let added = 0;
    defaultAwardRules.forEach((r, i) => {
      if (have.has(`${r.awardCode}|${r.ruleCode}|${r.validFrom}`)) return;
      upsertRow(
        tx,
        awardRules,
        undefined,
        { ...r, params: JSON.stringify(r.params), sortOrder: (i + 1) * 10 },
        stamp,
      );
      added++;
    });
    return added;
  });
}

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
    // Rules come with the awards they belong to (their count is not part of the answer).
    addMissingRules(tx, stamp);
    return { awardsAdded, legalBasesAdded };
  });
}

/**
 * Library entries an earlier version shipped without their issue date, still as shipped, get the
 * complete entry (title with the date, issue date): every document citing them printed an
 * incomplete căn cứ. An entry the office edited is left as it is.
 */
function completeShippedLegalBases(db: Db, stamp: WriteStamp) {
  for (const old of incompleteLegalBases) {
    const full = defaultLegalBases.find((b) => b.number === old.number)!;
    for (const row of liveRows(db, legalBases, [])) {
      if (row.number !== old.number || row.title !== old.title || row.note !== old.note) continue;
      if (row.issuedDate !== null) continue;
      upsertRow(
        db,
        legalBases,
        row.id,
        { title: full.title, issuedDate: full.issuedDate, note: full.note },
        stamp,
      );
    }
  }
}

/** First open of a new database: the catalogue, the legal library, base salaries, rounding. */
export function seedDefaultsOnce(db: Db, stamp: WriteStamp): boolean {
  if (getSetting<boolean>(db, SEEDED_KEY)) {
    completeShippedLegalBases(db, stamp);
    if (!getSetting<boolean>(db, RULES_SEEDED_KEY))
      db.transaction((tx) => {
        addMissingRules(tx, stamp);
        setSetting(tx, RULES_SEEDED_KEY, true, stamp.now);
      });
    if (!getSetting<boolean>(db, STATE_AWARDS_SEEDED_KEY))
      db.transaction((tx) => {
        addMissingDefaults(tx, stamp);
        setSetting(tx, STATE_AWARDS_SEEDED_KEY, true, stamp.now);
      });
    return false;
  }
  db.transaction((tx) => {
    addMissingDefaults(tx, stamp);
    for (const s of defaultBaseSalaries) upsertRow(tx, baseSalaries, undefined, s, stamp);
    if (!getSetting(tx, "rounding")) setSetting(tx, "rounding", defaultRounding, stamp.now);
    setSetting(tx, SEEDED_KEY, true, stamp.now);
    setSetting(tx, RULES_SEEDED_KEY, true, stamp.now);
    setSetting(tx, STATE_AWARDS_SEEDED_KEY, true, stamp.now);
  });
  return true;
}
