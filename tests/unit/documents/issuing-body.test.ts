import { describe, expect, it } from "vitest";
import {
  householdAddress,
  householdLine,
  householdName,
  quantityText,
} from "../../../electron/contract/format";
import { issuingBody, signsForParentBody } from "../../../electron/documents/issuing-body";
import { sampleSetup } from "../../helpers/backend";

const profile = sampleSetup().profile as Parameters<typeof issuingBody>[0];
const deputy = {
  position: "Phó Chủ tịch",
  authority: "KT.",
  authorityOf: "Chủ tịch",
  onBehalfOf: "Ủy ban nhân dân",
};
const head = { position: "Trưởng phòng", authority: "", authorityOf: "", onBehalfOf: "" };

describe("whose act a document is", () => {
  it("is the Ủy ban's when signed for it or its Chủ tịch, the office's when its head signs", () => {
    expect(signsForParentBody(deputy)).toBe(true);
    expect(signsForParentBody({ ...head, position: "Chủ tịch" })).toBe(true);
    expect(
      signsForParentBody({
        ...head,
        authority: "TL.",
        authorityOf: "Chủ tịch",
        position: "Chánh Văn phòng",
      }),
    ).toBe(true);
    expect(signsForParentBody(head)).toBe(false);
    expect(
      signsForParentBody({
        ...head,
        authority: "KT.",
        authorityOf: "Trưởng phòng",
        position: "Phó Trưởng phòng",
      }),
    ).toBe(false);
    expect(
      signsForParentBody({ position: "Chủ tịch", authority: "TM.", authorityOf: "Hội đồng" }),
    ).toBe(false);
  });

  it("puts header, ký hiệu and signature of the same body on the document", () => {
    expect(issuingBody(profile, "ke-hoach", deputy)).toEqual({
      superior: "",
      header: "ỦY BAN NHÂN DÂN HUYỆN VĨNH CỬU",
      name: "Ủy ban nhân dân huyện Vĩnh Cửu",
      abbreviation: "UBND",
      signature: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    });
    expect(issuingBody(profile, "to-trinh", head)).toEqual({
      superior: "ỦY BAN NHÂN DÂN HUYỆN VĨNH CỬU",
      header: "PHÒNG NỘI VỤ",
      name: "Phòng Nội vụ",
      abbreviation: "PNV",
      signature: ["TRƯỞNG PHÒNG"],
    });
  });

  it("signs a khen thưởng decision for the Chairman, never under TM. ỦY BAN NHÂN DÂN", () => {
    expect(issuingBody(profile, "quyet-dinh", deputy)).toMatchObject({
      header: "ỦY BAN NHÂN DÂN HUYỆN VĨNH CỬU",
      abbreviation: "UBND",
      signature: ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    });
  });
});

describe("a household as printed", () => {
  it("names the head with ông or bà from the gender, and says so when it is unknown", () => {
    expect(householdName("Lò Văn Pấng", "nam")).toBe("Hộ ông Lò Văn Pấng");
    expect(householdName("Lường Thị Mai", "nu")).toBe("Hộ bà Lường Thị Mai");
    expect(householdName(" Lò Văn Pấng ", "")).toBe("Hộ ông (bà) Lò Văn Pấng");
  });

  it("gives the address with its ấp or thôn and its xã, once", () => {
    expect(householdAddress("Bản Nà Bỏ", "UBND xã Bình Lư")).toBe("Bản Nà Bỏ, xã Bình Lư");
    expect(householdAddress("Ấp 3,", "Xã Tân An")).toBe("Ấp 3, xã Tân An");
    expect(householdAddress("Ấp 3, xã Tân An", "Xã Tân An")).toBe("Ấp 3, xã Tân An");
    expect(householdAddress("", "Ủy ban nhân dân xã Tân An")).toBe("xã Tân An");
    expect(householdAddress("Ấp 3", null)).toBe("Ấp 3");
    expect(
      householdLine({
        headName: "Lường Thị Mai",
        headGender: "nu",
        address: "Ấp 3",
        unitName: "Xã Tân An",
      }),
    ).toBe("Hộ bà Lường Thị Mai – Ấp 3, xã Tân An");
  });
});

describe("a household in a thôn", () => {
  it("adds the thôn and its xã to the typed address", () => {
    expect(householdAddress("Tổ 3", "Ấp 1", "Xã Thạnh Phú")).toBe("Tổ 3, ấp 1, xã Thạnh Phú");
    expect(householdAddress("Tổ 3, ấp 1", "Ấp 1", "UBND xã Thạnh Phú")).toBe(
      "Tổ 3, ấp 1, xã Thạnh Phú",
    );
  });
});

describe("a target's figure", () => {
  it("writes % without a space and other units after one", () => {
    expect(quantityText(100, "%")).toBe("100%");
    expect(quantityText(2.5, " tỷ đồng ")).toBe("2,5 tỷ đồng");
    expect(quantityText(1500, "người")).toBe("1.500 người");
    expect(quantityText(5, "")).toBe("5");
  });
});
