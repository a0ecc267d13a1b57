import type { RegistrationStatus } from "../../../electron/contract";

export const statusColors: Record<RegistrationStatus, string> = {
  chua_nop: "gray",
  da_nop: "blue",
  can_bo_sung: "orange",
  da_duyet: "teal",
};

/** The page of one unit's registration, keeping the movement in the address. */
export function unitRoute(unitId: string, movementId: string | null) {
  return `/dang-ky/${unitId}${movementId ? `?phong-trao=${movementId}` : ""}`;
}

/** Lower case without tone marks, for filtering unit names while typing. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/gi, "d")
    .toLowerCase()
    .trim();
}
