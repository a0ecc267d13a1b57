import { describe, expect, it } from "vitest";
import { catalogueMatches, readRating } from "../../../electron/exchange/aliases";

const catalogue = [
  { code: "LDTT", name: "Lao động tiên tiến" },
  { code: "CSTDCS", name: "Chiến sĩ thi đua cơ sở" },
  { code: "GK_CN", name: "Giấy khen (cá nhân)" },
  { code: "GK_TT", name: "Giấy khen (tập thể)" },
];
const codes = (text: string) => catalogueMatches(text, catalogue).map((c) => c.code);

describe("one alias table for every import", () => {
  it("reads codes as officers write them, with Vietnamese letters or separators", () => {
    expect(codes("LĐTT")).toEqual(["LDTT"]);
    expect(codes("ldtt")).toEqual(["LDTT"]);
    expect(codes("CSTĐ-CS")).toEqual(["CSTDCS"]);
    expect(codes("GK_CN")).toEqual(["GK_CN"]);
  });

  it("reads names with 'sỹ', a 'danh hiệu' prefix, quotes, or without the bracketed recipient", () => {
    expect(codes("Chiến sỹ thi đua cơ sở")).toEqual(["CSTDCS"]);
    expect(codes("Danh hiệu “Lao động tiên tiến”")).toEqual(["LDTT"]);
    expect(codes("lao dong tien tien")).toEqual(["LDTT"]);
    expect(codes("Giấy khen")).toEqual(["GK_CN", "GK_TT"]);
    expect(codes("Bằng khen")).toEqual([]);
    expect(codes("  ")).toEqual([]);
  });

  it("reads ratings by label, with or without 'nhiệm vụ', code or abbreviation", () => {
    expect(readRating("HTXSNV")).toBe("htxs");
    expect(readRating("Hoàn thành xuất sắc nhiệm vụ")).toBe("htxs");
    expect(readRating("hoàn thành tốt")).toBe("ht_tot");
    expect(readRating("HTNV")).toBe("ht");
    expect(readRating("ht_tot")).toBe("ht_tot");
    expect(readRating("Không hoàn thành nhiệm vụ")).toBe("kht");
    expect(readRating("giỏi")).toBeNull();
    expect(readRating("")).toBeNull();
  });
});
