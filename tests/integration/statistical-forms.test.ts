import ExcelJS from "exceljs";
import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FormResult, InputOf } from "../../electron/contract";
import { sampleSetup, startTestBackend, type TestBackend } from "../helpers/backend";
import { docxParts } from "../helpers/docx-xml";
import {
  communeWithSchool,
  completeComponents,
  dossier2024,
  errorOf,
  savePerson,
} from "../helpers/nominations";
import { snapshotDatabase } from "../helpers/db-snapshot";
import { findSoffice } from "../../electron/documents/office-convert";

/**
 * The statistical forms against a hand-computed fixture: every figure below was counted by hand
 * from the records this file makes, including the buckets' edges.
 */

let t: TestBackend;

beforeEach(async () => {
  t = await startTestBackend();
  await t.expectOk("settings.completeSetup", sampleSetup());
});
afterEach(() => t.cleanup());

/** The row's figures by its code (or label when it has none). */
function row(r: FormResult, codeOrLabel: string): (number | null)[] {
  const found = r.rows.find((x) => x.code === codeOrLabel || x.label === codeOrLabel);
  if (!found) throw new Error(`no row ${codeOrLabel}: ${r.rows.map((x) => x.label).join(" | ")}`);
  return found.values;
}
/** Leaf header texts, left to right (the last header cell above each data column). */
function leafHeads(r: FormResult): string[] {
  const stubs = r.numbers.filter((n) => /^[ABC]$/.test(n)).length;
  const out: string[] = [];
  for (let col = stubs; col < r.numbers.length; col++) {
    let text = "";
    for (const cells of r.header)
      for (const c of cells) if (c.col <= col && col < c.col + c.colSpan) text = c.text;
    out.push(text);
  }
  return out;
}

const form = (formId: string, year = 2026) => t.expectOk("statistics.form", { formId, year });

async function movement(
  name: string,
  v: Partial<InputOf<"movements.save">> & { startDate: string; endDate: string },
) {
  return t.expectOk("movements.save", { kind: "chuyen_de", name, ...v });
}

describe("biểu 0601: movements", () => {
  beforeEach(async () => {
    const d = "2026-01-10";
    await movement("A", {
      kind: "thuong_xuyen",
      startDate: "2026-01-01",
      endDate: "2026-12-31",
      launchLevel: "co_quan",
      scope: "bo_nganh_dia_phuong",
      launchDecisionDate: d,
    });
    await movement("B", {
      startDate: "2026-03-01",
      endDate: "2026-08-31",
      launchLevel: "bo_tinh",
      scope: "cum_khoi",
    });
    // Exactly three years: "từ 3 năm đến dưới 5 năm".
    await movement("C", {
      kind: "dot",
      startDate: "2026-01-01",
      endDate: "2028-12-31",
      launchLevel: "trung_uong",
      scope: "toan_quoc",
    });
    // Exactly five years, and nothing classified.
    await movement("D", { startDate: "2026-05-01", endDate: "2031-04-30" });
    // Twelve months and a day: "từ 1 năm đến dưới 3 năm".
    await movement("E", {
      startDate: "2026-01-01",
      endDate: "2027-01-01",
      launchLevel: "co_quan",
      scope: "co_quan",
    });
    // Twelve months across two calendar years: "1 năm".
    await movement("F", {
      kind: "thuong_xuyen",
      startDate: "2026-02-01",
      endDate: "2027-01-31",
      launchLevel: "co_quan",
      scope: "co_quan",
      launchDecisionDate: "2026-01-20",
    });
    // Launched by a decision of 2025: counted in 2025, not 2026.
    await movement("G", {
      startDate: "2026-01-01",
      endDate: "2026-06-30",
      launchLevel: "co_quan",
      scope: "co_quan",
      launchDecisionDate: "2025-12-20",
    });
  });

  it("counts by scope, duration and method, split by launching level", async () => {
    const r = await form("tt02-2023-0601");
    expect(r.missing).toBeNull();
    expect(leafHeads(r)).toEqual([
      "Tổng số",
      "Cấp Trung ương (HĐTĐKT Trung ương)",
      "Cấp bộ, ban ngành đoàn thể TW, tỉnh, thành phố trực thuộc TW",
      "Cơ quan, tổ chức, đơn vị",
      "Chưa phân loại",
    ]);
    expect(r.numbers).toEqual(["A", "B", "1=(2+3+4)", "2", "3", "4", ""]);
    //                        tổng  TW  tỉnh  cq  cpl
    expect(row(r, "01")).toEqual([6, 1, 1, 3, 1]);
    expect(row(r, "02")).toEqual([1, 1, 0, 0, 0]);
    expect(row(r, "03")).toEqual([1, 0, 0, 1, 0]);
    expect(row(r, "04")).toEqual([1, 0, 1, 0, 0]);
    expect(row(r, "05")).toEqual([2, 0, 0, 2, 0]);
    expect(row(r, "– Chưa phân loại")).toEqual([1, 0, 0, 0, 1]);
    expect(row(r, "06")).toEqual([1, 0, 1, 0, 0]); // B
    expect(row(r, "07")).toEqual([2, 0, 0, 2, 0]); // A, F
    expect(row(r, "08")).toEqual([1, 0, 0, 1, 0]); // E
    expect(row(r, "09")).toEqual([1, 1, 0, 0, 0]); // C
    expect(row(r, "10")).toEqual([1, 0, 0, 0, 1]); // D
    expect(row(r, "11")).toEqual([4, 1, 1, 1, 1]); // B, C (đợt), D, E
    expect(row(r, "12")).toEqual([2, 0, 0, 2, 0]); // A, F
    expect(r.unclassified).toEqual([
      {
        label: "D",
        missing: ["cấp phát động", "phạm vi"],
        route: expect.stringMatching(/^\/phong-trao\//),
      },
    ]);
    expect((await form("tt02-2023-0601", 2025)).rows[0]!.values[0]).toBe(1); // G
  });

  it("a version not in force for the year is refused with its dates", async () => {
    expect(
      await errorOf(t.call("statistics.form", { formId: "tt02-2023-0601", year: 2022 })),
    ).toMatch(/áp dụng từ 10\/05\/2023; năm 2022 không thuộc thời gian áp dụng/);
  });

  it("the office adds a version as data; a broken layout is refused and nothing saved", async () => {
    const shipped = (await t.expectOk("statistics.forms", { year: 2026 })).find(
      (f) => f.id === "tt02-2023-0601",
    )!;
    const before = snapshotDatabase(t.backend.sqlite);
    const value = {
      code: "0601.N/BNV-TĐKT",
      title: "SỐ PHONG TRÀO THI ĐUA",
      legalBasis: "Thông tư số 18/2025/TT-BNV ngày 08/10/2025 của Bộ Nội vụ",
      validFrom: "2026-01-01",
      validTo: null,
    };
    expect(await errorOf(t.call("statistics.saveForm", { ...value, layout: "{x" }))).toMatch(
      /không phải JSON/,
    );
    const bad = JSON.stringify({ ...JSON.parse(shipped.layout), columns: [] });
    expect(await errorOf(t.call("statistics.saveForm", { ...value, layout: bad }))).toMatch(
      /Bố cục biểu chưa đúng ở “columns”/,
    );
    expect(snapshotDatabase(t.backend.sqlite)).toEqual(before);
    const { id } = await t.expectOk("statistics.saveForm", { ...value, layout: shipped.layout });
    const added = await form(id);
    expect(added.form.legalBasis).toMatch(/18\/2025/);
    expect(row(added, "01")).toEqual([6, 1, 1, 3, 1]);
    expect(
      await errorOf(
        t.call("statistics.saveForm", {
          id: "tt02-2023-0601",
          ...value,
          layout: shipped.layout,
        }),
      ),
    ).toMatch(/có sẵn không sửa được/);
    // The new version does not cover 2025.
    expect(await errorOf(t.call("statistics.form", { formId: id, year: 2025 }))).toMatch(
      /18\/2025/,
    );
  });
});

describe("biểu 0602 and 0603: the registry's upper-level awards", () => {
  let p1: string;
  beforeEach(async () => {
    const { unitId } = await communeWithSchool(t);
    const business = (
      await t.expectOk("directory.saveUnit", {
        name: "Công ty TNHH Minh Phát",
        kind: "doanh_nghiep",
      })
    ).id;
    p1 = await savePerson(t, unitId, "Nguyễn Văn An", "Trưởng phòng");
    const p2 = await savePerson(t, unitId, "Lê Thị Hoa", "Chuyên viên", { gender: "nu" });
    const p3 = await savePerson(t, unitId, "Phạm Văn Cường", "Nông dân");
    const award = (v: Partial<InputOf<"awards.save">>) =>
      t.expectOk("awards.save", {
        year: 2026,
        recipientKind: "ca_nhan",
        decisionNumber: "1/QĐ-TTg",
        decisionDate: "2026-05-10",
        awardCode: "BK_TTG_CN",
        ...v,
      });
    await award({
      personId: p1,
      recipientCategory: "lanh_dao_khac",
      awardType: "thuong_xuyen",
      proposingBody: "tinh",
    });
    await award({
      recipientKind: "tap_the",
      unitId,
      awardCode: "BK_TTG_TT",
      awardType: "chuyen_de",
      proposingBody: "tinh",
    });
    await award({
      personId: p2,
      awardCode: "HC_LD3_CN",
      awardType: "cong_hien",
      proposingBody: "tinh",
    });
    await award({
      personId: p3,
      awardCode: "CSTD_TQ",
      recipientCategory: "truc_tiep",
      awardType: "thuong_xuyen",
      proposingBody: "bo_nganh",
    });
    await award({
      recipientKind: "tap_the",
      unitId: business,
      awardCode: "CO_TD_CP",
      awardType: "dot_xuat",
      proposingBody: "tinh",
    });
    // A 2026 title decided in January 2027 counts in 2027.
    await award({ personId: p3, awardCode: "BK_TTG_CN", decisionDate: "2027-01-15" });
    // Province-level: 0603 only.
    await award({
      personId: p1,
      awardCode: "BK_TINH_CN",
      decisionNumber: "9/QĐ-UBND",
      awardType: "thuong_xuyen",
    });
    await award({
      recipientKind: "tap_the",
      unitId,
      awardCode: "BK_TINH_TT",
      decisionNumber: "9/QĐ-UBND",
    });
  });

  it("0602 counts state-level awards by proposing body, recipient and award type", async () => {
    const r = await form("tt02-2023-0602");
    expect(r.missing).toBeNull();
    expect(leafHeads(r)).toEqual([
      "Tổng số",
      "Tập thể",
      "Cá nhân", // Huân chương Lao động hạng Ba
      "Cá nhân", // GT HCM
      "Cá nhân", // GT NN
      "Danh hiệu vinh dự nhà nước",
      "Tập thể", // Cờ CP
      "Tập thể",
      "Cá nhân", // BK TTg
      "Cá nhân", // CSTĐ toàn quốc
      "Các hình thức khen thưởng khác",
    ]);
    expect(
      r.header[2]!.some((c) => c.text === "Huân chương Lao động hạng Ba" && c.colSpan === 2),
    ).toBe(true);
    expect(r.header[0]!.find((c) => c.text === "Chia ra")!.colSpan).toBe(10);
    expect(row(r, "01")).toEqual([5, 0, 1, 0, 0, 0, 1, 1, 1, 1, 0]);
    expect(row(r, "02")[0]).toBe(1);
    expect(row(r, "03")[0]).toBe(4);
    expect(row(r, "06")[0]).toBe(2);
    expect(row(r, "07")).toEqual([1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0]);
    expect(row(r, "08")[0]).toBe(0);
    expect(row(r, "09")[0]).toBe(3);
    expect(["10", "11", "12", "13", "14"].map((c) => row(r, c)[0])).toEqual([0, 0, 0, 1, 1]);
    expect(row(r, "+ Chưa phân loại")[0]).toBe(1);
    expect(["15", "16", "17", "18", "19", "20", "21"].map((c) => row(r, c)[0])).toEqual([
      2, 1, 1, 0, 1, 0, 0,
    ]);
    expect(r.unclassified).toEqual([
      expect.objectContaining({
        label: expect.stringMatching(/^Lê Thị Hoa — Huân chương/),
        missing: ["phân loại đối tượng"],
      }),
    ]);
    expect(row(await form("tt02-2023-0602", 2027), "01")[0]).toBe(1);
  });

  it("0603 counts province-level awards", async () => {
    const r = await form("tt02-2023-0603");
    expect(row(r, "01")).toEqual([2, 2, 0, 0, 0]);
    expect(row(r, "02")[0]).toBe(1);
    expect(row(r, "05")[0]).toBe(1);
    expect(row(r, "11")[0]).toBe(1); // thường xuyên
    expect(row(r, "– Chưa phân loại")[0]).toBe(1); // the collective's line has no award type
    expect(row(r, "+ Chưa phân loại")[0]).toBe(1); // the individual's line has no category
  });

  it("classifying a line moves it out of 'chưa phân loại', whatever its source", async () => {
    const hc = (await t.expectOk("awards.list", { awardCode: "HC_LD3_CN" })).rows[0]!;
    await t.expectOk("awards.classify", {
      id: hc.id,
      recipientKind: "ca_nhan",
      recipientCategory: "lanh_dao_vu_so",
      awardType: "cong_hien",
      proposingBody: "tinh",
    });
    const r = await form("tt02-2023-0602");
    expect(r.unclassified).toEqual([]);
    expect(r.rows.some((x) => x.label === "+ Chưa phân loại")).toBe(false);
    expect(row(r, "11")[0]).toBe(1);
    expect(
      await errorOf(
        t.call("awards.classify", {
          id: hc.id,
          recipientKind: "ca_nhan",
          recipientCategory: "doanh_nghiep",
          awardType: null,
          proposingBody: null,
        }),
      ),
    ).toMatch(/không hợp với loại đối tượng/);
  });

  it("the .xlsx is laid out like the printed form and its figures read back", async () => {
    const out = await t.expectOk("statistics.exportForm", {
      formId: "tt02-2023-0602",
      year: 2026,
      format: "xlsx",
      preparer: "Nguyễn Thị Lập",
      signerId: null,
      receiver: "Sở Nội vụ tỉnh Đồng Nai",
    });
    expect(out.message).toMatch(/1 bản ghi chưa phân loại/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out.path);
    const ws = wb.worksheets[0]!;
    const text: string[] = [];
    ws.eachRow((r) => r.eachCell((c) => text.push(String(c.value))));
    expect(text).toContain("Biểu số: 0602.N/BNV-TĐKT");
    expect(text).toContain("Đơn vị nhận báo cáo: Sở Nội vụ tỉnh Đồng Nai");
    expect(text).toContain("Người lập biểu");
    expect(text).toContain("Nguyễn Thị Lập");
    let individuals: ExcelJS.Row | undefined;
    ws.eachRow((r) => {
      if (r.getCell(2).value === "09") individuals = r;
    });
    expect(individuals!.getCell(1).value).toBe("– Cá nhân");
    expect(individuals!.getCell(3).value).toBe("Người");
    expect(individuals!.getCell(4).value).toBe(3);
    expect(ws.model.merges.length).toBeGreaterThan(5);
  });

  it("the .docx carries the header block, the grid and the signature", async () => {
    const out = await t.expectOk("statistics.exportForm", {
      formId: "tt02-2023-0602",
      year: 2026,
      format: "docx",
      preparer: "Nguyễn Thị Lập",
      signerId: null,
      receiver: "",
    });
    const xml = docxParts(fs.readFileSync(out.path))["word/document.xml"]!;
    const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(texts).toContain("SỐ LƯỢNG KHEN THƯỞNG CẤP NHÀ NƯỚC");
    expect(texts).toContain(
      "Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023 của Bộ Nội vụ",
    );
    expect(texts).toContain("(Ký, họ tên, đóng dấu)");
    expect(xml).toMatch(/w:orient="landscape"/);
    expect(xml).toMatch(/w:vMerge/);
  });

  it("exports every form of the year in one workbook, naming those without data", async () => {
    const out = await t.expectOk("statistics.exportAll", {
      year: 2026,
      preparer: "",
      signerId: null,
      receiver: "",
    });
    expect(out.message).toMatch(/Đã xuất 2 biểu/);
    expect(out.message).toMatch(/0601\.N\/BNV-TĐKT, 0604\.N\/BNV-TĐKT, 0605\.N\/BNV-TĐKT/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out.path);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["0602.N-BNV-TĐKT", "0603.N-BNV-TĐKT"]);
  });
});

describe("biểu 0604 and 0605: the registers kept in settings", () => {
  it("a form without its data says what is missing and writes nothing", async () => {
    const r = await form("tt02-2023-0604");
    expect(r.missing?.message).toMatch(
      /Chưa có tổ chức làm công tác thi đua, khen thưởng nào trong năm 2026/,
    );
    expect(r.missing?.route).toBe("/cai-dat/thong-ke");
    const exportsDir = path.join(t.paths.dataDir, "exports");
    const before = fs.existsSync(exportsDir) ? fs.readdirSync(exportsDir) : [];
    expect(
      await errorOf(
        t.call("statistics.exportForm", {
          formId: "tt02-2023-0604",
          year: 2026,
          format: "xlsx",
          preparer: "",
          signerId: null,
          receiver: "",
        }),
      ),
    ).toMatch(/Cài đặt → Số liệu thống kê/);
    expect(fs.existsSync(exportsDir) ? fs.readdirSync(exportsDir) : []).toEqual(before);
    // A body from 2027 on does not count in 2026.
    await t.expectOk("statistics.saveBody", {
      name: "Phòng Thi đua – Khen thưởng",
      level: "phong_so_noi_vu",
      fromYear: 2027,
    });
    expect((await form("tt02-2023-0604")).missing).not.toBeNull();
    expect(row(await form("tt02-2023-0604", 2027), "05")).toEqual([1]);
  });

  it("0605 buckets ages, training and seniority at their edges", async () => {
    const staff = (
      fullName: string,
      gender: "nam" | "nu",
      birthYear: number,
      training: InputOf<"statistics.saveStaff">["training"],
      sinceYear: number,
      untilYear: number | null = null,
    ) =>
      t.expectOk("statistics.saveStaff", {
        fullName,
        gender,
        birthYear,
        training,
        sinceYear,
        untilYear,
      });
    await staff("S1", "nu", 1996, "dai_hoc", 2021); // 30 tuổi, đúng 5 năm
    await staff("S2", "nam", 1995, "tren_dai_hoc", 2016); // 31 tuổi, đúng 10 năm
    await staff("S3", "nu", 1971, "trung_cap", 2022); // 55 tuổi, 4 năm
    await staff("S4", "nam", 1970, "cao_dang", 2017); // 56 tuổi, 9 năm
    await staff("S5", "nu", 1966, "so_cap", 2000); // 60 tuổi
    await staff("S6", "nam", 1965, "dai_hoc", 2026); // 61 tuổi, 0 năm
    await staff("S7", "nu", 1980, "dai_hoc", 2010, 2025); // left in 2025
    await staff("S8", "nu", 1990, "dai_hoc", 2027); // starts in 2027
    const r = await form("tt02-2023-0605");
    expect(row(r, "01")).toEqual([6, 3]);
    expect(["02", "03", "04", "05", "06", "07"].map((c) => row(r, c))).toEqual([
      [1, 1],
      [1, 0],
      [0, 0],
      [1, 1],
      [2, 1],
      [1, 0],
    ]);
    expect(["08", "09", "10", "11", "12"].map((c) => row(r, c))).toEqual([
      [1, 1],
      [1, 1],
      [1, 0],
      [2, 1],
      [1, 0],
    ]);
    expect(["13", "14", "15"].map((c) => row(r, c))).toEqual([
      [2, 1],
      [2, 1],
      [2, 1],
    ]);
    expect(
      await errorOf(
        t.call("statistics.saveStaff", {
          fullName: "X",
          gender: "nam",
          birthYear: 2000,
          training: "dai_hoc",
          sinceYear: 2005,
        }),
      ),
    ).toMatch(/sau năm sinh ít nhất 15 năm/);
  });
});

describe("the reward fund report", () => {
  it("sums receipts per fund and item; without receipts it says where to enter them", async () => {
    expect((await form("tong-hop-quy")).missing?.message).toMatch(/Chưa có khoản thu nào/);
    const receipt = (fund: string, item: string, amount: number) =>
      t.expectOk("statistics.saveFundReceipt", { year: 2026, fund, item, amount });
    await receipt("Quỹ thi đua, khen thưởng huyện Vĩnh Cửu", "Ngân sách cấp", 200_000_000);
    await receipt(
      "Quỹ thi đua, khen thưởng huyện Vĩnh Cửu",
      "Đóng góp của doanh nghiệp",
      15_000_000,
    );
    await receipt("Quỹ thi đua, khen thưởng huyện Vĩnh Cửu", "Ngân sách cấp", 50_000_000);
    const r = await form("tong-hop-quy");
    expect(r.formats[0]).toBe("amount");
    expect(leafHeads(r).slice(0, 3)).toEqual([
      "Tổng cộng",
      "Đóng góp của doanh nghiệp",
      "Ngân sách cấp",
    ]);
    expect(row(r, "Quỹ thi đua, khen thưởng huyện Vĩnh Cửu").slice(0, 3)).toEqual([
      265_000_000, 15_000_000, 250_000_000,
    ]);
    expect(
      await errorOf(
        t.call("statistics.saveFundReceipt", { year: 2026, fund: "Q", item: "I", amount: -5 }),
      ),
    ).toMatch(/lớn hơn 0/);
  });
});

describe("PDF", () => {
  const print = { preparer: "Ngô Thanh Tâm", signerId: null, receiver: "" };
  beforeEach(async () => {
    await t.expectOk("statistics.saveStaff", {
      fullName: "Ngô Thanh Tâm",
      gender: "nam",
      birthYear: 1990,
      training: "dai_hoc",
      sinceYear: 2016,
    });
  });

  it("without LibreOffice or Word: a clear message and no file", async () => {
    const exportsDir = path.join(t.paths.dataDir, "exports");
    const before = fs.existsSync(exportsDir) ? fs.readdirSync(exportsDir) : [];
    const saved = process.env.PATH;
    process.env.PATH = path.join(t.paths.dataDir, "no-office-suite");
    try {
      expect(
        await errorOf(
          t.call("statistics.exportForm", {
            formId: "tt02-2023-0605",
            year: 2026,
            format: "pdf",
            ...print,
          }),
        ),
      ).toMatch(/chưa có LibreOffice hoặc Microsoft Word nên không tạo được PDF/);
    } finally {
      process.env.PATH = saved;
    }
    expect(fs.existsSync(exportsDir) ? fs.readdirSync(exportsDir) : []).toEqual(before);
    expect(
      fs.readdirSync(path.join(t.paths.dataDir, "cache")).filter((f) => f.startsWith("bieu-")),
    ).toEqual([]);
  });

  it.skipIf(!findSoffice())(
    "with LibreOffice: a PDF of the form",
    async () => {
      const out = await t.expectOk("statistics.exportForm", {
        formId: "tt02-2023-0605",
        year: 2026,
        format: "pdf",
        ...print,
      });
      expect(out.fileName).toBe("Bieu-0605-N-BNV-TĐKT-2026.pdf");
      expect(fs.readFileSync(out.path).subarray(0, 5).toString()).toBe("%PDF-");
    },
    120_000,
  );
});

describe("the summary forms", () => {
  let commune: string;
  let school: string;
  let office: string;
  let an: string;
  let hoa: string;
  beforeEach(async () => {
    ({ unitId: commune, schoolId: school } = await communeWithSchool(t));
    office = (
      await t.expectOk("directory.saveUnit", {
        name: "Phòng Giáo dục và Đào tạo",
        kind: "co_quan_chuyen_mon",
      })
    ).id;
    an = await savePerson(t, school, "Nguyễn Văn An", "Hiệu trưởng", { isLeader: true });
    hoa = await savePerson(t, office, "Lê Thị Hoa", "Chuyên viên", { gender: "nu" });
    const award = (v: Partial<InputOf<"awards.save">>) =>
      t.expectOk("awards.save", {
        year: 2025,
        recipientKind: "ca_nhan",
        decisionNumber: "5/QĐ-UBND",
        decisionDate: "2026-01-15",
        awardCode: "LDTT",
        awardType: "thuong_xuyen",
        ...v,
      });
    await award({ personId: an, recipientCategory: "lanh_dao_khac" });
    await award({ personId: hoa, recipientCategory: "truc_tiep" });
    await award({ personId: an, awardCode: "CSTDCS", recipientCategory: "lanh_dao_khac" });
    await award({ personId: hoa, awardCode: "GK_CN", awardType: "chuyen_de" });
    await award({ recipientKind: "tap_the", unitId: school, awardCode: "TTLDTT" });
    await award({
      recipientKind: "tap_the",
      unitId: office,
      awardCode: "GK_TT",
      awardType: "dot_xuat",
    });
  });

  it("Mẫu 01 counts each form per unit, the school under its commune, with subtotals", async () => {
    const r = await form("tong-hop-mau-01");
    expect(r.numbers.slice(1)).toEqual(r.numbers.slice(1).map((_, i) => String(i + 1)));
    // Tổng số, then each form's (Tập thể, Cá nhân) in the catalogue's order.
    expect(leafHeads(r)).toEqual([
      "Tổng số",
      "Tập thể",
      "Cá nhân", // Lao động tiên tiến
      "Tập thể",
      "Cá nhân", // Chiến sĩ thi đua cơ sở
      "Tập thể",
      "Cá nhân", // Tập thể lao động tiên tiến
      "Tập thể",
      "Cá nhân", // Giấy khen
    ]);
    expect(row(r, "Tổng cộng")).toEqual([6, 0, 2, 0, 1, 1, 0, 1, 1]);
    expect(row(r, "I. Các cơ quan, đơn vị trên địa bàn")).toEqual([3, 0, 1, 0, 0, 0, 0, 1, 1]);
    expect(row(r, "Phòng Giáo dục và Đào tạo")).toEqual([3, 0, 1, 0, 0, 0, 0, 1, 1]);
    expect(row(r, "II. Các xã, phường, thị trấn")).toEqual([3, 0, 1, 0, 1, 1, 0, 0, 0]);
    expect(row(r, "UBND xã Bình Lư")).toEqual([3, 0, 1, 0, 1, 1, 0, 0, 0]);
  });

  it("Mẫu 02 splits each form by award type and managers, with the ratios", async () => {
    const r = await form("tong-hop-mau-02");
    expect(r.numbers.slice(1, 5)).toEqual(["1", "2", "3", "4"]);
    expect(r.numbers[5]).toBe("5=4:1");
    //                            tổng dn cn | ct tl  ql kql | cd tl ql kql | dng tl | kc tl
    expect(row(r, "Tổng cộng")).toEqual([6, 0, 4, 4, 66.7, 2, 1, 2, 33.3, 0, 0, 0, 0, 0, 0]);
    expect(row(r, "Lao động tiên tiến")).toEqual([2, 0, 2, 2, 100, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(row(r, "Giấy khen")).toEqual([2, 0, 1, 0, 0, 0, 0, 2, 100, 0, 0, 0, 0, 0, 0]);
  });

  it("Mẫu 03 counts the nominations sent up and those decided", async () => {
    expect((await form("tong-hop-mau-03", 2024)).missing?.message).toMatch(
      /Chưa có đề nghị nào trình cấp trên/,
    );
    const { dossierId, nominate } = await dossier2024(t, commune, "Thành tích xuất sắc.");
    const toProvince = await nominate({ personId: an, awardCode: "BK_TINH_CN" });
    const collective = await nominate({
      nomineeKind: "tap_the",
      unitId: school,
      awardCode: "BK_TINH_TT",
    });
    await completeComponents(t, dossierId);
    for (const n of (await t.expectOk("dossiers.get", { id: dossierId })).nominations)
      if (n.eligibility.level === "warning")
        await t.expectOk("dossiers.overrideEligibility", {
          id: n.id,
          reason: "Đủ điều kiện theo hồ sơ gửi kèm.",
        });
    await t.expectOk("dossiers.transition", { ids: [toProvince, collective], action: "tham_dinh" });
    await t.expectOk("dossiers.transition", {
      ids: [toProvince, collective],
      action: "chuyen_cap_tren",
    });
    // The province decided the individual's Bằng khen; the registry holds it.
    await t.expectOk("awards.save", {
      year: 2024,
      recipientKind: "ca_nhan",
      personId: an,
      awardCode: "BK_TINH_CN",
      decisionNumber: "77/QĐ-UBND",
      decisionDate: "2025-04-01",
      recipientCategory: "lanh_dao_khac",
    });
    const r = await form("tong-hop-mau-03", 2024);
    expect(r.missing).toBeNull();
    //   trình TT CN | QĐ TT CN | công trạng TT, lđ tỉnh, từ phó phòng, trực tiếp | phong trào … | đột xuất | đối ngoại | DN
    const total = row(r, "Tổng cộng");
    expect(total.slice(0, 4)).toEqual([1, 1, 0, 1]);
    expect(total.slice(4, 8)).toEqual([1, 0, 1, 0]); // thường xuyên: the collective, the leader
    expect(row(r, "Bằng khen của Chủ tịch UBND tỉnh").slice(0, 4)).toEqual([1, 1, 0, 1]);
  });
});
