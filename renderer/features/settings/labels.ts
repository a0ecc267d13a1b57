import type { Award, CouncilMember, LegalBasis } from "../../../electron/contract";

export const councilRoleLabels: Record<CouncilMember["role"], string> = {
  chu_tich: "Chủ tịch Hội đồng",
  pho_chu_tich: "Phó Chủ tịch Hội đồng",
  uy_vien_thuong_truc: "Ủy viên thường trực",
  uy_vien: "Ủy viên",
  thu_ky: "Thư ký",
};

export const authorityLabels: Record<string, string> = {
  "": "Không (ký trực tiếp)",
  "TM.": "TM. – thay mặt tập thể",
  "KT.": "KT. – ký thay người đứng đầu",
  "Q.": "Q. – quyền",
  "TL.": "TL. – thừa lệnh",
  "TUQ.": "TUQ. – thừa ủy quyền",
};

export const recipientKindLabels: Record<Award["recipientKind"], string> = {
  ca_nhan: "Cá nhân",
  tap_the: "Tập thể",
  ho_gia_dinh: "Hộ gia đình",
};

export const awardKindLabels: Record<Award["kind"], string> = {
  danh_hieu: "Danh hiệu thi đua",
  hinh_thuc: "Hình thức khen thưởng",
};

export const legalDocTypeLabels: Record<LegalBasis["docType"], string> = {
  luat: "Luật",
  nghi_dinh: "Nghị định",
  thong_tu: "Thông tư",
  quyet_dinh: "Quyết định",
  chi_thi: "Chỉ thị",
  nghi_quyet: "Nghị quyết",
  ke_hoach: "Kế hoạch",
  khac: "Khác",
};

export const levelLabels: Record<string, string> = {
  tinh: "Cấp tỉnh",
  huyen: "Cấp huyện",
  xa: "Cấp xã",
  co_quan: "Cơ quan, đơn vị",
};

export const toOptions = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));
