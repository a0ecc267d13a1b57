// Files the officer downloads are named as an officer would name them (#13 item 13).
import { describe, expect, it } from "vitest";
import { documentFileName, readableFileName } from "../../../electron/contract";

describe("download names", () => {
  it("keeps the words and their spaces, drops tone marks and what file systems refuse", () => {
    expect(readableFileName("Kế hoạch số 01/KH-PNV: “Đợt thi đua”")).toBe(
      "Ke hoach so 01-KH-PNV - Dot thi dua",
    );
    expect(readableFileName("Tờ trình – đề nghị khen thưởng")).toBe(
      "To trinh - de nghi khen thuong",
    );
    expect(readableFileName("  ...  ")).toBe("tep");
    const long = readableFileName("Báo cáo ".repeat(30), "tep", 40);
    expect(long.length).toBeLessThanOrEqual(40);
    expect(long).toMatch(/^Bao cao( Bao cao)*$/);
  });

  it("names a register document by kind, trích yếu and number; a draft as “Du thao”", () => {
    const plan = {
      templateId: "ke-hoach" as const,
      summary: "Công tác thi đua, khen thưởng năm 2026",
      number: "01/KH-PNV",
      state: "da_ban_hanh" as const,
    };
    expect(documentFileName(plan, "docx")).toBe("Ke hoach cong tac TDKT nam 2026 - 01-KH-PNV.docx");
    expect(documentFileName({ ...plan, state: "du_thao", number: "…/KH-PNV" }, ".pdf")).toBe(
      "Ke hoach cong tac TDKT nam 2026 - Du thao.pdf",
    );
    expect(
      documentFileName(
        {
          templateId: "bao-cao-thanh-tich-ca-nhan",
          summary: "Báo cáo thành tích đề nghị tặng Bằng khen: Nguyễn Văn An",
          number: "",
          state: "du_thao",
        },
        "docx",
      ),
    ).toBe("Bao cao thanh tich de nghi tang Bang khen - Nguyen Van An - Du thao.docx");
    expect(
      documentFileName(
        {
          templateId: "to-trinh",
          summary: "UBND xã đề nghị tặng Giấy khen",
          number: "12/TTr-UBND",
          state: "da_ban_hanh",
        },
        "docx",
      ),
    ).toBe("To trinh UBND xa de nghi tang Giay khen - 12-TTr-UBND.docx");
  });
});
