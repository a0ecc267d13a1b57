import { describe, expect, it } from "vitest";
import { signatureLines } from "../../../electron/domain/signature";

describe("lines above a signature", () => {
  it("print TM. over KT. over the signer's post for a deputy signing for a people's committee (seed 002)", () => {
    expect(
      signatureLines({
        position: "Phó Chủ tịch",
        authority: "KT.",
        authorityOf: "Chủ tịch",
        onBehalfOf: "Ủy ban nhân dân",
      }),
    ).toEqual(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]);
  });

  it("print only the post for a head signing in their own name", () => {
    expect(
      signatureLines({ position: "Trưởng phòng", authority: "", authorityOf: "", onBehalfOf: "" }),
    ).toEqual(["TRƯỞNG PHÒNG"]);
  });

  it("print TM. for a collective body without an extra line", () => {
    expect(
      signatureLines({
        position: "Chủ tịch",
        authority: "TM.",
        authorityOf: "Hội đồng",
        onBehalfOf: "",
      }),
    ).toEqual(["TM. HỘI ĐỒNG", "CHỦ TỊCH"]);
  });

  it("print acting (Q.) and by order (TL.) prefixes", () => {
    expect(
      signatureLines({
        position: "Phó Trưởng phòng",
        authority: "Q.",
        authorityOf: "Trưởng phòng",
        onBehalfOf: "",
      }),
    ).toEqual(["Q. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"]);
    expect(
      signatureLines({
        position: "Chánh Văn phòng",
        authority: "TL.",
        authorityOf: "Chủ tịch",
        onBehalfOf: "",
      }),
    ).toEqual(["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"]);
  });

  it("skip a prefix that says on whose behalf it is not, and trim stray spaces", () => {
    expect(
      signatureLines({
        position: "  Trưởng phòng ",
        authority: "KT.",
        authorityOf: "  ",
        onBehalfOf: " ",
      }),
    ).toEqual(["TRƯỞNG PHÒNG"]);
  });

  it("compose decomposed (NFD) input before upper-casing", () => {
    const lines = signatureLines({
      position: "Phó Chủ tịch".normalize("NFD"),
      authority: "",
      authorityOf: "",
      onBehalfOf: "",
    });
    expect(lines).toEqual(["PHÓ CHỦ TỊCH"]);
    expect(lines[0]).toBe(lines[0]!.normalize("NFC"));
  });
});
