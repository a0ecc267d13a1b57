import { describe, expect, it } from "vitest";
import { moneyToWords, numberToWords } from "../../../electron/domain/money-words";

/** An independent reader of the words, so every number can be checked by a round trip. */
function parseWords(text: string): number {
  const value: Record<string, number> = {
    không: 0,
    một: 1,
    mốt: 1,
    hai: 2,
    ba: 3,
    bốn: 4,
    tư: 4,
    năm: 5,
    lăm: 5,
    sáu: 6,
    bảy: 7,
    tám: 8,
    chín: 9,
  };
  let total = 0;
  let part = 0;
  let seg = 0;
  let pending = 0;
  for (const w of text.split(" ")) {
    if (w in value) pending = value[w] ?? 0;
    else if (w === "trăm") [seg, pending] = [seg + pending * 100, 0];
    else if (w === "mươi") [seg, pending] = [seg + pending * 10, 0];
    else if (w === "mười") seg += 10;
    else if (w === "linh" || w === "lẻ") continue;
    else if (w === "nghìn") [part, seg, pending] = [part + (seg + pending) * 1000, 0, 0];
    else if (w === "triệu") [part, seg, pending] = [part + (seg + pending) * 1e6, 0, 0];
    else if (w === "tỷ")
      [total, part, seg, pending] = [(total + part + seg + pending) * 1e9, 0, 0, 0];
    else throw new Error(`unknown word "${w}" in "${text}"`);
  }
  return total + part + seg + pending;
}

describe("money in Vietnamese words", () => {
  it("writes the amounts of award decisions", () => {
    expect(moneyToWords(1_500_000)).toBe("Một triệu năm trăm nghìn đồng");
    expect(moneyToWords(2_340_000)).toBe("Hai triệu ba trăm bốn mươi nghìn đồng");
    expect(moneyToWords(702_000)).toBe("Bảy trăm linh hai nghìn đồng");
    expect(moneyToWords(0)).toBe("Không đồng");
    expect(moneyToWords(1_000_000_000)).toBe("Một tỷ đồng");
  });

  it("uses mười, mươi, mốt, lăm and tư where they belong", () => {
    expect(numberToWords(10)).toBe("mười");
    expect(numberToWords(11)).toBe("mười một");
    expect(numberToWords(14)).toBe("mười bốn");
    expect(numberToWords(15)).toBe("mười lăm");
    expect(numberToWords(20)).toBe("hai mươi");
    expect(numberToWords(21)).toBe("hai mươi mốt");
    expect(numberToWords(24)).toBe("hai mươi tư");
    expect(numberToWords(25)).toBe("hai mươi lăm");
    expect(numberToWords(5)).toBe("năm");
    expect(numberToWords(105)).toBe("một trăm linh năm");
    expect(numberToWords(101)).toBe("một trăm linh một");
    expect(numberToWords(104)).toBe("một trăm linh bốn");
    expect(numberToWords(115)).toBe("một trăm mười lăm");
    expect(numberToWords(111)).toBe("một trăm mười một");
  });

  it("writes linh or lẻ for a zero tens digit", () => {
    expect(numberToWords(205)).toBe("hai trăm linh năm");
    expect(numberToWords(205, "lẻ")).toBe("hai trăm lẻ năm");
    expect(moneyToWords(1_005_000, { zeroTens: "lẻ" })).toBe(
      "Một triệu không trăm lẻ năm nghìn đồng",
    );
  });

  it("reads inner groups with không trăm and skips empty groups", () => {
    expect(numberToWords(1_005_000)).toBe("một triệu không trăm linh năm nghìn");
    expect(numberToWords(1_000_050)).toBe("một triệu không trăm năm mươi");
    expect(numberToWords(1_000_500)).toBe("một triệu năm trăm");
    expect(numberToWords(2_000_000_021)).toBe("hai tỷ không trăm hai mươi mốt");
    expect(numberToWords(1_000_000_000_000)).toBe("một nghìn tỷ");
    expect(numberToWords(1_234_567_891)).toBe(
      "một tỷ hai trăm ba mươi tư triệu năm trăm sáu mươi bảy nghìn tám trăm chín mươi mốt",
    );
  });

  it("can leave out the currency word", () => {
    expect(moneyToWords(45, { unit: "" })).toBe("Bốn mươi lăm");
  });

  it("refuses what is not a whole non-negative amount", () => {
    expect(() => numberToWords(-1)).toThrow(RangeError);
    expect(() => numberToWords(1.5)).toThrow(RangeError);
    expect(() => numberToWords(Number.NaN)).toThrow(RangeError);
  });

  it("reads back to the same number for every amount up to four hundred thousand", () => {
    for (let n = 0; n <= 400_000; n++) {
      const words = numberToWords(n);
      if (parseWords(words) !== n || /\s{2}|^\s|\s$/.test(words)) {
        throw new Error(`${n} → "${words}"`);
      }
    }
  });

  it("reads back for large amounts, with lẻ too", () => {
    let n = 7;
    for (let i = 0; i < 20_000; i++) {
      n = (n * 48_271 + 12_345) % 9_007_199_254_740; // deterministic spread up to ~9e12
      expect(parseWords(numberToWords(n))).toBe(n);
      expect(parseWords(numberToWords(n, "lẻ"))).toBe(n);
    }
  });
});
