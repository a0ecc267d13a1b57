/**
 * The lines of a Quyết định khen thưởng (domain notes § "Quyết định khen thưởng", "Titles and award
 * forms"): which approved nominations become recipients, their order (the line number is the số
 * sổ vàng), and the money of each line with the total in figures and words.
 */
import { formatDate, formatNumber } from "../contract/format";
import { moneyToWords } from "./money-words";
import { awardMoney, baseSalaryOn, type RoundingRule } from "./money";
import { compareVietnamese, compareVietnameseNames } from "./vietnamese";

import type { RecipientKind } from "../contract/vocabulary";
export type { RecipientKind };

/** An approved nomination as the decision sees it (snapshots taken from the directory). */
export interface CandidateLine {
  nominationId: string;
  recipientKind: RecipientKind;
  /** The person's, collective's or household's id: with the kind, who the nominee is. */
  nomineeId: string;
  /** The period the award is for (the dossier's year). */
  year: number;
  name: string;
  position: string;
  unitName: string;
  awardCode: string;
  awardName: string;
  achievement: string;
  /** danh_hieu (a title) or hinh_thuc (an award form such as Giấy khen). */
  awardKind: string;
  /** The title's rank: see titleRank. */
  rank: number;
  /** Catalogue coefficient on the decision date; null: the form carries no money. */
  coefficient: number | null;
}

/** A title the nominee holds or is decided for elsewhere in the same period (registry, other decisions). */
export interface HeldTitle {
  recipientKind: RecipientKind;
  nomineeId: string;
  year: number;
  awardCode: string;
  awardName: string;
  rank: number;
  /** Where it comes from, in words: "Quyết định số 12/QĐ-UBND", "Sổ khen thưởng". */
  source: string;
}

/**
 * The rank of a title among the titles of its recipient kind. The catalogue lists every kind's
 * titles from the lowest to the highest (LĐTT, CSTĐCS, CSTĐ tỉnh; TTLĐTT, TTLĐXS, Cờ thi đua),
 * so the rank is the catalogue entry's sortOrder: a larger sortOrder is a higher title. Only
 * titles (danh hiệu) compete with each other; award forms (Giấy khen, Bằng khen) do not.
 */
export function titleRank(entry: { sortOrder: number }): number {
  return entry.sortOrder;
}

const nomineeKey = (l: { recipientKind: RecipientKind; nomineeId: string; year: number }) =>
  `${l.recipientKind}|${l.nomineeId}|${l.year}`;

export interface ExcludedLine {
  nominationId: string;
  name: string;
  awardName: string;
  /** Why it is not in the decision, in Vietnamese. */
  reason: string;
}

/**
 * Chooses the recipients: when several titles of the selection cover the same nominee and period,
 * only the highest stays (ties: the first selected); award forms all stay. Returns the kept lines
 * in the order given and the ones left out with the reason.
 */
export function chooseRecipients(candidates: CandidateLine[]): {
  kept: CandidateLine[];
  excluded: ExcludedLine[];
} {
  const best = new Map<string, CandidateLine>();
  for (const c of candidates) {
    if (c.awardKind !== "danh_hieu") continue;
    const key = nomineeKey(c);
    const b = best.get(key);
    if (!b || c.rank > b.rank) best.set(key, c);
  }
  const kept: CandidateLine[] = [];
  const excluded: ExcludedLine[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    const dup = `${c.nominationId}`;
    if (seen.has(dup)) continue;
    seen.add(dup);
    if (c.awardKind === "danh_hieu") {
      const b = best.get(nomineeKey(c))!;
      if (b !== c) {
        excluded.push({
          nominationId: c.nominationId,
          name: c.name,
          awardName: c.awardName,
          reason: `Cùng năm ${c.year} đã chọn danh hiệu cao hơn “${b.awardName}”; chỉ ghi danh hiệu cao nhất.`,
        });
        continue;
      }
    }
    kept.push(c);
  }
  return { kept, excluded };
}

const kindOrder: Record<RecipientKind, number> = { tap_the: 0, ca_nhan: 1, ho_gia_dinh: 2 };

/**
 * The order of the attached list, whose line number is the số sổ vàng: collectives first, then
 * individuals, then households (the order decisions list them in: "tặng … cho N tập thể và M cá
 * nhân"); collectives by name; individuals and households by their unit, then by name the
 * Vietnamese way (given name first). Ties keep the order given.
 */
export function orderLines<T extends CandidateLine>(lines: T[]): (T & { lineNo: number })[] {
  return lines
    .map((l, i) => ({ l, i }))
    .sort(
      (a, b) =>
        kindOrder[a.l.recipientKind] - kindOrder[b.l.recipientKind] ||
        (a.l.recipientKind === "tap_the"
          ? compareVietnamese(a.l.name, b.l.name)
          : compareVietnamese(a.l.unitName, b.l.unitName) ||
            compareVietnameseNames(a.l.name, b.l.name)) ||
        a.i - b.i,
    )
    .map(({ l }, i) => ({ ...l, lineNo: i + 1 }));
}

export interface MoneyContext {
  /** The decision date (YYYY-MM-DD): the base salary in force on it applies. */
  date: string;
  baseSalaries: { amount: number; effectiveFrom: string }[];
  rounding: RoundingRule;
  /** Titles held elsewhere in the same period; a higher one there means no money here. */
  heldElsewhere: HeldTitle[];
}

export interface MoneyLine {
  money: number;
  note: string;
}

export type MoneyResult =
  | { ok: true; baseSalary: number | null; lines: MoneyLine[]; total: number; totalWords: string }
  | { ok: false; message: string };

/**
 * Money per line = coefficient × the base salary in force on the decision date, rounded by the
 * office's rule; nothing for a form without a coefficient, and nothing for a title when a higher
 * title of the same period is held elsewhere (only the highest is paid). A title held elsewhere
 * that is lower does not reduce this line: that money was already decided and is not taken back.
 */
export function computeMoney(lines: CandidateLine[], ctx: MoneyContext): MoneyResult {
  const paying = lines.some((l) => l.coefficient !== null && l.coefficient > 0);
  const salary = baseSalaryOn(ctx.baseSalaries, ctx.date);
  if (paying && !salary)
    return {
      ok: false,
      message: `Chưa khai báo mức lương cơ sở áp dụng vào ngày ${formatDate(ctx.date)}: vào Cài đặt → Mức lương cơ sở để thêm trước khi tính tiền thưởng.`,
    };
  const higher = new Map<string, HeldTitle>();
  for (const h of ctx.heldElsewhere) {
    const key = nomineeKey(h);
    const b = higher.get(key);
    if (!b || h.rank > b.rank) higher.set(key, h);
  }
  const out = lines.map((l): MoneyLine => {
    if (l.coefficient === null || l.coefficient <= 0)
      return { money: 0, note: "Hình thức này không kèm tiền thưởng." };
    if (l.awardKind === "danh_hieu") {
      const h = higher.get(nomineeKey(l));
      if (h && h.rank > l.rank)
        return {
          money: 0,
          note: `Đã có danh hiệu cao hơn cùng năm (“${h.awardName}”, ${h.source}); chỉ nhận tiền thưởng của danh hiệu cao nhất.`,
        };
    }
    return { money: awardMoney(l.coefficient, salary!.amount, ctx.rounding), note: "" };
  });
  const total = out.reduce((a, l) => a + l.money, 0);
  return {
    ok: true,
    baseSalary: salary?.amount ?? null,
    lines: out,
    total,
    totalWords: moneyToWords(total),
  };
}

/** "1.500.000 đồng". */
export const moneyFigures = (amount: number) => `${formatNumber(amount)} đồng`;

/** "02 tập thể và 05 cá nhân": how Điều 1 counts the recipients. */
export function countPhrase(lines: { recipientKind: RecipientKind }[]): string {
  const nouns: [RecipientKind, string][] = [
    ["tap_the", "tập thể"],
    ["ca_nhan", "cá nhân"],
    ["ho_gia_dinh", "hộ gia đình"],
  ];
  const parts = nouns
    .map(([k, noun]) => {
      const n = lines.filter((l) => l.recipientKind === k).length;
      return n ? `${String(n).padStart(2, "0")} ${noun}` : "";
    })
    .filter(Boolean);
  if (parts.length <= 1) return parts[0] ?? "";
  return `${parts.slice(0, -1).join(", ")} và ${parts.at(-1)}`;
}
