import { describe, expect, it } from "vitest";
import { defaultAwardRules, defaultAwards } from "../../../db/seed/defaults";
import {
  evaluateBatch,
  overallLevel,
  rulesInForce,
  type AwardRule,
  type EligibilityResult,
  type EvaluationContext,
  type MemberHistory,
  type Nomination,
  type NomineeHistory,
  type PersonHistory,
  type RatingCode,
  type UnitHistory,
} from "../../../electron/domain/eligibility";

const rules: AwardRule[] = defaultAwardRules.map((r) => ({
  ...r,
  ruleCode: r.ruleCode as AwardRule["ruleCode"],
}));
const awardNames = Object.fromEntries(defaultAwards.map((a) => [a.code, a.name]));
const awardKinds = Object.fromEntries(defaultAwards.map((a) => [a.code, a.recipientKind]));

function person(
  id: string,
  ratings: Record<number, RatingCode>,
  extra: Partial<PersonHistory> = {},
): PersonHistory {
  return {
    kind: "ca_nhan",
    id,
    name: `Người ${id}`,
    ratings,
    awards: [],
    disciplines: [],
    initiatives: [],
    ...extra,
  };
}
const award = (awardCode: string, year: number) => ({
  awardCode,
  year,
  decisionNumber: `${year}/QĐ`,
});
const nom = (
  h: { kind: Nomination["nominee"]["kind"]; id: string },
  awardCode: string,
  year: number,
  unitId: string | null = null,
): Nomination => ({
  nominee: { kind: h.kind, id: h.id, name: `Đối tượng ${h.id}` },
  awardCode,
  year,
  unitId,
});

function run(
  batch: Nomination[],
  histories: NomineeHistory[],
  extra: Partial<EvaluationContext> = {},
) {
  const ctx: EvaluationContext = {
    rules,
    awardNames,
    awardKinds,
    batch,
    others: [],
    quotas: [],
    unitKinds: {},
    ...extra,
  };
  return evaluateBatch(new Map(histories.map((h) => [`${h.kind}:${h.id}`, h])), ctx);
}
/** The results of one rule for the first nomination. */
const of = (out: ReturnType<typeof run>, ruleCode: string, i = 0): EligibilityResult[] =>
  out[i]!.results.filter((r) => r.ruleCode === ruleCode);
const levelOf = (out: ReturnType<typeof run>, ruleCode: string, i = 0) => {
  const rs = of(out, ruleCode, i);
  expect(rs.length, `rule ${ruleCode} evaluated`).toBeGreaterThan(0);
  return overallLevel(rs);
};

describe("rules as data", () => {
  it("selects the rules in force on the nomination's date, boundaries included", () => {
    // The 15% cap of Nghị định 91/2017 ran from 01/10/2017 to 31/12/2023.
    expect(
      rulesInForce(rules, "CSTDCS", "2017-09-30").some((r) => r.ruleCode === "cap_share"),
    ).toBe(false);
    expect(
      rulesInForce(rules, "CSTDCS", "2017-10-01").some((r) => r.ruleCode === "cap_share"),
    ).toBe(true);
    expect(
      rulesInForce(rules, "CSTDCS", "2023-12-31").some((r) => r.ruleCode === "cap_share"),
    ).toBe(true);
    expect(
      rulesInForce(rules, "CSTDCS", "2024-01-01").some((r) => r.ruleCode === "cap_share"),
    ).toBe(false);
    expect(rulesInForce(rules, "CSTDCS", "2024-12-31").map((r) => r.ruleCode)).toEqual([
      "title_same_year",
      "excellence_one_of",
    ]);
  });

  it("reports a rule kind it does not know as a warning instead of failing", () => {
    const p = person("a", { 2024: "ht_tot" });
    const out = run([nom(p, "LDTT", 2024)], [p], {
      rules: [
        ...rules,
        {
          awardCode: "LDTT",
          ruleCode: "bogus" as never,
          level: "blocking",
          params: {},
          validFrom: "2000-01-01",
          validTo: null,
        },
      ],
    });
    expect(levelOf(out, "bogus")).toBe("warning");
  });
});

describe("Lao động tiên tiến", () => {
  it("needs a rating of hoàn thành tốt or better that year", () => {
    for (const [r, level] of [
      ["htxs", "ok"],
      ["ht_tot", "ok"],
      ["ht", "blocking"],
      ["kht", "blocking"],
    ] as const) {
      const p = person("a", { 2024: r });
      expect(levelOf(run([nom(p, "LDTT", 2024)], [p]), "rating_min")).toBe(level);
    }
  });

  it("warns, naming the year, when the rating is missing", () => {
    const p = person("a", { 2023: "htxs" });
    const out = run([nom(p, "LDTT", 2024)], [p]);
    const [r] = of(out, "rating_min");
    expect(r!.level).toBe("warning");
    expect(r!.message).toContain("Chưa có xếp loại năm 2024");
    expect(r!.data.missing).toBe(true);
    expect(out[0]!.level).toBe("warning");
  });

  it("is refused to someone disciplined during the year", () => {
    const p = person(
      "a",
      { 2024: "htxs" },
      {
        disciplines: [{ measure: "khien_trach", decidedOn: "2024-03-01", until: "2024-09-01" }],
      },
    );
    expect(levelOf(run([nom(p, "LDTT", 2024)], [p]), "no_discipline_in_year")).toBe("blocking");
    // A measure that ended the year before does not count.
    const q = person(
      "b",
      { 2024: "htxs" },
      {
        disciplines: [{ measure: "canh_cao", decidedOn: "2022-03-01", until: "2023-12-31" }],
      },
    );
    const out = run([nom(q, "LDTT", 2024)], [q]);
    expect(levelOf(out, "no_discipline_in_year")).toBe("ok");
    expect(levelOf(out, "discipline_pending")).toBe("ok");
    expect(out[0]!.level).toBe("ok");
  });
});

describe("Chiến sĩ thi đua cơ sở", () => {
  it("needs LĐTT the same year, from the registry or proposed in the same batch", () => {
    const p = person("a", { 2024: "htxs" });
    expect(levelOf(run([nom(p, "CSTDCS", 2024)], [p]), "title_same_year")).toBe("blocking");
    const both = run([nom(p, "LDTT", 2024), nom(p, "CSTDCS", 2024)], [p]);
    expect(levelOf(both, "title_same_year", 1)).toBe("ok");
    expect(of(both, "title_same_year", 1)[0]!.data.inBatch).toBe(true);
    const q = person("b", { 2024: "htxs" }, { awards: [award("LDTT", 2024)] });
    expect(levelOf(run([nom(q, "CSTDCS", 2024)], [q]), "title_same_year")).toBe("ok");
    // LĐTT proposed in another dossier counts as well.
    const elsewhere = run([nom(p, "CSTDCS", 2024)], [p], {
      others: [{ ...nom(p, "LDTT", 2024), label: "Hồ sơ khác" }],
    });
    expect(levelOf(elsewhere, "title_same_year")).toBe("ok");
    // LĐTT of the year before is not enough.
    const r = person("c", { 2024: "htxs" }, { awards: [award("LDTT", 2023)] });
    expect(levelOf(run([nom(r, "CSTDCS", 2024)], [r]), "title_same_year")).toBe("blocking");
  });

  it("needs one of: rated xuất sắc, a recognised sáng kiến, an accepted đề tài", () => {
    const base = { awards: [award("LDTT", 2024)] };
    const excellent = person("a", { 2024: "htxs" }, base);
    expect(levelOf(run([nom(excellent, "CSTDCS", 2024)], [excellent]), "excellence_one_of")).toBe(
      "ok",
    );
    const good = person("b", { 2024: "ht_tot" }, base);
    const out = run([nom(good, "CSTDCS", 2024)], [good]);
    expect(levelOf(out, "excellence_one_of")).toBe("blocking");
    expect(out[0]!.level).toBe("blocking");
    const inventor = person(
      "c",
      { 2024: "ht_tot" },
      {
        ...base,
        initiatives: [{ year: 2024, level: "co_so", title: "Số hóa sổ hộ tịch" }],
      },
    );
    const ok = run([nom(inventor, "CSTDCS", 2024)], [inventor]);
    expect(levelOf(ok, "excellence_one_of")).toBe("ok");
    expect(of(ok, "excellence_one_of")[0]!.message).toContain("Số hóa sổ hộ tịch");
    expect(ok[0]!.level).toBe("ok");
    // An initiative of another year does not count.
    const late = person(
      "d",
      { 2024: "ht_tot" },
      {
        ...base,
        initiatives: [{ year: 2023, level: "tinh", title: "Cũ" }],
      },
    );
    expect(levelOf(run([nom(late, "CSTDCS", 2024)], [late]), "excellence_one_of")).toBe("blocking");
  });

  it("warns when the rating is missing and no initiative decides it", () => {
    const p = person("a", {}, { awards: [award("LDTT", 2024)] });
    const [r] = of(run([nom(p, "CSTDCS", 2024)], [p]), "excellence_one_of");
    expect(r!.level).toBe("warning");
    expect(r!.message).toContain("Chưa có xếp loại năm 2024");
  });

  it("applies the old 15% cap of LĐTT only to years under Nghị định 91/2017", () => {
    const people = Array.from({ length: 7 }, (_, i) =>
      person(`p${i}`, { 2023: "htxs", 2024: "htxs" }),
    );
    const batch = (year: number) => [
      ...people.map((p) => nom(p, "LDTT", year, "u1")),
      nom(people[0]!, "CSTDCS", year, "u1"),
      nom(people[1]!, "CSTDCS", year, "u1"),
    ];
    // 7 LĐTT × 15% = 1.05 → at most 1 CSTĐCS in 2023.
    const old = run(batch(2023), people);
    expect(levelOf(old, "cap_share", 7)).toBe("warning");
    expect(of(old, "cap_share", 7)[0]!.data).toMatchObject({ count: 2, baseCount: 7, cap: 1 });
    expect(of(run(batch(2024), people), "cap_share", 7)).toEqual([]);
  });
});

describe("consecutive years", () => {
  const cstd = (years: number[]) => years.map((y) => award("CSTDCS", y));

  it("CSTĐ tỉnh needs three consecutive CSTĐCS ending with the year", () => {
    const p = person("a", {}, { awards: cstd([2022, 2023, 2024]) });
    expect(levelOf(run([nom(p, "CSTD_TINH", 2024)], [p]), "consecutive_titles")).toBe("ok");
    const gap = person("b", {}, { awards: cstd([2021, 2023, 2024]) });
    const [r] = of(run([nom(gap, "CSTD_TINH", 2024)], [gap]), "consecutive_titles");
    expect(r!.level).toBe("blocking");
    expect(r!.data.lacking).toEqual([2022]);
    expect(r!.message).toContain("2022");
    // The third year may be proposed in the same batch.
    const two = person("c", {}, { awards: cstd([2022, 2023]) });
    const out = run([nom(two, "CSTDCS", 2024), nom(two, "CSTD_TINH", 2024)], [two]);
    expect(levelOf(out, "consecutive_titles", 1)).toBe("ok");
    // Boundary: 2021–2023 does not cover a 2024 nomination.
    const early = person("d", {}, { awards: cstd([2021, 2022, 2023]) });
    expect(levelOf(run([nom(early, "CSTD_TINH", 2024)], [early]), "consecutive_titles")).toBe(
      "blocking",
    );
  });

  it("CSTĐ tỉnh warns when no initiative of provincial level is on record", () => {
    const p = person("a", {}, { awards: cstd([2022, 2023, 2024]) });
    expect(levelOf(run([nom(p, "CSTD_TINH", 2024)], [p]), "initiative_level")).toBe("warning");
    const q = person(
      "b",
      {},
      {
        awards: cstd([2022, 2023, 2024]),
        initiatives: [{ year: 2022, level: "tinh", title: "Mô hình dân vận khéo" }],
      },
    );
    expect(levelOf(run([nom(q, "CSTD_TINH", 2024)], [q]), "initiative_level")).toBe("ok");
  });

  // Seed 004: "từ năm 2016 đến năm 2019 liên tục hoàn thành tốt nhiệm vụ trở lên, có 02 năm hoàn thành xuất sắc".
  const seed004: AwardRule = {
    awardCode: "GK_CN",
    ruleCode: "consecutive_ratings",
    level: "blocking",
    params: { years: 4, minRating: "ht_tot", minExcellent: 2 },
    validFrom: "2000-01-01",
    validTo: null,
  };
  const check = (ratings: Record<number, RatingCode>) => {
    const p = person("a", ratings);
    return of(run([nom(p, "GK_CN", 2019)], [p], { rules: [seed004] }), "consecutive_ratings")[0]!;
  };

  it("seed 004: four years of hoàn thành tốt or better with two excellent years", () => {
    expect(check({ 2016: "htxs", 2017: "ht_tot", 2018: "htxs", 2019: "ht_tot" }).level).toBe("ok");
    const one = check({ 2016: "htxs", 2017: "ht_tot", 2018: "ht_tot", 2019: "ht_tot" });
    expect(one.level).toBe("blocking");
    expect(one.message).toContain("chỉ có 1 năm hoàn thành xuất sắc");
    const low = check({ 2016: "htxs", 2017: "ht", 2018: "htxs", 2019: "htxs" });
    expect(low.level).toBe("blocking");
    expect(low.data.below).toEqual([2017]);
    // 2015 is outside the window: a bad 2015 does not matter, a good one does not help.
    expect(
      check({ 2015: "kht", 2016: "htxs", 2017: "htxs", 2018: "ht_tot", 2019: "ht_tot" }).level,
    ).toBe("ok");
    expect(
      check({ 2015: "htxs", 2016: "ht_tot", 2017: "ht_tot", 2018: "ht_tot", 2019: "htxs" }).level,
    ).toBe("blocking");
  });

  it("seed 004: a missing year is a warning naming it, unless the rest already fails", () => {
    const missing = check({ 2016: "htxs", 2017: "htxs", 2019: "ht_tot" });
    expect(missing.level).toBe("warning");
    expect(missing.message).toContain("Thiếu xếp loại năm 2018");
    expect(missing.data.noRating).toEqual([2018]);
    // With one excellent year and one year missing, the missing year could still make two.
    expect(check({ 2016: "htxs", 2017: "ht_tot", 2019: "ht_tot" }).level).toBe("warning");
    // No excellent year and only one missing: cannot reach two whatever it is.
    expect(check({ 2016: "ht_tot", 2017: "ht_tot", 2019: "ht_tot" }).level).toBe("blocking");
    expect(check({}).level).toBe("warning");
  });
});

describe("collectives", () => {
  const member = (id: string, extra: Partial<MemberHistory> = {}): MemberHistory => ({
    id,
    name: `Thành viên ${id}`,
    ratings: { 2024: "ht_tot" },
    awards: [award("LDTT", 2024)],
    disciplines: [],
    ...extra,
  });
  const unit = (
    members: MemberHistory[],
    rating: RatingCode = "htxs",
    extra: Partial<UnitHistory> = {},
  ): UnitHistory => ({
    kind: "tap_the",
    id: "u1",
    name: "Phòng Nội vụ",
    ratings: { 2024: rating },
    awards: [],
    members,
    ...extra,
  });
  const withoutLdtt = (id: string) => member(id, { awards: [] });

  it("TTLĐTT needs at least 70% of members LĐTT (exactly 70% passes)", () => {
    const seven = unit([
      ...["a", "b", "c", "d", "e", "f", "g"].map((x) => member(x)),
      withoutLdtt("h"),
      withoutLdtt("i"),
      withoutLdtt("j"),
    ]);
    const ok = run([nom(seven, "TTLDTT", 2024)], [seven]);
    expect(levelOf(ok, "members_title_share")).toBe("ok");
    expect(of(ok, "members_title_share")[0]!.message).toContain("7/10");
    const six = unit([
      ...["a", "b", "c", "d", "e", "f"].map((x) => member(x)),
      ...["g", "h", "i", "j"].map(withoutLdtt),
    ]);
    const bad = run([nom(six, "TTLDTT", 2024)], [six]);
    expect(levelOf(bad, "members_title_share")).toBe("blocking");
    expect(of(bad, "members_title_share")[0]!.message).toContain("60%");
  });

  it("counts members' LĐTT proposed in the same batch", () => {
    const u = unit([member("a"), withoutLdtt("b")]);
    const alone = run([nom(u, "TTLDTT", 2024)], [u]);
    expect(levelOf(alone, "members_title_share")).toBe("blocking");
    const withB = run(
      [nom({ kind: "ca_nhan", id: "b" }, "LDTT", 2024), nom(u, "TTLDTT", 2024)],
      [u, person("b", { 2024: "ht_tot" })],
    );
    expect(levelOf(withB, "members_title_share", 1)).toBe("ok");
  });

  it("refuses a collective with a member disciplined at cảnh cáo or above, not khiển trách", () => {
    const warned = unit([
      member("a", {
        disciplines: [{ measure: "canh_cao", decidedOn: "2024-05-01", until: "2025-05-01" }],
      }),
      member("b"),
    ]);
    const out = run([nom(warned, "TTLDTT", 2024)], [warned]);
    expect(levelOf(out, "members_no_discipline")).toBe("blocking");
    expect(of(out, "members_no_discipline")[0]!.message).toContain("Thành viên a (cảnh cáo)");
    const reprimanded = unit([
      member("a", {
        disciplines: [{ measure: "khien_trach", decidedOn: "2024-05-01", until: null }],
      }),
      member("b"),
    ]);
    expect(
      levelOf(run([nom(reprimanded, "TTLDTT", 2024)], [reprimanded]), "members_no_discipline"),
    ).toBe("ok");
  });

  it("TTLĐXS needs an excellent rating, every member rated, and at least one CSTĐCS", () => {
    const noCstd = unit([member("a", { ratings: { 2024: "htxs" } }), member("b")]);
    const out = run([nom(noCstd, "TTLDXS", 2024)], [noCstd]);
    expect(levelOf(out, "members_title_count")).toBe("blocking");
    expect(levelOf(out, "rating_min")).toBe("ok");
    expect(levelOf(out, "members_rating_all")).toBe("ok");
    const good = unit([
      member("a", { awards: [award("LDTT", 2024), award("CSTDCS", 2024)] }),
      member("b"),
    ]);
    expect(run([nom(good, "TTLDXS", 2024)], [good])[0]!.level).toBe("ok");
    const goodRating = unit(good.members, "ht_tot");
    expect(levelOf(run([nom(goodRating, "TTLDXS", 2024)], [goodRating]), "rating_min")).toBe(
      "blocking",
    );
    const failing = unit([...good.members, member("c", { ratings: { 2024: "kht" } })]);
    const f = of(run([nom(failing, "TTLDXS", 2024)], [failing]), "members_rating_all")[0]!;
    expect(f.level).toBe("blocking");
    expect(f.data.below).toEqual(["Thành viên c"]);
    const unrated = unit([...good.members, member("d", { ratings: {} })]);
    const m = of(run([nom(unrated, "TTLDXS", 2024)], [unrated]), "members_rating_all")[0]!;
    expect(m.level).toBe("warning");
    expect(m.message).toContain("Thiếu xếp loại năm 2024 của 1/3 thành viên");
  });

  it("warns when the directory has no members or no rating for the unit", () => {
    const empty = unit([], "htxs", { ratings: {} });
    const out = run([nom(empty, "TTLDTT", 2024)], [empty]);
    expect(levelOf(out, "members_title_share")).toBe("warning");
    expect(levelOf(out, "rating_min")).toBe("warning");
    expect(out[0]!.level).toBe("warning");
  });
});

describe("checks on every nomination", () => {
  it("blocks a pending discipline and warns about one that ran into the year", () => {
    const pending = person(
      "a",
      { 2024: "htxs" },
      {
        disciplines: [{ measure: "khac", decidedOn: "2024-11-20", until: null }],
      },
    );
    const out = run([nom(pending, "GK_CN", 2024)], [pending]);
    expect(levelOf(out, "discipline_pending")).toBe("blocking");
    // A pending case opened after the year does not concern that year.
    const later = person(
      "b",
      { 2024: "htxs" },
      {
        disciplines: [{ measure: "canh_cao", decidedOn: "2025-02-01", until: null }],
      },
    );
    expect(levelOf(run([nom(later, "GK_CN", 2024)], [later]), "discipline_pending")).toBe("ok");
    const served = person(
      "c",
      { 2024: "htxs" },
      {
        disciplines: [{ measure: "khien_trach", decidedOn: "2023-06-01", until: "2024-06-01" }],
      },
    );
    expect(levelOf(run([nom(served, "GK_CN", 2024)], [served]), "discipline_pending")).toBe(
      "warning",
    );
  });

  it("finds duplicates in the registry, in the batch and in other dossiers", () => {
    const p = person("a", { 2024: "htxs" }, { awards: [award("GK_CN", 2024)] });
    const out = run([nom(p, "GK_CN", 2024)], [p]);
    expect(levelOf(out, "duplicate")).toBe("blocking");
    expect(of(out, "duplicate")[0]!.message).toContain("2024/QĐ");
    // Another year is not a duplicate.
    expect(levelOf(run([nom(p, "GK_CN", 2025)], [p]), "duplicate")).toBe("ok");
    const q = person("b", { 2024: "htxs" });
    const twice = run([nom(q, "GK_CN", 2024), nom(q, "GK_CN", 2024)], [q]);
    expect(levelOf(twice, "duplicate", 0)).toBe("ok");
    expect(levelOf(twice, "duplicate", 1)).toBe("blocking");
    const elsewhere = run([nom(q, "GK_CN", 2024)], [q], {
      others: [{ ...nom(q, "GK_CN", 2024), label: "Hồ sơ của Xã Thạnh Phú" }],
    });
    expect(levelOf(elsewhere, "duplicate")).toBe("warning");
    expect(of(elsewhere, "duplicate")[0]!.message).toContain("Hồ sơ của Xã Thạnh Phú");
  });

  it("matches nominees known only by name on the name", () => {
    const free = (name: string): Nomination => ({
      nominee: { kind: "ca_nhan", id: null, name },
      awardCode: "GK_CN",
      year: 2024,
    });
    const out = run([free("Nguyễn Văn An"), free("nguyễn văn an ")], []);
    expect(levelOf(out, "not_in_directory")).toBe("warning");
    expect(levelOf(out, "duplicate", 1)).toBe("blocking");
    expect(out[0]!.level).toBe("warning");
  });

  it("blocks an award of the wrong recipient kind, an unknown award or a vanished nominee", () => {
    const p = person("a", { 2024: "htxs" });
    expect(levelOf(run([nom(p, "TTLDTT", 2024)], [p]), "recipient_kind")).toBe("blocking");
    expect(levelOf(run([nom(p, "KHONG_CO", 2024)], [p]), "award_unknown")).toBe("blocking");
    const gone = run([nom({ kind: "ca_nhan", id: "x" }, "GK_CN", 2024)], []);
    expect(gone[0]!.level).toBe("blocking");
    expect(of(gone, "not_found")[0]!.message).toContain("Không tìm thấy");
  });

  it("checks the movement's quotas per unit and in total", () => {
    const people = ["a", "b", "c"].map((id) => person(id, { 2024: "htxs" }));
    const batch = [
      nom(people[0]!, "GK_CN", 2024, "xa1"),
      nom(people[1]!, "GK_CN", 2024, "xa1"),
      nom(people[2]!, "GK_CN", 2024, "pgd"),
    ];
    const quotas = [
      {
        awardCode: "GK_CN",
        totalQuota: 2,
        lines: [{ scope: "loai_don_vi" as const, unitKind: "xa_thi_tran", quota: 1 }],
      },
    ];
    const out = run(batch, people, {
      quotas,
      unitKinds: { xa1: "xa_thi_tran", pgd: "co_quan_chuyen_mon" },
    });
    expect(levelOf(out, "quota_unit", 0)).toBe("warning");
    expect(of(out, "quota_unit", 0)[0]!.data).toEqual({ count: 2, quota: 1 });
    expect(levelOf(out, "quota_total", 2)).toBe("warning");
    // The agency has no line of its own kind: no unit quota result at all beyond ok.
    expect(levelOf(out, "quota_unit", 2)).toBe("ok");
    const within = run(batch.slice(0, 1), people, { quotas, unitKinds: { xa1: "xa_thi_tran" } });
    expect(levelOf(within, "quota_unit")).toBe("ok");
    expect(levelOf(within, "quota_total")).toBe("ok");
  });

  it("gives households only the checks that apply to them", () => {
    const h: NomineeHistory = { kind: "ho_gia_dinh", id: "h1", name: "Hộ ông A", awards: [] };
    const out = run([nom(h, "GK_HGD", 2024)], [h]);
    expect(out[0]!.level).toBe("ok");
    expect(out[0]!.results.map((r) => r.ruleCode)).toEqual(["duplicate"]);
  });
});
