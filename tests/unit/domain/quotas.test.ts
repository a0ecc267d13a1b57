import { describe, expect, it } from "vitest";
import {
  overQuota,
  quotaForUnit,
  quotaLineProblems,
  type QuotaLine,
} from "../../../electron/domain/quotas";

// Seed 004, Giấy khen cá nhân: each commune 02; each agency 01; Trung tâm Y tế 05, Công an 04.
const lines: QuotaLine[] = [
  { scope: "moi_don_vi", quota: 1 },
  { scope: "loai_don_vi", unitKind: "xa_thi_tran", quota: 2 },
  { scope: "don_vi", unitId: "ttyt", quota: 5 },
  { scope: "don_vi", unitId: "ca", quota: 4 },
];

describe("movement quotas", () => {
  it("applies the most specific line: the unit, then its kind, then every unit", () => {
    expect(quotaForUnit(lines, { id: "ttyt", kind: "nganh_doc" })).toBe(5);
    expect(quotaForUnit(lines, { id: "xa1", kind: "xa_thi_tran" })).toBe(2);
    expect(quotaForUnit(lines, { id: "pgd", kind: "co_quan_chuyen_mon" })).toBe(1);
    expect(
      quotaForUnit([{ scope: "loai_don_vi", unitKind: "xa_thi_tran", quota: 3 }], {
        id: "pgd",
        kind: "co_quan_chuyen_mon",
      }),
    ).toBeNull();
  });

  it("finds the units that propose more than their quota", () => {
    const proposed = [
      { unit: { id: "ttyt", kind: "nganh_doc" }, count: 5 },
      { unit: { id: "xa1", kind: "xa_thi_tran" }, count: 3 },
      { unit: { id: "pgd", kind: "co_quan_chuyen_mon" }, count: 1 },
    ];
    expect(overQuota(lines, proposed)).toEqual([{ unitId: "xa1", count: 3, quota: 2 }]);
  });

  it("refuses duplicated lines and quotas below one", () => {
    const labels = {
      unitKind: (k: string) => (k === "xa_thi_tran" ? "Xã, thị trấn" : k),
      unit: (id: string) => (id === "ttyt" ? "Trung tâm Y tế" : id),
    };
    expect(quotaLineProblems(lines, labels)).toEqual([]);
    expect(
      quotaLineProblems(
        [
          ...lines,
          { scope: "loai_don_vi", unitKind: "xa_thi_tran", quota: 0 },
          { scope: "don_vi", unitId: "ttyt", quota: 2 },
        ],
        labels,
      ),
    ).toEqual([
      "Chỉ tiêu cho mỗi xã, thị trấn được nhập hai lần.",
      "Chỉ tiêu cho mỗi xã, thị trấn phải là số nguyên từ 1 trở lên.",
      "Chỉ tiêu cho Trung tâm Y tế được nhập hai lần.",
    ]);
  });
});
