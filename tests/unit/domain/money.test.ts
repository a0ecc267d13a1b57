import { describe, expect, it } from "vitest";
import { awardMoney, baseSalaryOn, roundMoney } from "../../../electron/domain/money";
import { defaultBaseSalaries } from "../../../db/seed/defaults";

describe("rounding money", () => {
  const up = { step: 10_000, mode: "up" as const };

  it("rounds up to the next step", () => {
    // 1,5 × 1.490.000 = 2.235.000 → 2.240.000
    expect(roundMoney(1.5 * 1_490_000, up)).toBe(2_240_000);
    expect(roundMoney(702_000, up)).toBe(710_000);
    expect(roundMoney(700_001, up)).toBe(710_000);
  });

  it("keeps an amount that is already a whole step", () => {
    expect(roundMoney(2_340_000, up)).toBe(2_340_000);
    // 0,3 × 2.340.000 = 702.000 stays 702.000 when the step is 1.000
    expect(roundMoney(0.3 * 2_340_000, { step: 1_000, mode: "up" })).toBe(702_000);
    expect(roundMoney(0, up)).toBe(0);
  });

  it("is not pushed a whole step up by floating-point noise", () => {
    // 1,1 × 1.800.000 is 1980000.0000000002 in floating point; it is 1.980.000 đồng.
    expect(1.1 * 1_800_000).toBeGreaterThan(1_980_000);
    expect(roundMoney(1.1 * 1_800_000, up)).toBe(1_980_000);
    // 0,7 × 1.390.000 is 972999.9999999999: down must not drop a whole step.
    expect(0.7 * 1_390_000).toBeLessThan(973_000);
    expect(roundMoney(0.7 * 1_390_000, { step: 1_000, mode: "down" })).toBe(973_000);
  });

  it("rounds to the nearest step, halves up", () => {
    const nearest = { step: 10_000, mode: "nearest" as const };
    expect(roundMoney(2_235_000, nearest)).toBe(2_240_000);
    expect(roundMoney(2_234_999, nearest)).toBe(2_230_000);
    expect(roundMoney(2_236_000, nearest)).toBe(2_240_000);
  });

  it("rounds down to the step below", () => {
    const down = { step: 10_000, mode: "down" as const };
    expect(roundMoney(2_235_000, down)).toBe(2_230_000);
    expect(roundMoney(2_239_999, down)).toBe(2_230_000);
    expect(roundMoney(2_240_000, down)).toBe(2_240_000);
  });

  it("computes award money as coefficient × base salary, rounded", () => {
    expect(awardMoney(0.3, 2_340_000, up)).toBe(710_000);
    expect(awardMoney(1.0, 2_340_000, up)).toBe(2_340_000);
    expect(awardMoney(8.0, 2_340_000, up)).toBe(18_720_000);
    expect(awardMoney(1.1, 1_800_000, up)).toBe(1_980_000);
  });
});

describe("base salary in force on a date", () => {
  const rows = defaultBaseSalaries;

  it("changes on the effective date, not the day before", () => {
    expect(baseSalaryOn(rows, "2024-06-30")?.amount).toBe(1_800_000);
    expect(baseSalaryOn(rows, "2024-07-01")?.amount).toBe(2_340_000);
    expect(baseSalaryOn(rows, "2030-01-01")?.amount).toBe(2_340_000);
  });

  it("is null before the first known base salary", () => {
    expect(baseSalaryOn(rows, "2017-06-30")).toBeNull();
    expect(baseSalaryOn(rows, "2017-07-01")?.amount).toBe(1_300_000);
    expect(baseSalaryOn([], "2025-01-01")).toBeNull();
  });

  it("does not depend on the order of the rows", () => {
    const shuffled = [rows[3]!, rows[0]!, rows[4]!, rows[2]!, rows[1]!];
    expect(baseSalaryOn(shuffled, "2023-12-31")?.amount).toBe(1_800_000);
    expect(baseSalaryOn(shuffled, "2019-07-01")?.amount).toBe(1_490_000);
    expect(baseSalaryOn([...rows].reverse(), "2024-07-01")?.amount).toBe(2_340_000);
  });
});
