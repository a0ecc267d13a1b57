import { describe, expect, it } from "vitest";
import { sameSpelling } from "../../../electron/contract/text";
import { mergeUpdate } from "../../../electron/exchange/update-merge";

describe("sameSpelling", () => {
  it("ignores where the tone mark sits and how the letters are encoded", () => {
    expect(sameSpelling("Xã Phú Hòa", "Xã Phú Hoà")).toBe(true);
    expect(sameSpelling("Thủy", "Thuỷ")).toBe(true);
    expect(sameSpelling("khỏe", "khoẻ")).toBe(true);
    expect(sameSpelling("Nguyễn".normalize("NFD"), "Nguyễn")).toBe(true);
  });
  it("sees a different tone, letter, case or word as a change", () => {
    expect(sameSpelling("Phú Hòa", "Phú Hoa")).toBe(false);
    expect(sameSpelling("Hòa", "Hóa")).toBe(false);
    expect(sameSpelling("hòa", "Hòa")).toBe(false);
    expect(sameSpelling("Phú Hòa", "Phú Hòa Đông")).toBe(false);
  });
});

describe("mergeUpdate", () => {
  const current = { position: "Chuyên viên", phone: "0912345678", isLeader: true, name: "Hòa" };
  const labels = { position: "Chức vụ", phone: "Điện thoại", isLeader: "Lãnh đạo", name: "Tên" };

  it("keeps what a blank cell leaves out and a tone-placement variant", () => {
    const r = mergeUpdate(
      current,
      { position: "", phone: "", isLeader: null, name: "Hoà" },
      labels,
    );
    expect(r.values).toEqual(current);
    expect(r.changes).toEqual([]);
  });

  it("writes and lists every real change, old → new", () => {
    const r = mergeUpdate(
      current,
      { position: "Trưởng phòng", phone: "0912345678", isLeader: false, name: "Hoa" },
      labels,
      (f, v) => (f === "isLeader" ? (v ? "Có" : "Không") : String(v)),
    );
    expect(r.values).toEqual({
      position: "Trưởng phòng",
      phone: "0912345678",
      isLeader: false,
      name: "Hoa",
    });
    expect(r.changes).toEqual([
      { field: "Chức vụ", from: "Chuyên viên", to: "Trưởng phòng" },
      { field: "Lãnh đạo", from: "Có", to: "Không" },
      { field: "Tên", from: "Hòa", to: "Hoa" },
    ]);
  });
});
