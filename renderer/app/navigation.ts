import {
  IconBuildingBank,
  IconCalendarEvent,
  IconCoin,
  IconDatabase,
  IconGavel,
  IconHome,
  IconListDetails,
  IconSignature,
  IconUsersGroup,
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
];

export const settingsNav: NavItem[] = [
  { to: "/cai-dat/don-vi-ban-hanh", label: "Cơ quan ban hành", icon: IconBuildingBank },
  { to: "/cai-dat/nguoi-ky", label: "Người ký", icon: IconSignature },
  { to: "/cai-dat/hoi-dong", label: "Hội đồng TĐKT", icon: IconUsersGroup },
  { to: "/cai-dat/luong-co-so", label: "Lương cơ sở, làm tròn", icon: IconCoin },
  { to: "/cai-dat/danh-muc", label: "Danh hiệu, hình thức", icon: IconListDetails },
  { to: "/cai-dat/can-cu", label: "Căn cứ pháp lý", icon: IconGavel },
  { to: "/cai-dat/sao-luu", label: "Sao lưu, khôi phục", icon: IconDatabase },
];
