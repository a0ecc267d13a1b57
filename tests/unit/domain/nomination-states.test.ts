import { describe, expect, it } from "vitest";
import {
  manualNominationActions,
  nominationActions,
  nominationStates,
  type NominationAction,
  type NominationState,
} from "../../../electron/contract/vocabulary";
import {
  actionsFrom,
  conferringLevels,
  isEditable,
  isRequiredComponent,
  missingComponents,
  nomineeId,
  officeCanConfer,
  planTransition,
  transitionRules,
  type ComponentFacts,
  type TransitionFacts,
} from "../../../electron/domain/nomination-states";

const facts = (over: Partial<TransitionFacts>): TransitionFacts => ({
  from: "tiep_nhan",
  action: "tham_dinh",
  reason: "",
  missing: [],
  overrideReason: "",
  officeCanConfer: true,
  eligibility: "ok",
  eligibilityMessages: [],
  eligibilityOverride: "",
  ...over,
});

/** Every allowed (state, action) pair and where it leads: the whole machine at a glance. */
const expected: Record<NominationAction, [NominationState[], NominationState]> = {
  tiep_nhan_lai: [["tra_lai"], "tiep_nhan"],
  tham_dinh: [["tiep_nhan"], "tham_dinh"],
  tra_lai: [["tiep_nhan", "tham_dinh"], "tra_lai"],
  trinh_hoi_dong: [["tham_dinh"], "trinh_hoi_dong"],
  chuyen_cap_tren: [["tham_dinh", "hoi_dong_dong_y"], "chuyen_cap_tren"],
  rut_khoi_hoi_dong: [["trinh_hoi_dong"], "tham_dinh"],
  hoi_dong_dong_y: [["trinh_hoi_dong"], "hoi_dong_dong_y"],
  hoi_dong_khong_dong_y: [["trinh_hoi_dong"], "hoi_dong_khong_dong_y"],
  ra_quyet_dinh: [["hoi_dong_dong_y"], "da_co_quyet_dinh"],
  huy_quyet_dinh: [["da_co_quyet_dinh", "da_in_bang", "da_chi_thuong"], "hoi_dong_dong_y"],
  in_bang: [["da_co_quyet_dinh"], "da_in_bang"],
  chi_thuong: [["da_in_bang"], "da_chi_thuong"],
};

describe("nomination state machine", () => {
  it("has a rule for every action and nothing else", () => {
    expect(Object.keys(transitionRules).sort()).toEqual([...nominationActions].sort());
  });

  // Exhaustive: every state × every action, with everything else favourable.
  for (const action of nominationActions)
    for (const from of nominationStates) {
      const [froms, to] = expected[action];
      const allowed = froms.includes(from);
      it(`${action} from ${from} is ${allowed ? `allowed → ${to}` : "refused"}`, () => {
        const canConfer = transitionRules[action].conferHere ?? true;
        const r = planTransition(
          facts({ from, action, reason: "Có lý do", officeCanConfer: canConfer }),
        );
        if (allowed) expect(r).toEqual({ ok: true, to, overridden: false });
        else {
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.message).toMatch(/^Đề nghị đang ở trạng thái “/);
        }
      });
    }

  it("needs a reason to return a nomination and to cancel a decision", () => {
    for (const [from, action] of [
      ["tiep_nhan", "tra_lai"],
      ["tham_dinh", "tra_lai"],
      ["da_in_bang", "huy_quyet_dinh"],
    ] as const) {
      expect(planTransition(facts({ from, action, reason: "   " }))).toEqual({
        ok: false,
        message: "Phải ghi lý do cho bước này.",
      });
      expect(planTransition(facts({ from, action, reason: "Thiếu biên bản" })).ok).toBe(true);
    }
  });

  it("does not ask for a reason on ordinary steps", () => {
    expect(planTransition(facts({ action: "tham_dinh" })).ok).toBe(true);
    expect(planTransition(facts({ from: "tra_lai", action: "tiep_nhan_lai" })).ok).toBe(true);
  });

  it("blocks going past tiếp nhận with components missing, naming them", () => {
    const r = planTransition(
      facts({ missing: ["Tờ trình của đơn vị", "Báo cáo thành tích của A"] }),
    );
    expect(r).toEqual({
      ok: false,
      message:
        "Hồ sơ còn thiếu: Tờ trình của đơn vị; Báo cáo thành tích của A. Bổ sung đủ hoặc ghi lý do bỏ qua ở hồ sơ trước khi chuyển tiếp.",
    });
    // A blank override is no override.
    expect(planTransition(facts({ missing: ["x"], overrideReason: "  " })).ok).toBe(false);
  });

  it("lets the dossier's override carry a nomination forward, and says so", () => {
    expect(
      planTransition(
        facts({ missing: ["Tờ trình của đơn vị"], overrideReason: "Nộp bản giấy sau" }),
      ),
    ).toEqual({ ok: true, to: "tham_dinh", overridden: true });
    expect(
      planTransition(
        facts({
          from: "tham_dinh",
          action: "trinh_hoi_dong",
          missing: ["x"],
          overrideReason: "Được Chủ tịch đồng ý",
        }),
      ),
    ).toEqual({ ok: true, to: "trinh_hoi_dong", overridden: true });
  });

  it("returns a dossier whatever is missing: that is what returning is for", () => {
    expect(
      planTransition(facts({ action: "tra_lai", reason: "Thiếu biên bản", missing: ["Biên bản"] })),
    ).toEqual({ ok: true, to: "tra_lai", overridden: false });
  });

  it("also checks components when leaving tham định (they may have been removed since)", () => {
    expect(
      planTransition(facts({ from: "tham_dinh", action: "trinh_hoi_dong", missing: ["x"] })).ok,
    ).toBe(false);
    expect(
      planTransition(
        facts({
          from: "tham_dinh",
          action: "chuyen_cap_tren",
          missing: ["x"],
          officeCanConfer: false,
        }),
      ).ok,
    ).toBe(false);
  });

  it("forwards upward only forms the office cannot confer", () => {
    expect(
      planTransition(
        facts({ from: "tham_dinh", action: "chuyen_cap_tren", officeCanConfer: true }),
      ),
    ).toEqual({
      ok: false,
      message:
        "Hình thức này thuộc thẩm quyền của cấp mình: trình Hội đồng xét, không chuyển cấp trên.",
    });
    expect(
      planTransition(
        facts({ from: "tham_dinh", action: "chuyen_cap_tren", officeCanConfer: false }),
      ),
    ).toEqual({ ok: true, to: "chuyen_cap_tren", overridden: false });
    // After the council agreed to propose it upward.
    expect(
      planTransition(
        facts({ from: "hoi_dong_dong_y", action: "chuyen_cap_tren", officeCanConfer: false }),
      ).ok,
    ).toBe(true);
  });

  it("decides only forms the office confers", () => {
    expect(
      planTransition(
        facts({ from: "hoi_dong_dong_y", action: "ra_quyet_dinh", officeCanConfer: false }),
      ),
    ).toEqual({
      ok: false,
      message: "Hình thức này thuộc thẩm quyền cấp trên: chỉ chuyển cấp trên, không ra quyết định.",
    });
    expect(
      planTransition(
        facts({ from: "hoi_dong_dong_y", action: "ra_quyet_dinh", officeCanConfer: true }),
      ),
    ).toEqual({ ok: true, to: "da_co_quyet_dinh", overridden: false });
  });

  it("lets the council review forms of either level", () => {
    for (const officeCanConfer of [true, false])
      expect(
        planTransition(facts({ from: "tham_dinh", action: "trinh_hoi_dong", officeCanConfer })).ok,
      ).toBe(true);
  });

  it("checks the state before anything else", () => {
    const r = planTransition(
      facts({ from: "da_chi_thuong", action: "tra_lai", reason: "", missing: ["x"] }),
    );
    expect(r).toEqual({
      ok: false,
      message:
        "Đề nghị đang ở trạng thái “Đã chi thưởng”; chỉ làm được bước này khi ở trạng thái “Tiếp nhận” hoặc “Đã thẩm định”.",
    });
  });

  it("lists the actions that start from a state", () => {
    expect(actionsFrom("tiep_nhan").sort()).toEqual(["tham_dinh", "tra_lai"]);
    expect(actionsFrom("tham_dinh").sort()).toEqual([
      "chuyen_cap_tren",
      "tra_lai",
      "trinh_hoi_dong",
    ]);
    expect(actionsFrom("trinh_hoi_dong").sort()).toEqual([
      "hoi_dong_dong_y",
      "hoi_dong_khong_dong_y",
      "rut_khoi_hoi_dong",
    ]);
    expect(actionsFrom("hoi_dong_khong_dong_y")).toEqual([]);
    expect(actionsFrom("chuyen_cap_tren")).toEqual([]);
    expect(actionsFrom("da_chi_thuong")).toEqual(["huy_quyet_dinh"]);
  });

  it("offers by hand only receipt, appraisal, return, council and forwarding", () => {
    expect([...manualNominationActions].sort()).toEqual(
      ["chuyen_cap_tren", "tham_dinh", "tiep_nhan_lai", "tra_lai", "trinh_hoi_dong"].sort(),
    );
  });

  it("allows editing only before appraisal or after a return", () => {
    expect(nominationStates.filter(isEditable)).toEqual(["tiep_nhan", "tra_lai"]);
  });
});

describe("dossier components", () => {
  const c = (over: Partial<ComponentFacts>): ComponentFacts => ({
    kind: "to_trinh",
    title: "",
    present: true,
    nomineeKind: null,
    nomineeId: null,
    ...over,
  });
  const an = { kind: "ca_nhan" as const, id: "p1", name: "Nguyễn Văn An" };
  const xa = { kind: "tap_the" as const, id: "u1", name: "UBND xã Bình Lư" };

  it("requires the Tờ trình, the Biên bản and the reports, not the evidence", () => {
    expect(isRequiredComponent("to_trinh")).toBe(true);
    expect(isRequiredComponent("bien_ban_hop_xet")).toBe(true);
    expect(isRequiredComponent("bao_cao_thanh_tich")).toBe(true);
    expect(isRequiredComponent("minh_chung")).toBe(false);
  });

  it("lists everything missing from an empty dossier", () => {
    expect(missingComponents([], [an, xa])).toEqual([
      "Tờ trình của đơn vị",
      "Biên bản họp xét của đơn vị",
      "Báo cáo thành tích của Nguyễn Văn An",
      "Báo cáo thành tích của UBND xã Bình Lư",
    ]);
  });

  it("counts only components marked present", () => {
    const comps = [
      c({ kind: "to_trinh", present: false }),
      c({ kind: "bien_ban_hop_xet" }),
      c({ kind: "bao_cao_thanh_tich", nomineeKind: "ca_nhan", nomineeId: "p1" }),
      c({ kind: "bao_cao_thanh_tich", nomineeKind: "tap_the", nomineeId: "u1", present: false }),
      c({ kind: "minh_chung", present: false }),
    ];
    expect(missingComponents(comps, [an, xa])).toEqual([
      "Tờ trình của đơn vị",
      "Báo cáo thành tích của UBND xã Bình Lư",
    ]);
  });

  it("needs one report per nominee, even with two nominations, matched by kind and id", () => {
    const comps = [
      c({ kind: "to_trinh" }),
      c({ kind: "bien_ban_hop_xet" }),
      // Same id, other kind: not this nominee's report.
      c({ kind: "bao_cao_thanh_tich", nomineeKind: "tap_the", nomineeId: "p1" }),
    ];
    expect(missingComponents(comps, [an, an])).toEqual(["Báo cáo thành tích của Nguyễn Văn An"]);
    comps.push(c({ kind: "bao_cao_thanh_tich", nomineeKind: "ca_nhan", nomineeId: "p1" }));
    expect(missingComponents(comps, [an, an])).toEqual([]);
  });

  it("needs only the Tờ trình and Biên bản while the dossier has no nomination", () => {
    expect(
      missingComponents([c({ kind: "to_trinh" }), c({ kind: "bien_ban_hop_xet" })], []),
    ).toEqual([]);
  });
});

describe("who confers a form", () => {
  const xa = "Chủ tịch UBND cấp xã; thủ trưởng cơ quan, đơn vị";
  const tinh = "Chủ tịch UBND cấp tỉnh";

  it("reads the levels out of the catalogue's text, ignoring tone marks and case", () => {
    expect(conferringLevels(xa)).toEqual(["xa", "co_quan"]);
    expect(conferringLevels(tinh)).toEqual(["tinh"]);
    expect(conferringLevels("CHU TICH UBND TINH")).toEqual(["tinh"]);
    expect(conferringLevels("Chủ tịch UBND huyện")).toEqual(["huyen"]);
    expect(conferringLevels("Chủ tịch Ủy ban nhân dân xã")).toEqual(["xa"]);
    expect(conferringLevels("Thủ tướng Chính phủ")).toEqual(["trung_uong"]);
    expect(conferringLevels("")).toEqual([]);
    // "Xã hội" is not a commune.
    expect(conferringLevels("Bộ Lao động - Thương binh và Xã hội")).toEqual([]);
  });

  it("lets a district office confer district and commune forms, not province ones", () => {
    expect(officeCanConfer(xa, "huyen")).toBe(true);
    expect(officeCanConfer("Chủ tịch UBND huyện", "huyen")).toBe(true);
    expect(officeCanConfer(tinh, "huyen")).toBe(false);
    expect(officeCanConfer("Thủ tướng Chính phủ", "huyen")).toBe(false);
  });

  it("lets a commune office confer only commune forms", () => {
    expect(officeCanConfer(xa, "xa")).toBe(true);
    expect(officeCanConfer("Chủ tịch UBND huyện", "xa")).toBe(false);
    expect(officeCanConfer(tinh, "xa")).toBe(false);
  });

  it("lets a province office confer province forms, not central ones", () => {
    expect(officeCanConfer(tinh, "tinh")).toBe(true);
    expect(officeCanConfer(xa, "tinh")).toBe(true);
    expect(officeCanConfer("Thủ tướng Chính phủ", "tinh")).toBe(false);
  });

  it("lets an agency confer only what a head of agency may", () => {
    expect(officeCanConfer(xa, "co_quan")).toBe(true);
    expect(officeCanConfer("Chủ tịch UBND cấp xã", "co_quan")).toBe(false);
    expect(officeCanConfer(tinh, "co_quan")).toBe(false);
  });

  it("treats a form naming no level as conferrable here", () => {
    expect(officeCanConfer("", "xa")).toBe(true);
    expect(officeCanConfer("Hội đồng", "huyen")).toBe(true);
  });

  describe("eligibility", () => {
    const forward = [
      ["tiep_nhan", "tham_dinh", "tham_dinh"],
      ["tham_dinh", "trinh_hoi_dong", "trinh_hoi_dong"],
    ] as const;

    it("refuses thẩm định and trình Hội đồng with a blocking result, naming the rule, override or not", () => {
      for (const [from, action] of forward)
        for (const eligibilityOverride of ["", "Đã xác minh"]) {
          const r = planTransition(
            facts({
              from,
              action,
              eligibility: "blocking",
              eligibilityMessages: ["Chưa đạt Lao động tiên tiến năm 2024."],
              eligibilityOverride,
            }),
          );
          expect(r).toEqual({
            ok: false,
            message:
              "Đề nghị không đạt điều kiện khen thưởng: Chưa đạt Lao động tiên tiến năm 2024. Không chuyển tiếp được; hãy trả lại đơn vị hoặc bổ sung dữ liệu rồi kiểm tra lại.",
          });
        }
    });

    it("refuses warnings without a written override, blank counting as none", () => {
      for (const [from, action] of forward)
        for (const eligibilityOverride of ["", "   "]) {
          const r = planTransition(
            facts({
              from,
              action,
              eligibility: "warning",
              eligibilityMessages: ["Vượt chỉ tiêu 2 của đơn vị."],
              eligibilityOverride,
            }),
          );
          expect(r.ok).toBe(false);
          if (!r.ok)
            expect(r.message).toBe(
              "Đề nghị còn cảnh báo về điều kiện khen thưởng: Vượt chỉ tiêu 2 của đơn vị. Hãy ghi lý do chấp nhận cảnh báo trước khi chuyển tiếp.",
            );
        }
    });

    it("lets warnings through with an override, and green nominations without one", () => {
      for (const [from, action, to] of forward) {
        expect(
          planTransition(
            facts({
              from,
              action,
              eligibility: "warning",
              eligibilityMessages: ["x"],
              eligibilityOverride: "Chủ tịch đồng ý vượt chỉ tiêu",
            }),
          ),
        ).toEqual({ ok: true, to, overridden: false });
        expect(planTransition(facts({ from, action }))).toEqual({
          ok: true,
          to,
          overridden: false,
        });
      }
    });

    it("does not hold back returning, withdrawing or the council's and decision's steps", () => {
      const bad = { eligibility: "blocking" as const, eligibilityMessages: ["x"] };
      for (const [from, action, reason] of [
        ["tiep_nhan", "tra_lai", "Không đạt điều kiện"],
        ["tham_dinh", "tra_lai", "Không đạt điều kiện"],
        ["tra_lai", "tiep_nhan_lai", ""],
        ["trinh_hoi_dong", "rut_khoi_hoi_dong", ""],
        ["trinh_hoi_dong", "hoi_dong_khong_dong_y", ""],
        ["trinh_hoi_dong", "hoi_dong_dong_y", ""],
        ["hoi_dong_dong_y", "ra_quyet_dinh", ""],
      ] as const)
        expect(planTransition(facts({ from, action, reason, ...bad })).ok).toBe(true);
    });

    it("reports missing components before eligibility", () => {
      const r = planTransition(
        facts({
          missing: ["Tờ trình của đơn vị"],
          eligibility: "blocking",
          eligibilityMessages: ["x"],
        }),
      );
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/^Hồ sơ còn thiếu/);
    });

    it("only thẩm định and trình Hội đồng check eligibility", () => {
      expect(
        (Object.keys(transitionRules) as NominationAction[]).filter(
          (a) => transitionRules[a].needsEligibility,
        ),
      ).toEqual(["tham_dinh", "trinh_hoi_dong"]);
    });
  });
});

describe("nomineeId", () => {
  const ids = { personId: "p1", unitId: "u1", householdId: "h1" };
  it("names the person, the unit or the household by the nominee's kind", () => {
    expect(nomineeId({ nomineeKind: "ca_nhan", ...ids })).toBe("p1");
    expect(nomineeId({ nomineeKind: "tap_the", ...ids })).toBe("u1");
    expect(nomineeId({ nomineeKind: "ho_gia_dinh", ...ids })).toBe("h1");
    expect(
      nomineeId({ nomineeKind: "ca_nhan", personId: null, unitId: "u1", householdId: null }),
    ).toBe("");
  });
});
