import { describe, expect, it } from "vitest";
import {
  checkRegistration,
  defaultRegistrationCaps,
  percentText,
  personIdentity,
  type CheckInput,
  type CheckLine,
  type Rating,
} from "../../../electron/domain/registration-checks";

const line = (n: number, titleCode: string, extra: Partial<CheckLine> = {}): CheckLine => ({
  personId: `p${n}`,
  fullName: `Người ${n}`,
  birthYear: 1980 + n,
  titleCode,
  isLeader: false,
  ...extra,
});

const noCaps = { cstdcsPercentOfLdtt: null, leaderPercentBelow: null, leaderShareTitle: "CSTDCS" };

function run(lines: CheckLine[], over: Partial<CheckInput> = {}) {
  return checkRegistration({
    lines,
    others: [],
    lastYearRatings: new Map(),
    lastYear: 2024,
    caps: noCaps as CheckInput["caps"],
    ...over,
  });
}

describe("registration checks: nothing to say", () => {
  it("an empty registration and an ordinary one give no warning", () => {
    expect(run([])).toEqual([]);
    expect(run([line(1, "LDTT"), line(2, "LDTT")])).toEqual([]);
    expect(run([line(1, "LDTT"), line(2, "LDTT")], { caps: defaultRegistrationCaps })).toEqual([]);
  });
});

describe("a person registered twice", () => {
  it("in the same registration, by directory id", () => {
    const w = run([line(1, "LDTT"), line(2, "LDTT"), line(1, "CSTDCS")]);
    expect(w).toEqual([
      {
        kind: "trung_lap",
        line: 2,
        message: "Người 1 được đăng ký hai lần trong bản đăng ký này (dòng 1 và dòng 3).",
      },
    ]);
  });

  it("free names match by folded name and birth year; another birth year is someone else", () => {
    const a = { personId: null, fullName: "Nguyễn Văn Ấn", birthYear: 1990 };
    const w = run([
      line(1, "LDTT", a),
      line(2, "LDTT", { ...a, fullName: "nguyen van an" }),
      line(3, "LDTT", { ...a, birthYear: 1991 }),
    ]);
    expect(w.map((x) => x.line)).toEqual([1]);
    expect(w[0]!.kind).toBe("trung_lap");
  });

  it("a directory person and a free name with the same name are not the same", () => {
    expect(
      run([
        line(1, "LDTT"),
        line(2, "LDTT", { personId: null, fullName: "Người 1", birthYear: 1981 }),
      ]),
    ).toEqual([]);
  });

  it("also registered by another unit: names every other unit once", () => {
    const w = run([line(1, "LDTT"), line(2, "LDTT")], {
      others: [
        { personId: "p1", fullName: "Người 1", birthYear: 1981, unitName: "Xã A" },
        { personId: "p1", fullName: "Người 1", birthYear: 1981, unitName: "Xã A" },
        { personId: "p1", fullName: "Người 1", birthYear: 1981, unitName: "Xã B" },
        { personId: "p9", fullName: "Người 9", birthYear: 1989, unitName: "Xã C" },
      ],
    });
    expect(w).toEqual([
      { kind: "trung_lap", line: 0, message: "Người 1 đã được đăng ký ở Xã A, Xã B." },
    ]);
  });

  it("blank lines without a person are ignored", () => {
    expect(
      run([
        line(1, "LDTT", { personId: null, fullName: " " }),
        line(2, "LDTT", { personId: null, fullName: "" }),
      ]),
    ).toEqual([]);
  });

  it("identity helper distinguishes ids from names", () => {
    expect(personIdentity({ personId: "x", fullName: "A", birthYear: 1 })).toBe("id:x");
    expect(personIdentity({ personId: null, fullName: "Lê  Thị", birthYear: null })).toBe(
      personIdentity({ personId: null, fullName: "le thi", birthYear: null }),
    );
  });
});

describe("prerequisite: CSTĐCS needs at least hoàn thành tốt last year", () => {
  const ratings = (r: Rating) => new Map<string, Rating>([["p1", r]]);
  it.each(["ht", "kht"] as Rating[])("rated %s last year: warned", (r) => {
    const w = run([line(1, "CSTDCS")], {
      lastYearRatings: ratings(r),
      titleNames: new Map([["CSTDCS", "Chiến sĩ thi đua cơ sở"]]),
    });
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ kind: "dieu_kien", line: 0 });
    expect(w[0]!.message).toContain("“Chiến sĩ thi đua cơ sở”");
    expect(w[0]!.message).toContain("năm 2024");
  });
  it.each(["htxs", "ht_tot"] as Rating[])("rated %s last year: fine", (r) => {
    expect(run([line(1, "CSTDCS")], { lastYearRatings: ratings(r) })).toEqual([]);
  });
  it("applies to CSTĐ cấp tỉnh too, not to LĐTT, and not to people without a rating", () => {
    expect(run([line(1, "CSTD_TINH")], { lastYearRatings: ratings("ht") })).toHaveLength(1);
    expect(run([line(1, "LDTT")], { lastYearRatings: ratings("kht") })).toEqual([]);
    expect(run([line(2, "CSTDCS")], { lastYearRatings: ratings("kht") })).toEqual([]);
  });
  it("a free name cannot be judged", () => {
    expect(
      run([line(1, "CSTDCS", { personId: null })], { lastYearRatings: ratings("kht") }),
    ).toEqual([]);
  });
});

describe("CSTĐCS cap (share of LĐTT)", () => {
  const caps = { ...noCaps, cstdcsPercentOfLdtt: 15 } as CheckInput["caps"];
  const many = (ldtt: number, cs: number) => [
    ...Array.from({ length: ldtt }, (_, i) => line(i, "LDTT")),
    ...Array.from({ length: cs }, (_, i) => line(100 + i, "CSTDCS")),
  ];
  it("CSTĐCS count in the LĐTT base: 2 of 14 = 14.3% is within 15%", () => {
    expect(run(many(12, 2), { caps })).toEqual([]);
  });
  it("2 of 13 = 15.4% is over, with the allowed number", () => {
    const w = run(many(11, 2), { caps });
    expect(w).toEqual([
      {
        kind: "vuot_ty_le",
        line: null,
        message:
          "Đăng ký 2 Chiến sĩ thi đua cơ sở trên 13 Lao động tiên tiến (15,4%), vượt tỷ lệ 15% (tối đa 1 người).",
      },
    ]);
  });
  it("exactly at the cap is allowed (3 of 20 = 15%)", () => {
    expect(run(many(17, 3), { caps })).toEqual([]);
  });
  it("a single CSTĐCS in a small unit is over a 15% cap", () => {
    expect(run(many(3, 1), { caps }).map((w) => w.kind)).toEqual(["vuot_ty_le"]);
  });
  it("no CSTĐCS: no warning; no cap: no warning", () => {
    expect(run(many(5, 0), { caps })).toEqual([]);
    expect(run(many(1, 5))).toEqual([]);
  });
});

describe("leaders' share (seed 000: lãnh đạo dưới 70%)", () => {
  const caps = { ...noCaps, leaderPercentBelow: 70 } as CheckInput["caps"];
  const cs = (leaders: number, staff: number, title = "CSTDCS") => [
    ...Array.from({ length: leaders }, (_, i) => line(i, title, { isLeader: true })),
    ...Array.from({ length: staff }, (_, i) => line(50 + i, title)),
  ];
  it("6 leaders of 10 CSTĐCS is below 70%", () => {
    expect(run(cs(6, 4), { caps })).toEqual([]);
  });
  it("7 of 10 is not below 70%: warned with both shares", () => {
    const w = run(cs(7, 3), { caps });
    expect(w).toEqual([
      {
        kind: "ty_le_lanh_dao",
        line: null,
        message:
          "Người giữ chức vụ lãnh đạo, quản lý chiếm 7/10 (70%) số đăng ký Chiến sĩ thi đua cơ sở; phải dưới 70% (người không giữ chức vụ trên 30%).",
      },
    ]);
  });
  it("counted on CSTĐCS only by default: leaders with LĐTT do not count", () => {
    expect(run([...cs(5, 0, "LDTT"), ...cs(0, 2)], { caps })).toEqual([]);
  });
  it("can be counted on LĐTT (which includes CSTĐCS)", () => {
    const onLdtt = { ...caps, leaderShareTitle: "LDTT" } as CheckInput["caps"];
    const w = run([...cs(3, 0, "LDTT"), line(90, "CSTDCS")], { caps: onLdtt });
    expect(w).toHaveLength(1);
    expect(w[0]!.message).toContain("3/4 (75%) số đăng ký Lao động tiên tiến");
  });
  it("no registrations of that title: nothing to compare", () => {
    expect(run(cs(3, 0, "LDTT"), { caps })).toEqual([]);
  });
});

describe("several warnings together, defaults", () => {
  it("defaults are 15% and below 70% on CSTĐCS", () => {
    expect(defaultRegistrationCaps).toEqual({
      cstdcsPercentOfLdtt: 15,
      leaderPercentBelow: 70,
      leaderShareTitle: "CSTDCS",
    });
  });
  it("reports every kind once in a registration that breaks all rules", () => {
    const w = run([line(1, "CSTDCS", { isLeader: true }), line(1, "LDTT"), line(2, "LDTT")], {
      caps: defaultRegistrationCaps,
      lastYearRatings: new Map([["p1", "ht" as Rating]]),
    });
    expect(w.map((x) => x.kind).sort()).toEqual(
      ["dieu_kien", "trung_lap", "ty_le_lanh_dao", "vuot_ty_le"].sort(),
    );
  });
  it("percent text", () => {
    expect(percentText(1, 3)).toBe("33,3%");
    expect(percentText(0, 0)).toBe("0%");
    expect(percentText(3, 20)).toBe("15%");
  });
});
