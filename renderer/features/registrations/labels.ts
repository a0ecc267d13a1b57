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
