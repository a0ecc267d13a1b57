import { and, eq, isNull, lte, or, gte } from "drizzle-orm";
import type { Db } from "../open-database";
import { rewardFundReceipts, statisticalForms, tdktBodies, tdktStaff } from "../schema";
import { allRows } from "./raw";
import { liveRows, syncedRows } from "./sync-rows";

/**
 * What the statistical forms read: the movements, the award registry, the forwarded nominations,
 * the registers kept for 0604/0605, and the reward fund, one year at a time.
 */

export const formVersionRows = syncedRows(statisticalForms);
export const tdktBodyRows = syncedRows(tdktBodies);
export const tdktStaffRows = syncedRows(tdktStaff);
export const fundReceiptRows = syncedRows(rewardFundReceipts);

export const officeFormVersions = (db: Db) =>
  liveRows(db, statisticalForms, [statisticalForms.code, statisticalForms.validFrom]);

export const allTdktBodies = (db: Db) =>
  liveRows(db, tdktBodies, [tdktBodies.level, tdktBodies.name]);
export const allTdktStaff = (db: Db) => liveRows(db, tdktStaff, [tdktStaff.fullName]);

/** The bodies that existed in the year. */
export const tdktBodiesOfYear = (db: Db, year: number) =>
  liveRows(
    db,
    tdktBodies,
    [tdktBodies.name],
    and(
      lte(tdktBodies.fromYear, year),
      or(isNull(tdktBodies.toYear), gte(tdktBodies.toYear, year)),
    ),
  );

/** The staff doing TĐKT work in the year. */
export const tdktStaffOfYear = (db: Db, year: number) =>
  liveRows(
    db,
    tdktStaff,
    [tdktStaff.fullName],
    and(
      lte(tdktStaff.sinceYear, year),
      or(isNull(tdktStaff.untilYear), gte(tdktStaff.untilYear, year)),
    ),
  );

export const fundReceiptsOfYear = (db: Db, year: number) =>
  liveRows(
    db,
    rewardFundReceipts,
    [rewardFundReceipts.receivedOn, rewardFundReceipts.createdAt],
    eq(rewardFundReceipts.year, year),
  );

/**
 * The year a movement counts in for the statistics: that of its launching decision, or of its
 * start when the decision's date is not recorded.
 */
export function movementsForStatistics(db: Db, year: number) {
  return allRows<{
    id: string;
    name: string;
    kind: "thuong_xuyen" | "chuyen_de" | "dot";
    startDate: string;
    endDate: string;
    launchLevel: string | null;
    scope: string | null;
  }>(
    db,
    `SELECT id, name, kind, start_date AS startDate, end_date AS endDate,
       launch_level AS launchLevel, scope
     FROM movements
     WHERE deleted_at IS NULL AND substr(coalesce(launch_decision_date, start_date), 1, 4) = ?
     ORDER BY start_date, name`,
    String(year),
  );
}

/** The SQL of the year an award counts in: its decision's, or the registry's year without one. */
const AWARD_STAT_YEAR = `coalesce(CAST(substr(r.decision_date, 1, 4) AS INTEGER), r.year)`;

export interface AwardStatRow {
  id: string;
  recipientKind: "ca_nhan" | "tap_the" | "ho_gia_dinh";
  recipientName: string;
  unitId: string | null;
  unitName: string;
  awardCode: string;
  awardName: string;
  decisionNumber: string;
  recipientCategory: string | null;
  awardType: string | null;
  proposingBody: string | null;
}

/** The registry's live, not cancelled awards decided in the year. */
export function awardsForStatistics(db: Db, year: number): AwardStatRow[] {
  return allRows<AwardStatRow>(
    db,
    `SELECT r.id, r.recipient_kind AS recipientKind, r.recipient_name AS recipientName,
       r.unit_id AS unitId, r.unit_name AS unitName, r.award_code AS awardCode,
       r.award_name AS awardName, r.decision_number AS decisionNumber,
       r.recipient_category AS recipientCategory, r.award_type AS awardType,
       r.proposing_body AS proposingBody
     FROM award_records r
     WHERE r.deleted_at IS NULL AND r.cancelled_by IS NULL
       AND r.year BETWEEN ? AND ? AND ${AWARD_STAT_YEAR} = ?`,
    // The registry's year is the decision's or the one before (a title is decided early in the
    // next year): the range lets the year index narrow the scan.
    year - 1,
    year + 1,
    year,
  );
}

/** Per award code: its statistical group, kind, name and order (the latest version of the code). */
export function catalogueStatInfo(db: Db) {
  const rows = allRows<{
    code: string;
    name: string;
    kind: "danh_hieu" | "hinh_thuc";
    statGroup: string | null;
    sortOrder: number;
  }>(
    db,
    `SELECT code, name, kind, stat_group AS statGroup, sort_order AS sortOrder
     FROM award_catalogue WHERE deleted_at IS NULL ORDER BY code, valid_from`,
  );
  return new Map(rows.map((r) => [r.code, r]));
}

/** Every live unit, for rolling a unit up to the top of its tree. */
export function unitsForStatistics(db: Db) {
  return allRows<{
    id: string;
    name: string;
    kind: string;
    parentId: string | null;
    sortKey: string;
  }>(
    db,
    `SELECT id, name, kind, parent_id AS parentId, sort_key AS sortKey FROM units WHERE deleted_at IS NULL`,
  );
}

/** The year's nominations sent to the upper level, with whether the registry holds the award. */
export function forwardedForStatistics(db: Db, year: number) {
  return allRows<{
    id: string;
    nomineeKind: "ca_nhan" | "tap_the" | "ho_gia_dinh";
    awardCode: string;
    dossierKind: string;
    unitKind: string | null;
    awardType: string | null;
    category: string | null;
    decided: number;
  }>(
    db,
    `SELECT n.id, n.nominee_kind AS nomineeKind, n.award_code AS awardCode, d.kind AS dossierKind,
       u.kind AS unitKind, a.award_type AS awardType, a.recipient_category AS category,
       (a.id IS NOT NULL) AS decided
     FROM nominations n JOIN dossiers d ON d.id = n.dossier_id
     LEFT JOIN units u ON u.id = n.unit_id
     LEFT JOIN award_records a ON a.id = (SELECT a2.id FROM award_records a2
       WHERE a2.deleted_at IS NULL AND a2.cancelled_by IS NULL AND a2.year = d.year
         AND a2.award_code = n.award_code AND a2.person_id IS n.person_id
         AND a2.household_id IS n.household_id
         AND (n.nominee_kind <> 'tap_the' OR a2.unit_id IS n.unit_id) LIMIT 1)
     WHERE n.deleted_at IS NULL AND d.deleted_at IS NULL AND n.state = 'chuyen_cap_tren'
       AND d.year = ?`,
    year,
  );
}

/** Money paid by the year's issued, not cancelled decisions: per decision line, with its fund. */
export function decisionSpending(db: Db, year: number) {
  return allRows<{ fund: string; awardCode: string; money: number }>(
    db,
    `SELECT d.fund, r.award_code AS awardCode, r.money
     FROM decision_recipients r JOIN decisions d ON d.id = r.decision_id
     WHERE r.deleted_at IS NULL AND d.deleted_at IS NULL AND d.status = 'issued'
       AND d.grouping <> 'cancel' AND substr(d.decision_date, 1, 4) = ? AND r.money > 0`,
    String(year),
  );
}
