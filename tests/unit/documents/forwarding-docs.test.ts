import { describe, expect, it } from "vitest";
import {
  countText,
  defaultKinhGui,
  formName,
  forwardRows,
  receivedTable,
  type ForwardLine,
} from "../../../electron/documents/forwarding-docs";

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
  it("lists titles then award forms, oldest first, with the decision and issuer", () => {
    const t = receivedTable([
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
    ]);
    expect(t.rows).toEqual([
      ["1", "", "DANH HIỆU THI ĐUA", "", ""],
      ["1.1", "2022", "Lao động tiên tiến", "ngày 10/01/2023", ""],
      ["1.2", "2024", "Chiến sĩ thi đua cơ sở", "40/QĐ-UBND", "Chủ tịch UBND huyện"],
      ["2", "", "HÌNH THỨC KHEN THƯỞNG", "", ""],
      ["2.1", "2023", "Giấy khen", "12/QĐ-UBND ngày 15/01/2024", "Chủ tịch UBND huyện"],
    ]);
  });

  it("says “Không có” under an empty part", () => {
    expect(receivedTable([]).rows).toEqual([
      ["1", "", "DANH HIỆU THI ĐUA", "", ""],
      ["", "", "Không có", "", ""],
      ["2", "", "HÌNH THỨC KHEN THƯỞNG", "", ""],
      ["", "", "Không có", "", ""],
    ]);
  });
});
