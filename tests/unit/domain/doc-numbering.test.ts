import { describe, expect, it } from "vitest";
import {
  describeSequences,
  documentNumber,
  documentSymbol,
  nextSequence,
  sequenceGaps,
} from "../../../electron/domain/doc-numbering";

describe("document numbers", () => {
  it("write sequence / type - issuer with two digits at least", () => {
    expect(documentNumber(12, "TTr", "PNV")).toBe("12/TTr-PNV");
    expect(documentNumber(5, "QĐ", "UBND")).toBe("05/QĐ-UBND");
    expect(documentNumber(123, "BB", "HĐTĐKT")).toBe("123/BB-HĐTĐKT");
  });

  it("leave the type out for a công văn and show … for a draft", () => {
    expect(documentNumber(25, "", "PNV")).toBe("25/PNV");
    expect(documentNumber(null, "TTr", "PNV")).toBe("…/TTr-PNV");
    expect(documentSymbol("", "PNV")).toBe("PNV");
  });

  it("give no number to a document the office does not number", () => {
    expect(documentNumber(3, "", "")).toBe("");
    expect(documentNumber(null, "", "")).toBe("");
  });

  it("propose one after the highest used, starting at 1", () => {
    expect(nextSequence([])).toBe(1);
    expect(nextSequence([1, 2, 7])).toBe(8);
  });

  it("find the numbers an override skips", () => {
    expect(sequenceGaps([1, 2], 5)).toEqual([3, 4]);
    expect(sequenceGaps([1, 2, 3], 4)).toEqual([]);
    expect(sequenceGaps([], 1)).toEqual([]);
    expect(describeSequences([3, 4])).toBe("03 và 04");
    expect(describeSequences([3])).toBe("03");
    expect(describeSequences([1, 2, 3, 4, 5, 6], 3)).toBe("01, 02, 03 và 3 số khác");
  });
});
