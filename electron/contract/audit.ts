import { z } from "zod";
import { empty, isoDate } from "./common";
import { mutation, query } from "./define";
import { columnLabel, shownColumn } from "./columns";
import { formatDate, formatDateTime } from "./format";

/**
 * The audit trail (Nhật ký): who changed which record, when, through which function, and what
 * changed. Written by the backend in the same transaction as the change (db/audit.ts); read here.
 */

/** The areas of the app a table belongs to, as the Nhật ký's filter offers them. */
export const auditAreas = {
  ke_hoach: "Kế hoạch, phong trào",
  danh_ba: "Danh bạ",
  dang_ky: "Đăng ký, cụm khối, chấm điểm",
  ho_so: "Hồ sơ đề nghị",
  hoi_dong: "Hội đồng",
  quyet_dinh: "Quyết định, văn bản",
  so_khen_thuong: "Sổ khen thưởng",
  trao_doi: "Trao đổi USB",
  cai_dat: "Cài đặt, danh mục, tài khoản",
  he_thong: "Sao lưu, khôi phục",
} as const;
export type AuditArea = keyof typeof auditAreas;

/** Which area a table's rows belong to: one rule for the filter and for the page. */
export function auditAreaOf(table: string): AuditArea {
  if (/^(year_plans|plan_|movement)/.test(table)) return "ke_hoach";
  if (/^(people|person_|units|households|disciplines|initiative|ratings|directory_)/.test(table))
    return "danh_ba";
  if (/^(registration|cluster|score_|member_scores)/.test(table)) return "dang_ky";
  if (/^(dossier|nomination)/.test(table)) return "ho_so";
  if (/^(council_meetings|meeting_)/.test(table)) return "hoi_dong";
  if (/^(decision|documents)/.test(table)) return "quyet_dinh";
  if (/^award_records/.test(table)) return "so_khen_thuong";
  if (/^(exchange|forward|sync|tombstone)/.test(table)) return "trao_doi";
  if (table === "backups") return "he_thong";
  return "cai_dat";
}

export const auditActionLabels: Record<string, string> = {
  insert: "Thêm",
  update: "Sửa",
  delete: "Xóa",
  undelete: "Khôi phục",
  event: "Sự kiện",
};

export const auditFilter = z.object({
  /** "account:<id>" or an installation id, as the entries carry it. */
  actor: z.string().max(200).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  area: z.enum(Object.keys(auditAreas) as [AuditArea, ...AuditArea[]]).optional(),
  /** A record and what points at it (a dossier's nominations, a person's awards). */
  recordId: z.string().max(100).optional(),
  /** Words in the record's name or the changed values. */
  text: z.string().max(200).optional(),
});
export type AuditFilter = z.input<typeof auditFilter>;

export const auditEntry = z.object({
  /** The row of the trail (the transaction) and the record's place in it. */
  seq: z.number(),
  idx: z.number(),
  at: z.number(),
  actor: z.string(),
  actorName: z.string(),
  procedure: z.string(),
  area: z.string(),
  tableName: z.string(),
  recordId: z.string(),
  label: z.string(),
  action: z.string(),
  changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
  reason: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntry>;

export const chainStatus = z.object({
  /** The check at start is still walking the chain. */
  checking: z.boolean(),
  ok: z.boolean(),
  rows: z.number(),
  headSeq: z.number(),
  headHash: z.string(),
  brokenAt: z.number().nullable(),
  problem: z.string().nullable(),
});
export type ChainStatus = z.infer<typeof chainStatus>;

export const auditProcedures = {
  "audit.list": query(
    auditFilter.extend({
      limit: z.number().int().min(1).max(500).default(100),
    }),
    z.object({
      entries: z.array(auditEntry),
      /** More older entries match. */
      more: z.boolean(),
      actors: z.array(z.object({ actor: z.string(), name: z.string() })),
    }),
  ),
  /** The chain as verified at start. */
  "audit.status": query(empty, chainStatus),
  /** Walks the whole chain again now. */
  "audit.verify": mutation(empty, chainStatus),
  "audit.export": mutation(auditFilter, z.object({ path: z.string(), fileName: z.string() })),
};

/** What a row of a table is, for rows that carry no name of their own. */
export const auditTableLabels: Record<string, string> = {
  person_units: "Quá trình công tác",
  dossier_components: "Thành phần hồ sơ",
  dossier_files: "Tệp đính kèm hồ sơ",
  nomination_events: "Diễn biến đề nghị",
  meeting_items: "Nội dung họp xét",
  meeting_attendance: "Thành phần dự họp",
  decision_recipients: "Người, tập thể được khen",
  registration_titles: "Danh hiệu đăng ký",
  registration_targets: "Chỉ tiêu đăng ký",
  registration_people: "Cá nhân đăng ký",
  ratings: "Đánh giá, xếp loại",
  member_scores: "Điểm chấm",
  cluster_members: "Thành viên cụm, khối",
  app_settings: "Cài đặt",
  backups: "Khôi phục bản sao lưu",
  documents: "Văn bản",
  decisions: "Quyết định",
  dossiers: "Hồ sơ",
  registrations: "Đăng ký thi đua",
};

/** The record as the Nhật ký names it: its own name, else what kind of row it is. */
export const auditRecordName = (e: Pick<AuditEntry, "label" | "tableName" | "recordId">) =>
  [auditTableLabels[e.tableName], e.label].filter(Boolean).join(": ") || e.recordId;

/** Columns stored as 0/1. */
const yesNoFields = new Set(["is_leader", "present", "active", "is_default", "records_votes"]);

/** A stored value as read: yes/no, instants as date and time, days as dd/mm/yyyy, the rest as text. */
function shownValue(field: string, v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "boolean" || (yesNoFields.has(field) && (v === 0 || v === 1)))
    return v ? "Có" : "Không";
  if (typeof v === "number" && /_at$|_until$/.test(field)) return formatDateTime(v);
  if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v)) return formatDate(v);
  return typeof v === "string" ? v : JSON.stringify(v);
}

/** "Họ và tên: Nguyễn Văn A → Nguyễn Văn B" per changed field, one per line. */
export function changeLines(e: Pick<AuditEntry, "action" | "changes" | "tableName">): string {
  const whole =
    e.action === "insert" || (e.action === "delete" && e.changes.every((c) => !c.after));
  return (
    e.changes
      // Paths, hashes and stored inputs stay in the trail, unshown; an added or removed row's
      // links to other records are ids, and its empty lists say nothing.
      .filter((c) => shownColumn(c.field))
      .filter(
        (c) =>
          !(
            whole &&
            (c.field.endsWith("_id") || ["[]", "{}"].includes(String(c.after ?? c.before)))
          ),
      )
      .map((c) => {
        const label = columnLabel(e.tableName, c.field);
        const before = shownValue(c.field, c.before);
        const after = shownValue(c.field, c.after);
        if (e.action === "insert") return `${label}: ${after}`;
        if (e.action === "delete" && !after) return `${label}: ${before}`;
        return `${label}: ${before || "(trống)"} → ${after || "(trống)"}`;
      })
      .join("\n")
  );
}
