import { describe, expect, it } from "vitest";
import {
  leaves,
  prizeFor,
  rankMembers,
  scoreProblem,
  scoreTableProblems,
  totals,
  type Criterion,
} from "../../../electron/domain/scoring";

// Seed 002: 100 points = 50 + 10 + 40, plus bonus and penalty items.
const c = (
  id: string,
  parentId: string | null,
  maxPoints: number,
  kind: Criterion["kind"] = "base",
): Criterion => ({ id, parentId, code: id, title: id, maxPoints, kind });
const seed002: Criterion[] = [
  c("1", null, 50),
  c("1.1", "1", 30),
  c("1.2", "1", 20),
  c("2", null, 10),
  c("3", null, 40),
  c("B", null, 10, "bonus"),
  c("B.1", "B", 5, "bonus"),
  c("B.2", "B", 8, "bonus"),
  c("T", null, 10, "penalty"),
  c("T.1", "T", 10, "penalty"),
];
const limits = { bonusLimit: 10, penaltyLimit: 10 };

describe("score tables", () => {
  it("accepts seed 002's 50 + 10 + 40 table", () => {
    expect(scoreTableProblems(seed002, limits)).toEqual([]);
    expect(leaves(seed002).map((x) => x.id)).toEqual(["1.1", "1.2", "2", "3", "B.1", "B.2", "T.1"]);
  });

  it("refuses maxima that do not sum to 100, children that do not add up, and negative points", () => {
    const bad = seed002.map((x) =>
      x.id === "3" ? { ...x, maxPoints: 45 } : x.id === "1.2" ? { ...x, maxPoints: 15 } : x,
    );
    expect(scoreTableProblems(bad, limits)).toEqual([
      "Các tiêu chí con của 1 cộng lại 45 điểm, khác 50 điểm của 1.",
      "Tổng điểm chuẩn của bảng điểm là 105, phải đúng 100 điểm.",
    ]);
    expect(scoreTableProblems([...seed002, c("x", null, -1, "bonus")], limits)).toContain(
      "Tiêu chí x: điểm tối đa không được âm.",
    );
    expect(
      scoreTableProblems([...seed002, { ...c("y", "1", 0), kind: "bonus" }], limits),
    ).toContain("Tiêu chí y phải cùng loại (chuẩn, cộng, trừ) với tiêu chí 1.");
  });

  it("refuses a score above the criterion's maximum or a penalty above its limit", () => {
    expect(scoreProblem(seed002[1]!, 30)).toBeNull();
    expect(scoreProblem(seed002[1]!, 30.5)).toBe(
      "Điểm 30,5 của tiêu chí 1.1 vượt quá điểm tối đa 30.",
    );
    expect(scoreProblem(seed002[9]!, 12)).toBe(
      "Điểm 12 của tiêu chí T.1 vượt quá mức trừ tối đa 10.",
    );
    expect(scoreProblem(seed002[6]!, -1)).toBe("Điểm của tiêu chí B.1 không được âm.");
  });
});

describe("totals and ranking", () => {
  const scores = (o: Record<string, number>) => new Map(Object.entries(o));

  it("adds base points, caps bonus and penalty at their limits", () => {
    expect(
      totals(
        seed002,
        scores({ "1.1": 28, "1.2": 19.5, 2: 9, 3: 38, "B.1": 5, "B.2": 8, "T.1": 2 }),
        limits,
      ),
    ).toEqual({ base: 94.5, bonus: 10, penalty: 2, total: 102.5 });
    expect(totals(seed002, scores({}), { bonusLimit: 10, penaltyLimit: 5 })).toEqual({
      base: 0,
      bonus: 0,
      penalty: 0,
      total: 0,
    });
    expect(totals(seed002, scores({ "T.1": 8 }), { bonusLimit: 10, penaltyLimit: 5 }).penalty).toBe(
      5,
    );
  });

  it("ranks by total and breaks ties by the configured rule", () => {
    const m = (item: string, base: number, bonus: number, penalty: number) => ({
      item,
      totals: { base, bonus, penalty, total: base + bonus - penalty },
    });
    const members = [m("A", 90, 5, 0), m("B", 92, 5, 2), m("C", 80, 0, 0), m("D", 95, 0, 0)];
    expect(rankMembers(members, "dong_hang").map((r) => [r.item, r.rank])).toEqual([
      ["A", 1],
      ["B", 1],
      ["D", 1],
      ["C", 4],
    ]);
    expect(rankMembers(members, "diem_chuan").map((r) => [r.item, r.rank])).toEqual([
      ["D", 1],
      ["B", 2],
      ["A", 3],
      ["C", 4],
    ]);
    expect(rankMembers(members, "it_diem_tru").map((r) => [r.item, r.rank])).toEqual([
      ["D", 1],
      ["A", 2],
      ["B", 3],
      ["C", 4],
    ]);
    const exact = [m("X", 90, 0, 0), m("Y", 90, 0, 0), m("Z", 70, 0, 0)];
    expect(rankMembers(exact, "diem_chuan").map((r) => r.rank)).toEqual([1, 1, 3]);
  });

  it("pays seed 002's prizes to the top three ranks", () => {
    const prizes = [10_000_000, 7_000_000, 5_000_000];
    expect([1, 2, 3, 4].map((r) => prizeFor(r, prizes))).toEqual([
      10_000_000, 7_000_000, 5_000_000, 0,
    ]);
  });
});
