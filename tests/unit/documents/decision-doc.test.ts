import { describe, expect, it } from "vitest";
import { signatureLines } from "../../../electron/contract/format";
import { chairmanSigner } from "../../../electron/documents/issuing-body";
import {
  decisionSummary,
  conferrerName,
  dieu2,
  positionUnit,
  recipientTable,
} from "../../../electron/documents/decision-doc";

const line = (extra: Record<string, unknown> = {}) => ({
  lineNo: 1,
  recipientKind: "ca_nhan" as const,
  name: "Nguyễn Văn An",
  position: "Kế toán",
  unitName: "UBND xã Bình Lư",
  awardCode: "GK_CN",
  awardName: "Giấy khen (cá nhân)",
  money: 710_000,
  moneyNote: "",
  ...extra,
});
const kinds = { GK_CN: "hinh_thuc", GK_TT: "hinh_thuc", LDTT: "danh_hieu" };

describe("Điều 2", () => {
  it("names the amount per kind and form when they are all the same, then the total and fund", () => {
    expect(
      dieu2(
        [
          line(),
          line({ lineNo: 2 }),
          line({
            recipientKind: "tap_the",
            awardCode: "GK_TT",
            awardName: "Giấy khen (tập thể)",
            money: 1_410_000,
          }),
        ],
        "Quỹ thi đua, khen thưởng huyện.",
        kinds,
      ),
    ).toBe(
      "Mỗi cá nhân được tặng Giấy khen kèm theo tiền thưởng 710.000 đồng; mỗi tập thể được tặng Giấy khen kèm theo tiền thưởng 1.410.000 đồng. Tổng số tiền thưởng: 2.830.000 đồng (Bằng chữ: Hai triệu tám trăm ba mươi nghìn đồng). Nguồn kinh phí: Quỹ thi đua, khen thưởng huyện.",
    );
  });

  it("refers to the list when amounts differ, and counts the lines paid under a higher title", () => {
    const text = dieu2(
      [
        line({ awardCode: "LDTT", awardName: "Lao động tiên tiến" }),
        line({ awardCode: "LDTT", awardName: "Lao động tiên tiến", money: 760_000 }),
        line({
          awardCode: "LDTT",
          awardName: "Lao động tiên tiến",
          money: 0,
          moneyNote: "Đã có danh hiệu cao hơn",
        }),
      ],
      "",
      kinds,
    );
    expect(text).toBe(
      "Tiền thưởng của từng tập thể, cá nhân theo danh sách kèm theo. 01 trường hợp không nhận tiền thưởng theo hình thức này (đã nhận tiền thưởng của danh hiệu cao hơn cùng năm), ghi rõ trong danh sách kèm theo. Tổng số tiền thưởng: 1.470.000 đồng (Bằng chữ: Một triệu bốn trăm bảy mươi nghìn đồng).",
    );
  });

  it("says so when nothing is paid", () => {
    expect(dieu2([line({ money: 0 })], "Quỹ", kinds)).toBe(
      "Hình thức khen thưởng tại Điều 1 không kèm theo tiền thưởng.",
    );
  });
});

describe("attached list", () => {
  it("prints position and unit, the form's base name, money and a total row", () => {
    const t = recipientTable(
      [
        line(),
        line({
          lineNo: 2,
          recipientKind: "tap_the",
          name: "Trường Tiểu học",
          position: "",
          money: 0,
          moneyNote: "x",
        }),
      ],
      true,
    );
    expect(t.columns.map((c) => c.title)).toEqual([
      "Số sổ vàng",
      "Họ và tên / Tên tập thể",
      "Chức vụ, đơn vị",
      "Hình thức",
      "Tiền thưởng (đồng)",
    ]);
    expect(t.rows).toEqual([
      ["1", "Nguyễn Văn An", "Kế toán, UBND xã Bình Lư", "Giấy khen", "710.000"],
      ["2", "Trường Tiểu học", "UBND xã Bình Lư", "Giấy khen", "Không (xem Điều 2)"],
      ["", "Tổng cộng", "", "", "710.000"],
    ]);
    expect(positionUnit({ recipientKind: "ca_nhan", position: "", unitName: "Phòng Nội vụ" })).toBe(
      "Phòng Nội vụ",
    );
  });

  it("names the conferrer briefly", () => {
    expect(conferrerName("Ủy ban nhân dân huyện Vĩnh Cửu")).toBe("Chủ tịch UBND huyện Vĩnh Cửu");
  });
});

describe("the signer of a khen thưởng decision and its Giấy khen", () => {
  it("signs for the Chairman, never under “TM. Ủy ban nhân dân”", () => {
    const deputy = {
      fullName: "Trần Văn Hùng",
      position: "Phó Chủ tịch",
      authority: "KT." as const,
      authorityOf: "Chủ tịch",
      onBehalfOf: "Ủy ban nhân dân",
    };
    expect(signatureLines(deputy)[0]).toBe("TM. ỦY BAN NHÂN DÂN");
    expect(signatureLines(chairmanSigner(deputy))).toEqual(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]);
    expect(chairmanSigner(deputy).fullName).toBe("Trần Văn Hùng");
  });
});

describe("the trích yếu", () => {
  const input = (lines: ReturnType<typeof line>[], grouping: "award" | "movement" = "award") => ({
    year: 2024,
    grouping,
    movementName: "",
    awardKinds: { ...kinds, GK_HGD: "hinh_thuc" },
    docDate: "2025-03-20",
    fund: "",
    proposal: "",
    proposals: [],
    executors: [],
    legalBasisIds: [],
    noiNhan: [],
    lines,
  });
  it("names every kind of recipient in the list", () => {
    const all = [
      line(),
      line({ recipientKind: "tap_the", awardCode: "GK_TT", awardName: "Giấy khen (tập thể)" }),
      line({
        recipientKind: "ho_gia_dinh",
        awardCode: "GK_HGD",
        awardName: "Giấy khen (hộ gia đình)",
      }),
    ];
    expect(decisionSummary(input(all))).toBe(
      "Về việc tặng Giấy khen cho các tập thể, cá nhân và hộ gia đình",
    );
    expect(decisionSummary(input(all, "movement"))).toBe(
      "Về việc khen thưởng các tập thể, cá nhân và hộ gia đình có thành tích xuất sắc năm 2024",
    );
    expect(decisionSummary(input([line()]))).toBe("Về việc tặng Giấy khen cho các cá nhân");
  });
});
