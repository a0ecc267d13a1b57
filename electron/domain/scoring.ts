/**
 * Cluster pacts (giao ước) and their scoring (seed 002): a criteria tree whose base points sum to
 * 100, bonus and penalty items with limits, self scores and reviewed scores (phúc tra), totals,
 * ranking with a tie-break rule, and prizes for the top ranks. Pure functions.
 */

import type { CriterionKind } from "../contract/vocabulary";
export type { CriterionKind };

export interface Criterion {
  id: string;
  parentId: string | null;
  /** "1", "1.2", "C1"… as printed. */
  code: string;
  title: string;
  /** For base items the points; for a bonus or penalty item the most it can add or remove. */
  maxPoints: number;
  kind: CriterionKind;
}

export interface TableLimits {
  /** Most bonus points a member can get in total. */
  bonusLimit: number;
  /** Most penalty points a member can lose in total. */
  penaltyLimit: number;
}

export const BASE_TOTAL = 100;

const round2 = (n: number) => Math.round(n * 100) / 100;
const fmt = (n: number) => String(round2(n)).replace(".", ",");

/** Problems that stop a score table from being used, in Vietnamese; empty when it is sound. */
export function scoreTableProblems(criteria: Criterion[], limits: TableLimits): string[] {
  const problems: string[] = [];
  const byId = new Map(criteria.map((c) => [c.id, c]));
  const children = (id: string | null) => criteria.filter((c) => c.parentId === id);
  for (const c of criteria) {
    if (!(c.maxPoints >= 0)) problems.push(`Tiêu chí ${c.code}: điểm tối đa không được âm.`);
    if (c.parentId && !byId.has(c.parentId))
      problems.push(`Tiêu chí ${c.code}: không tìm thấy tiêu chí cha.`);
    const parent = c.parentId ? byId.get(c.parentId) : null;
    if (parent && parent.kind !== c.kind)
      problems.push(
        `Tiêu chí ${c.code} phải cùng loại (chuẩn, cộng, trừ) với tiêu chí ${parent.code}.`,
      );
    const kids = children(c.id);
    if (kids.length) {
      const sum = kids.reduce((n, k) => n + k.maxPoints, 0);
      if (c.kind === "base" && round2(sum) !== round2(c.maxPoints)) {
        problems.push(
          `Các tiêu chí con của ${c.code} cộng lại ${fmt(sum)} điểm, khác ${fmt(c.maxPoints)} điểm của ${c.code}.`,
        );
      }
    }
  }
  const baseRoots = children(null).filter((c) => c.kind === "base");
  const baseSum = baseRoots.reduce((n, c) => n + c.maxPoints, 0);
  if (round2(baseSum) !== BASE_TOTAL) {
    problems.push(
      `Tổng điểm chuẩn của bảng điểm là ${fmt(baseSum)}, phải đúng ${BASE_TOTAL} điểm.`,
    );
  }
  if (limits.bonusLimit < 0 || limits.penaltyLimit < 0)
    problems.push("Giới hạn điểm cộng, điểm trừ không được âm.");
  return problems;
}

/** Scores are entered on leaves only; parents are sums. */
export function leaves(criteria: Criterion[]): Criterion[] {
  const parents = new Set(criteria.map((c) => c.parentId).filter(Boolean));
  return criteria.filter((c) => !parents.has(c.id));
}

/** A Vietnamese message when a score does not fit its criterion, else null. */
export function scoreProblem(c: Criterion, value: number): string | null {
  if (!Number.isFinite(value) || value < 0) return `Điểm của tiêu chí ${c.code} không được âm.`;
  if (value > c.maxPoints) {
    const what =
      c.kind === "penalty"
        ? "mức trừ tối đa"
        : c.kind === "bonus"
          ? "mức cộng tối đa"
          : "điểm tối đa";
    return `Điểm ${fmt(value)} của tiêu chí ${c.code} vượt quá ${what} ${fmt(c.maxPoints)}.`;
  }
  return null;
}

export interface Totals {
  base: number;
  bonus: number;
  penalty: number;
  total: number;
}

/** Totals from leaf scores (criterion id → points); bonus and penalty are capped by the limits. */
export function totals(
  criteria: Criterion[],
  scores: Map<string, number>,
  limits: TableLimits,
): Totals {
  let base = 0;
  let bonus = 0;
  let penalty = 0;
  for (const c of leaves(criteria)) {
    const v = scores.get(c.id) ?? 0;
    if (c.kind === "base") base += v;
    else if (c.kind === "bonus") bonus += v;
    else penalty += v;
  }
  bonus = Math.min(bonus, limits.bonusLimit);
  penalty = Math.min(penalty, limits.penaltyLimit);
  return {
    base: round2(base),
    bonus: round2(bonus),
    penalty: round2(penalty),
    total: round2(base + bonus - penalty),
  };
}

/**
 * How equal totals are separated: "dong_hang" shares the rank; "diem_chuan" prefers more base
 * points, then fewer penalty points; "it_diem_tru" prefers fewer penalty points, then more base.
 * Still equal after the rule: the rank is shared.
 */
export type TieBreak = "dong_hang" | "diem_chuan" | "it_diem_tru";

export interface Ranked<T> {
  item: T;
  totals: Totals;
  /** 1 = hạng Nhất. Shared ranks skip the following ones (1, 1, 3). */
  rank: number;
}

export function rankMembers<T>(
  members: { item: T; totals: Totals }[],
  rule: TieBreak,
): Ranked<T>[] {
  const keys = (t: Totals): number[] =>
    rule === "diem_chuan"
      ? [t.total, t.base, -t.penalty]
      : rule === "it_diem_tru"
        ? [t.total, -t.penalty, t.base]
        : [t.total];
  const compare = (a: Totals, b: Totals) => {
    const ka = keys(a);
    const kb = keys(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return kb[i]! - ka[i]!;
    return 0;
  };
  const sorted = [...members].sort((a, b) => compare(a.totals, b.totals));
  const out: Ranked<T>[] = [];
  sorted.forEach((m, i) => {
    const prev = out[i - 1];
    const rank = prev && compare(prev.totals, m.totals) === 0 ? prev.rank : i + 1;
    out.push({ ...m, rank });
  });
  return out;
}

export const rankNames = ["Nhất", "Nhì", "Ba"];

/** Prize money per rank (seed 002: 10, 7 and 5 million đồng); members sharing a rank each get it. */
export function prizeFor(rank: number, prizes: number[]): number {
  return prizes[rank - 1] ?? 0;
}
