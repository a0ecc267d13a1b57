import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { syncColumns } from "./common";
import {
  componentKinds,
  dossierKinds,
  nominationStates,
  nomineeKinds,
} from "../../electron/contract/vocabulary";

/** Hồ sơ đề nghị khen thưởng: what a unit sends, for a year or a movement (seed 004 §IV). */
export const dossiers = sqliteTable(
  "dossiers",
  {
    ...syncColumns,
    /** The submitting unit (units.id). */
    unitId: text("unit_id").notNull(),
    /** The year whose achievements are proposed. */
    year: integer("year").notNull(),
    movementId: text("movement_id"),
    /** thuong_xuyen, chuyen_de, dot_xuat, qua_trinh_cong_hien, nien_han, doi_ngoai. */
    kind: text("kind", { enum: dossierKinds }).notNull(),
    receivedDate: text("received_date").notNull(),
    /** The unit's own Tờ trình number and date. */
    unitDocNumber: text("unit_doc_number").notNull().default(""),
    unitDocDate: text("unit_doc_date"),
    note: text("note").notNull().default(""),
    /** Why nominations may go past tiếp nhận with components missing; empty: no override. */
    overrideReason: text("override_reason").notNull().default(""),
  },
  (t) => [index("dossiers_year").on(t.year), index("dossiers_unit").on(t.unitId)],
);

/** The dossier's checklist: Tờ trình, Biên bản họp xét, a Báo cáo thành tích per nominee, evidence. */
export const dossierComponents = sqliteTable(
  "dossier_components",
  {
    ...syncColumns,
    dossierId: text("dossier_id").notNull(),
    /** to_trinh, bien_ban_hop_xet, bao_cao_thanh_tich, minh_chung. */
    kind: text("kind", { enum: componentKinds }).notNull(),
    /** The evidence's name (e.g. "Quyết định công nhận sáng kiến"); empty for the fixed kinds. */
    title: text("title").notNull().default(""),
    /** Received (on paper or as a file). Attaching a file sets it. */
    present: integer("present", { mode: "boolean" }).notNull().default(false),
    /** For bao_cao_thanh_tich: whose report it is (ca_nhan → people, tap_the → units, ho_gia_dinh → households). */
    nomineeKind: text("nominee_kind", { enum: nomineeKinds }),
    nomineeId: text("nominee_id"),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [index("dossier_components_dossier").on(t.dossierId)],
);

/** Files attached to a component, stored once by content under attachments/. */
export const dossierFiles = sqliteTable(
  "dossier_files",
  {
    ...syncColumns,
    componentId: text("component_id").notNull(),
    /** The name the file had when attached. */
    name: text("name").notNull(),
    /** Relative to the data folder: attachments/<sha256>.<ext>. */
    path: text("path").notNull(),
    sha256: text("sha256").notNull(),
    size: integer("size").notNull(),
  },
  (t) => [index("dossier_files_component").on(t.componentId)],
);

/** One nominee × one award form inside a dossier, with its state. */
export const nominations = sqliteTable(
  "nominations",
  {
    ...syncColumns,
    dossierId: text("dossier_id").notNull(),
    /** ca_nhan, tap_the, ho_gia_dinh: which of the three ids below is set. */
    nomineeKind: text("nominee_kind", { enum: nomineeKinds }).notNull(),
    personId: text("person_id"),
    unitId: text("unit_id"),
    householdId: text("household_id"),
    /** award_catalogue.code (the catalogue is versioned by validity dates per code). */
    awardCode: text("award_code").notNull(),
    summary: text("summary").notNull().default(""),
    /** See electron/domain/nomination-states.ts. */
    state: text("state", { enum: nominationStates }).notNull().default("tiep_nhan"),
    stateChangedAt: integer("state_changed_at").notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
    /** Why the nomination may go forward despite eligibility warnings; empty: no override. */
    eligibilityOverrideReason: text("eligibility_override_reason").notNull().default(""),
    /** Who wrote the override (the installation id) and when; null without an override. */
    eligibilityOverrideBy: text("eligibility_override_by"),
    eligibilityOverrideAt: integer("eligibility_override_at"),
  },
  (t) => [
    index("nominations_dossier").on(t.dossierId),
    index("nominations_person").on(t.personId),
    index("nominations_unit").on(t.unitId),
    index("nominations_household").on(t.householdId),
  ],
);

/** Every state change of a nomination: who, when, why. Never updated. */
export const nominationEvents = sqliteTable(
  "nomination_events",
  {
    ...syncColumns,
    nominationId: text("nomination_id").notNull(),
    /** tao (created), nhap_excel, or a transition action. */
    action: text("action").notNull(),
    /** Null for the creation event. */
    fromState: text("from_state", { enum: nominationStates }),
    toState: text("to_state", { enum: nominationStates }).notNull(),
    reason: text("reason").notNull().default(""),
    /** Who made the change: the installation id (the app has no user accounts). */
    actor: text("actor").notNull(),
    at: integer("at").notNull(),
  },
  (t) => [index("nomination_events_nomination").on(t.nominationId)],
);
