import { describe, expect, it } from "vitest";
import { foldKey, vietnameseSortKey, vietnameseTitleKey } from "../../../db/queries/name-keys";
import { compareVietnameseNames, foldForSearch } from "../../../electron/domain/vietnamese";

const byKey = (names: string[]) =>
  [...names].sort((a, b) => (vietnameseSortKey(a) < vietnameseSortKey(b) ? -1 : 1));

describe("vietnameseSortKey", () => {
  it("orders by given name, then family and middle names", () => {
    expect(byKey(["Nguyễn Văn Bình", "Trần Thị An", "Lê Anh", "Phạm An"])).toEqual([
      "Phạm An",
      "Trần Thị An",
      "Lê Anh",
      "Nguyễn Văn Bình",
    ]);
  });
  it("puts ă, â after a, đ after d, ô before ơ, ư after u", () => {
    expect(byKey(["X Ấn", "X Ăn", "X An", "X Bá"])).toEqual(["X An", "X Ăn", "X Ấn", "X Bá"]);
    expect(byKey(["X Đông", "X Dung", "X Em"])).toEqual(["X Dung", "X Đông", "X Em"]);
    expect(byKey(["X Ơn", "X Ôn", "X On"])).toEqual(["X On", "X Ôn", "X Ơn"]);
    expect(byKey(["X Ưng", "X Ung", "X Vân"])).toEqual(["X Ung", "X Ưng", "X Vân"]);
  });
  it("agrees with compareVietnameseNames on a mixed list", () => {
    const names = [
      "Đặng Thị Lan",
      "Nguyễn Văn Đức",
      "Lê Thị Ánh",
      "Phạm Minh Anh",
      "Trần Văn An",
      "Bùi Thu Hà",
      "Hà Văn Hải",
      "Võ Thị Lân",
      "Ngô Ðình Dũng",
    ];
    expect(byKey(names)).toEqual([...names].sort(compareVietnameseNames));
  });
  it("title keys compare word by word", () => {
    expect(vietnameseTitleKey("Xã An Phước") < vietnameseTitleKey("Xã Đồng Nai")).toBe(true);
  });
  it("folds exactly as foldForSearch", () => {
    for (const s of [
      "Nguyễn Văn Đức",
      "ĐẶNG  THỊ  Hoà",
      "Trường THCS Lê Quý Đôn",
      "Ấp 1, Thạnh Phú",
      "Nguyễn".normalize("NFD"),
      " a\tb ",
    ])
      expect(foldKey(s)).toBe(foldForSearch(s));
  });
});
