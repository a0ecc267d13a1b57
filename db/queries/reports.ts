import type { Db } from "../open-database";
import { allRows, firstValue } from "./raw";

/**
 * The figures of the Báo cáo tổng kết (year) and sơ kết (six months): counted from the register,
 * the movements, the award registry, the decisions, the clusters and the initiatives. A period is
 * a range of dates, both ends included (YYYY-MM-DD).
 */
export interface DateRange {
  from: string;
  to: string;
}

/** Documents issued in the period, by type code ("KH", "QĐ", "TTr", "BC", "BB", "" công văn). */
export function issuedDocumentsByType(db: Db, r: DateRange) {
  return allRows<{ typeCode: string; n: number }>(
    db,
    `SELECT type_code AS typeCode, count(*) AS n FROM documents
     WHERE deleted_at IS NULL AND state = 'da_ban_hanh' AND doc_date BETWEEN ? AND ?
     GROUP BY type_code ORDER BY n DESC, type_code`,
    r.from,
    r.to,
  );
}

/** The year's movements with how many units registered and how many nominations they drew. */
export function movementsWithResults(db: Db, year: number) {
  return allRows<{
    id: string;
    name: string;
    startDate: string;
    endDate: string;
    targets: string;
    registered: number;
    nominations: number;
  }>(
    db,
    `SELECT m.id, m.name, m.start_date AS startDate, m.end_date AS endDate, m.targets,
       (SELECT count(*) FROM registrations r WHERE r.deleted_at IS NULL AND r.movement_id = m.id
          AND r.status <> 'chua_nop') AS registered,
       (SELECT count(*) FROM nominations n JOIN dossiers d ON d.id = n.dossier_id
          WHERE n.deleted_at IS NULL AND d.deleted_at IS NULL AND d.movement_id = m.id) AS nominations
     FROM movements m WHERE m.deleted_at IS NULL AND m.year = ? ORDER BY m.start_date, m.name`,
    year,
  );
}

/** Awards decided in the period and not cancelled, by form and kind of recipient. */
export function awardsByForm(db: Db, r: DateRange) {
  return allRows<{ awardCode: string; awardName: string; recipientKind: string; n: number }>(
    db,
    `SELECT award_code AS awardCode, award_name AS awardName, recipient_kind AS recipientKind,
            count(*) AS n
     FROM award_records
     WHERE deleted_at IS NULL AND cancelled_by IS NULL AND decision_date BETWEEN ? AND ?
     GROUP BY award_code, award_name, recipient_kind
     ORDER BY min(decision_date), award_name`,
    r.from,
    r.to,
  );
}

/** Money of the decisions issued here in the period (đồng), and how many decisions. */
export function decisionMoney(db: Db, r: DateRange) {
  return (
    allRows<{ decisions: number; money: number }>(
      db,
      `SELECT count(DISTINCT d.id) AS decisions, coalesce(sum(x.money), 0) AS money
       FROM decisions d LEFT JOIN decision_recipients x ON x.decision_id = d.id AND x.deleted_at IS NULL
       WHERE d.deleted_at IS NULL AND d.status = 'issued' AND d.grouping <> 'cancel'
         AND d.decision_date BETWEEN ? AND ?`,
      r.from,
      r.to,
    )[0] ?? { decisions: 0, money: 0 }
  );
}

/**
 * Nominations of the year forwarded to the upper level, and how many of them the registry shows
 * awarded (the same nominee and form, that year, not cancelled).
 */
export function forwardedWithResults(db: Db, year: number) {
  return (
    allRows<{ forwarded: number; awarded: number }>(
      db,
      `SELECT count(*) AS forwarded,
         coalesce(sum(EXISTS (SELECT 1 FROM award_records a WHERE a.deleted_at IS NULL
           AND a.cancelled_by IS NULL AND a.year = d.year AND a.award_code = n.award_code
           AND a.person_id IS n.person_id AND a.household_id IS n.household_id
           AND (n.nominee_kind <> 'tap_the' OR a.unit_id IS n.unit_id))), 0) AS awarded
       FROM nominations n JOIN dossiers d ON d.id = n.dossier_id
       WHERE n.deleted_at IS NULL AND d.deleted_at IS NULL AND n.state = 'chuyen_cap_tren'
         AND d.year = ?`,
      year,
    )[0] ?? { forwarded: 0, awarded: 0 }
  );
}

/** The year's clusters: how many, their member units, and their score tables. */
export function clustersOfYear(db: Db, year: number) {
  return {
    clusters:
      firstValue<number>(
        db,
        `SELECT count(DISTINCT cluster_id) FROM cluster_members WHERE deleted_at IS NULL AND year = ?`,
        year,
      ) ?? 0,
    members:
      firstValue<number>(
        db,
        `SELECT count(*) FROM cluster_members WHERE deleted_at IS NULL AND year = ?`,
        year,
      ) ?? 0,
    tableIds: allRows<{ id: string }>(
      db,
      `SELECT id FROM score_tables WHERE deleted_at IS NULL AND year = ? ORDER BY name`,
      year,
    ).map((r) => r.id),
  };
}

/** Initiatives recognised in the year, by level. */
export function initiativesByLevel(db: Db, year: number) {
  return allRows<{ level: string; n: number }>(
    db,
    `SELECT level, count(*) AS n FROM initiatives WHERE deleted_at IS NULL AND year = ?
     GROUP BY level ORDER BY n DESC`,
    year,
  );
}

// Thống kê: the charts' data --------------------------------------------------------------------

export interface StatisticsFilter {
  fromYear: number;
  toYear: number;
  recipientKind: string | null;
  awardCode: string | null;
  /** A unit and the units beneath it. */
  unitId: string | null;
  /** A movement: the awards decided on its dossiers, its nominations and registrations. */
  movementId: string | null;
}

/** Decisions made here on a movement: grouped by it, or on nominations of its dossiers. */
const MOVEMENT_DECISIONS = `(SELECT id FROM decisions WHERE movement_id = ?
  UNION SELECT r.decision_id FROM decision_recipients r JOIN nominations n ON n.id = r.nomination_id
    JOIN dossiers d ON d.id = n.dossier_id WHERE d.movement_id = ?)`;

/** The award registry's live, not cancelled rows matching the filter, as SQL and parameters. */
function awardScope(f: StatisticsFilter) {
  const parts = ["a.deleted_at IS NULL", "a.cancelled_by IS NULL", "a.year BETWEEN ? AND ?"];
  const params: unknown[] = [f.fromYear, f.toYear];
  if (f.recipientKind) {
    parts.push("a.recipient_kind = ?");
    params.push(f.recipientKind);
  }
  if (f.awardCode) {
    parts.push("a.award_code = ?");
    params.push(f.awardCode);
  }
  if (f.unitId) {
    parts.push(
      "a.unit_id IN (WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id) SELECT id FROM sub)",
    );
    params.push(f.unitId);
  }
  if (f.movementId) {
    parts.push(`a.decision_id IN ${MOVEMENT_DECISIONS}`);
    params.push(f.movementId, f.movementId);
  }
  return { where: parts.join(" AND "), params };
}

/** Awards per year and kind of recipient. */
export function awardsPerYear(db: Db, f: StatisticsFilter) {
  const s = awardScope(f);
  return allRows<{ year: number; recipientKind: string; n: number }>(
    db,
    `SELECT a.year, a.recipient_kind AS recipientKind, count(*) AS n FROM award_records a
     WHERE ${s.where} GROUP BY a.year, a.recipient_kind ORDER BY a.year`,
    ...s.params,
  );
}

/** Awards per unit (the collective itself, or where the person or household belonged), most first. */
export function awardsPerUnit(db: Db, f: StatisticsFilter, limit = 15) {
  const s = awardScope(f);
  // Counted per unit id, streaming the unit-first statistics index (the planner would take the
  // plain unit index and read every row), then named; lines without a unit by their name.
  return allRows<{ unitName: string; n: number }>(
    db,
    `SELECT unitName, sum(n) AS n FROM (
       SELECT coalesce(u.name, '(không rõ đơn vị)') AS unitName, g.n FROM
         (SELECT a.unit_id, count(*) AS n FROM award_records a INDEXED BY award_records_unit_stats
            WHERE ${s.where} AND a.unit_id IS NOT NULL GROUP BY a.unit_id) g
         LEFT JOIN units u ON u.id = g.unit_id
       UNION ALL
       SELECT coalesce(nullif(a.unit_name, ''), '(không rõ đơn vị)'), count(*) FROM award_records a
         WHERE ${s.where} AND a.unit_id IS NULL GROUP BY 1)
     GROUP BY unitName ORDER BY n DESC, unitName LIMIT ?`,
    ...s.params,
    ...s.params,
    limit,
  );
}

/** The money of the decisions issued here, per year. */
export function moneyPerYear(
  db: Db,
  fromYear: number,
  toYear: number,
  movementId: string | null = null,
) {
  return allRows<{ year: number; money: number; decisions: number }>(
    db,
    `SELECT d.year, coalesce(sum(x.money), 0) AS money, count(DISTINCT d.id) AS decisions
     FROM decisions d LEFT JOIN decision_recipients x ON x.decision_id = d.id AND x.deleted_at IS NULL
     WHERE d.deleted_at IS NULL AND d.status = 'issued' AND d.grouping <> 'cancel'
       AND d.year BETWEEN ? AND ? ${movementId ? `AND d.id IN ${MOVEMENT_DECISIONS}` : ""}
     GROUP BY d.year ORDER BY d.year`,
    fromYear,
    toYear,
    ...(movementId ? [movementId, movementId] : []),
  );
}

/**
 * Money received into the reward funds (Quỹ thi đua, khen thưởng; every fund together), per year
 * of the range that has any: what the money spent by the decisions is set against.
 */
export function fundReceiptsPerYear(db: Db, fromYear: number, toYear: number) {
  return allRows<{ year: number; received: number }>(
    db,
    `SELECT year, sum(amount) AS received FROM reward_fund_receipts
     WHERE deleted_at IS NULL AND year BETWEEN ? AND ?
     GROUP BY year ORDER BY year`,
    fromYear,
    toYear,
  );
}

/** The year's nominations by state (the funnel from receipt to payment). */
export function nominationsPerState(db: Db, year: number, movementId: string | null = null) {
  return allRows<{ state: string; n: number }>(
    db,
    `SELECT n.state, count(*) AS n FROM nominations n JOIN dossiers d ON d.id = n.dossier_id
     WHERE n.deleted_at IS NULL AND d.deleted_at IS NULL AND d.year = ?
       ${movementId ? "AND d.movement_id = ?" : ""} GROUP BY n.state`,
    year,
    ...(movementId ? [movementId] : []),
  );
}

/**
 * Per unit, for a year: the titles it registered (each person's and each collective title) and
 * the awards of those same titles the registry shows it achieved.
 */
export function registeredAgainstAchieved(db: Db, year: number, movementId: string | null = null) {
  return allRows<{ unitName: string; registered: number; achieved: number }>(
    db,
    `WITH reg AS (
       SELECT r.unit_id, p.title_code AS code FROM registrations r
         JOIN registration_people p ON p.registration_id = r.id AND p.deleted_at IS NULL
         WHERE r.deleted_at IS NULL AND r.year = ? AND r.movement_id IS ?
       UNION ALL
       SELECT r.unit_id, t.title_code FROM registrations r
         JOIN registration_titles t ON t.registration_id = r.id AND t.deleted_at IS NULL
         WHERE r.deleted_at IS NULL AND r.year = ? AND r.movement_id IS ?),
     codes AS (SELECT DISTINCT code FROM reg)
     SELECT u.name AS unitName,
       (SELECT count(*) FROM reg WHERE reg.unit_id = u.id) AS registered,
       (SELECT count(*) FROM award_records a WHERE a.deleted_at IS NULL AND a.cancelled_by IS NULL
          AND a.year = ? AND a.unit_id = u.id AND a.award_code IN (SELECT code FROM codes)) AS achieved
     FROM units u WHERE u.id IN (SELECT unit_id FROM reg)
     ORDER BY registered DESC, u.sort_key LIMIT 20`,
    year,
    movementId,
    year,
    movementId,
    year,
  );
}

/** The score tables of the years, for their rankings. */
export function scoreTablesOfYears(db: Db, fromYear: number, toYear: number) {
  return allRows<{ id: string; year: number }>(
    db,
    `SELECT id, year FROM score_tables WHERE deleted_at IS NULL AND year BETWEEN ? AND ?
     ORDER BY year, name`,
    fromYear,
    toYear,
  );
}
