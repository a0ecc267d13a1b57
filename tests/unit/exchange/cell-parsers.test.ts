import { describe, expect, it } from "vitest";
import {
  matchList,
  readBirth,
  readBirthYear,
  readDate,
  readGender,
  readNumber,
  readRecipientKind,
  readText,
  readYesNo,
} from "../../../electron/exchange/cell-parsers";

describe("cell parsers shared by every import", () => {
  it("dates: dd/mm/yyyy is day first; impossible days are refused", () => {
    expect(readDate("05/02/2025")).toBe("2025-02-05");
    expect(readDate("5.2.2025")).toBe("2025-02-05");
    expect(readDate("31/02/2025")).toBe("invalid");
    expect(readDate(null)).toBeNull();
    expect(readDate(45693)).toBe("2025-02-05");
  });

  it("text is NFC with spaces collapsed", () => {
    expect(readText("  Nguyê\u0303n   Văn  ")).toBe("Nguyễn Văn");
    expect(readText(12)).toBe("12");
  });

  it("birth: a year or a date, in range", () => {
    expect(readBirth(1985)).toEqual({ birthYear: 1985, birthDate: null });
    expect(readBirth(" 1985 ")).toEqual({ birthYear: 1985, birthDate: null });
    expect(readBirth("12/03/1985")).toEqual({ birthYear: 1985, birthDate: "1985-03-12" });
    expect(readBirth("1850")).toBe(
      "Ngày sinh “1850” không hợp lệ (ghi năm, ví dụ 1985, hoặc dd/mm/yyyy)",
    );
    expect(readBirthYear("12/03/1985")).toBe(1985);
    expect(readBirthYear("năm ngoái")).toBe(
      "Năm sinh “năm ngoái” không hợp lệ (ghi năm, ví dụ 1985, hoặc dd/mm/yyyy)",
    );
    expect(readBirthYear(null)).toBeNull();
  });

  it("numbers as officers type them", () => {
    expect(readNumber("1.500")).toBe(1500);
    expect(readNumber("12,5")).toBe(12.5);
    expect(readNumber("100%")).toBe(100);
    expect(readNumber("nhiều")).toBe("invalid");
    expect(readNumber(null)).toBeNull();
  });

  it("yes/no, gender and recipient kinds without tone marks", () => {
    expect(readYesNo("Có")).toBe(true);
    expect(readYesNo("x")).toBe(true);
    expect(readYesNo("KHÔNG")).toBe(false);
    expect(readYesNo("")).toBeNull();
    expect(readYesNo("có lẽ")).toBe("invalid");
    expect(readGender("Nữ")).toBe("nu");
    expect(readGender("nam")).toBe("nam");
    expect(readGender("khác")).toBeNull();
    expect(readRecipientKind("tập thể")).toBe("tap_the");
    expect(readRecipientKind("ca_nhan")).toBe("ca_nhan");
    expect(readRecipientKind("Hộ")).toBe("ho_gia_dinh");
    expect(readRecipientKind("")).toBeNull();
    expect(readRecipientKind("đơn vị")).toBe("invalid");
  });

  it("list entries by label or code", () => {
    const items = [{ code: "cong_chuc", label: "Công chức" }];
    expect(matchList(items, "cong chuc")).toBe("cong_chuc");
    expect(matchList(items, "cong_chuc")).toBe("cong_chuc");
    expect(matchList(items, "Viên chức")).toBeNull();
  });
});
