import { describe, expect, it } from "vitest";
import {
  countText,
  defaultKinhGui,
  formName,
  forwardRows,
  personReportFillData,
  receivedTables,
  type ForwardLine,
  type PersonReportFacts,
} from "../../../electron/documents/forwarding-docs";
import type { Profile } from "../../../electron/contract";

const profile: Profile = {
  preset: "phong_noi_vu_huyen",
  level: "huyen",
  parentBody: "Ủy ban nhân dân huyện Vĩnh Cửu",
  issuingBody: "Phòng Nội vụ",
  abbreviation: "PNV",
  parentAbbreviation: "UBND",
  placeName: "Vĩnh Cửu",
  councilName: "Hội đồng Thi đua - Khen thưởng huyện Vĩnh Cửu",
  councilAbbreviation: "HĐTĐKT",
};

const line = (nomineeName: string, awardName: string, kind: ForwardLine["nomineeKind"]) => ({
  nomineeKind: kind,
  nomineeName,
  position: kind === "ca_nhan" ? "Giáo viên" : "",
  unitName: "Trường Tiểu học Bình Lư",
  awardName,
});

describe("upward Tờ trình", () => {
  it("names the form without the recipient kind", () => {
    expect(formName("Bằng khen của Chủ tịch UBND tỉnh (tập thể)")).toBe(
      "Bằng khen của Chủ tịch UBND tỉnh",
    );
    expect(formName("Chiến sĩ thi đua cấp tỉnh")).toBe("Chiến sĩ thi đua cấp tỉnh");
  });

  it("proposes the upper council from the office's level", () => {
    expect(defaultKinhGui("huyen")).toBe("Hội đồng Thi đua - Khen thưởng tỉnh (qua Sở Nội vụ)");
    expect(defaultKinhGui("xa")).toBe(defaultKinhGui("huyen"));
    expect(defaultKinhGui("tinh")).toContain("Trung ương");
    expect(defaultKinhGui("co_quan")).toBe("Hội đồng Thi đua - Khen thưởng cấp trên");
  });

  it("groups the nominees by form, in the order the forms first appear, numbering each group", () => {
    const lines = [
      line("An", "Chiến sĩ thi đua cấp tỉnh", "ca_nhan"),
      line("Trường A", "Bằng khen của Chủ tịch UBND tỉnh (tập thể)", "tap_the"),
      line("Bình", "Chiến sĩ thi đua cấp tỉnh", "ca_nhan"),
    ];
    expect(countText(lines)).toBe("01 tập thể, 02 cá nhân");
    expect(forwardRows(lines).map((r) => r.slice(0, 2))).toEqual([
      ["I", "CHIẾN SĨ THI ĐUA CẤP TỈNH: 02"],
      ["1", "An"],
      ["2", "Bình"],
      ["II", "BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH: 01"],
      ["1", "Trường A"],
    ]);
  });

  it("puts the individual and collective versions of a form in one group", () => {
    const lines = [
      line("An", "Bằng khen của Chủ tịch UBND tỉnh (cá nhân)", "ca_nhan"),
      line("Trường A", "Bằng khen của Chủ tịch UBND tỉnh (tập thể)", "tap_the"),
    ];
    expect(forwardRows(lines)).toEqual([
      ["I", "BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH: 02", "", "", ""],
      ["1", "An", "Giáo viên", "Trường Tiểu học Bình Lư", "Bằng khen của Chủ tịch UBND tỉnh"],
      ["2", "Trường A", "", "Trường Tiểu học Bình Lư", "Bằng khen của Chủ tịch UBND tỉnh"],
    ]);
  });
});

describe("section III of the Báo cáo thành tích", () => {
  it("is the form's two tables: titles, then award forms, oldest first, with decision and issuer", () => {
    const [titles, forms] = receivedTables([
      {
        year: 2023,
        awardName: "Giấy khen (cá nhân)",
        awardKind: "hinh_thuc",
        decisionNumber: "12/QĐ-UBND",
        decisionDate: "2024-01-15",
        issuer: "Chủ tịch UBND huyện",
      },
      {
        year: 2024,
        awardName: "Chiến sĩ thi đua cơ sở",
        awardKind: "danh_hieu",
        decisionNumber: "40/QĐ-UBND",
        decisionDate: null,
        issuer: "Chủ tịch UBND huyện",
      },
      {
        year: 2022,
        awardName: "Lao động tiên tiến",
        awardKind: "danh_hieu",
        decisionNumber: "",
        decisionDate: "2023-01-10",
        issuer: "",
      },
      {
        year: 2021,
        awardName: "Bằng khen cũ",
        awardKind: "",
        decisionNumber: "",
        decisionDate: null,
        issuer: "UBND tỉnh",
      },
    ]);
    expect(titles!.caption).toBe("1. Danh hiệu thi đua");
    expect(titles!.columns.map((c) => c.title)).toEqual([
      "Năm",
      "Danh hiệu thi đua",
      "Số, ngày, tháng, năm của quyết định công nhận danh hiệu thi đua; cơ quan ban hành quyết định",
    ]);
    expect(titles!.rows).toEqual([
      ["2022", "Lao động tiên tiến", "Quyết định ngày 10/01/2023"],
      ["2024", "Chiến sĩ thi đua cơ sở", "Quyết định số 40/QĐ-UBND của Chủ tịch UBND huyện"],
    ]);
    expect(forms!.caption).toBe("2. Hình thức khen thưởng");
    expect(forms!.columns.map((c) => c.title)).toEqual([
      "Năm",
      "Hình thức khen thưởng",
      "Số, ngày, tháng, năm của quyết định khen thưởng; cơ quan ban hành quyết định",
    ]);
    // A code that left the catalogue is listed with the award forms.
    expect(forms!.rows).toEqual([
      ["2021", "Bằng khen cũ", "UBND tỉnh"],
      ["2023", "Giấy khen", "Quyết định số 12/QĐ-UBND ngày 15/01/2024 của Chủ tịch UBND huyện"],
    ]);
  });

  it("says “Không có” in an empty table", () => {
    expect(receivedTables([]).map((t) => t.rows)).toEqual([
      [["", "Không có", ""]],
      [["", "Không có", ""]],
    ]);
  });
});

describe("the person's Báo cáo thành tích", () => {
  const facts: PersonReportFacts = {
    docDate: "2025-03-18",
    awardName: "Chiến sĩ thi đua cấp tỉnh",
    summary: "Ba năm liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở.",
    ratings: [
      { year: 2024, rating: "htxs" },
      { year: 2023, rating: "ht_tot" },
    ],
    awards: [],
    upperName: "UBND huyện Vĩnh Cửu",
    upperHeadName: "",
    fullName: "Nguyễn Văn An",
    gender: "nam",
    birthDate: "1974-05-02",
    birthYear: 1974,
    position: "Chủ tịch UBND xã",
    hometown: "Xã Thạnh Phú, tỉnh Đồng Nai",
    residence: "Ấp 2, xã Thạnh Phú",
    education: "Cử nhân Luật",
    unitName: "UBND xã Thạnh Phú",
    unitHeadName: "",
    initiatives: [{ year: 2024, title: "Một cửa điện tử", decisionNumber: "5/QĐ-UBND" }],
  };

  it("prints quê quán, trú quán and trình độ from the directory, a dotted line when not known", () => {
    const filled = personReportFillData(facts, profile);
    expect(filled).toMatchObject({
      que_quan: "Xã Thạnh Phú, tỉnh Đồng Nai",
      noi_o: "Ấp 2, xã Thạnh Phú",
      trinh_do: "Cử nhân Luật",
    });
    const unknown = personReportFillData(
      { ...facts, hometown: "", residence: " ", education: "" },
      profile,
    );
    for (const key of ["que_quan", "noi_o", "trinh_do"]) expect(unknown[key]).toMatch(/^…+$/);
  });

  it("writes section II as the form's two parts", () => {
    expect(personReportFillData(facts, profile).thanh_tich).toEqual([
      "1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận",
      "(Cá nhân bổ sung quyền hạn, nhiệm vụ được giao hoặc đảm nhận.)",
      "2. Thành tích đạt được",
      "Ba năm liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở.",
      "Kết quả đánh giá, xếp loại những năm gần đây:",
      "- Năm 2023: Hoàn thành tốt nhiệm vụ;",
      "- Năm 2024: Hoàn thành xuất sắc nhiệm vụ.",
      "Sáng kiến, đề tài được công nhận:",
      "- Năm 2024: Một cửa điện tử (Quyết định số 5/QĐ-UBND).",
    ]);
  });
});
