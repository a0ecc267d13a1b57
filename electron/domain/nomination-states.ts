import {
  componentKindLabels,
  nominationStateLabels,
  type ComponentKind,
  type NominationAction,
  type NominationState,
  type NomineeKind,
} from "../contract/vocabulary";
import { transitionRules } from "../contract/nomination-rules";
import { foldForSearch } from "./vietnamese";

export { actionsFrom, isEditable, transitionRules } from "../contract/nomination-rules";

export interface TransitionFacts {
  from: NominationState;
  action: NominationAction;
  reason: string;
  /** Required components still missing (empty when complete). */
  missing: string[];
  /** The dossier's reason for going forward with components missing; empty: none. */
  overrideReason: string;
  /** Whether the office profile's level can confer the nomination's form. */
  officeCanConfer: boolean;
  /** The worst result of the eligibility and quota checks. */
  eligibility: "ok" | "warning" | "blocking";
  /** The messages of the results at that worst level (shown in the refusal). */
  eligibilityMessages: string[];
  /** The officer's written reason for accepting the warnings; empty: none. */
  eligibilityOverride: string;
}

export type TransitionResult =
  { ok: true; to: NominationState; overridden: boolean } | { ok: false; message: string };

const stateName = (s: NominationState) => `“${nominationStateLabels[s]}”`;

/** Decides one state change; the message says, in Vietnamese, why it is refused. */
export function planTransition(f: TransitionFacts): TransitionResult {
  const rule = transitionRules[f.action];
  if (!rule.from.includes(f.from)) {
    const allowed = rule.from.map(stateName).join(" hoặc ");
    return {
      ok: false,
      message: `Đề nghị đang ở trạng thái ${stateName(f.from)}; chỉ làm được bước này khi ở trạng thái ${allowed}.`,
    };
  }
  if (rule.needsReason && !f.reason.trim())
    return { ok: false, message: "Phải ghi lý do cho bước này." };
  if (rule.conferHere === false && f.officeCanConfer)
    return {
      ok: false,
      message:
        "Hình thức này thuộc thẩm quyền của cấp mình: trình Hội đồng xét, không chuyển cấp trên.",
    };
  if (rule.conferHere === true && !f.officeCanConfer)
    return {
      ok: false,
      message: "Hình thức này thuộc thẩm quyền cấp trên: chỉ chuyển cấp trên, không ra quyết định.",
    };
  let overridden = false;
  if (rule.needsComponents && f.missing.length > 0) {
    if (!f.overrideReason.trim())
      return {
        ok: false,
        message: `Hồ sơ còn thiếu: ${f.missing.join("; ")}. Bổ sung đủ hoặc ghi lý do bỏ qua ở hồ sơ trước khi chuyển tiếp.`,
      };
    overridden = true;
  }
  if (rule.needsEligibility) {
    const why = f.eligibilityMessages.length ? ` ${f.eligibilityMessages.join(" ")}` : "";
    if (f.eligibility === "blocking")
      return {
        ok: false,
        message: `Đề nghị không đạt điều kiện khen thưởng:${why} Không chuyển tiếp được; hãy trả lại đơn vị hoặc bổ sung dữ liệu rồi kiểm tra lại.`,
      };
    if (f.eligibility === "warning" && !f.eligibilityOverride.trim())
      return {
        ok: false,
        message: `Đề nghị còn cảnh báo về điều kiện khen thưởng:${why} Hãy ghi lý do chấp nhận cảnh báo trước khi chuyển tiếp.`,
      };
  }
  return { ok: true, to: rule.to, overridden };
}

// Components ----------------------------------------------------------------------------------

export interface ComponentFacts {
  kind: ComponentKind;
  title: string;
  present: boolean;
  nomineeKind: NomineeKind | null;
  nomineeId: string | null;
}

/** Components every dossier must hold; evidence (minh chứng) is optional. */
export function isRequiredComponent(kind: ComponentKind): boolean {
  return kind !== "minh_chung";
}

/**
 * Required components that are not present, in words: the Tờ trình and the Biên bản họp xét of
 * the dossier, and a Báo cáo thành tích for every nominee that has a nomination.
 */
export function missingComponents(
  components: ComponentFacts[],
  nominees: { kind: NomineeKind; id: string; name: string }[],
): string[] {
  const missing: string[] = [];
  for (const kind of ["to_trinh", "bien_ban_hop_xet"] as const)
    if (!components.some((c) => c.kind === kind && c.present))
      missing.push(componentKindLabels[kind]);
  const seen = new Set<string>();
  for (const n of nominees) {
    const key = `${n.kind}|${n.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const report = components.some(
      (c) =>
        c.kind === "bao_cao_thanh_tich" &&
        c.present &&
        c.nomineeKind === n.kind &&
        c.nomineeId === n.id,
    );
    if (!report) missing.push(`${componentKindLabels.bao_cao_thanh_tich} của ${n.name}`);
  }
  return missing;
}

// Who confers ---------------------------------------------------------------------------------

export type OfficeLevel = "tinh" | "huyen" | "xa" | "co_quan";
/** Levels a form may name: the office levels, and the central level above every office. */
export type ConferringLevel = OfficeLevel | "trung_uong";

const rank: Record<Exclude<ConferringLevel, "co_quan">, number> = {
  xa: 1,
  huyen: 2,
  tinh: 3,
  trung_uong: 4,
};

const territorial = (place: string) =>
  new RegExp(`\\b(cap|ubnd|uy ban nhan dan|chu tich|hdnd) ${place}\\b`);

/**
 * The levels named in a catalogue entry's "Thẩm quyền" text ("Chủ tịch UBND cấp tỉnh",
 * "Chủ tịch UBND cấp xã; thủ trưởng cơ quan, đơn vị"). The text is the office's own data, so
 * it is read leniently: tone marks and case do not matter.
 */
export function conferringLevels(conferredBy: string): ConferringLevel[] {
  const t = foldForSearch(conferredBy);
  const levels: ConferringLevel[] = [];
  if (/\b(thu tuong|chu tich nuoc|chinh phu|bo truong)\b/.test(t)) levels.push("trung_uong");
  if (territorial("tinh").test(t)) levels.push("tinh");
  if (territorial("huyen").test(t)) levels.push("huyen");
  if (territorial("xa").test(t)) levels.push("xa");
  if (/\bthu truong\b/.test(t)) levels.push("co_quan");
  return levels;
}

/**
 * Whether an office at `level` confers a form itself. A territorial office confers forms of its
 * own level or below (a district office confers what a commune chairman may); an agency confers
 * only what "thủ trưởng cơ quan, đơn vị" may. A form whose text names no level is treated as
 * conferrable here: nothing says it must go up.
 */
export function officeCanConfer(conferredBy: string, level: OfficeLevel): boolean {
  const levels = conferringLevels(conferredBy);
  if (levels.length === 0) return true;
  if (level === "co_quan") return levels.includes("co_quan");
  return levels.some((l) => l !== "co_quan" && rank[l] <= rank[level]);
}

/** The directory id that names a nominee: the person, the unit (tập thể) or the household. */
export function nomineeId(n: {
  nomineeKind: string;
  personId: string | null;
  unitId: string | null;
  householdId: string | null;
}): string {
  return (
    (n.nomineeKind === "ca_nhan"
      ? n.personId
      : n.nomineeKind === "tap_the"
        ? n.unitId
        : n.householdId) ?? ""
  );
}
