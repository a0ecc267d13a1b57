/**
 * What each kind of package carries, table by table: which rows (the sender's scope), which
 * columns the sender owns (they travel, are compared and written; nothing else is touched at the
 * receiver), how references are followed, how a record is recognised on first contact when its
 * id differs (a unit by its code, a person by unit, name and birth year), and what the receiver
 * sets itself. Owners follow ../shared/design/EXCHANGE.md "Who owns what".
 */
import type { Row } from "../../db/queries/exchange";

export type RefTable =
  | "units"
  | "people"
  | "households"
  | "movements"
  | "registrations"
  | "dossiers"
  | "dossier_components"
  | "score_tables"
  | "score_criteria"
  | "clusters";

export interface Scope {
  rootUnitId: string;
  year: number;
}

export interface TableSpec {
  table:
    | RefTable
    | "ratings"
    | "registration_titles"
    | "registration_targets"
    | "registration_people"
    | "dossier_files"
    | "nominations"
    | "member_scores"
    | "award_records"
    | "cluster_members";
  /** Vietnamese name in the reports. */
  label: string;
  /** Columns owned by the sender (deleted_at included: deletions travel as tombstones). */
  fields: readonly string[];
  /**
   * Owned columns added after the table first travelled. While empty they are left out of a
   * record's version, so versions agreed before them still match; a package from an older app
   * lacks them, and the receiver's values stay (see merge.ts).
   */
  addedFields?: readonly string[];
  /** Reference columns and the table they point to (a function for kind-dependent ones). */
  refs?: Record<string, RefTable | ((row: Row) => RefTable | null)>;
  /** References that may stay unresolved: set to null (a registry row keeps its name snapshot). */
  softRefs?: readonly string[];
  /** Columns holding an award catalogue code. */
  awardCodes?: readonly string[];
  /** Columns recognising a live record on first contact (after references are translated). */
  matchBy?: (row: Row) => readonly string[] | null;
  /** Matched records are references only: never updated by a package. */
  insertOnly?: boolean;
  /** The rows in scope at the sender. */
  where: (s: Scope) => { sql: string; params: unknown[] };
  /** A record's name in the reports. */
  describe: (row: Row) => string;
  /** Columns the receiver sets on a new record. */
  onInsert?: (row: Row, today: string, now: number) => Row;
  /** Columns the receiver sets when the sender's version is taken. */
  onUpdate?: (local: Row, today: string) => Row;
  /** The receiver's own columns read with the record, for `locked` and `onUpdate`. */
  localColumns?: readonly string[];
  /** A record whose change counts as a change of its parent (a registration's lines). */
  parent?: { table: "registrations"; column: string };
  /** Why the receiver's record may no longer follow the sender (a change then is a conflict). */
  locked?: (local: Row) => string | null;
}

const subtree =
  "(WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id WHERE u.deleted_at IS NULL) SELECT id FROM sub)";
const registrationsOf = `(SELECT id FROM registrations WHERE unit_id IN ${subtree} AND year = ?)`;
const dossiersOf = `(SELECT id FROM dossiers WHERE unit_id IN ${subtree} AND year = ?)`;

const nomineeTable = (kind: unknown): RefTable | null =>
  kind === "ca_nhan"
    ? "people"
    : kind === "tap_the"
      ? "units"
      : kind === "ho_gia_dinh"
        ? "households"
        : null;

const text = (v: unknown) => (v === null || v === undefined ? "" : String(v));

/** A unit's package to its office: its people, ratings, registration, dossiers and self-scores. */
export const unitToOffice: TableSpec[] = [
  {
    table: "units",
    label: "Đơn vị",
    fields: [
      "code",
      "name",
      "short_name",
      "kind",
      "parent_id",
      "address",
      "head_name",
      "head_position",
      "search_key",
      "sort_key",
    ],
    refs: { parent_id: "units" },
    matchBy: (r) => (text(r.code) ? ["code"] : ["parent_id", "search_key"]),
    insertOnly: true,
    where: (s) => ({ sql: `id IN ${subtree}`, params: [s.rootUnitId] }),
    describe: (r) => text(r.name),
  },
  {
    table: "people",
    label: "Cá nhân",
    fields: [
      "full_name",
      "gender",
      "birth_year",
      "birth_date",
      "category",
      "position",
      "is_leader",
      "unit_id",
      "phone",
      // The sơ lược lý lịch of a Báo cáo thành tích, written wherever the person is nominated.
      "hometown",
      "residence",
      "education",
      "search_key",
      "sort_key",
      "deleted_at",
    ],
    addedFields: ["hometown", "residence", "education"],
    refs: { unit_id: "units" },
    matchBy: () => ["unit_id", "search_key", "birth_year"],
    where: (s) => ({ sql: `unit_id IN ${subtree}`, params: [s.rootUnitId] }),
    describe: (r) => text(r.full_name),
  },
  {
    table: "households",
    label: "Hộ gia đình",
    fields: [
      "head_name",
      "head_gender",
      "address",
      "unit_id",
      "note",
      "search_key",
      "sort_key",
      "deleted_at",
    ],
    refs: { unit_id: "units" },
    matchBy: () => ["unit_id", "search_key"],
    where: (s) => ({ sql: `unit_id IN ${subtree}`, params: [s.rootUnitId] }),
    describe: (r) => `Hộ ${text(r.head_name)}`,
  },
  {
    table: "ratings",
    label: "Đánh giá, xếp loại",
    fields: ["subject_kind", "subject_id", "year", "rating", "note", "deleted_at"],
    refs: { subject_id: (r) => (r.subject_kind === "unit" ? "units" : "people") },
    matchBy: () => ["subject_kind", "subject_id", "year"],
    where: (s) => ({
      sql: `(subject_kind = 'unit' AND subject_id IN ${subtree}) OR (subject_kind = 'person' AND subject_id IN (SELECT id FROM people WHERE unit_id IN ${subtree}))`,
      params: [s.rootUnitId, s.rootUnitId],
    }),
    describe: (r) => `Xếp loại năm ${text(r.year)}`,
  },
  {
    table: "registrations",
    label: "Đăng ký thi đua",
    fields: ["year", "movement_id", "unit_id", "note", "deleted_at"],
    refs: { movement_id: "movements", unit_id: "units" },
    matchBy: () => ["year", "movement_id", "unit_id"],
    where: (s) => ({ sql: `unit_id IN ${subtree} AND year = ?`, params: [s.rootUnitId, s.year] }),
    describe: (r) => `Bản đăng ký năm ${text(r.year)}`,
    // Received now; sent again after "cần bổ sung", it is received again.
    onInsert: (_r, today) => ({ status: "da_nop", received_date: today }),
    localColumns: ["status"],
    onUpdate: (local, today) =>
      local.status === "chua_nop" || local.status === "can_bo_sung"
        ? { status: "da_nop", received_date: today, reason: "" }
        : {},
    locked: (local) =>
      local.status === "da_duyet" ? "Bản đăng ký đã được duyệt ở nơi nhận" : null,
  },
  {
    table: "registration_titles",
    parent: { table: "registrations", column: "registration_id" },
    label: "Danh hiệu tập thể đăng ký",
    fields: ["registration_id", "title_code", "note", "sort_order", "deleted_at"],
    refs: { registration_id: "registrations" },
    awardCodes: ["title_code"],
    where: (s) => ({
      sql: `registration_id IN ${registrationsOf}`,
      params: [s.rootUnitId, s.year],
    }),
    describe: (r) => text(r.title_code),
  },
  {
    table: "registration_targets",
    parent: { table: "registrations", column: "registration_id" },
    label: "Chỉ tiêu đăng ký",
    fields: ["registration_id", "text", "number", "unit", "sort_order", "deleted_at"],
    refs: { registration_id: "registrations" },
    where: (s) => ({
      sql: `registration_id IN ${registrationsOf}`,
      params: [s.rootUnitId, s.year],
    }),
    describe: (r) => text(r.text),
  },
  {
    table: "registration_people",
    parent: { table: "registrations", column: "registration_id" },
    label: "Cá nhân đăng ký",
    fields: [
      "registration_id",
      "person_id",
      "full_name",
      "birth_year",
      "position",
      "is_leader",
      "title_code",
      "note",
      "sort_order",
      "deleted_at",
    ],
    refs: { registration_id: "registrations", person_id: "people" },
    awardCodes: ["title_code"],
    where: (s) => ({
      sql: `registration_id IN ${registrationsOf}`,
      params: [s.rootUnitId, s.year],
    }),
    describe: (r) => `${text(r.full_name)} – ${text(r.title_code)}`,
  },
  {
    table: "dossiers",
    label: "Hồ sơ đề nghị",
    fields: [
      "unit_id",
      "year",
      "movement_id",
      "kind",
      "unit_doc_number",
      "unit_doc_date",
      "note",
      "deleted_at",
    ],
    refs: { unit_id: "units", movement_id: "movements" },
    where: (s) => ({ sql: `unit_id IN ${subtree} AND year = ?`, params: [s.rootUnitId, s.year] }),
    describe: (r) =>
      text(r.unit_doc_number)
        ? `Hồ sơ kèm Tờ trình số ${text(r.unit_doc_number)}`
        : `Hồ sơ năm ${text(r.year)}`,
    onInsert: (_r, today) => ({ received_date: today }),
  },
  {
    table: "dossier_components",
    label: "Thành phần hồ sơ",
    fields: [
      "dossier_id",
      "kind",
      "title",
      "present",
      "nominee_kind",
      "nominee_id",
      "sort_order",
      "deleted_at",
    ],
    refs: { dossier_id: "dossiers", nominee_id: (r) => nomineeTable(r.nominee_kind) },
    where: (s) => ({ sql: `dossier_id IN ${dossiersOf}`, params: [s.rootUnitId, s.year] }),
    describe: (r) => text(r.title) || text(r.kind),
  },
  {
    table: "dossier_files",
    label: "Tệp đính kèm",
    fields: ["component_id", "name", "path", "sha256", "size", "deleted_at"],
    refs: { component_id: "dossier_components" },
    where: (s) => ({
      sql: `component_id IN (SELECT id FROM dossier_components WHERE dossier_id IN ${dossiersOf})`,
      params: [s.rootUnitId, s.year],
    }),
    describe: (r) => text(r.name),
  },
  {
    table: "nominations",
    label: "Đề nghị khen thưởng",
    fields: [
      "dossier_id",
      "nominee_kind",
      "person_id",
      "unit_id",
      "household_id",
      "award_code",
      "summary",
      "sort_order",
      "deleted_at",
    ],
    refs: {
      dossier_id: "dossiers",
      person_id: "people",
      unit_id: "units",
      household_id: "households",
    },
    awardCodes: ["award_code"],
    where: (s) => ({ sql: `dossier_id IN ${dossiersOf}`, params: [s.rootUnitId, s.year] }),
    describe: (r) => `Đề nghị ${text(r.award_code)}`,
    onInsert: (_r, _today, now) => ({ state: "tiep_nhan", state_changed_at: now }),
    localColumns: ["state"],
    locked: (local) =>
      local.state === "tiep_nhan" || local.state === "can_bo_sung"
        ? null
        : "Đề nghị đã qua bước tiếp nhận ở nơi nhận",
  },
  {
    table: "member_scores",
    label: "Điểm tự chấm",
    fields: ["table_id", "unit_id", "criterion_id", "self_score", "self_note", "deleted_at"],
    refs: { table_id: "score_tables", unit_id: "units", criterion_id: "score_criteria" },
    matchBy: () => ["table_id", "unit_id", "criterion_id"],
    where: (s) => ({
      sql: `unit_id IN ${subtree} AND table_id IN (SELECT id FROM score_tables WHERE year = ?)`,
      params: [s.rootUnitId, s.year],
    }),
    describe: () => "Điểm tự chấm",
  },
];

/** The registry's rows in scope; `source` marks them at the receiver (read-only when from above). */
function awardRecords(where: TableSpec["where"], source: "cap_tren" | "cap_duoi"): TableSpec {
  return {
    table: "award_records",
    label: "Kết quả khen thưởng",
    fields: [
      "year",
      "recipient_kind",
      "person_id",
      "household_id",
      "unit_id",
      "recipient_name",
      "unit_name",
      "award_code",
      "award_name",
      "decision_number",
      "decision_date",
      "issuer",
      "cancelled_by",
      "cancelled_on",
      "note",
      // What the statistical forms count it under (biểu 0602/0603).
      "recipient_category",
      "award_type",
      "proposing_body",
      "search_key",
      "deleted_at",
    ],
    addedFields: ["recipient_category", "award_type", "proposing_body"],
    refs: { person_id: "people", household_id: "households", unit_id: "units" },
    softRefs: ["person_id", "household_id", "unit_id"],
    matchBy: () => ["recipient_kind", "person_id", "household_id", "unit_id", "award_code", "year"],
    where,
    describe: (r) => `${text(r.recipient_name)} – ${text(r.award_name)}`,
    onInsert: () => ({ source }),
  };
}

const unitsInScope = unitToOffice[0]!;

/**
 * The office's package to one of its units: the year's movements (so the unit registers for
 * them) and the results of decisions — who in that unit received what, with the decision's
 * number and date — which enter the unit's own registry, read-only there.
 */
export const officeToUnit: TableSpec[] = [
  unitsInScope,
  {
    table: "movements",
    label: "Phong trào thi đua",
    fields: [
      "kind",
      "name",
      "theme",
      "slogan",
      "start_date",
      "end_date",
      "year",
      "purposes",
      "requirements",
      "targets",
      "participant_unit_kinds",
      "participant_categories",
      "registration_deadline",
      "dossier_deadline",
      "report_deadline",
      // The launching level and scope the statistics (biểu 0601) count it under.
      "launch_level",
      "scope",
      "launch_decision_date",
      "deleted_at",
    ],
    addedFields: ["launch_level", "scope", "launch_decision_date"],
    where: (s) => ({ sql: "year = ?", params: [s.year] }),
    describe: (r) => text(r.name),
  },
  // The cluster's pact and score table, so that the unit scores itself.
  {
    table: "clusters",
    label: "Cụm, khối thi đua",
    fields: ["name", "kind", "note", "deleted_at"],
    where: (sc) => ({
      sql: `id IN (SELECT cluster_id FROM cluster_members WHERE deleted_at IS NULL AND year = ? AND unit_id IN ${subtree})`,
      params: [sc.year, sc.rootUnitId],
    }),
    describe: (r) => text(r.name),
  },
  {
    table: "cluster_members",
    label: "Thành viên cụm, khối",
    fields: ["cluster_id", "year", "unit_id", "role", "deleted_at"],
    refs: { cluster_id: "clusters", unit_id: "units" },
    matchBy: () => ["cluster_id", "year", "unit_id"],
    where: (sc) => ({
      sql: `year = ? AND unit_id IN ${subtree}`,
      params: [sc.year, sc.rootUnitId],
    }),
    describe: () => "Thành viên cụm, khối",
  },
  {
    table: "score_tables",
    label: "Bảng điểm thi đua",
    fields: [
      "year",
      "cluster_id",
      "name",
      "bonus_limit",
      "penalty_limit",
      "tie_break",
      "prizes",
      "deleted_at",
    ],
    refs: { cluster_id: "clusters" },
    where: (sc) => ({
      sql: `year = ? AND cluster_id IN (SELECT cluster_id FROM cluster_members WHERE deleted_at IS NULL AND year = ? AND unit_id IN ${subtree})`,
      params: [sc.year, sc.year, sc.rootUnitId],
    }),
    describe: (r) => text(r.name),
  },
  {
    table: "score_criteria",
    label: "Tiêu chí chấm điểm",
    fields: [
      "table_id",
      "parent_id",
      "code",
      "title",
      "max_points",
      "kind",
      "sort_order",
      "deleted_at",
    ],
    refs: { table_id: "score_tables", parent_id: "score_criteria" },
    where: (sc) => ({
      sql: `table_id IN (SELECT id FROM score_tables WHERE year = ? AND cluster_id IN (SELECT cluster_id FROM cluster_members WHERE deleted_at IS NULL AND year = ? AND unit_id IN ${subtree}))`,
      params: [sc.year, sc.year, sc.rootUnitId],
    }),
    describe: (r) => `${text(r.code)} ${text(r.title)}`,
  },
  awardRecords(
    (sc) => ({
      sql: `year = ? AND (unit_id IN ${subtree} OR person_id IN (SELECT id FROM people WHERE unit_id IN ${subtree}) OR household_id IN (SELECT id FROM households WHERE unit_id IN ${subtree}))`,
      params: [sc.year, sc.rootUnitId, sc.rootUnitId, sc.rootUnitId],
    }),
    "cap_tren",
  ),
];

/** Nominations forwarded to the upper level in a year, and what they stand on. */
const forwarded = {
  nominations: `(SELECT n.id FROM nominations n JOIN dossiers d ON d.id = n.dossier_id WHERE n.state = 'chuyen_cap_tren' AND n.deleted_at IS NULL AND d.deleted_at IS NULL AND d.year = ?)`,
};
const fNoms = forwarded.nominations;
const fDossiers = `(SELECT dossier_id FROM nominations WHERE id IN ${fNoms})`;
const fPeople = `(SELECT person_id FROM nominations WHERE id IN ${fNoms} AND person_id IS NOT NULL)`;
const fHouseholds = `(SELECT household_id FROM nominations WHERE id IN ${fNoms} AND household_id IS NOT NULL)`;
const fNomineeUnits = `(SELECT unit_id FROM nominations WHERE id IN ${fNoms} AND unit_id IS NOT NULL)`;
const fUnits = `(WITH RECURSIVE up(id) AS (SELECT unit_id FROM dossiers WHERE id IN ${fDossiers} UNION SELECT unit_id FROM nominations WHERE id IN ${fNoms} AND unit_id IS NOT NULL UNION SELECT unit_id FROM people WHERE id IN ${fPeople} AND unit_id IS NOT NULL UNION SELECT unit_id FROM households WHERE id IN ${fHouseholds} AND unit_id IS NOT NULL UNION SELECT u.parent_id FROM units u JOIN up ON u.id = up.id WHERE u.parent_id IS NOT NULL) SELECT id FROM up)`;
const fComponents = `(SELECT id FROM dossier_components WHERE dossier_id IN ${fDossiers} AND (kind <> 'bao_cao_thanh_tich' OR nominee_id IN (SELECT coalesce(person_id, unit_id, household_id) FROM nominations WHERE id IN ${fNoms})))`;
/** The number of `?` in a statement: each is the year here. */
const years = (sql: string, year: number) => Array.from(sql.match(/\?/g) ?? [], () => year);
const byYear =
  (sql: string): TableSpec["where"] =>
  (sc) => ({ sql, params: years(sql, sc.year) });
const spec = (table: string) => unitToOffice.find((t) => t.table === table)!;

/**
 * The office's package to the upper level: the nominations it forwarded in the year with their
 * dossiers (components and files), the nominees with their units, ratings and award history, and
 * the year's registry. The papers (Tờ trình, Báo cáo thành tích, the registration roll-up) travel
 * as documents beside the records.
 */
export const officeToUpper: TableSpec[] = [
  {
    ...spec("units"),
    where: byYear(`id IN ${fUnits}`),
    // Unit codes are the office's own (every district has its XA01): recognised by name under
    // the sending office instead.
    matchBy: () => ["parent_id", "search_key"],
  },
  { ...spec("people"), where: byYear(`id IN ${fPeople}`) },
  { ...spec("households"), where: byYear(`id IN ${fHouseholds}`) },
  {
    ...spec("ratings"),
    where: byYear(
      `(subject_kind = 'person' AND subject_id IN ${fPeople}) OR (subject_kind = 'unit' AND subject_id IN ${fNomineeUnits})`,
    ),
  },
  { ...spec("dossiers"), where: byYear(`id IN ${fDossiers}`) },
  { ...spec("dossier_components"), where: byYear(`id IN ${fComponents}`) },
  { ...spec("dossier_files"), where: byYear(`component_id IN ${fComponents}`) },
  { ...spec("nominations"), where: byYear(`id IN ${fNoms}`) },
  awardRecords(
    byYear(
      `year = ? OR person_id IN ${fPeople} OR unit_id IN ${fNomineeUnits} OR household_id IN ${fHouseholds}`,
    ),
    "cap_duoi",
  ),
];

/**
 * The kinds of package: who sends it (a unit upward to its office, or the office down to a unit)
 * and what it carries.
 */
export const purposes = {
  don_vi_gui: {
    label: "Đăng ký, hồ sơ, tự chấm điểm của đơn vị",
    direction: "len" as const,
    byRoot: true,
    tables: unitToOffice,
  },
  cap_tren_gui: {
    label: "Phong trào, kết quả khen thưởng gửi đơn vị",
    direction: "xuong" as const,
    byRoot: true,
    tables: officeToUnit,
  },
  trinh_cap_tren: {
    label: "Hồ sơ trình cấp trên, sổ khen thưởng năm",
    direction: "len" as const,
    byRoot: false,
    tables: officeToUpper,
  },
};
export type PurposeKey = keyof typeof purposes;
export const isPurpose = (p: string): p is PurposeKey => p in purposes;
