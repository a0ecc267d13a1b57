import { describe, expect, it } from "vitest";
import {
  decodeColumn,
  fixLegacyEncoding,
  invalidSyllables,
  tcvn3ToUnicode,
  vniToUnicode,
} from "../../../electron/domain/legacy-encoding";

/** The bytes a TCVN3 (.VnTime) document stores, as a spreadsheet reads them (Windows-1252). */
const tcvn3Bytes = (...bytes: number[]) => Buffer.from(bytes).toString("latin1");

describe("TCVN3", () => {
  it("maps the font's bytes to Unicode letters", () => {
    // "Đặng" = 0xA7 0xC6 n g; "Hồng" = H 0xE5 n g; "ư" = 0xAD; "ờ" = 0xEA.
    expect(tcvn3ToUnicode(tcvn3Bytes(0xa7, 0xc6, 0x6e, 0x67))).toBe("Đặng");
    expect(tcvn3ToUnicode(tcvn3Bytes(0x48, 0xe5, 0x6e, 0x67))).toBe("Hồng");
    expect(tcvn3ToUnicode(`Tr${tcvn3Bytes(0xad, 0xea)}ng`)).toBe("Trường");
    expect(tcvn3ToUnicode("NguyÔn V¨n §øc")).toBe("Nguyễn Văn Đức");
  });
  it("is detected in a cell and converted", () => {
    expect(fixLegacyEncoding("Lª ThÞ Thuû")).toEqual({ text: "Lê Thị Thuỷ", encoding: "tcvn3" });
    expect(fixLegacyEncoding("Hå ChÝ Minh")).toEqual({ text: "Hồ Chí Minh", encoding: "tcvn3" });
    expect(fixLegacyEncoding("§Æng ThÞ Hång").text).toBe("Đặng Thị Hồng");
  });
});

describe("VNI Windows", () => {
  it("joins a vowel and its mark characters", () => {
    expect(vniToUnicode("Nguyeãn Vaên Ñöùc")).toBe("Nguyễn Văn Đức");
    expect(vniToUnicode("Tröôøng THCS Thaïnh Phuù")).toBe("Trường THCS Thạnh Phú");
    expect(vniToUnicode("NGUYEÃN VAÊN ÑÖÙC")).toBe("NGUYỄN VĂN ĐỨC");
  });
  it("is detected in a cell and converted", () => {
    expect(fixLegacyEncoding("Leâ Thò Thuûy")).toEqual({ text: "Lê Thị Thủy", encoding: "vni" });
    expect(fixLegacyEncoding("Ñaëng Thò Hoàng")).toEqual({
      text: "Đặng Thị Hồng",
      encoding: "vni",
    });
  });
});

describe("Unicode text", () => {
  it("is left alone (only normalised to NFC)", () => {
    for (const s of [
      "Nguyễn Thị Hoà",
      "Phạm Thị Thuỷ",
      "Trường Tiểu học Lê Quý Đôn",
      "Xã Thạnh Phú",
      "café",
      "Hoà Bình",
    ])
      expect(fixLegacyEncoding(s)).toEqual({ text: s, encoding: null });
    expect(fixLegacyEncoding("Nguyễn".normalize("NFD"))).toEqual({
      text: "Nguyễn",
      encoding: null,
    });
  });
  it("counts impossible syllables", () => {
    expect(invalidSyllables("Nguyễn Văn Đức")).toBe(0);
    expect(invalidSyllables("Thuỷy Leõ")).toBe(1);
  });
});

describe("decodeColumn", () => {
  it("decides short cells by their column: TCVN3 Có/Không, QĐ; VNI Không", () => {
    expect(decodeColumn([{ text: "Cã" }, { text: "Kh«ng" }, { text: "Cã" }])).toEqual({
      texts: ["Có", "Không", "Có"],
      converted: 3,
    });
    expect(decodeColumn([{ text: "Q§" }, { text: "Q§-UBND" }]).texts).toEqual(["QĐ", "QĐ-UBND"]);
    expect(decodeColumn([{ text: "Khoâng" }, { text: "Coù" }]).texts).toEqual(["Không", "Có"]);
  });

  it("leaves a Unicode column alone and follows a cell's font", () => {
    expect(decodeColumn([{ text: "Có" }, { text: "Không" }])).toEqual({
      texts: ["Có", "Không"],
      converted: 0,
    });
    expect(decodeColumn([{ text: "Cã", font: ".VnTime" }]).texts).toEqual(["Có"]);
    expect(decodeColumn([{ text: "Coù", font: "VNI-Times" }]).texts).toEqual(["Có"]);
  });

  it("decodes a mixed column cell by cell", () => {
    expect(decodeColumn([{ text: "Công chức" }, { text: "Lª ThÞ Thuû" }]).texts).toEqual([
      "Công chức",
      "Lê Thị Thuỷ",
    ]);
  });
});
