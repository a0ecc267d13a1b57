import { describe, expect, it } from "vitest";
import { inForce, periodsOverlap } from "../../../electron/domain/periods";

describe("overlapping validity periods", () => {
  it("overlap when they share a single day at the edge", () => {
    expect(
      periodsOverlap(
        { from: "2024-01-01", to: "2024-12-31" },
        { from: "2024-12-31", to: "2025-12-31" },
      ),
    ).toBe(true);
    expect(
      periodsOverlap(
        { from: "2024-12-31", to: "2025-12-31" },
        { from: "2024-01-01", to: "2024-12-31" },
      ),
    ).toBe(true);
  });

  it("do not overlap when one ends the day before the other starts", () => {
    expect(
      periodsOverlap({ from: "2024-01-01", to: "2024-12-31" }, { from: "2025-01-01", to: null }),
    ).toBe(false);
    expect(
      periodsOverlap({ from: "2025-01-01", to: null }, { from: "2024-01-01", to: "2024-12-31" }),
    ).toBe(false);
  });

  it("treat an open end as still in force", () => {
    expect(
      periodsOverlap({ from: "2024-01-01", to: null }, { from: "2030-01-01", to: "2030-12-31" }),
    ).toBe(true);
    expect(periodsOverlap({ from: "2024-01-01", to: null }, { from: "2020-01-01", to: null })).toBe(
      true,
    );
    expect(
      periodsOverlap({ from: "2024-01-01", to: null }, { from: "2020-01-01", to: "2023-12-31" }),
    ).toBe(false);
  });

  it("overlap when one lies inside the other", () => {
    expect(
      periodsOverlap(
        { from: "2024-01-01", to: "2024-12-31" },
        { from: "2024-03-01", to: "2024-03-31" },
      ),
    ).toBe(true);
  });
});

describe("in force on a date", () => {
  const law2003 = { from: "2004-07-01", to: "2023-12-31" };

  it("includes the first and the last day", () => {
    expect(inForce(law2003, "2004-07-01")).toBe(true);
    expect(inForce(law2003, "2023-12-31")).toBe(true);
  });

  it("excludes the day before the first and the day after the last", () => {
    expect(inForce(law2003, "2004-06-30")).toBe(false);
    expect(inForce(law2003, "2024-01-01")).toBe(false);
  });

  it("has no last day when the end is open", () => {
    expect(inForce({ from: "2024-01-01", to: null }, "2099-12-31")).toBe(true);
    expect(inForce({ from: "2024-01-01", to: null }, "2023-12-31")).toBe(false);
  });
});
