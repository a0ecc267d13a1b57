// The pure rules the renderer and the backend share through the contract: one implementation each.
import { describe, expect, it } from "vitest";
import {
  actionsFrom,
  asciiFileName,
  attachmentExtensions,
  codesOf,
  extensionOf,
  foldVietnamese,
  formatPercent,
  isAllowedFile,
  isEditable,
  matchesFolded,
  nominationActions,
  nominationStates,
  recipientKindLabels,
  recipientKinds,
  signedCopyExtensions,
  transitionRules,
  voteOutcome,
  voteOutcomeLabels,
  voteOutcomes,
} from "../../../electron/contract";
import { foldForSearch, matchesSearch } from "../../../electron/domain/vietnamese";

describe("foldVietnamese", () => {
  it("removes tone and vowel marks, đ → d, lower case", () => {
    expect(foldVietnamese("Nguyễn Thị Đào")).toBe("nguyen thi dao");
    expect(foldVietnamese("ỦY BAN NHÂN DÂN")).toBe("uy ban nhan dan");
    expect(foldVietnamese("Phòng Văn hóa – Xã hội")).toBe("phong van hoa – xa hoi");
  });
  it("folds composed (NFC) and decomposed (NFD) input alike", () => {
    const nfc = "Trường Tiểu học Hòa Bình".normalize("NFC");
    expect(foldVietnamese(nfc.normalize("NFD"))).toBe(foldVietnamese(nfc));
  });
  it("collapses and trims spaces, so every screen filters the same", () => {
    expect(foldVietnamese("  Xã   Tân  An ")).toBe("xa tan an");
    expect(foldVietnamese("a\tb\nc")).toBe("a b c");
  });
  it("is the backend's search key", () => {
    expect(foldForSearch).toBe(foldVietnamese);
    expect(matchesSearch).toBe(matchesFolded);
  });
});

describe("matchesFolded", () => {
  it("matches when every typed word occurs, ignoring tone marks", () => {
    expect(matchesFolded("Nguyễn Văn Đức", "nguyen van d")).toBe(true);
    expect(matchesFolded("Xã Tân An", "an tan")).toBe(true);
    expect(matchesFolded("Trung tâm Y tế", "trung tam")).toBe(true);
    expect(matchesFolded("Xã Tân An", "tan binh")).toBe(false);
  });
  it("an empty query matches nothing", () => {
    expect(matchesFolded("Xã Tân An", "   ")).toBe(false);
  });
});

describe("formatPercent", () => {
  it("rounds to the requested places with a decimal comma and no space before %", () => {
    expect(formatPercent(2, 3)).toBe("66,67%");
    expect(formatPercent(1, 3, 1)).toBe("33,3%");
    expect(formatPercent(3, 20, 1)).toBe("15%");
    expect(formatPercent(0.155, 1, 1)).toBe("15,5%");
    expect(formatPercent(1, 1)).toBe("100%");
  });
  it("gives nothing for a zero denominator", () => {
    expect(formatPercent(3, 0)).toBe("");
  });
});

describe("voteOutcome", () => {
  it("passes at the needed count and fails below it", () => {
    expect(voteOutcome(5, 7, 5)).toBe("dat");
    expect(voteOutcome(6, 7, 5)).toBe("dat");
    expect(voteOutcome(4, 7, 5)).toBe("khong_dat");
    expect(voteOutcome(0, 7, 5)).toBe("khong_dat");
  });
  it("is not decided while the count is missing or impossible", () => {
    expect(voteOutcome(null, 7, 5)).toBe("chua_du");
    expect(voteOutcome(8, 7, 5)).toBe("chua_du");
    expect(voteOutcome(-1, 7, 5)).toBe("chua_du");
    expect(voteOutcome(5.5, 7, 5)).toBe("chua_du");
  });
  it("has a label for every outcome", () => {
    for (const o of voteOutcomes) expect(voteOutcomeLabels[o]).toBeTruthy();
  });
});

describe("file types", () => {
  it("reads the extension in lower case", () => {
    expect(extensionOf("Bien ban.PDF")).toBe(".pdf");
    expect(extensionOf("to-trinh.final.docx")).toBe(".docx");
    expect(extensionOf("khongcoduoi")).toBe("");
    expect(extensionOf(".hidden")).toBe("");
  });
  it("a signed copy is a scan; a dossier component may also be a Word or Excel paper", () => {
    expect(isAllowedFile("ban-ky.tif", signedCopyExtensions)).toBe(true);
    expect(isAllowedFile("ban-ky.docx", signedCopyExtensions)).toBe(false);
    expect(isAllowedFile("bao-cao.docx", attachmentExtensions)).toBe(true);
    expect(isAllowedFile("virus.exe", attachmentExtensions)).toBe(false);
    for (const ext of signedCopyExtensions) expect(attachmentExtensions).toContain(ext);
  });
});

describe("nomination rules shared with the renderer", () => {
  it("only received or returned nominations stay editable", () => {
    const editable = nominationStates.filter(isEditable);
    expect(editable).toEqual(["tiep_nhan", "tra_lai"]);
  });
  it("returning and cancelling a decision need a reason, nothing else does", () => {
    const withReason = nominationActions.filter((a) => transitionRules[a].needsReason);
    expect(withReason.sort()).toEqual(["huy_quyet_dinh", "tra_lai"]);
  });
  it("every action starts from at least one state", () => {
    const reachable = new Set(nominationStates.flatMap(actionsFrom));
    for (const a of nominationActions) expect(reachable.has(a)).toBe(true);
  });
});

describe("vocabulary", () => {
  it("codesOf keeps the declared order", () => {
    expect(codesOf(recipientKindLabels)).toEqual(["ca_nhan", "tap_the", "ho_gia_dinh"]);
    expect(recipientKinds).toEqual(["ca_nhan", "tap_the", "ho_gia_dinh"]);
  });
});

describe("asciiFileName", () => {
  it("keeps a readable name any file system accepts", () => {
    expect(asciiFileName("Giấy khen 01/QĐ-UBND")).toBe("Giay-khen-01-QD-UBND");
    expect(asciiFileName("danh-sach.xlsx")).toBe("danh-sach.xlsx");
    expect(asciiFileName("  ///  ", "giay-khen")).toBe("giay-khen");
  });
});
