import { describe, expect, it } from "vitest";
import {
  dateReview,
  parseDeadline,
  quarterOf,
  quarterRange,
  shiftYear,
  shownStatus,
  tetDays,
  tetHoliday,
} from "../../../electron/domain/plan-calendar";

describe("plan calendar", () => {
  it("puts months in quarters and knows each quarter's first and last day", () => {
    expect(
      ["2025-01-01", "2025-03-31", "2025-04-01", "2025-09-30", "2025-12-31"].map(quarterOf),
    ).toEqual([1, 1, 2, 3, 4]);
    expect(quarterRange(2024, 1)).toEqual({ from: "2024-01-01", to: "2024-03-31" });
    expect(quarterRange(2024, 2)).toEqual({ from: "2024-04-01", to: "2024-06-30" });
    expect(quarterRange(2025, 4)).toEqual({ from: "2025-10-01", to: "2025-12-31" });
  });

  it("computes overdue from the due date, or the quarter's end without one, never for done work", () => {
    const base = { status: "dang_lam" as const, quarter: 1 as const };
    expect(shownStatus({ ...base, dueDate: "2025-03-30" }, 2025, "2025-03-30")).toBe("dang_lam");
    expect(shownStatus({ ...base, dueDate: "2025-03-30" }, 2025, "2025-03-31")).toBe("qua_han");
    expect(shownStatus({ ...base, dueDate: null }, 2025, "2025-03-31")).toBe("dang_lam");
    expect(shownStatus({ ...base, dueDate: null }, 2025, "2025-04-01")).toBe("qua_han");
    expect(
      shownStatus({ ...base, status: "hoan_thanh", dueDate: "2025-01-02" }, 2025, "2025-12-31"),
    ).toBe("hoan_thanh");
  });

  it("moves dates a year on, turning 29 February into 28 February", () => {
    expect(shiftYear("2024-02-29")).toBe("2025-02-28");
    expect(shiftYear("2023-03-30")).toBe("2024-03-30");
    expect(shiftYear("2027-02-28", 1)).toBe("2028-02-28");
  });

  it("flags weekends and the Tết break for review", () => {
    expect(tetDays[2026]).toBe("2026-02-17");
    expect(tetHoliday(2026)).toEqual({ from: "2026-02-15", to: "2026-02-21" });
    expect(dateReview("2026-02-17")).toBe("nghi_tet");
    expect(dateReview("2026-02-15")).toBe("nghi_tet");
    expect(dateReview("2026-02-23")).toBeNull(); // Monday after the break
    expect(dateReview("2026-03-28")).toBe("cuoi_tuan"); // Saturday
    expect(dateReview("2026-03-29")).toBe("cuoi_tuan"); // Sunday
    expect(dateReview("2026-03-30")).toBeNull();
  });

  it("reads deadlines as written in plans, day before month", () => {
    expect(parseDeadline("trước ngày 30/3/2020", 2025)).toBe("2020-03-30");
    expect(parseDeadline("trước ngày 05/02", 2025)).toBe("2025-02-05");
    expect(parseDeadline("hạn 31/4", 2025)).toBeNull();
    expect(parseDeadline("cuối năm", 2025)).toBeNull();
  });
});
