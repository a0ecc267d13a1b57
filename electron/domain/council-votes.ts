/**
 * The council's vote rules (domain notes § "Phiên họp Hội đồng"): the quorum, the pass threshold, the
 * checks on the votes entered and the result of each nomination. Pure functions over counts; the
 * thresholds are data the office sets (app_settings "meeting_rules"), never constants.
 *
 * Rules chosen here, as defaults the office can change:
 * - Quorum: at least two thirds of the council's members present (domain notes). Award sessions
 *   (kind xet_khen_thuong) have their own quorum, which may only be as strict or stricter (some
 *   provinces require 80% or 3/4); by default it is the same two thirds.
 * - Pass: a nomination passes when MORE THAN HALF of the members PRESENT agree. The domain notes (electron/domain/README.md) and the
 *   seeds leave the threshold to the office; the fraction, "at least" / "more than" and whether it
 *   counts the members present or the whole council are configurable (e.g. "at least 70% of the
 *   council" for Chiến sĩ thi đua where the province's regulation says so).
 * Everything is computed in integers (a × denominator against numerator × b): 2/3 of 9 is
 * exactly 6, with no rounding of 66,67%.
 */
import { formatPercent } from "../contract/format";
import type { MeetingKind } from "../contract/vocabulary";

export interface Fraction {
  numerator: number;
  denominator: number;
}

export type Comparison = "at_least" | "more_than";
export type PassBase = "present" | "members";
export type { MeetingKind };

export interface VoteRules {
  /** Members present out of all members, for any meeting. */
  quorum: Fraction;
  /** The quorum of award sessions; at least as strict as `quorum`. */
  awardQuorum: Fraction;
  pass: Fraction & { comparison: Comparison; base: PassBase };
}

export const defaultVoteRules: VoteRules = {
  quorum: { numerator: 2, denominator: 3 },
  awardQuorum: { numerator: 2, denominator: 3 },
  pass: { numerator: 1, denominator: 2, comparison: "more_than", base: "present" },
};

/** "2/3 (66,67%)". */
export function fractionText(f: Fraction): string {
  const pct = Math.round((f.numerator / f.denominator) * 10000) / 100;
  return `${f.numerator}/${f.denominator} (${String(pct).replace(".", ",")}%)`;
}

const isCount = (n: unknown): n is number => typeof n === "number" && Number.isInteger(n) && n >= 0;

function fractionProblem(f: Fraction, label: string): string | null {
  if (!Number.isInteger(f.numerator) || !Number.isInteger(f.denominator))
    return `${label}: tử số và mẫu số phải là số nguyên.`;
  if (f.denominator < 1 || f.denominator > 100) return `${label}: mẫu số phải từ 1 đến 100.`;
  if (f.numerator < 1) return `${label}: tử số phải lớn hơn 0.`;
  if (f.numerator > f.denominator) return `${label}: tỷ lệ không được lớn hơn 100%.`;
  return null;
}

/** The problems of a rule set, in Vietnamese; empty when it can be saved. */
export function ruleProblems(r: VoteRules): string[] {
  const out = [
    fractionProblem(r.quorum, "Tỷ lệ có mặt tối thiểu"),
    fractionProblem(r.awardQuorum, "Tỷ lệ có mặt tối thiểu của phiên xét khen thưởng"),
    fractionProblem(r.pass, "Tỷ lệ đồng ý để thông qua"),
  ].filter((x): x is string => !!x);
  if (out.length) return out;
  if (compare(r.awardQuorum, r.quorum) < 0)
    out.push(
      "Tỷ lệ có mặt tối thiểu của phiên xét khen thưởng không được thấp hơn tỷ lệ chung của Hội đồng.",
    );
  if (r.pass.comparison === "more_than" && r.pass.numerator === r.pass.denominator)
    out.push("Không thể yêu cầu “trên 100%” số phiếu đồng ý.");
  return out;
}

/** Sign of a − b. */
function compare(a: Fraction, b: Fraction): number {
  return Math.sign(a.numerator * b.denominator - b.numerator * a.denominator);
}

/** The smallest count reaching the fraction of `total` ("at least"), or going past it ("more than"). */
export function minimumCount(total: number, f: Fraction, comparison: Comparison): number {
  const exact = f.numerator * total;
  const ceil = Math.ceil(exact / f.denominator);
  if (comparison === "at_least") return ceil;
  return exact % f.denominator === 0 ? exact / f.denominator + 1 : ceil;
}

export const quorumOf = (r: VoteRules, kind: MeetingKind): Fraction =>
  kind === "xet_khen_thuong" ? r.awardQuorum : r.quorum;

export interface QuorumCheck {
  met: boolean;
  present: number;
  total: number;
  /** Members who must be present. */
  required: number;
  message: string;
}

export function checkQuorum(
  present: number,
  total: number,
  kind: MeetingKind,
  rules: VoteRules,
): QuorumCheck {
  const f = quorumOf(rules, kind);
  const required = Math.max(1, minimumCount(total, f, "at_least"));
  if (total === 0)
    return {
      met: false,
      present,
      total,
      required,
      message: "Hội đồng chưa có thành viên nào: hãy khai báo thành viên Hội đồng trong Thiết lập.",
    };
  const met = present >= required;
  const what = kind === "xet_khen_thuong" ? "phiên xét khen thưởng" : "phiên họp";
  return {
    met,
    present,
    total,
    required,
    message: met
      ? `Đủ số thành viên dự họp: có mặt ${present}/${total}, cần ít nhất ${required} (${fractionText(f)}).`
      : `Không đủ số thành viên dự họp: có mặt ${present}/${total}, ${what} cần ít nhất ${required} thành viên (${fractionText(f)}).`,
  };
}

/** Agreeing votes a nomination needs to pass. */
export function votesNeeded(present: number, members: number, rules: VoteRules): number {
  const base = rules.pass.base === "present" ? present : members;
  return Math.max(1, minimumCount(base, rules.pass, rules.pass.comparison));
}

/** "Trên 1/2 (50%) số thành viên có mặt". */
export function passRuleText(rules: VoteRules): string {
  const cmp = rules.pass.comparison === "more_than" ? "Trên" : "Từ";
  const base =
    rules.pass.base === "present" ? "số thành viên có mặt" : "tổng số thành viên Hội đồng";
  return `${cmp} ${fractionText(rules.pass)} ${base} đồng ý${rules.pass.comparison === "at_least" ? " trở lên" : ""}`;
}

/** Why a vote cannot be recorded as entered; null when it is a possible vote. */
export function voteProblem(agree: unknown, presentVoters: number): string | null {
  if (agree === null || agree === undefined || agree === "") return "Chưa nhập số phiếu đồng ý.";
  if (typeof agree !== "number" || Number.isNaN(agree)) return "Số phiếu đồng ý phải là số.";
  if (!Number.isInteger(agree)) return "Số phiếu đồng ý phải là số nguyên.";
  if (agree < 0) return "Số phiếu đồng ý không được âm.";
  if (agree > presentVoters)
    return `Số phiếu đồng ý (${agree}) không được lớn hơn số thành viên có mặt (${presentVoters}).`;
  return null;
}

/** "66,67%": agree out of present, two decimals at most. */
export function percentText(agree: number, present: number): string {
  return present > 0 ? formatPercent(agree, present, 2) : "";
}

export interface ItemVote {
  /** Null: not entered yet. */
  agree: number | null;
  /** Members present when the vote was entered; null: not entered. */
  present: number | null;
}

export type ItemOutcome =
  { ok: true; passed: boolean; needed: number } | { ok: false; message: string };

/** One nomination's result, given the meeting's attendance now. */
export function itemOutcome(
  vote: ItemVote,
  presentNow: number,
  members: number,
  rules: VoteRules,
): ItemOutcome {
  if (vote.agree === null || vote.present === null)
    return { ok: false, message: "Chưa nhập số phiếu." };
  if (!isCount(vote.present) || vote.present !== presentNow)
    return {
      ok: false,
      message: `Số phiếu được nhập khi có ${vote.present} thành viên có mặt, nay danh sách có mặt là ${presentNow}: hãy nhập lại.`,
    };
  const problem = voteProblem(vote.agree, presentNow);
  if (problem) return { ok: false, message: problem };
  const needed = votesNeeded(presentNow, members, rules);
  return { ok: true, passed: vote.agree >= needed, needed };
}

export interface MeetingFacts {
  kind: MeetingKind;
  members: number;
  present: number;
  items: (ItemVote & { label: string })[];
}

export interface MeetingEvaluation {
  quorum: QuorumCheck;
  outcomes: ItemOutcome[];
  /** Why the results cannot be applied; empty when they can. */
  problems: string[];
}

/** Whether the meeting's results can be applied, and each nomination's outcome. */
export function evaluateMeeting(f: MeetingFacts, rules: VoteRules): MeetingEvaluation {
  const quorum = checkQuorum(f.present, f.members, f.kind, rules);
  const outcomes = f.items.map((i) => itemOutcome(i, f.present, f.members, rules));
  const problems: string[] = [];
  if (!quorum.met) problems.push(quorum.message);
  if (!f.items.length) problems.push("Phiên họp chưa có đề nghị nào để biểu quyết.");
  outcomes.forEach((o, i) => {
    if (!o.ok) problems.push(`${f.items[i]!.label}: ${o.message}`);
  });
  return { quorum, outcomes, problems };
}
