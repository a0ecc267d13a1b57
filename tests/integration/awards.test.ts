import fs from "node:fs";
import ExcelJS from "exceljs";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { cancelDecisionAwards, recordDecisionAwards } from "../../db/queries/awards";
import { addMissingRules } from "../../db/seed/apply-defaults";
import { defaultAwardRules } from "../../db/seed/defaults";
import { startTestBackend, type TestBackend } from "../helpers/backend";
import { writeIncomingXlsx } from "../helpers/xlsx";

const headers = [
  "Năm",
  "Loại đối tượng",
  "Họ tên / Tên tập thể",
  "Năm sinh",
  "Đơn vị (tên hoặc mã)",
  "Hình thức khen thưởng",
  "Số quyết định",
  "Ngày quyết định (dd/mm/yyyy)",
  "Cấp quyết định",
  "Ghi chú",
];

describe("the award registry", () => {
  let t: TestBackend;
  let pnv: { id: string };
  let ptc: { id: string };
  let duc: { id: string };
  let an: { id: string };
  beforeEach(async () => {
    t = await startTestBackend();
    pnv = await t.expectOk("directory.saveUnit", {
      name: "Phòng Nội vụ",
      kind: "co_quan_chuyen_mon",
      code: "PNV",
    });
    ptc = await t.expectOk("directory.saveUnit", {
      name: "Phòng Tài chính - Kế hoạch",
      kind: "co_quan_chuyen_mon",
    });
    const person = (fullName: string, unitId: string, birthYear: number) =>
      t.expectOk("directory.savePerson", {
        fullName,
        gender: "nam",
        category: "cong_chuc",
        unitId,
        birthYear,
      });
    duc = await person("Nguyễn Văn Đức", pnv.id, 1985);
    an = await person("Trần Văn An", ptc.id, 1990);
  });
  afterEach(() => t.cleanup());

  const manual = (extra: Record<string, unknown> = {}) =>
    t.call("awards.save", {
      year: 2023,
      recipientKind: "ca_nhan",
      personId: duc.id,
      awardCode: "LDTT",
      decisionNumber: "15/QĐ-UBND",
      decisionDate: "2024-01-12",
      issuer: "Chủ tịch UBND huyện Vĩnh Cửu",
      ...extra,
    });

  it("adds, edits and deletes hand-entered history, with snapshots and duplicate refusal", async () => {
    const res = await manual();
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.value).toMatchObject({
      recipientName: "Nguyễn Văn Đức",
      unitName: "Phòng Nội vụ",
      unitId: pnv.id,
      awardName: "Lao động tiên tiến",
      source: "nhap_tay",
    });
    const again = await manual({ decisionNumber: "99/QĐ-UBND" });
    expect(again.ok).toBe(false);
    if (!again.ok) {
      expect(again.error.code).toBe("CONFLICT");
      expect(again.error.message).toContain("đã có “Lao động tiên tiến” năm 2023");
    }
    const edited = await t.expectOk("awards.save", {
      id: res.value.id,
      year: 2023,
      recipientKind: "ca_nhan",
      personId: duc.id,
      awardCode: "CSTDCS",
      decisionNumber: "16/QĐ-UBND",
      note: "Sửa theo bản gốc",
    });
    expect(edited).toMatchObject({ awardName: "Chiến sĩ thi đua cơ sở", source: "nhap_tay" });
    // Wrong recipient kind and unknown awards are refused with a reason.
    const wrongKind = await manual({ awardCode: "TTLDTT" });
    expect(wrongKind.ok).toBe(false);
    if (!wrongKind.ok) expect(wrongKind.error.message).toContain("dành cho tập thể");
    const unknown = await manual({ awardCode: "KHONG_CO" });
    expect(unknown.ok).toBe(false);
    const noName = await t.call("awards.save", {
      year: 2023,
      recipientKind: "ca_nhan",
      awardCode: "GK_CN",
    });
    expect(noName.ok).toBe(false);
    if (!noName.ok) expect(noName.error.message).toContain("ghi tên đối tượng");
    const badDate = await manual({ year: 2024, decisionDate: "2023-05-01" });
    expect(badDate.ok).toBe(false);
    // A free name (someone not in the directory) is accepted.
    const free = await t.expectOk("awards.save", {
      year: 2020,
      recipientKind: "ca_nhan",
      recipientName: "Lê Văn Hưu trí",
      unitId: pnv.id,
      awardCode: "GK_CN",
    });
    expect(free).toMatchObject({ personId: null, unitName: "Phòng Nội vụ" });
    await t.expectOk("awards.delete", { id: free.id });
    const list = await t.expectOk("awards.list", {});
    expect(list.total).toBe(1);
    expect(list.rows[0]!.awardCode).toBe("CSTDCS");
  });

  it("protects records of decisions issued in the app, and keeps cancelled ones", async () => {
    const stamp = { now: t.clock.now(), origin: "test" };
    const ids = recordDecisionAwards(
      t.backend.db,
      stamp,
      "decision-1",
      { decisionNumber: "120/QĐ-UBND", decisionDate: "2025-01-20", issuer: "Chủ tịch UBND huyện" },
      [
        {
          year: 2024,
          recipientKind: "ca_nhan",
          personId: duc.id,
          unitId: pnv.id,
          recipientName: "Nguyễn Văn Đức",
          unitName: "Phòng Nội vụ",
          awardCode: "LDTT",
          awardName: "Lao động tiên tiến",
        },
        {
          year: 2024,
          recipientKind: "tap_the",
          unitId: pnv.id,
          recipientName: "Phòng Nội vụ",
          awardCode: "TTLDTT",
          awardName: "Tập thể lao động tiên tiến",
        },
      ],
    );
    expect(ids).toHaveLength(2);
    // Idempotent: the same decision recorded twice writes nothing more.
    expect(
      recordDecisionAwards(
        t.backend.db,
        stamp,
        "decision-1",
        { decisionNumber: "x", decisionDate: "2025-01-20", issuer: "" },
        [],
      ),
    ).toEqual(ids);
    const edit = await t.call("awards.save", {
      id: ids[0]!,
      year: 2024,
      recipientKind: "ca_nhan",
      personId: duc.id,
      awardCode: "LDTT",
    });
    expect(edit.ok).toBe(false);
    if (!edit.ok) {
      expect(edit.error.code).toBe("CONFLICT");
      expect(edit.error.message).toContain("Quyết định số 120/QĐ-UBND");
      expect(edit.error.message).toContain("không thể sửa hoặc xóa");
    }
    const del = await t.call("awards.delete", { id: ids[0]! });
    expect(del.ok).toBe(false);
    expect((await t.expectOk("awards.list", {})).total).toBe(2);
    const unitAwards = await t.expectOk("awards.forUnit", { unitId: pnv.id });
    expect(unitAwards.collective.map((r) => r.awardCode)).toEqual(["TTLDTT"]);
    expect(unitAwards.members.map((r) => r.recipientName)).toEqual(["Nguyễn Văn Đức"]);
    // A cancelling decision marks the records; they stay listed but stop counting.
    const before = await t.expectOk("awards.checkEligibility", {
      nominations: [
        { nominee: { kind: "ca_nhan", id: duc.id, name: "" }, awardCode: "LDTT", year: 2024 },
      ],
    });
    expect(before[0]!.results.find((r) => r.ruleCode === "duplicate")!.level).toBe("blocking");
    expect(
      cancelDecisionAwards(t.backend.db, stamp, "decision-1", {
        decisionNumber: "130/QĐ-UBND",
        decisionDate: "2025-03-01",
      }),
    ).toBe(2);
    const person = await t.expectOk("awards.forPerson", { personId: duc.id });
    expect(person[0]).toMatchObject({ cancelledBy: "130/QĐ-UBND", source: "quyet_dinh" });
    const after = await t.expectOk("awards.checkEligibility", {
      nominations: [
        { nominee: { kind: "ca_nhan", id: duc.id, name: "" }, awardCode: "LDTT", year: 2024 },
      ],
    });
    expect(after[0]!.results.find((r) => r.ruleCode === "duplicate")!.level).toBe("ok");
  });

  it("searches without tone marks and filters by year, form, kind and unit", async () => {
    await manual();
    await manual({
      year: 2024,
      awardCode: "CSTDCS",
      decisionNumber: "20/QĐ-UBND",
      decisionDate: null,
    });
    await t.expectOk("awards.save", {
      year: 2024,
      recipientKind: "ca_nhan",
      personId: an.id,
      awardCode: "LDTT",
    });
    await t.expectOk("awards.save", {
      year: 2024,
      recipientKind: "tap_the",
      unitId: ptc.id,
      awardCode: "TTLDTT",
    });
    const names = async (filter: Record<string, unknown>) =>
      (await t.expectOk("awards.list", filter)).rows.map(
        (r) => `${r.recipientName}|${r.year}|${r.awardCode}`,
      );
    expect(await names({ q: "nguyen van duc" })).toEqual([
      "Nguyễn Văn Đức|2024|CSTDCS",
      "Nguyễn Văn Đức|2023|LDTT",
    ]);
    expect(await names({ q: "DUC chien si" })).toEqual(["Nguyễn Văn Đức|2024|CSTDCS"]);
    expect(await names({ q: "15/qđ" })).toEqual(["Nguyễn Văn Đức|2023|LDTT"]);
    expect(await names({ q: "tai chinh" })).toHaveLength(2);
    expect(await names({ year: 2024, awardCode: "LDTT" })).toEqual(["Trần Văn An|2024|LDTT"]);
    expect(await names({ recipientKind: "tap_the" })).toEqual([
      "Phòng Tài chính - Kế hoạch|2024|TTLDTT",
    ]);
    expect(await names({ unitId: pnv.id })).toHaveLength(2);
    expect(await names({ q: "100%_" })).toEqual([]);
    const page = await t.expectOk("awards.list", { limit: 1, offset: 1 });
    expect(page.total).toBe(4);
    expect(page.rows).toHaveLength(1);
  });

  it("imports a good file after a preview, with a backup, and skips rows already there", async () => {
    await manual();
    const file = await writeIncomingXlsx(t.paths.dataDir, "khen.xlsx", [
      ["SỔ KHEN THƯỞNG (nhập lại)"],
      headers,
      [
        2023,
        "Cá nhân",
        "Nguyen Van Duc",
        1985,
        "PNV",
        "Lao động tiên tiến",
        "15/QĐ-UBND",
        "12/01/2024",
        "",
        "",
      ],
      [
        2022,
        "",
        "Trần Văn An",
        "",
        "Phòng Tài chính - Kế hoạch",
        "CSTDCS",
        "7/QĐ-UBND",
        "05/02/2023",
        "Chủ tịch UBND huyện",
        "",
      ],
      [
        2022,
        "Tập thể",
        "Phòng Nội vụ",
        "",
        "",
        "Tập thể lao động tiên tiến",
        "8/QĐ-UBND",
        "05/02/2023",
        "",
        "",
      ],
      [
        2021,
        "Cá nhân",
        "Trần Văn An",
        "",
        "Phòng Tài chính - Kế hoạch",
        "Giấy khen",
        "",
        "",
        "",
        "Giấy khen cá nhân",
      ],
    ]);
    const preview = await t.expectOk("awards.previewImport", { path: file });
    expect(preview.counts).toEqual({ new: 3, duplicate: 1, error: 0 });
    expect(preview.rows[0]!.reason).toContain("đã có");
    const backupsBefore = (await t.expectOk("system.listBackups", {})).length;
    const done = await t.expectOk("awards.commitImport", { token: preview.token });
    expect(done.inserted).toBe(3);
    expect(done.backup).not.toBe("");
    expect((await t.expectOk("system.listBackups", {})).length).toBe(backupsBefore + 1);
    const an2022 = await t.expectOk("awards.forPerson", { personId: an.id });
    expect(an2022.map((r) => `${r.year}|${r.awardCode}|${r.source}|${r.decisionDate}`)).toEqual([
      "2022|CSTDCS|nhap_excel|2023-02-05",
      "2021|GK_CN|nhap_excel|null",
    ]);
    // The token is spent.
    expect((await t.call("awards.commitImport", { token: preview.token })).ok).toBe(false);
  });

  it("explains every bad row, and writes only the valid ones", async () => {
    const file = await writeIncomingXlsx(t.paths.dataDir, "loi.xlsx", [
      headers,
      [2023, "Cá nhân", "Nguyễn Văn Đức", "", "PNV", "Lao động tiên tiến", "", "", "", ""],
      [2023, "Cá nhân", "Người Lạ", "", "PNV", "Lao động tiên tiến", "", "", "", ""],
      [
        2023,
        "Cá nhân",
        "Trần Văn An",
        "",
        "Phòng Tài chính - Kế hoạch",
        "Huân chương",
        "",
        "",
        "",
        "",
      ],
      [
        "năm ngoái",
        "Cá nhân",
        "Trần Văn An",
        "",
        "Phòng Tài chính - Kế hoạch",
        "LDTT",
        "",
        "",
        "",
        "",
      ],
      [
        2023,
        "Cá nhân",
        "Trần Văn An",
        "",
        "Phòng Tài chính - Kế hoạch",
        "LDTT",
        "",
        "31/02/2024",
        "",
        "",
      ],
      [
        2023,
        "Hộ gia đình",
        "Trần Văn An",
        "",
        "Phòng Tài chính - Kế hoạch",
        "Tập thể lao động tiên tiến",
        "",
        "",
        "",
        "",
      ],
      [2023, "Cá nhân", "Trần Văn An", "", "Phòng Không Có", "LDTT", "", "", "", ""],
    ]);
    const preview = await t.expectOk("awards.previewImport", { path: file });
    expect(preview.counts).toEqual({ new: 1, duplicate: 0, error: 6 });
    const reasons = preview.rows.map((r) => r.reason);
    expect(reasons[1]).toContain("Không tìm thấy “Người Lạ”");
    expect(reasons[2]).toContain("Hình thức “Huân chương” không có trong danh mục");
    expect(reasons[3]).toContain("Năm “năm ngoái” không hợp lệ");
    expect(reasons[4]).toContain("Ngày quyết định “31/02/2024” không hợp lệ");
    expect(reasons[5]).toContain("không dành cho hộ gia đình");
    expect(reasons[6]).toContain("Không tìm thấy đơn vị “Phòng Không Có”");
    // The officer decides: the valid row is written, the rows in error are left out.
    const done = await t.expectOk("awards.commitImport", { token: preview.token });
    expect(done.inserted).toBe(1);
    // Files that are not sheets at all get a reason too.
    const dir = `${t.paths.dataDir}/incoming`;
    fs.writeFileSync(`${dir}/x.xls`, "x");
    const xls = await t.call("awards.previewImport", { path: `${dir}/x.xls` });
    expect(xls.ok).toBe(false);
    if (!xls.ok) expect(xls.error.message).toContain(".xlsx");
    const noCols = await writeIncomingXlsx(t.paths.dataDir, "cot.xlsx", [["Tên"], ["A"]]);
    const cols = await t.call("awards.previewImport", { path: noCols });
    expect(cols.ok).toBe(false);
    if (!cols.ok) expect(cols.error.message).toContain("thiếu cột bắt buộc");
  });

  it("exports the filtered registry to .xlsx that the import reads back", async () => {
    await manual();
    await t.expectOk("awards.save", {
      year: 2024,
      recipientKind: "tap_the",
      unitId: ptc.id,
      awardCode: "TTLDTT",
    });
    const out = await t.expectOk("awards.export", { year: 2023 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out.path);
    const ws = wb.worksheets[0]!;
    expect(String(ws.getCell("A1").value)).toContain("Sổ khen thưởng năm 2023 (1 lượt)");
    expect(ws.getRow(3).values).toEqual([
      undefined,
      1,
      2023,
      "Cá nhân",
      "Nguyễn Văn Đức",
      "Phòng Nội vụ",
      "Lao động tiên tiến",
      "15/QĐ-UBND",
      "12/01/2024",
      "Chủ tịch UBND huyện Vĩnh Cửu",
      "Nhập tay",
      "",
    ]);
    const template = await t.expectOk("awards.importTemplate", {});
    expect(fs.existsSync(template.path)).toBe(true);
    // Re-importing the export finds every row already in the registry.
    fs.mkdirSync(`${t.paths.dataDir}/incoming`, { recursive: true });
    const copy = `${t.paths.dataDir}/incoming/lai.xlsx`;
    fs.copyFileSync((await t.expectOk("awards.export", {})).path, copy);
    const preview = await t.expectOk("awards.previewImport", { path: copy });
    expect(preview.counts).toEqual({ new: 0, duplicate: 2, error: 0 });
  });

  it("gives existing installations the default rules once, and lists them", async () => {
    const rules = await t.expectOk("awards.listRules", {});
    expect(rules).toHaveLength(defaultAwardRules.length);
    const cap = rules.find((r) => r.ruleCode === "cap_share")!;
    expect(cap).toMatchObject({
      awardCode: "CSTDCS",
      validTo: "2023-12-31",
      params: { maxShare: 0.15 },
    });
    expect(addMissingRules(t.backend.db, { now: t.clock.now(), origin: "test" })).toBe(0);
    // "Bổ sung mục mặc định còn thiếu" brings back a deleted rule.
    t.backend.sqlite.prepare("UPDATE award_rules SET deleted_at = 1 WHERE id = ?").run(cap.id);
    expect(await t.expectOk("awards.listRules", {})).toHaveLength(defaultAwardRules.length - 1);
    await t.expectOk("catalogue.restoreDefaults", {});
    expect(await t.expectOk("awards.listRules", {})).toHaveLength(defaultAwardRules.length);
    // An installation from before the rules: none in the table, setting absent → added at start.
    t.backend.sqlite.exec(
      "DELETE FROM award_rules; DELETE FROM app_settings WHERE key = 'default_rules_seeded'",
    );
    const dataDir = t.paths.dataDir;
    t.close();
    const t2 = await startTestBackend({ dataDir });
    try {
      expect(await t2.expectOk("awards.listRules", { awardCode: "TTLDXS" })).toHaveLength(5);
    } finally {
      t2.close();
    }
    t = await startTestBackend();
  });

  it("checks eligibility from the directory and the registry", async () => {
    await t.expectOk("directory.saveRatingsGrid", {
      unitId: pnv.id,
      year: 2024,
      unitRating: "htxs",
      rows: [{ personId: duc.id, rating: "ht_tot" }],
    });
    await t.expectOk("directory.addDiscipline", {
      personId: an.id,
      measure: "canh_cao",
      decidedOn: "2024-06-01",
    });
    const res = await t.expectOk("awards.checkEligibility", {
      nominations: [
        { nominee: { kind: "ca_nhan", id: duc.id, name: "" }, awardCode: "LDTT", year: 2024 },
        { nominee: { kind: "ca_nhan", id: duc.id, name: "" }, awardCode: "CSTDCS", year: 2024 },
        { nominee: { kind: "ca_nhan", id: an.id, name: "" }, awardCode: "LDTT", year: 2024 },
        { nominee: { kind: "tap_the", id: pnv.id, name: "" }, awardCode: "TTLDTT", year: 2024 },
      ],
    });
    expect(res.map((r) => r.level)).toEqual(["ok", "blocking", "blocking", "ok"]);
    expect(res[1]!.results.find((r) => r.level === "blocking")!.ruleCode).toBe("excellence_one_of");
    const an2024 = res[2]!.results.filter((r) => r.level !== "ok").map((r) => r.ruleCode);
    expect(an2024).toEqual(["discipline_pending", "rating_min", "no_discipline_in_year"]);
    expect(res[2]!.results.find((r) => r.ruleCode === "rating_min")!.level).toBe("warning");
    // A movement's own criteria (seed 004) come with the request.
    for (const y of [2021, 2022, 2023])
      await t.expectOk("directory.saveRatingsGrid", {
        unitId: pnv.id,
        year: y,
        unitRating: null,
        rows: [{ personId: duc.id, rating: y === 2022 ? "ht" : "htxs" }],
      });
    const seed004 = await t.expectOk("awards.checkEligibility", {
      nominations: [
        { nominee: { kind: "ca_nhan", id: duc.id, name: "" }, awardCode: "GK_CN", year: 2024 },
      ],
      extraRules: [
        {
          awardCode: "GK_CN",
          ruleCode: "consecutive_ratings",
          params: { years: 4, minRating: "ht_tot", minExcellent: 2 },
        },
      ],
    });
    const criterion = seed004[0]!.results.find((r) => r.ruleCode === "consecutive_ratings")!;
    expect(criterion.level).toBe("blocking");
    expect(criterion.message).toContain("năm 2022 xếp loại thấp hơn");
  });
});

describe("the demo district's registry", () => {
  let t: TestBackend;
  beforeAll(async () => {
    t = await startTestBackend({ demo: true });
  });
  afterAll(() => t.cleanup());

  it("agrees with the demo ratings and shows on a person's page", async () => {
    const sqlite = t.backend.sqlite;
    const mismatched = sqlite
      .prepare(
        `SELECT count(*) FROM award_records a JOIN ratings r ON r.subject_id = a.person_id AND r.year = a.year
         WHERE a.award_code = 'LDTT' AND r.rating NOT IN ('ht_tot', 'htxs')`,
      )
      .pluck()
      .get();
    expect(mismatched).toBe(0);
    const counts = sqlite
      .prepare("SELECT award_code, count(*) AS n FROM award_records GROUP BY award_code")
      .all() as { award_code: string; n: number }[];
    const n = Object.fromEntries(counts.map((c) => [c.award_code, c.n]));
    expect(n.LDTT).toBeGreaterThan(5000);
    expect(n.CSTDCS).toBeGreaterThan(100);
    expect(n.TTLDTT).toBeGreaterThan(0);
    const personId = sqlite
      .prepare("SELECT person_id FROM award_records WHERE award_code = 'CSTDCS' LIMIT 1")
      .pluck()
      .get() as string;
    const page = await t.expectOk("awards.forPerson", { personId });
    expect(page.some((r) => r.awardCode === "CSTDCS")).toBe(true);
    expect(page.every((r) => r.personId === personId)).toBe(true);
  });

  it("checks CSTĐCS nominations of the demo's last year consistently with its data", async () => {
    const year = Number(sqlite(t).prepare("SELECT max(year) FROM award_records").pluck().get());
    const holders = sqlite(t)
      .prepare(
        "SELECT person_id FROM award_records WHERE award_code = 'CSTDCS' AND year = ? LIMIT 20",
      )
      .pluck()
      .all(year) as string[];
    // Those who already hold it: duplicate. Nominated for the next year with no rating: warning.
    const res = await t.expectOk("awards.checkEligibility", {
      nominations: holders.flatMap((id) => [
        { nominee: { kind: "ca_nhan" as const, id, name: "" }, awardCode: "CSTDCS", year },
        { nominee: { kind: "ca_nhan" as const, id, name: "" }, awardCode: "LDTT", year: year + 1 },
      ]),
    });
    for (let i = 0; i < holders.length; i++) {
      const held = res[2 * i]!;
      expect(held.results.find((r) => r.ruleCode === "duplicate")!.level).toBe("blocking");
      // Their own prerequisites hold: LĐTT that year and excellence.
      expect(held.results.find((r) => r.ruleCode === "title_same_year")!.level).toBe("ok");
      const next = res[2 * i + 1]!.results.find((r) => r.ruleCode === "rating_min")!;
      expect(next.level).toBe("warning");
      expect(next.message).toContain(`Chưa có xếp loại năm ${year + 1}`);
    }
  });
});

function sqlite(t: TestBackend) {
  return t.backend.sqlite;
}
