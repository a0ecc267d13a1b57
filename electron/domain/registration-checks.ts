/**
 * Checks of a unit's đăng ký thi đua, shown as warnings (the officer may still save): a person
 * registered twice, a title whose prerequisite is impossible (CSTĐCS but rated below "hoàn thành
 * tốt nhiệm vụ" last year), the configured CSTĐCS cap ("15% Chiến sĩ thi đua cơ sở" of the Lao
 * động tiên tiến, domain notes) and the leaders' share (seed 000: "cán bộ giữ chức vụ lãnh đạo, quản
 * lý dưới 70% và viên chức không giữ chức vụ lãnh đạo quản lý trên 30%").
 */
import { formatPercent } from "../contract/format";
// Approving over the cap needs a reason; the rule is the contract's, shared with the status dialog.
export { approvalReasonProblem, overCstdcsCap } from "../contract/registrations";
import type { RatingValue, RegistrationWarningKind } from "../contract/vocabulary";
import { ratingNames } from "./eligibility";
import { foldForSearch } from "./vietnamese";

export type Rating = RatingValue;

export { cstdcsFamily, ldttFamily } from "../contract/vocabulary";
import { cstdcsFamily, ldttFamily } from "../contract/vocabulary";

export interface RegistrationCaps {
  /** CSTĐCS at most this share (%) of the unit's LĐTT registrations; null: no cap. */
  cstdcsPercentOfLdtt: number | null;
  /** Leaders must be below this share (%) of the registrations of `leaderShareTitle`; null: none. */
  leaderPercentBelow: number | null;
  /** Which registrations the leaders' share is counted on. */
  leaderShareTitle: "CSTDCS" | "LDTT";
}

export const defaultRegistrationCaps: RegistrationCaps = {
  cstdcsPercentOfLdtt: 15,
  leaderPercentBelow: 70,
  leaderShareTitle: "CSTDCS",
};

export interface CheckLine {
  personId: string | null;
  fullName: string;
  birthYear: number | null;
  titleCode: string;
  isLeader: boolean;
}

/** A line of another registration of the same year (and movement). */
export interface OtherLine {
  personId: string | null;
  fullName: string;
  birthYear: number | null;
  unitName: string;
}

export interface CheckInput {
  lines: CheckLine[];
  others: OtherLine[];
  /** Last year's rating by person id (people without a rating are not judged). */
  lastYearRatings: ReadonlyMap<string, Rating>;
  lastYear: number;
  caps: RegistrationCaps;
  /** Title names for messages; the code is shown when missing. */
  titleNames?: ReadonlyMap<string, string>;
}

export type WarningKind = RegistrationWarningKind;

export interface RegistrationWarning {
  kind: WarningKind;
  /** Index in `lines` the warning is about, or null for the whole registration. */
  line: number | null;
  message: string;
}

/** Who a line is: the directory id, or the folded name and birth year of a free name. */
export function personIdentity(l: {
  personId: string | null;
  fullName: string;
  birthYear: number | null;
}): string {
  return l.personId ? `id:${l.personId}` : `ten:${foldForSearch(l.fullName)}|${l.birthYear ?? ""}`;
}

/** "n/d = p%" with one decimal when needed, Vietnamese comma. */
export function percentText(n: number, d: number): string {
  return d === 0 ? "0%" : formatPercent(n, d, 1);
}

export function checkRegistration(input: CheckInput): RegistrationWarning[] {
  const { lines, caps } = input;
  const name = (code: string) => input.titleNames?.get(code) ?? code;
  const warnings: RegistrationWarning[] = [];

  // Twice in this registration, or also in another unit's registration.
  const firstAt = new Map<string, number>();
  const elsewhere = new Map<string, string[]>();
  for (const o of input.others) {
    const k = personIdentity(o);
    elsewhere.set(k, [...(elsewhere.get(k) ?? []), o.unitName]);
  }
  lines.forEach((l, i) => {
    if (!l.fullName.trim() && !l.personId) return;
    const k = personIdentity(l);
    const first = firstAt.get(k);
    if (first !== undefined)
      warnings.push({
        kind: "trung_lap",
        line: i,
        message: `${l.fullName} được đăng ký hai lần trong bản đăng ký này (dòng ${first + 1} và dòng ${i + 1}).`,
      });
    else firstAt.set(k, i);
    const units = elsewhere.get(k);
    if (units?.length)
      warnings.push({
        kind: "trung_lap",
        line: i,
        message: `${l.fullName} đã được đăng ký ở ${[...new Set(units)].join(", ")}.`,
      });
  });

  // CSTĐCS needs LĐTT, which needs at least "hoàn thành tốt nhiệm vụ".
  lines.forEach((l, i) => {
    if (!l.personId || !(cstdcsFamily as readonly string[]).includes(l.titleCode)) return;
    const r = input.lastYearRatings.get(l.personId);
    if (r === "ht" || r === "kht")
      warnings.push({
        kind: "dieu_kien",
        line: i,
        message: `${l.fullName} đăng ký “${name(l.titleCode)}” nhưng năm ${input.lastYear} chỉ được xếp loại “${ratingNames[r]}” (cần từ hoàn thành tốt nhiệm vụ trở lên).`,
      });
  });

  const ldtt = lines.filter((l) => (ldttFamily as readonly string[]).includes(l.titleCode));
  const cstdcs = lines.filter((l) => (cstdcsFamily as readonly string[]).includes(l.titleCode));

  if (caps.cstdcsPercentOfLdtt !== null && cstdcs.length > 0) {
    const allowed = Math.floor((ldtt.length * caps.cstdcsPercentOfLdtt) / 100 + 1e-9);
    if (cstdcs.length > allowed)
      warnings.push({
        kind: "vuot_ty_le",
        line: null,
        message: `Đăng ký ${cstdcs.length} Chiến sĩ thi đua cơ sở trên ${ldtt.length} Lao động tiên tiến (${percentText(cstdcs.length, ldtt.length)}), vượt tỷ lệ ${caps.cstdcsPercentOfLdtt}% (tối đa ${allowed} người).`,
      });
  }

  if (caps.leaderPercentBelow !== null) {
    const base = caps.leaderShareTitle === "CSTDCS" ? cstdcs : ldtt;
    const leaders = base.filter((l) => l.isLeader).length;
    const label =
      caps.leaderShareTitle === "CSTDCS" ? "Chiến sĩ thi đua cơ sở" : "Lao động tiên tiến";
    if (base.length > 0 && leaders * 100 >= caps.leaderPercentBelow * base.length)
      warnings.push({
        kind: "ty_le_lanh_dao",
        line: null,
        message: `Người giữ chức vụ lãnh đạo, quản lý chiếm ${leaders}/${base.length} (${percentText(leaders, base.length)}) số đăng ký ${label}; phải dưới ${caps.leaderPercentBelow}% (người không giữ chức vụ trên ${100 - caps.leaderPercentBelow}%).`,
      });
  }
  return warnings;
}
