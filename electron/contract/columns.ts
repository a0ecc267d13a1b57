import {
  awardTypeLabels,
  decisionGroupingLabels,
  decisionStatusLabels,
  documentStateLabels,
  dossierKindLabels,
  genderLabels,
  meetingStateLabels,
  nominationStateLabels,
  recipientKindLabels,
  roleLabels,
} from "./vocabulary";

/**
 * What officers call a stored column, in the Nhật ký and in a package's conflict view: one list,
 * with the names that differ by table (a dossier file's "name" is its file name).
 */
const byTable: Record<string, string> = {
  "dossier_files.name": "Tên tệp",
  "dossier_components.present": "Đã có",
  "dossier_components.title": "Thành phần",
  "meeting_attendance.present": "Có mặt",
  "movements.name": "Tên phong trào",
};

const general: Record<string, string> = {
  recipient_kind: "Cá nhân hay tập thể",
  nominee_kind: "Cá nhân hay tập thể",
  source: "Nguồn",
  award_type: "Loại hình khen thưởng",
  grouping: "Nhóm",
  fund: "Nguồn kinh phí",
  executors: "Nơi thi hành",
  noi_nhan: "Nơi nhận",
  coefficient: "Hệ số",
  achievement: "Thành tích",
  line_no: "Số thứ tự",
  type_code: "Loại văn bản",
  full_name: "Họ và tên",
  name: "Tên",
  short_name: "Tên viết tắt",
  title: "Tiêu đề",
  gender: "Giới tính",
  birth_year: "Năm sinh",
  birth_date: "Ngày sinh",
  category: "Đối tượng",
  position: "Chức vụ",
  is_leader: "Lãnh đạo",
  unit_id: "Đơn vị",
  unit_name: "Tên đơn vị",
  person_id: "Cá nhân",
  phone: "Điện thoại",
  notes: "Ghi chú",
  note: "Ghi chú",
  year: "Năm",
  state: "Trạng thái",
  status: "Trạng thái",
  deleted_at: "Đã xóa lúc",
  award_code: "Danh hiệu, hình thức",
  award_name: "Tên danh hiệu, hình thức",
  summary: "Tóm tắt thành tích",
  decision_number: "Số quyết định",
  decision_date: "Ngày quyết định",
  received_date: "Ngày nhận",
  override_reason: "Lý do bỏ qua cảnh báo",
  eligibility_override_reason: "Lý do bỏ qua cảnh báo điều kiện",
  cancel_reason: "Lý do hủy",
  reason: "Lý do",
  votes_agree: "Số phiếu đồng ý",
  votes_present: "Số thành viên có mặt",
  result: "Kết quả",
  present: "Có mặt",
  money: "Tiền thưởng",
  role: "Vai trò",
  username: "Tên đăng nhập",
  password_hash: "Mật khẩu",
  disabled_at: "Vô hiệu hóa lúc",
  failed_attempts: "Số lần nhập sai",
  locked_until: "Khóa đến",
  last_sign_in_at: "Đăng nhập lần cuối",
  value_json: "Giá trị",
  key: "Mục",
  meeting_date: "Ngày họp",
  doc_date: "Ngày văn bản",
  seq: "Số văn bản",
  issued_at: "Ban hành lúc",
  signer_name: "Người ký",
  quarter: "Quý",
  due_date: "Hạn",
  completed_on: "Hoàn thành ngày",
  hometown: "Quê quán",
  residence: "Trú quán",
  education: "Trình độ chuyên môn",
  from_date: "Từ ngày",
  to_date: "Đến ngày",
  decision_id: "Quyết định",
  dossier_id: "Hồ sơ",
  nomination_id: "Đề nghị",
  movement_id: "Phong trào",
  parent_id: "Đơn vị cấp trên",
  kind: "Loại",
  code: "Mã",
  address: "Địa chỉ",
  head_name: "Chủ hộ",
  head_gender: "Giới tính chủ hộ",
  rating: "Xếp loại",
  title_code: "Danh hiệu",
  text: "Chỉ tiêu",
  number: "Số lượng",
  unit: "Đơn vị tính",
  unit_doc_number: "Số Tờ trình",
  unit_doc_date: "Ngày Tờ trình",
  self_score: "Điểm tự chấm",
  self_note: "Giải trình",
  recipient_name: "Người (tập thể) được khen",
  issuer: "Cấp khen",
  cancelled_by: "Bị hủy bởi",
  start_date: "Ngày bắt đầu",
  end_date: "Ngày kết thúc",
  registration_deadline: "Hạn đăng ký",
  dossier_deadline: "Hạn nộp hồ sơ",
  theme: "Chủ đề",
  sort_order: "Thứ tự",
};

/**
 * Columns kept in the audit trail but not shown in a record's history: file paths, hashes,
 * stored inputs, lists of ids (what changed in them shows elsewhere, by name).
 */
const technical = new Set([
  "fill_hash",
  "input",
  "file_path",
  "signed_copy_path",
  "path",
  "sha256",
  "source_kind",
  "source_id",
  "legal_basis_ids",
  "quota_lines",
  "rules_json",
  "params",
]);

/** Whether a change to the column is shown to the officer (the trail keeps it either way). */
export const shownColumn = (column: string) => !technical.has(column);

/** Codes shown by their Vietnamese names, per column. */
const codeLabels: Record<string, Record<string, string>> = {
  gender: genderLabels,
  recipient_kind: recipientKindLabels,
  nominee_kind: recipientKindLabels,
  award_type: awardTypeLabels,
  role: roleLabels,
  "decisions.status": decisionStatusLabels,
  "decisions.grouping": decisionGroupingLabels,
  "documents.state": documentStateLabels,
  "nominations.state": nominationStateLabels,
  "council_meetings.state": meetingStateLabels,
  "dossiers.kind": dossierKindLabels,
};

/** A stored code as officers read it (the code itself when it has no name). */
export function codeLabel(table: string | undefined, column: string, code: string): string {
  const names = (table && codeLabels[`${table}.${column}`]) || codeLabels[column];
  return names?.[code] ?? code;
}

export function columnLabel(table: string | undefined, column: string): string {
  return (table && byTable[`${table}.${column}`]) || general[column] || column;
}
