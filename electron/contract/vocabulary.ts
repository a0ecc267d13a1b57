/**
 * The app's vocabulary: every kind, state and label that more than one layer names, declared
 * once. Zod-free and dependency-free, so that the contract's schemas, the domain rules, the
 * database schema (typed enum columns) and the renderer all import the same lists.
 *
 * Each list is a `const` object of code → Vietnamese label (or a tuple where there is no label);
 * `codesOf` turns a label object into the non-empty tuple `z.enum` and drizzle's `{ enum }` need.
 */

/** The codes of a label object, as a non-empty tuple (for z.enum and drizzle's text enums). */
export function codesOf<T extends Record<string, string>>(labels: T) {
  return Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];
}

// Recipients -----------------------------------------------------------------------------------

/** Who receives an award or is nominated: a person, a collective or a household. */
export const recipientKindLabels = {
  ca_nhan: "Cá nhân",
  tap_the: "Tập thể",
  ho_gia_dinh: "Hộ gia đình",
} as const;
export const recipientKinds = codesOf(recipientKindLabels);
export type RecipientKind = keyof typeof recipientKindLabels;
/** A nominee is a recipient-to-be: the same three kinds. */
export const nomineeKindLabels = recipientKindLabels;
export const nomineeKinds = recipientKinds;
export type NomineeKind = RecipientKind;

export const genderLabels = { nam: "Nam", nu: "Nữ" } as const;
export const genders = codesOf(genderLabels);
export type Gender = keyof typeof genderLabels;

// Catalogue ------------------------------------------------------------------------------------

export const awardKindLabels = {
  danh_hieu: "Danh hiệu thi đua",
  hinh_thuc: "Hình thức khen thưởng",
} as const;
export const awardKinds = codesOf(awardKindLabels);
export type AwardKind = keyof typeof awardKindLabels;

export const legalDocTypeLabels = {
  luat: "Luật",
  nghi_dinh: "Nghị định",
  thong_tu: "Thông tư",
  quyet_dinh: "Quyết định",
  chi_thi: "Chỉ thị",
  nghi_quyet: "Nghị quyết",
  ke_hoach: "Kế hoạch",
  khac: "Khác",
} as const;
export const legalDocTypes = codesOf(legalDocTypeLabels);
export type LegalDocType = keyof typeof legalDocTypeLabels;

// Office profile, signers, council -------------------------------------------------------------

export const profilePresets = [
  "phong_noi_vu_huyen",
  "phong_vhxh_xa",
  "don_vi_co_so",
  "tuy_chinh",
] as const;
export type ProfilePreset = (typeof profilePresets)[number];
export const profileLevelLabels = {
  tinh: "Cấp tỉnh",
  huyen: "Cấp huyện",
  xa: "Cấp xã",
  co_quan: "Cơ quan, đơn vị",
} as const;
export const profileLevels = codesOf(profileLevelLabels);
export type ProfileLevel = keyof typeof profileLevelLabels;

/** The prefix of a signature block and what it means (Nghị định 30/2020, Phụ lục I). */
export const authorityLabels = {
  "": "Không (ký trực tiếp)",
  "TM.": "TM. – thay mặt tập thể",
  "KT.": "KT. – ký thay người đứng đầu",
  "Q.": "Q. – quyền",
  "TL.": "TL. – thừa lệnh",
  "TUQ.": "TUQ. – thừa ủy quyền",
} as const;
export const authorityPrefixes = codesOf(authorityLabels);
export type AuthorityPrefix = keyof typeof authorityLabels;

export const councilRoleLabels = {
  chu_tich: "Chủ tịch Hội đồng",
  pho_chu_tich: "Phó Chủ tịch Hội đồng",
  uy_vien_thuong_truc: "Ủy viên thường trực",
  uy_vien: "Ủy viên",
  thu_ky: "Thư ký",
} as const;
export const councilRoles = codesOf(councilRoleLabels);
export type CouncilRole = keyof typeof councilRoleLabels;

/**
 * Who counts as a member of the Hội đồng — its size, the quorum, the votes, "có mặt x/y" in the
 * minutes, the settings and the overview: every role but the secretary, who keeps the minutes
 * without a vote. Screens say so with `councilCountNote`.
 */
export const isCouncilVoter = (m: { role: string }): boolean => m.role !== "thu_ky";
export const councilCountNote = "không kể thư ký";

// Directory ------------------------------------------------------------------------------------

/** Built-in lists; the office can add entries (directory.addListItem). */
export const builtInUnitKinds = {
  co_quan_chuyen_mon: "Cơ quan chuyên môn",
  xa_thi_tran: "Xã, thị trấn",
  thon_ban: "Thôn, bản, tổ dân phố",
  truong_hoc: "Trường học",
  doanh_nghiep: "Doanh nghiệp",
  nganh_doc: "Cơ quan ngành dọc",
  doan_the: "Đoàn thể",
  khac: "Khác",
} as const;
export const builtInPersonCategories = {
  can_bo: "Cán bộ",
  cong_chuc: "Công chức",
  vien_chuc: "Viên chức",
  nguoi_lao_dong: "Người lao động",
  chien_si: "Chiến sĩ",
  nhan_dan: "Nhân dân",
} as const;

/** Yearly rating of a person or a collective (đánh giá, xếp loại). */
export const ratingLabels = {
  htxs: "Hoàn thành xuất sắc nhiệm vụ",
  ht_tot: "Hoàn thành tốt nhiệm vụ",
  ht: "Hoàn thành nhiệm vụ",
  kht: "Không hoàn thành nhiệm vụ",
} as const;
export const ratingValues = codesOf(ratingLabels);
export type RatingValue = keyof typeof ratingLabels;

export const disciplineMeasures = {
  khien_trach: "Khiển trách",
  canh_cao: "Cảnh cáo",
  ha_bac_luong: "Hạ bậc lương",
  giang_chuc: "Giáng chức",
  cach_chuc: "Cách chức",
  buoc_thoi_viec: "Buộc thôi việc",
  khac: "Hình thức khác",
} as const;
export type DisciplineMeasure = keyof typeof disciplineMeasures;

export const initiativeLevels = {
  co_so: "Cấp cơ sở",
  huyen: "Cấp huyện",
  tinh: "Cấp tỉnh",
  bo_nganh: "Cấp bộ, ngành",
  toan_quoc: "Toàn quốc",
} as const;
export type InitiativeLevel = keyof typeof initiativeLevels;

export const clusterKinds = { cum: "Cụm thi đua", khoi: "Khối thi đua" } as const;
export type ClusterKind = keyof typeof clusterKinds;
export const clusterRoles = { truong: "Trưởng", pho: "Phó", thanh_vien: "Thành viên" } as const;
export type ClusterRole = keyof typeof clusterRoles;

export const importKinds = {
  people: "Cá nhân",
  units: "Đơn vị",
  households: "Hộ gia đình",
  ratings: "Xếp loại cá nhân",
} as const;
export type ImportKind = keyof typeof importKinds;
export const importRowStatuses = {
  new: "Thêm mới",
  update: "Cập nhật",
  unchanged: "Không đổi",
  duplicate: "Trùng lặp",
  error: "Lỗi",
} as const;
export type ImportRowStatus = keyof typeof importRowStatuses;

// Documents ------------------------------------------------------------------------------------

export const documentTemplateNames = {
  "ke-hoach": "Kế hoạch",
  "to-trinh": "Tờ trình",
  "bien-ban": "Biên bản",
  "quyet-dinh": "Quyết định",
  "bao-cao": "Báo cáo",
  "cong-van": "Công văn",
  "bao-cao-thanh-tich-ca-nhan": "Báo cáo thành tích cá nhân",
  "bao-cao-thanh-tich-tap-the": "Báo cáo thành tích tập thể",
} as const;
export const documentTemplateIds = codesOf(documentTemplateNames);
export type DocumentTemplateId = keyof typeof documentTemplateNames;

export const documentStateLabels = { du_thao: "Dự thảo", da_ban_hanh: "Đã ban hành" } as const;
export const documentStates = codesOf(documentStateLabels);
export type DocumentState = keyof typeof documentStateLabels;

/** The kinds an officer can make from a form today; workflows add the others. */
export const genericKinds = ["to-trinh", "cong-van", "bao-cao"] as const;

// Year plan ------------------------------------------------------------------------------------

export const activityKindLabels = {
  ban_hanh_van_ban: "Ban hành văn bản",
  hoi_nghi: "Hội nghị",
  dang_ky_thi_dua: "Đăng ký thi đua",
  tong_hop_ho_so: "Tổng hợp hồ sơ",
  bao_cao: "Báo cáo",
  kiem_tra: "Kiểm tra",
  tap_huan: "Tập huấn",
  khac: "Khác",
} as const;
export const activityKinds = codesOf(activityKindLabels);
export type ActivityKind = keyof typeof activityKindLabels;

export const activityStatusLabels = {
  chua_bat_dau: "Chưa bắt đầu",
  dang_lam: "Đang làm",
  hoan_thanh: "Hoàn thành",
} as const;
export const activityStatuses = codesOf(activityStatusLabels);
export type ActivityStatus = keyof typeof activityStatusLabels;
/** As shown: a stored status, or "quá hạn" computed from the due date. */
export const shownStatusLabels = { ...activityStatusLabels, qua_han: "Quá hạn" } as const;
export const shownStatuses = codesOf(shownStatusLabels);
export type ShownStatus = keyof typeof shownStatusLabels;
export const activityRepeats = ["none", "quarterly", "monthly"] as const;
export type ActivityRepeat = (typeof activityRepeats)[number];
/** Why a copied due date needs a second look; "" when it does not. */
export const dateReviewLabels = {
  cuoi_tuan: "Hạn rơi vào cuối tuần – xem lại",
  nghi_tet: "Hạn rơi vào kỳ nghỉ Tết – xem lại",
} as const;
export const dateReviews = ["", ...codesOf(dateReviewLabels)] as const;
export type DateReview = (typeof dateReviews)[number];

export const reportPeriods = ["q1", "q2", "q3", "q4", "h1", "h2", "nam"] as const;
export type ReportPeriod = (typeof reportPeriods)[number];

// Movements, registrations, scoring ------------------------------------------------------------

export const movementKindLabels = {
  thuong_xuyen: "Thường xuyên",
  chuyen_de: "Chuyên đề",
  dot: "Đợt thi đua",
} as const;
export const movementKinds = codesOf(movementKindLabels);
export type MovementKind = keyof typeof movementKindLabels;

/** Cấp chủ trì phát động a movement (biểu 0601, cols 2–4). */
export const launchLevelLabels = {
  trung_uong: "Cấp Trung ương",
  bo_tinh: "Cấp bộ, ngành, tỉnh",
  co_quan: "Cơ quan, tổ chức, đơn vị",
} as const;
export const launchLevels = codesOf(launchLevelLabels);
export type LaunchLevel = keyof typeof launchLevelLabels;

/** Phạm vi tổ chức thi đua (biểu 0601, rows 02–05). */
export const movementScopeLabels = {
  toan_quoc: "Toàn quốc",
  bo_nganh_dia_phuong: "Bộ, ban, ngành, đoàn thể, địa phương",
  cum_khoi: "Cụm, khối thi đua",
  co_quan: "Cơ quan, tổ chức, đơn vị",
} as const;
export const movementScopes = codesOf(movementScopeLabels);
export type MovementScope = keyof typeof movementScopeLabels;

/** A new movement's launching level and scope, from the office's level (the officer may change them). */
export const defaultLaunchOf = (
  level: ProfileLevel,
): { launchLevel: LaunchLevel; scope: MovementScope } =>
  level === "tinh"
    ? { launchLevel: "bo_tinh", scope: "bo_nganh_dia_phuong" }
    : level === "co_quan"
      ? { launchLevel: "co_quan", scope: "co_quan" }
      : { launchLevel: "co_quan", scope: "bo_nganh_dia_phuong" };

/**
 * Phương thức tổ chức of a movement for the statistics: the yearly regular movement is "thường
 * xuyên hằng năm"; a thematic movement and a special drive (đợt) count as "theo chuyên đề".
 */
export const movementMethodOf = (kind: MovementKind): "hang_nam" | "chuyen_de" =>
  kind === "thuong_xuyen" ? "hang_nam" : "chuyen_de";

export const registrationStatuses = {
  chua_nop: "Chưa nộp",
  da_nop: "Đã nộp",
  can_bo_sung: "Cần bổ sung",
  da_duyet: "Đã duyệt",
} as const;
export type RegistrationStatus = keyof typeof registrationStatuses;

export const registrationWarningKinds = {
  trung_lap: "Đăng ký trùng",
  dieu_kien: "Không đủ điều kiện",
  vuot_ty_le: "Vượt tỷ lệ",
  ty_le_lanh_dao: "Tỷ lệ lãnh đạo",
} as const;
export type RegistrationWarningKind = keyof typeof registrationWarningKinds;

export const tieBreaks = ["diem_chuan", "it_diem_tru", "dong_hang"] as const;
export type TieBreak = (typeof tieBreaks)[number];
export const criterionKindLabels = {
  base: "Điểm chuẩn",
  bonus: "Điểm cộng",
  penalty: "Điểm trừ",
} as const;
export const criterionKinds = codesOf(criterionKindLabels);
export type CriterionKind = keyof typeof criterionKindLabels;

// Awards registry, eligibility -----------------------------------------------------------------

export const awardSources = {
  quyet_dinh: "Quyết định ban hành tại đây",
  nhap_tay: "Nhập tay",
  nhap_excel: "Nhập từ Excel",
  cap_tren: "Nhận từ cấp trên (gói dữ liệu)",
  cap_duoi: "Nhận từ cấp dưới (gói dữ liệu)",
} as const;
export type AwardSource = keyof typeof awardSources;
/** Registry rows no one edits here: this office's own decisions, and results received from above. */
export const isReadOnlyAwardSource = (s: AwardSource) => s === "quyet_dinh" || s === "cap_tren";

/** Nhóm thống kê of an award form (biểu 0602/0603 column groups); the level follows from it. */
export const statGroupLabels = {
  huan_chuong: "Huân chương",
  huy_chuong: "Huy chương",
  gt_hcm: "Giải thưởng Hồ Chí Minh",
  gt_nn: "Giải thưởng Nhà nước",
  vinh_du_nn: "Danh hiệu vinh dự nhà nước",
  co_cp: "Cờ thi đua của Chính phủ",
  bk_ttg: "Bằng khen của Thủ tướng Chính phủ",
  cstd_toan_quoc: "Chiến sĩ thi đua toàn quốc",
  khac_nn: "Hình thức khen thưởng khác cấp Nhà nước",
  bk_bo_tinh: "Bằng khen cấp bộ, tỉnh",
  cstd_bo_tinh: "Chiến sĩ thi đua cấp bộ, tỉnh",
  co_bo_tinh: "Cờ thi đua cấp bộ, tỉnh",
  ky_niem_chuong: "Huy hiệu, kỷ niệm chương cấp bộ, tỉnh",
  co_so: "Khen thưởng cấp cơ sở, cấp huyện, cấp xã",
} as const;
export const statGroups = codesOf(statGroupLabels);
export type StatGroup = keyof typeof statGroupLabels;
const stateLevelGroups: readonly StatGroup[] = [
  "huan_chuong",
  "huy_chuong",
  "gt_hcm",
  "gt_nn",
  "vinh_du_nn",
  "co_cp",
  "bk_ttg",
  "cstd_toan_quoc",
  "khac_nn",
];
/** The level an award form is conferred at, from its statistical group. */
export const awardLevelOf = (g: StatGroup): "nha_nuoc" | "bo_tinh" | "co_so" =>
  stateLevelGroups.includes(g) ? "nha_nuoc" : g === "co_so" ? "co_so" : "bo_tinh";
/** Cấp độ khen thưởng as a sheet prints it (the award history's "Cấp độ" column). */
export const awardLevelLabels = {
  nha_nuoc: "Nhà nước",
  bo_tinh: "Bộ, ngành, tỉnh",
  co_so: "Cơ sở",
} as const;

/** Phân loại đối tượng of a registry line (biểu 0602 rows 6–14, 0603 rows 02–10). */
export const recipientCategoryLabels = {
  co_quan: "Cơ quan hành chính, sự nghiệp",
  doanh_nghiep: "Doanh nghiệp",
  lanh_dao_bo_tinh: "Lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên",
  lanh_dao_vu_so: "Lãnh đạo cấp vụ, sở, ngành và tương đương",
  doanh_nhan: "Doanh nhân",
  lanh_dao_khac: "Các cấp lãnh đạo khác từ phó phòng trở lên",
  truc_tiep: "Người trực tiếp công tác, lao động, học tập, chiến đấu",
} as const;
export const recipientCategories = codesOf(recipientCategoryLabels);
export type RecipientCategory = keyof typeof recipientCategoryLabels;
/** The categories a recipient kind may take (a household has none). */
export const categoriesOfKind: Record<RecipientKind, readonly RecipientCategory[]> = {
  tap_the: ["co_quan", "doanh_nghiep"],
  ca_nhan: ["lanh_dao_bo_tinh", "lanh_dao_vu_so", "doanh_nhan", "lanh_dao_khac", "truc_tiep"],
  ho_gia_dinh: [],
};

/** Loại hình (phương thức) khen thưởng of a registry line (biểu 0602 rows 15–21). */
export const awardTypeLabels = {
  thuong_xuyen: "Thường xuyên",
  chuyen_de: "Chuyên đề",
  dot_xuat: "Đột xuất",
  doi_ngoai: "Đối ngoại",
  cong_hien: "Cống hiến",
  nien_han: "Niên hạn",
  khang_chien: "Kháng chiến",
} as const;
export const awardTypes = codesOf(awardTypeLabels);
export type AwardType = keyof typeof awardTypeLabels;

/** Đơn vị ban hành tờ trình (biểu 0602 rows 2–3). */
export const proposingBodyLabels = {
  bo_nganh: "Bộ, ban, ngành, đoàn thể Trung ương",
  tinh: "Tỉnh, thành phố trực thuộc Trung ương",
} as const;
export const proposingBodies = codesOf(proposingBodyLabels);
export type ProposingBody = keyof typeof proposingBodyLabels;

export const eligibilityLevels = {
  ok: "Đạt",
  warning: "Cần lưu ý",
  blocking: "Không đạt",
} as const;
export type EligibilityLevel = keyof typeof eligibilityLevels;

// Dossiers and nominations ---------------------------------------------------------------------

/** Hình thức (loại) khen thưởng of a dossier (Luật Thi đua, khen thưởng 2022, Điều 22). */
export const dossierKindLabels = {
  thuong_xuyen: "Thường xuyên, tổng kết năm",
  chuyen_de: "Theo đợt, chuyên đề",
  dot_xuat: "Đột xuất",
  qua_trinh_cong_hien: "Quá trình cống hiến",
  nien_han: "Theo niên hạn",
  doi_ngoai: "Đối ngoại",
} as const;
export const dossierKinds = codesOf(dossierKindLabels);
export type DossierKind = keyof typeof dossierKindLabels;

/** The registry's loại hình for an award conferred on a dossier of this kind. */
export const awardTypeOfDossierKind = (k: DossierKind): AwardType =>
  k === "qua_trinh_cong_hien" ? "cong_hien" : k;

export const componentKindLabels = {
  to_trinh: "Tờ trình của đơn vị",
  bien_ban_hop_xet: "Biên bản họp xét của đơn vị",
  bao_cao_thanh_tich: "Báo cáo thành tích",
  minh_chung: "Minh chứng",
} as const;
export const componentKinds = codesOf(componentKindLabels);
export type ComponentKind = keyof typeof componentKindLabels;

/** The life of a nomination, from receipt to payment (or forwarding to the upper level). */
export const nominationStateLabels = {
  tiep_nhan: "Tiếp nhận",
  tham_dinh: "Đã thẩm định",
  tra_lai: "Trả lại đơn vị",
  trinh_hoi_dong: "Trình Hội đồng",
  hoi_dong_dong_y: "Hội đồng đồng ý",
  hoi_dong_khong_dong_y: "Hội đồng không đồng ý",
  da_co_quyet_dinh: "Đã có quyết định",
  da_in_bang: "Đã in bằng",
  da_chi_thuong: "Đã chi thưởng",
  chuyen_cap_tren: "Chuyển cấp trên",
} as const;
export const nominationStates = codesOf(nominationStateLabels);
export type NominationState = keyof typeof nominationStateLabels;

/**
 * Nominations that no longer count toward quotas, caps and duplicates: given back to the unit or
 * refused by the council (the unit may propose someone else). Screens say so with the note.
 */
export const notCountingStates = [
  "tra_lai",
  "hoi_dong_khong_dong_y",
] as const satisfies readonly NominationState[];
export const countsTowardQuota = (state: string): boolean =>
  !(notCountingStates as readonly string[]).includes(state);
export const quotaCountNote = "không kể đề nghị đã trả lại đơn vị hoặc Hội đồng không đồng ý";

/** What moves a nomination from one state to another (see electron/contract/nomination-rules.ts). */
export const nominationActionLabels = {
  tiep_nhan_lai: "Tiếp nhận lại",
  tham_dinh: "Thẩm định đạt",
  tra_lai: "Trả lại đơn vị",
  trinh_hoi_dong: "Trình Hội đồng",
  chuyen_cap_tren: "Chuyển cấp trên",
  rut_khoi_hoi_dong: "Rút khỏi phiên họp",
  hoi_dong_dong_y: "Hội đồng đồng ý",
  hoi_dong_khong_dong_y: "Hội đồng không đồng ý",
  ra_quyet_dinh: "Ra quyết định",
  huy_quyet_dinh: "Hủy quyết định",
  in_bang: "In bằng",
  chi_thuong: "Chi thưởng",
} as const;
export const nominationActions = codesOf(nominationActionLabels);
export type NominationAction = keyof typeof nominationActionLabels;
/** The actions an officer performs by hand on the dossier page; the rest belong to meetings and decisions. */
export const manualNominationActions = [
  "tiep_nhan_lai",
  "tham_dinh",
  "tra_lai",
  "trinh_hoi_dong",
  "chuyen_cap_tren",
] as const satisfies readonly NominationAction[];
export type ManualNominationAction = (typeof manualNominationActions)[number];

// Meetings and decisions -----------------------------------------------------------------------

export const meetingKindLabels = {
  xet_khen_thuong: "Họp xét khen thưởng",
  khac: "Họp khác",
} as const;
export const meetingKinds = codesOf(meetingKindLabels);
export type MeetingKind = keyof typeof meetingKindLabels;

export const meetingStateLabels = {
  du_kien: "Đang chuẩn bị",
  da_ap_dung: "Đã áp dụng kết quả",
} as const;
export const meetingStates = codesOf(meetingStateLabels);
export type MeetingState = keyof typeof meetingStateLabels;

/** One nomination's result at a meeting: passed, failed, or the votes do not add up. */
export const voteOutcomeLabels = {
  dat: "Đạt",
  khong_dat: "Không đạt",
  chua_du: "Chưa đủ",
} as const;
export const voteOutcomes = codesOf(voteOutcomeLabels);
export type VoteOutcome = keyof typeof voteOutcomeLabels;

/** How the approved nominations are gathered into decisions: one per award form or per movement. */
export const decisionGroupingLabels = {
  award: "Theo hình thức khen thưởng",
  movement: "Theo phong trào thi đua",
} as const;
export const decisionGroupings = codesOf(decisionGroupingLabels);
export type DecisionGrouping = keyof typeof decisionGroupingLabels;

export const decisionStatusLabels = {
  draft: "Dự thảo",
  issued: "Đã ban hành",
  cancelled: "Đã bị hủy bỏ",
} as const;
export const decisionStatuses = codesOf(decisionStatusLabels);
export type DecisionStatus = keyof typeof decisionStatusLabels;

// System ---------------------------------------------------------------------------------------

export const backupKindLabels = {
  daily: "Hằng ngày",
  manual: "Do người dùng tạo",
  "pre-migration": "Trước khi nâng cấp dữ liệu",
  "pre-restore": "Trước khi khôi phục",
  "pre-import": "Trước khi nhập dữ liệu",
} as const;
export const backupKinds = codesOf(backupKindLabels);
export type BackupKind = keyof typeof backupKindLabels;

// Registrations --------------------------------------------------------------------------------

/** Individual titles that include Lao động tiên tiến (a CSTĐCS is also an LĐTT that year). */
export const ldttFamily = ["LDTT", "CSTDCS", "CSTD_TINH"] as const;
/** Individual titles that include Chiến sĩ thi đua cơ sở. */
export const cstdcsFamily = ["CSTDCS", "CSTD_TINH"] as const;

/**
 * The LĐTT and CSTĐCS counts of a registration, each counting the people registered for a higher
 * title too (a CSTĐCS is an LĐTT): one rule for the list, the unit page, the roll-up and the pact.
 */
export function familyCounts(byTitle: Readonly<Record<string, number>>): {
  LDTT: number;
  CSTDCS: number;
} {
  const sum = (codes: readonly string[]) => codes.reduce((a, c) => a + (byTitle[c] ?? 0), 0);
  return { LDTT: sum(ldttFamily), CSTDCS: sum(cstdcsFamily) };
}
/** How screens and the roll-up say so. */
export const familyCountNote = "kể cả cá nhân đăng ký danh hiệu cao hơn";

// Statistics registers (biểu 0604, 0605) -------------------------------------------------------

/** Trình độ đào tạo (biểu 0605 rows 08–12; the person's trình độ chuyên môn is free text). */
export const trainingLevelLabels = {
  so_cap: "Sơ cấp",
  trung_cap: "Trung cấp",
  cao_dang: "Cao đẳng",
  dai_hoc: "Đại học",
  tren_dai_hoc: "Trên đại học",
} as const;
export const trainingLevels = codesOf(trainingLevelLabels);
export type TrainingLevel = keyof typeof trainingLevelLabels;

/** Cơ cấu tổ chức bộ máy of a body doing TĐKT work (biểu 0604 rows 02–05). */
export const tdktBodyLevelLabels = {
  vu: "Cấp Vụ thuộc bộ, ban, ngành, đoàn thể Trung ương",
  phong_thuoc_vu: "Cấp phòng, ban hoặc bộ phận thuộc Vụ",
  ban_so_noi_vu: "Cấp ban thuộc Sở Nội vụ",
  phong_so_noi_vu: "Cấp phòng thuộc Sở Nội vụ",
} as const;
export const tdktBodyLevels = codesOf(tdktBodyLevelLabels);
export type TdktBodyLevel = keyof typeof tdktBodyLevelLabels;

// Accounts ---------------------------------------------------------------------------------------

/** What an account may do (the Thư ký Hội đồng capability is a flag beside the role). */
export const roleLabels = {
  quan_tri: "Quản trị",
  chuyen_vien: "Chuyên viên",
  lanh_dao: "Lãnh đạo",
  chi_xem: "Chỉ xem",
} as const;
export const roles = codesOf(roleLabels);
export type Role = keyof typeof roleLabels;
