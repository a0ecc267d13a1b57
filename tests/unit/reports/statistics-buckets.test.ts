import { describe, expect, it } from "vitest";
import {
  ageBucket,
  durationBucket,
  seniorityBucket,
} from "../../../electron/domain/statistics-buckets";

describe("thời hạn thi đua (biểu 0601)", () => {
  it.each([
    ["2026-01-01", "2026-12-30", "duoi_1"], // a day short of a year
    ["2026-01-01", "2026-12-31", "mot_nam"], // exactly one year
    ["2026-02-01", "2027-01-31", "mot_nam"],
    ["2024-03-01", "2025-02-28", "mot_nam"], // across a leap February
    ["2026-01-01", "2027-01-01", "1_3"], // a year and a day
    ["2026-01-01", "2028-12-30", "1_3"],
    ["2026-01-01", "2028-12-31", "3_5"], // exactly three years
    ["2026-01-01", "2030-12-30", "3_5"],
    ["2026-01-01", "2030-12-31", "tu_5"], // exactly five years
    ["2026-05-01", "2031-04-30", "tu_5"],
    ["2026-03-15", "2026-03-15", "duoi_1"],
  ] as const)("%s → %s is %s", (start, end, bucket) => {
    expect(durationBucket(start, end)).toBe(bucket);
  });
});

describe("độ tuổi (biểu 0605)", () => {
  it.each([
    [22, "den_30"],
    [30, "den_30"],
    [31, "31_40"],
    [40, "31_40"],
    [41, "41_50"],
    [50, "41_50"],
    [51, "51_55"],
    [55, "51_55"],
    [56, "56_60"],
    [60, "56_60"],
    [61, "tren_60"],
  ] as const)("%i tuổi is %s", (age, bucket) => expect(ageBucket(age)).toBe(bucket));
});

describe("thâm niên (biểu 0605)", () => {
  it.each([
    [0, "duoi_5"],
    [4, "duoi_5"],
    [5, "5_10"],
    [9, "5_10"],
    [10, "tu_10"], // exactly 10 years: "từ 10 năm trở lên", not "từ 5 đến 10 năm"
    [30, "tu_10"],
  ] as const)("%i năm is %s", (years, bucket) => expect(seniorityBucket(years)).toBe(bucket));
});
