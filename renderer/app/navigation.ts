import {
  IconAddressBook,
  IconAward,
  IconBuildingCommunity,
  IconBulb,
  IconChecklist,
  IconClipboardList,
  IconHierarchy2,
  IconHomeHeart,
  IconBuildingBank,
  IconCalendarEvent,
  IconTrophy,
  IconFlag,
  IconFolders,
  IconCoin,
  IconCertificate,
  IconFileText,
  IconTemplate,
  IconDatabase,
  IconGavel,
  IconHome,
  IconListDetails,
  IconSignature,
  IconUsersGroup,
  IconSend,
  IconDeviceUsb,
  IconReportAnalytics,
  IconChartBar,
  IconForms,
  IconUserShield,
  IconTableExport,
  IconHistory,
  type Icon,
} from "@tabler/icons-react";

export interface NavItem {
  to: string;
  label: string;
  icon: Icon;
}

/** Only areas that exist are listed; each issue adds its own. */
export const mainNav: NavItem[] = [
  { to: "/", label: "Tổng quan", icon: IconHome },
  { to: "/ke-hoach", label: "Kế hoạch năm", icon: IconCalendarEvent },
  { to: "/phong-trao", label: "Phong trào thi đua", icon: IconFlag },
  { to: "/dang-ky", label: "Đăng ký thi đua", icon: IconClipboardList },
  { to: "/giao-uoc", label: "Giao ước, chấm điểm", icon: IconTrophy },
  { to: "/ho-so", label: "Hồ sơ khen thưởng", icon: IconFolders },
  { to: "/hop-hoi-dong", label: "Họp Hội đồng", icon: IconUsersGroup },
  { to: "/chuyen-cap-tren", label: "Trình cấp trên", icon: IconSend },
  { to: "/quyet-dinh", label: "Quyết định khen thưởng", icon: IconSignature },
  { to: "/so-khen-thuong", label: "Sổ khen thưởng", icon: IconAward },
  { to: "/bao-cao-tong-ket", label: "Báo cáo tổng kết", icon: IconReportAnalytics },
  { to: "/thong-ke", label: "Thống kê", icon: IconChartBar },
  { to: "/bieu-thong-ke", label: "Biểu thống kê", icon: IconTableExport },
  { to: "/trao-doi", label: "Trao đổi dữ liệu (USB)", icon: IconDeviceUsb },
  { to: "/nhat-ky", label: "Nhật ký", icon: IconHistory },
];

/** Văn bản (issue 4). */
export const documentsNav: NavItem[] = [
  { to: "/van-ban/so", label: "Sổ văn bản", icon: IconFileText },
  { to: "/van-ban/mau", label: "Mẫu văn bản", icon: IconTemplate },
];

/** Danh bạ (issue 3). */
export const directoryNav: NavItem[] = [
  { to: "/danh-ba/don-vi", label: "Đơn vị", icon: IconHierarchy2 },
  { to: "/danh-ba/cum-khoi", label: "Cụm, khối thi đua", icon: IconBuildingCommunity },
  { to: "/danh-ba/ca-nhan", label: "Cá nhân", icon: IconAddressBook },
  { to: "/danh-ba/ho-gia-dinh", label: "Hộ gia đình", icon: IconHomeHeart },
  { to: "/danh-ba/xep-loai", label: "Đánh giá, xếp loại", icon: IconChecklist },
  { to: "/danh-ba/sang-kien", label: "Sáng kiến, đề tài", icon: IconBulb },
];

export const settingsNav: NavItem[] = [
  { to: "/cai-dat/don-vi-ban-hanh", label: "Cơ quan ban hành", icon: IconBuildingBank },
  { to: "/cai-dat/nguoi-ky", label: "Người ký", icon: IconSignature },
  { to: "/cai-dat/hoi-dong", label: "Hội đồng TĐKT", icon: IconUsersGroup },
  { to: "/cai-dat/luong-co-so", label: "Lương cơ sở, làm tròn", icon: IconCoin },
  { to: "/cai-dat/mau-giay-khen", label: "Mẫu in Giấy khen", icon: IconCertificate },
  { to: "/cai-dat/danh-muc", label: "Danh hiệu, hình thức", icon: IconListDetails },
  { to: "/cai-dat/can-cu", label: "Căn cứ pháp lý", icon: IconGavel },
  { to: "/cai-dat/thong-ke", label: "Số liệu thống kê", icon: IconForms },
  { to: "/cai-dat/sao-luu", label: "Sao lưu, khôi phục", icon: IconDatabase },
  { to: "/cai-dat/tai-khoan", label: "Tài khoản", icon: IconUserShield },
];
