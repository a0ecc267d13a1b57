import { describe, expect, it } from "vitest";
import {
  chooseRecipients,
  computeMoney,
  countPhrase,
  moneyFigures,
  orderLines,
  titleRank,
  type CandidateLine,
  type HeldTitle,
} from "../../../electron/domain/decision-lines";

let seq = 0;
function line(extra: Partial<CandidateLine> = {}): CandidateLine {
  seq += 1;
  return {
    nominationId: `n${seq}`,
    recipientKind: "ca_nhan",
    nomineeId: `p${seq}`,
    year: 2024,
    name: `Người ${seq}`,
    position: "",
    unitName: "UBND xã Bình Lư",
    awardCode: "LDTT",
    awardName: "Lao động tiên tiến",
    achievement: "",
    awardKind: "danh_hieu",
    rank: 10,
    coefficient: 0.3,
    ...extra,
  };
}

const salaries = [
  { amount: 1_800_000, effectiveFrom: "2023-07-01" },
  { amount: 2_340_000, effectiveFrom: "2024-07-01" },
];
const up10k = { step: 10_000, mode: "up" as const };

describe("titleRank", () => {
  it("is the catalogue's sortOrder: later entries are higher titles", () => {
    expect(titleRank({ sortOrder: 10 })).toBeLessThan(titleRank({ sortOrder: 20 }));
  });
});

describe("chooseRecipients", () => {
  it("keeps only the highest title when several cover the same nominee and year", () => {
    const ldtt = line({ nomineeId: "binh", name: "Trần Thị Bình" });
    const cstd = line({
      nomineeId: "binh",
      name: "Trần Thị Bình",
      awardCode: "CSTDCS",
      awardName: "Chiến sĩ thi đua cơ sở",
      rank: 20,
      coefficient: 1,
    });
    const other = line({ nomineeId: "an" });
    const { kept, excluded } = chooseRecipients([ldtt, cstd, other]);
    expect(kept.map((k) => k.nominationId)).toEqual([cstd.nominationId, other.nominationId]);
    expect(excluded).toEqual([
      {
        nominationId: ldtt.nominationId,
        name: "Trần Thị Bình",
        awardName: "Lao động tiên tiến",
        reason:
          "Cùng năm 2024 đã chọn danh hiệu cao hơn “Chiến sĩ thi đua cơ sở”; chỉ ghi danh hiệu cao nhất.",
      },
    ]);
  });

  it("keeps titles of different years, different nominee kinds, and award forms", () => {
    const a = line({ nomineeId: "x", year: 2023 });
    const b = line({ nomineeId: "x", year: 2024, rank: 20 });
    const c = line({ nomineeId: "x", recipientKind: "tap_the", rank: 30 });
    const gk = line({ nomineeId: "x", awardKind: "hinh_thuc", awardCode: "GK_CN", rank: 99 });
    expect(chooseRecipients([a, b, c, gk]).kept).toHaveLength(4);
  });

  it("keeps the first of equal ranks and drops a nomination listed twice", () => {
    const a = line({ nomineeId: "x" });
    const b = line({ nomineeId: "x" });
    const { kept, excluded } = chooseRecipients([a, b, a]);
    expect(kept).toEqual([a]);
    expect(excluded.map((e) => e.nominationId)).toEqual([b.nominationId]);
  });
});

describe("orderLines (số sổ vàng)", () => {
  it("puts collectives first, then individuals, then households, numbered from 1", () => {
    const ho = line({ recipientKind: "ho_gia_dinh", name: "Hộ ông/bà A" });
    const person = line({ name: "Nguyễn Văn An" });
    const unit = line({ recipientKind: "tap_the", name: "Trường Tiểu học" });
    expect(orderLines([ho, person, unit]).map((l) => [l.lineNo, l.name])).toEqual([
      [1, "Trường Tiểu học"],
      [2, "Nguyễn Văn An"],
      [3, "Hộ ông/bà A"],
    ]);
  });

  it("orders collectives by name, people by unit then given name", () => {
    const lines = [
      line({ name: "Trần Thị Bình", unitName: "UBND xã Bình Lư" }),
      line({ name: "Nguyễn Văn An", unitName: "UBND xã Bình Lư" }),
      line({ name: "Lê Văn Đức", unitName: "Phòng Nội vụ" }),
      line({ recipientKind: "tap_the", name: "Trường THCS Ân Hảo" }),
      line({ recipientKind: "tap_the", name: "Trường Mầm non Bình Lư" }),
    ];
    expect(orderLines(lines).map((l) => l.name)).toEqual([
      "Trường Mầm non Bình Lư",
      "Trường THCS Ân Hảo",
      "Lê Văn Đức",
      "Nguyễn Văn An",
      "Trần Thị Bình",
    ]);
  });

  it("keeps the given order for equal keys", () => {
    const a = line({ name: "Nguyễn Văn An" });
    const b = line({ name: "Nguyễn Văn An" });
    expect(orderLines([a, b]).map((l) => l.nominationId)).toEqual([a.nominationId, b.nominationId]);
  });
});

describe("computeMoney", () => {
  const ctx = (date: string, heldElsewhere: HeldTitle[] = []) => ({
    date,
    baseSalaries: salaries,
    rounding: up10k,
    heldElsewhere,
  });

  it("is coefficient × base salary in force on the decision date, rounded up to 10.000", () => {
    const r = computeMoney(
      [line(), line({ coefficient: 1 }), line({ coefficient: 0.45 })],
      ctx("2025-03-20"),
    );
    expect(r).toEqual({
      ok: true,
      baseSalary: 2_340_000,
      lines: [
        { money: 710_000, note: "" }, // 702.000
        { money: 2_340_000, note: "" },
        { money: 1_060_000, note: "" }, // 1.053.000
      ],
      total: 4_110_000,
      totalWords: "Bốn triệu một trăm mười nghìn đồng",
    });
  });

  it("uses the new base salary from its first day, the old one the day before", () => {
    const before = computeMoney([line()], ctx("2024-06-30"));
    const on = computeMoney([line()], ctx("2024-07-01"));
    expect(before.ok && before.lines[0]!.money).toBe(540_000); // 0,3 × 1.800.000
    expect(on.ok && on.lines[0]!.money).toBe(710_000);
  });

  it("applies the configured rounding (nearest, down, step 1.000)", () => {
    const base = { date: "2025-01-01", baseSalaries: salaries, heldElsewhere: [] };
    const l = [line({ coefficient: 0.3 })]; // 702.000
    const near = computeMoney(l, { ...base, rounding: { step: 10_000, mode: "nearest" } });
    const down = computeMoney(l, { ...base, rounding: { step: 10_000, mode: "down" } });
    const exact = computeMoney(l, { ...base, rounding: { step: 1_000, mode: "up" } });
    expect(near.ok && near.total).toBe(700_000);
    expect(down.ok && down.total).toBe(700_000);
    expect(exact.ok && exact.total).toBe(702_000);
  });

  it("pays nothing for a form without a coefficient, without needing a base salary", () => {
    const r = computeMoney([line({ coefficient: null, awardKind: "danh_hieu" })], {
      ...ctx("2010-01-01"),
    });
    expect(r).toEqual({
      ok: true,
      baseSalary: null,
      lines: [{ money: 0, note: "Hình thức này không kèm tiền thưởng." }],
      total: 0,
      totalWords: "Không đồng",
    });
  });

  it("refuses in Vietnamese when no base salary is in force and money is due", () => {
    const r = computeMoney([line()], ctx("2017-06-30"));
    expect(r).toEqual({
      ok: false,
      message:
        "Chưa khai báo mức lương cơ sở áp dụng vào ngày 30/06/2017: vào Cài đặt → Mức lương cơ sở để thêm trước khi tính tiền thưởng.",
    });
  });

  it("pays only the highest title: nothing when a higher one of the same year is held elsewhere", () => {
    const l = line({ nomineeId: "binh" });
    const held = (extra: Partial<HeldTitle>): HeldTitle => ({
      recipientKind: "ca_nhan",
      nomineeId: "binh",
      year: 2024,
      awardCode: "CSTDCS",
      awardName: "Chiến sĩ thi đua cơ sở",
      rank: 20,
      source: "Quyết định số 05/QĐ-UBND",
      ...extra,
    });
    const higher = computeMoney([l], ctx("2025-03-20", [held({})]));
    expect(higher.ok && higher.lines[0]).toEqual({
      money: 0,
      note: "Đã có danh hiệu cao hơn cùng năm (“Chiến sĩ thi đua cơ sở”, Quyết định số 05/QĐ-UBND); chỉ nhận tiền thưởng của danh hiệu cao nhất.",
    });
    expect(higher.ok && higher.total).toBe(0);
    // Lower, equal, another year, another person: paid in full.
    for (const h of [
      held({ rank: 5 }),
      held({ rank: 10 }),
      held({ year: 2023 }),
      held({ nomineeId: "an" }),
      held({ recipientKind: "tap_the" }),
    ]) {
      const r = computeMoney([l], ctx("2025-03-20", [h]));
      expect(r.ok && r.lines[0]!.money).toBe(710_000);
    }
    // Award forms are paid whatever titles are held.
    const gk = line({ nomineeId: "binh", awardKind: "hinh_thuc", rank: 0 });
    const r = computeMoney([gk], ctx("2025-03-20", [held({})]));
    expect(r.ok && r.lines[0]!.money).toBe(710_000);
  });
});

describe("figures and counts", () => {
  it("writes money in figures with dots", () => {
    expect(moneyFigures(6_230_000)).toBe("6.230.000 đồng");
    expect(moneyFigures(0)).toBe("0 đồng");
  });

  it("counts recipients as Điều 1 does", () => {
    expect(countPhrase([])).toBe("");
    expect(countPhrase([{ recipientKind: "ca_nhan" }, { recipientKind: "ca_nhan" }])).toBe(
      "02 cá nhân",
    );
    expect(
      countPhrase([
        { recipientKind: "ho_gia_dinh" },
        { recipientKind: "ca_nhan" },
        { recipientKind: "tap_the" },
      ]),
    ).toBe("01 tập thể, 01 cá nhân và 01 hộ gia đình");
  });
});
