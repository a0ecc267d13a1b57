import { describe, expect, it } from "vitest";
import {
  compareVietnameseNames,
  foldForSearch,
  formatDate,
  formatDateLine,
  formatNumber,
  isoDateOf,
  matchesSearch,
  upperVi,
} from "../../../electron/domain/vietnamese";

describe("search keys", () => {
  it("drop tone marks, lower the case and turn đ into d", () => {
    expect(foldForSearch("Nguyễn Văn Đức")).toBe("nguyen van duc");
    expect(foldForSearch("ĐẶNG THỊ ÁNH")).toBe("dang thi anh");
    expect(foldForSearch("Chiến sĩ thi đua cơ sở")).toBe("chien si thi dua co so");
  });

  it("fold decomposed (NFD) text the same as composed (NFC) text", () => {
    const nfd = "Nguyễn Văn Đức".normalize("NFD");
    expect(nfd).not.toBe("Nguyễn Văn Đức");
    expect(foldForSearch(nfd)).toBe("nguyen van duc");
  });

  it("collapse runs of white space and trim the ends", () => {
    expect(foldForSearch("  Lê \t Thị\n\nHà  ")).toBe("le thi ha");
  });

  it("find a name typed without tone marks", () => {
    expect(matchesSearch("Nguyễn Văn Đức", "nguyen van duc")).toBe(true);
    expect(matchesSearch("Đặng Quốc Bảo", "dang")).toBe(true);
    expect(matchesSearch("Đặng Quốc Bảo", "DANG quoc")).toBe(true);
  });

  it("find a name whatever the case and normalisation of the query", () => {
    expect(matchesSearch("Nguyễn Văn Đức", "NGUYỄN VĂN ĐỨC")).toBe(true);
    expect(matchesSearch("Nguyễn Văn Đức", "Nguyễn Văn Đức".normalize("NFD"))).toBe(true);
    expect(matchesSearch("Nguyễn Văn Đức".normalize("NFD"), "đức")).toBe(true);
  });

  it("need every word of the query, in any order", () => {
    expect(matchesSearch("Nguyễn Văn Đức", "duc nguyen")).toBe(true);
    expect(matchesSearch("Nguyễn Văn Đức", "nguyen van binh")).toBe(false);
    expect(matchesSearch("Nguyễn Văn Đức", "duc tran")).toBe(false);
  });

  it("match nothing for an empty query", () => {
    expect(matchesSearch("Nguyễn Văn Đức", "")).toBe(false);
    expect(matchesSearch("Nguyễn Văn Đức", "   ")).toBe(false);
  });

  it("does not match a different name", () => {
    expect(matchesSearch("Trần Thị Bình", "dang")).toBe(false);
  });
});

describe("sorting names", () => {
  const sorted = (names: string[]) => [...names].sort(compareVietnameseNames);

  it("sorts by the given name (the last word) before the family name", () => {
    expect(sorted(["Trần Thị Bình", "Nguyễn Văn An"])).toEqual(["Nguyễn Văn An", "Trần Thị Bình"]);
    // Family name "Trần" comes after "Lê", but the given name decides first.
    expect(sorted(["Lê Văn Bình", "Trần Văn An"])).toEqual(["Trần Văn An", "Lê Văn Bình"]);
  });

  it("then by the rest of the name, from the family name on", () => {
    expect(sorted(["Trần Văn An", "Nguyễn Văn An", "Lê Thị An"])).toEqual([
      "Lê Thị An",
      "Nguyễn Văn An",
      "Trần Văn An",
    ]);
  });

  it("uses the Vietnamese alphabet: An < Ánh < Bình, and đ after d, ơ after ô, ư after u", () => {
    expect(sorted(["Phạm Văn Bình", "Lê Thị Ánh", "Trần Văn An"])).toEqual([
      "Trần Văn An",
      "Lê Thị Ánh",
      "Phạm Văn Bình",
    ]);
    expect(sorted(["Bùi Văn Đức", "Lê Văn Dũng"])).toEqual(["Lê Văn Dũng", "Bùi Văn Đức"]);
    expect(sorted(["Võ Văn Ơn", "Võ Văn Ông"])).toEqual(["Võ Văn Ông", "Võ Văn Ơn"]);
    expect(sorted(["Hồ Thị Ưng", "Hồ Thị Uyên"])).toEqual(["Hồ Thị Uyên", "Hồ Thị Ưng"]);
    expect(sorted(["Ngô Thị Ân", "Ngô Thị Anh"])).toEqual(["Ngô Thị Anh", "Ngô Thị Ân"]);
  });

  it("orders names that differ only by a tone mark, whatever the input order", () => {
    const names = ["Nguyễn Thị Ánh", "Nguyễn Thị Anh", "Nguyễn Thị Ảnh"];
    expect(sorted(names)).toEqual(["Nguyễn Thị Anh", "Nguyễn Thị Ảnh", "Nguyễn Thị Ánh"]);
    expect(sorted([...names].reverse())).toEqual(sorted(names));
    expect(compareVietnameseNames("Nguyễn Thị Anh", "Nguyễn Thị Ánh")).toBeLessThan(0);
  });

  it("treats decomposed input and extra spaces like the composed name", () => {
    expect(compareVietnameseNames(" Nguyễn  Văn Đức ".normalize("NFD"), "Nguyễn Văn Đức")).toBe(0);
  });
});

describe("date line of a document (Nghị định 30/2020)", () => {
  it("pads days below 10 and the months January and February", () => {
    expect(formatDateLine("2025-02-05")).toBe("ngày 05 tháng 02 năm 2025");
    expect(formatDateLine("2025-01-09")).toBe("ngày 09 tháng 01 năm 2025");
    expect(formatDateLine("2025-12-01")).toBe("ngày 01 tháng 12 năm 2025");
  });

  it("does not pad days from 10 or months from March", () => {
    expect(formatDateLine("2025-03-15")).toBe("ngày 15 tháng 3 năm 2025");
    expect(formatDateLine("2025-09-10")).toBe("ngày 10 tháng 9 năm 2025");
    expect(formatDateLine("2025-10-31")).toBe("ngày 31 tháng 10 năm 2025");
  });
});

describe("dates and numbers on screen", () => {
  it("shows dates as dd/mm/yyyy", () => {
    expect(formatDate("2025-02-05")).toBe("05/02/2025");
  });

  it("turns an instant into the local calendar day", () => {
    expect(isoDateOf(new Date(2025, 0, 5, 23, 59).getTime())).toBe("2025-01-05");
    expect(isoDateOf(new Date(2024, 11, 31, 0, 0).getTime())).toBe("2024-12-31");
  });

  it("groups thousands with dots and writes decimals with a comma", () => {
    expect(formatNumber(1_500_000)).toBe("1.500.000");
    expect(formatNumber(2_340_000)).toBe("2.340.000");
    expect(formatNumber(999)).toBe("999");
    expect(formatNumber(1000)).toBe("1.000");
    expect(formatNumber(0)).toBe("0");
    expect(formatNumber(0.3)).toBe("0,3");
    expect(formatNumber(1234.5)).toBe("1.234,5");
    expect(formatNumber(-10_000_000)).toBe("-10.000.000");
  });
});

describe("capitals for headers", () => {
  it("upper-cases Vietnamese letters with their marks", () => {
    expect(upperVi("Ủy ban nhân dân huyện Vĩnh Cửu")).toBe("ỦY BAN NHÂN DÂN HUYỆN VĨNH CỬU");
    expect(upperVi("Phòng Nội vụ".normalize("NFD"))).toBe("PHÒNG NỘI VỤ");
  });
});
