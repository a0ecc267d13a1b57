import { describe, expect, it } from "vitest";
import {
  checkQuorum,
  defaultVoteRules,
  evaluateMeeting,
  fractionText,
  itemOutcome,
  minimumCount,
  passRuleText,
  percentText,
  ruleProblems,
  voteProblem,
  votesNeeded,
  type VoteRules,
} from "../../../electron/domain/council-votes";

const rules = (over: Partial<VoteRules> = {}): VoteRules => ({ ...defaultVoteRules, ...over });
const strictAward = rules({ awardQuorum: { numerator: 3, denominator: 4 } });

describe("minimumCount", () => {
  it("reaches a fraction exactly, without rounding 66,67%", () => {
    expect(minimumCount(9, { numerator: 2, denominator: 3 }, "at_least")).toBe(6);
    expect(minimumCount(10, { numerator: 2, denominator: 3 }, "at_least")).toBe(7);
    expect(minimumCount(3, { numerator: 2, denominator: 3 }, "at_least")).toBe(2);
    expect(minimumCount(0, { numerator: 2, denominator: 3 }, "at_least")).toBe(0);
  });
  it("goes strictly past the fraction for “more than”", () => {
    expect(minimumCount(8, { numerator: 1, denominator: 2 }, "more_than")).toBe(5);
    expect(minimumCount(9, { numerator: 1, denominator: 2 }, "more_than")).toBe(5);
    expect(minimumCount(1, { numerator: 1, denominator: 2 }, "more_than")).toBe(1);
    expect(minimumCount(10, { numerator: 7, denominator: 10 }, "more_than")).toBe(8);
    expect(minimumCount(10, { numerator: 7, denominator: 10 }, "at_least")).toBe(7);
  });
});

describe("checkQuorum", () => {
  it("needs two thirds of the members by default", () => {
    expect(checkQuorum(6, 9, "khac", defaultVoteRules)).toMatchObject({ met: true, required: 6 });
    const short = checkQuorum(5, 9, "khac", defaultVoteRules);
    expect(short).toMatchObject({ met: false, required: 6 });
    expect(short.message).toBe(
      "Không đủ số thành viên dự họp: có mặt 5/9, phiên họp cần ít nhất 6 thành viên (2/3 (66,67%)).",
    );
  });
  it("uses the stricter quorum for award sessions only", () => {
    expect(checkQuorum(6, 8, "khac", strictAward).met).toBe(true);
    const award = checkQuorum(5, 8, "xet_khen_thuong", strictAward);
    expect(award).toMatchObject({ met: false, required: 6 });
    expect(award.message).toContain("phiên xét khen thưởng cần ít nhất 6 thành viên (3/4 (75%))");
    expect(checkQuorum(6, 8, "xet_khen_thuong", strictAward).met).toBe(true);
  });
  it("refuses a council without members", () => {
    const q = checkQuorum(0, 0, "xet_khen_thuong", defaultVoteRules);
    expect(q.met).toBe(false);
    expect(q.message).toContain("chưa có thành viên");
  });
});

describe("votesNeeded and passRuleText", () => {
  it("defaults to more than half of the members present", () => {
    expect(votesNeeded(6, 9, defaultVoteRules)).toBe(4);
    expect(votesNeeded(7, 9, defaultVoteRules)).toBe(4);
    expect(passRuleText(defaultVoteRules)).toBe("Trên 1/2 (50%) số thành viên có mặt đồng ý");
  });
  it("can count the whole council and an “at least” threshold", () => {
    const r = rules({
      pass: { numerator: 7, denominator: 10, comparison: "at_least", base: "members" },
    });
    expect(votesNeeded(6, 9, r)).toBe(7);
    expect(passRuleText(r)).toBe("Từ 7/10 (70%) tổng số thành viên Hội đồng đồng ý trở lên");
  });
  it("never needs fewer than one vote", () => {
    expect(votesNeeded(0, 0, defaultVoteRules)).toBe(1);
  });
});

describe("voteProblem", () => {
  it("accepts 0 … present", () => {
    expect(voteProblem(0, 6)).toBeNull();
    expect(voteProblem(6, 6)).toBeNull();
  });
  it("refuses missing, negative, fractional, non-numeric and too many votes", () => {
    expect(voteProblem(null, 6)).toBe("Chưa nhập số phiếu đồng ý.");
    expect(voteProblem(undefined, 6)).toBe("Chưa nhập số phiếu đồng ý.");
    expect(voteProblem(-1, 6)).toBe("Số phiếu đồng ý không được âm.");
    expect(voteProblem(2.5, 6)).toBe("Số phiếu đồng ý phải là số nguyên.");
    expect(voteProblem("4", 6)).toBe("Số phiếu đồng ý phải là số.");
    expect(voteProblem(Number.NaN, 6)).toBe("Số phiếu đồng ý phải là số.");
    expect(voteProblem(7, 6)).toBe(
      "Số phiếu đồng ý (7) không được lớn hơn số thành viên có mặt (6).",
    );
  });
});

describe("percentText and fractionText", () => {
  it("writes a decimal comma and at most two decimals", () => {
    expect(percentText(4, 6)).toBe("66,67%");
    expect(percentText(6, 6)).toBe("100%");
    expect(percentText(0, 6)).toBe("0%");
    expect(percentText(1, 8)).toBe("12,5%");
    expect(percentText(0, 0)).toBe("");
    expect(fractionText({ numerator: 4, denominator: 5 })).toBe("4/5 (80%)");
  });
});

describe("itemOutcome", () => {
  it("passes at the threshold and fails one vote below", () => {
    expect(itemOutcome({ agree: 4, present: 6 }, 6, 9, defaultVoteRules)).toEqual({
      ok: true,
      passed: true,
      needed: 4,
    });
    expect(itemOutcome({ agree: 3, present: 6 }, 6, 9, defaultVoteRules)).toEqual({
      ok: true,
      passed: false,
      needed: 4,
    });
  });
  it("asks for the votes again when the attendance changed since they were entered", () => {
    const o = itemOutcome({ agree: 4, present: 6 }, 7, 9, defaultVoteRules);
    expect(o).toEqual({
      ok: false,
      message:
        "Số phiếu được nhập khi có 6 thành viên có mặt, nay danh sách có mặt là 7: hãy nhập lại.",
    });
  });
  it("reports votes not entered and impossible votes", () => {
    expect(itemOutcome({ agree: null, present: null }, 6, 9, defaultVoteRules)).toEqual({
      ok: false,
      message: "Chưa nhập số phiếu.",
    });
    expect(itemOutcome({ agree: 8, present: 6 }, 6, 9, defaultVoteRules).ok).toBe(false);
  });
});

describe("evaluateMeeting", () => {
  const items = [
    { label: "Nguyễn Văn An (Giấy khen)", agree: 5, present: 6 },
    { label: "Trần Thị Bình (Lao động tiên tiến)", agree: 2, present: 6 },
  ];
  it("has no problems when the quorum is met and every vote is in", () => {
    const ev = evaluateMeeting(
      { kind: "xet_khen_thuong", members: 9, present: 6, items },
      defaultVoteRules,
    );
    expect(ev.problems).toEqual([]);
    expect(ev.outcomes.map((o) => o.ok && o.passed)).toEqual([true, false]);
  });
  it("lists the missing quorum, the missing votes and an empty agenda", () => {
    const ev = evaluateMeeting(
      {
        kind: "xet_khen_thuong",
        members: 9,
        present: 5,
        items: [{ label: "Nguyễn Văn An (Giấy khen)", agree: null, present: null }],
      },
      defaultVoteRules,
    );
    expect(ev.problems).toEqual([
      "Không đủ số thành viên dự họp: có mặt 5/9, phiên xét khen thưởng cần ít nhất 6 thành viên (2/3 (66,67%)).",
      "Nguyễn Văn An (Giấy khen): Chưa nhập số phiếu.",
    ]);
    expect(
      evaluateMeeting({ kind: "khac", members: 3, present: 3, items: [] }, defaultVoteRules)
        .problems,
    ).toEqual(["Phiên họp chưa có đề nghị nào để biểu quyết."]);
  });
});

describe("ruleProblems", () => {
  it("accepts the defaults and a stricter award quorum", () => {
    expect(ruleProblems(defaultVoteRules)).toEqual([]);
    expect(ruleProblems(strictAward)).toEqual([]);
  });
  it("refuses impossible fractions", () => {
    expect(ruleProblems(rules({ quorum: { numerator: 4, denominator: 3 } }))).toEqual([
      "Tỷ lệ có mặt tối thiểu: tỷ lệ không được lớn hơn 100%.",
    ]);
    expect(ruleProblems(rules({ quorum: { numerator: 0, denominator: 3 } }))).toEqual([
      "Tỷ lệ có mặt tối thiểu: tử số phải lớn hơn 0.",
    ]);
    expect(ruleProblems(rules({ quorum: { numerator: 1, denominator: 0 } }))).toEqual([
      "Tỷ lệ có mặt tối thiểu: mẫu số phải từ 1 đến 100.",
    ]);
    expect(ruleProblems(rules({ quorum: { numerator: 1.5, denominator: 3 } }))).toEqual([
      "Tỷ lệ có mặt tối thiểu: tử số và mẫu số phải là số nguyên.",
    ]);
  });
  it("refuses an award quorum laxer than the general one, and “more than 100%”", () => {
    expect(ruleProblems(rules({ awardQuorum: { numerator: 1, denominator: 2 } }))).toEqual([
      "Tỷ lệ có mặt tối thiểu của phiên xét khen thưởng không được thấp hơn tỷ lệ chung của Hội đồng.",
    ]);
    expect(
      ruleProblems(
        rules({ pass: { numerator: 1, denominator: 1, comparison: "more_than", base: "present" } }),
      ),
    ).toEqual(["Không thể yêu cầu “trên 100%” số phiếu đồng ý."]);
  });
});
