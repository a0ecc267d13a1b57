/**
 * The rules of a nomination's life that the renderer needs too (which steps start from a state,
 * which need a written reason, which nominations may still be edited). The full decision of a
 * step, with its facts, is electron/domain/nomination-states.ts `planTransition`.
 */
import type { NominationAction, NominationState } from "./vocabulary";

/**
 * The life of a nomination (domain notes § "Hồ sơ đề nghị khen thưởng"):
 *
 *   tiếp nhận → thẩm định → trình Hội đồng → Hội đồng đồng ý → đã có quyết định → đã in bằng
 *   → đã chi thưởng; or Hội đồng không đồng ý; or trả lại (with a reason) and tiếp nhận lại;
 *   or chuyển cấp trên for forms the office's level cannot confer.
 */
export interface TransitionRule {
  from: readonly NominationState[];
  to: NominationState;
  /** A written reason must accompany the change. */
  needsReason?: boolean;
  /** Leaving tiếp nhận needs every required component, or the dossier's override. */
  needsComponents?: boolean;
  /** The office's level must (true) or must not (false) be able to confer the form. */
  conferHere?: boolean;
  /** Refused with a blocking eligibility result, or with warnings nobody has accepted in writing. */
  needsEligibility?: boolean;
}

export const transitionRules: Record<NominationAction, TransitionRule> = {
  tiep_nhan_lai: { from: ["tra_lai"], to: "tiep_nhan" },
  tham_dinh: {
    from: ["tiep_nhan"],
    to: "tham_dinh",
    needsComponents: true,
    needsEligibility: true,
  },
  tra_lai: { from: ["tiep_nhan", "tham_dinh"], to: "tra_lai", needsReason: true },
  trinh_hoi_dong: {
    from: ["tham_dinh"],
    to: "trinh_hoi_dong",
    needsComponents: true,
    needsEligibility: true,
  },
  chuyen_cap_tren: {
    from: ["tham_dinh", "hoi_dong_dong_y"],
    to: "chuyen_cap_tren",
    needsComponents: true,
    conferHere: false,
  },
  rut_khoi_hoi_dong: { from: ["trinh_hoi_dong"], to: "tham_dinh" },
  hoi_dong_dong_y: { from: ["trinh_hoi_dong"], to: "hoi_dong_dong_y" },
  hoi_dong_khong_dong_y: { from: ["trinh_hoi_dong"], to: "hoi_dong_khong_dong_y" },
  ra_quyet_dinh: { from: ["hoi_dong_dong_y"], to: "da_co_quyet_dinh", conferHere: true },
  huy_quyet_dinh: {
    from: ["da_co_quyet_dinh", "da_in_bang", "da_chi_thuong"],
    to: "hoi_dong_dong_y",
    needsReason: true,
  },
  in_bang: { from: ["da_co_quyet_dinh"], to: "da_in_bang" },
  chi_thuong: { from: ["da_in_bang"], to: "da_chi_thuong" },
};

/** The actions that can start from a state (whatever the other conditions). */
export function actionsFrom(state: NominationState): NominationAction[] {
  return (Object.keys(transitionRules) as NominationAction[]).filter((a) =>
    transitionRules[a].from.includes(state),
  );
}

/** Nominations that may still be edited or deleted: nothing has been decided about them yet. */
export function isEditable(state: NominationState): boolean {
  return state === "tiep_nhan" || state === "tra_lai";
}

/** Whether the officer may still accept (or withdraw acceptance of) eligibility warnings. */
export function canOverrideEligibility(state: NominationState): boolean {
  return state === "tiep_nhan" || state === "tham_dinh" || state === "tra_lai";
}

/** A dossier may be deleted while none of its nominations has left "tiếp nhận". */
export function isDossierDeletable(states: readonly NominationState[]): boolean {
  return states.every((s) => s === "tiep_nhan");
}
