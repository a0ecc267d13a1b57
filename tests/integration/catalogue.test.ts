import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { rowCounts, snapshotDatabase } from "../helpers/db-snapshot";
import { startTestBackend, type TestBackend } from "../helpers/backend";
import { defaultAwards, incompleteLegalBases } from "../../db/seed/defaults";

let t: TestBackend;
beforeEach(async () => {
  t = await startTestBackend();
});
afterEach(() => t.cleanup());

const newAward = {
  code: "GK_DOT_XUAT",
  name: "Giấy khen thành tích đột xuất",
  recipientKind: "ca_nhan" as const,
  kind: "hinh_thuc" as const,
  coefficient: 0.3,
  validFrom: "2025-01-01",
};

describe("the seeded catalogue", () => {
  it("has the default titles and award forms with their coefficients", async () => {
    const awards = await t.expectOk("catalogue.listAwards", {});
    const byCode = new Map(awards.map((a) => [a.code, a]));
    expect(byCode.get("LDTT")).toMatchObject({
      name: "Lao động tiên tiến",
      recipientKind: "ca_nhan",
      kind: "danh_hieu",
      coefficient: 0.3,
    });
    expect(byCode.get("CSTDCS")).toMatchObject({
      name: "Chiến sĩ thi đua cơ sở",
      coefficient: 1.0,
    });
    expect(byCode.get("CSTD_TINH")).toMatchObject({ coefficient: 3.0 });
    expect(byCode.get("TTLDTT")).toMatchObject({
      name: "Tập thể lao động tiên tiến",
      recipientKind: "tap_the",
      coefficient: 0.8,
    });
    expect(byCode.get("TTLDXS")).toMatchObject({ coefficient: 1.5 });
    expect(byCode.get("CO_TD_TINH")).toMatchObject({
      name: "Cờ thi đua cấp tỉnh",
      recipientKind: "tap_the",
      coefficient: 8.0,
    });
    expect(byCode.get("GD_VAN_HOA")).toMatchObject({
      recipientKind: "ho_gia_dinh",
      coefficient: null,
    });
    expect(byCode.get("GK_TT")).toMatchObject({ kind: "hinh_thuc", coefficient: 0.6 });
    expect(byCode.get("BK_TINH_CN")).toMatchObject({ coefficient: 1.5 });
    expect(byCode.get("BK_TINH_TT")).toMatchObject({ coefficient: 3.0 });
    for (const a of awards) expect(a).toMatchObject({ validFrom: "2024-01-01", validTo: null });
    // Listed in the catalogue's order.
    expect(awards.map((a) => a.sortOrder)).toEqual(
      [...awards.map((a) => a.sortOrder)].sort((x, y) => x - y),
    );
    expect(awards[0]!.code).toBe("LDTT");
  });

  it("is seeded once: reopening the data folder adds nothing", async () => {
    const before = snapshotDatabase(t.backend.sqlite);
    t.close();
    const again = await startTestBackend({ dataDir: t.paths.dataDir });
    try {
      expect(snapshotDatabase(again.backend.sqlite)).toEqual(before);
    } finally {
      again.close();
    }
  });

  it("has the legal bases, with the 2003 law superseded at the end of 2023", async () => {
    const bases = await t.expectOk("catalogue.listLegalBases", {});
    const law2003 = bases.find((b) => b.number === "15/2003/QH11");
    expect(law2003).toMatchObject({
      docType: "luat",
      effectiveFrom: "2004-07-01",
      effectiveTo: "2023-12-31",
    });
    expect(bases.find((b) => b.number === "06/2022/QH15")).toMatchObject({
      effectiveFrom: "2024-01-01",
      effectiveTo: null,
    });
    // Newest first.
    const froms = bases.map((b) => b.effectiveFrom);
    expect(froms).toEqual([...froms].sort().reverse());
  });
});

describe("legal bases in force on a date", () => {
  const numbersOn = async (onDate: string) =>
    (await t.expectOk("catalogue.listLegalBases", { onDate })).map((b) => b.number);

  it("include the 2003 law up to its last day and the 2022 law from its first", async () => {
    expect(await numbersOn("2023-12-31")).toContain("15/2003/QH11");
    expect(await numbersOn("2023-12-31")).not.toContain("06/2022/QH15");
    expect(await numbersOn("2024-01-01")).not.toContain("15/2003/QH11");
    expect(await numbersOn("2024-01-01")).toContain("06/2022/QH15");
  });

  it("switch from Nghị định 98/2023 to 152/2025 on 1 July 2025", async () => {
    expect(await numbersOn("2025-06-30")).toContain("98/2023/NĐ-CP");
    expect(await numbersOn("2025-06-30")).not.toContain("152/2025/NĐ-CP");
    expect(await numbersOn("2025-07-01")).toContain("152/2025/NĐ-CP");
    expect(await numbersOn("2025-07-01")).not.toContain("98/2023/NĐ-CP");
  });

  it("cite Nghị định 152/2025 with its issue date, completing the entry older versions shipped", async () => {
    const find = async () =>
      (await t.expectOk("catalogue.listLegalBases", {})).find(
        (b) => b.number === "152/2025/NĐ-CP",
      )!;
    expect(await find()).toMatchObject({
      issuedDate: "2025-06-14",
      title: expect.stringContaining("ngày 14 tháng 6 năm 2025"),
    });
    // A library an earlier version seeded: the entry without its date, as it was shipped.
    const shipped = incompleteLegalBases[0]!;
    t.backend.sqlite
      .prepare("update legal_bases set title = ?, note = ?, issued_date = null where number = ?")
      .run(shipped.title, shipped.note, shipped.number);
    const dataDir = t.paths.dataDir;
    const removeFolder = t.cleanup;
    const reopen = async () => {
      t.close();
      const again = await startTestBackend({ dataDir });
      t = { ...again, cleanup: () => (again.close(), removeFolder()) };
    };
    await reopen();
    expect(await find()).toMatchObject({ issuedDate: "2025-06-14", note: "" });
    // An entry the office edited itself is left as it is.
    t.backend.sqlite
      .prepare("update legal_bases set title = ?, note = ?, issued_date = null where number = ?")
      .run(shipped.title, "Phòng tự ghi chú", shipped.number);
    await reopen();
    expect(await find()).toMatchObject({ issuedDate: null, note: "Phòng tự ghi chú" });
  });

  it("filter awards by validity too", async () => {
    expect(await t.expectOk("catalogue.listAwards", { onDate: "2023-12-31" })).toEqual([]);
    expect((await t.expectOk("catalogue.listAwards", { onDate: "2024-01-01" })).length).toBe(
      defaultAwards.length,
    );
  });
});

describe("editing the catalogue", () => {
  it("adds an award at the end of the list", async () => {
    const saved = await t.expectOk("catalogue.saveAward", newAward);
    expect(saved).toMatchObject({ ...newAward, validTo: null, conferredBy: "", criteria: "" });
    const awards = await t.expectOk("catalogue.listAwards", {});
    expect(awards.at(-1)!.id).toBe(saved.id);
  });

  it("versions a code: a new period may follow the closed one without overlapping", async () => {
    const ldtt = (await t.expectOk("catalogue.listAwards", {})).find((a) => a.code === "LDTT")!;
    await t.expectOk("catalogue.saveAward", { ...ldtt, validTo: "2025-12-31" });
    const next = await t.expectOk("catalogue.saveAward", {
      ...newAward,
      code: "LDTT",
      name: "Lao động tiên tiến",
      coefficient: 0.35,
      validFrom: "2026-01-01",
    });
    expect(
      (await t.expectOk("catalogue.listAwards", { onDate: "2025-12-31" })).find(
        (a) => a.code === "LDTT",
      )?.coefficient,
    ).toBe(0.3);
    expect(
      (await t.expectOk("catalogue.listAwards", { onDate: "2026-01-01" })).find(
        (a) => a.code === "LDTT",
      )?.id,
    ).toBe(next.id);
  });

  it("refuses a new period that starts on the last day of the old one", async () => {
    const ldtt = (await t.expectOk("catalogue.listAwards", {})).find((a) => a.code === "LDTT")!;
    await t.expectOk("catalogue.saveAward", { ...ldtt, validTo: "2025-12-31" });
    const result = await t.call("catalogue.saveAward", {
      ...newAward,
      code: "LDTT",
      validFrom: "2025-12-31",
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: "CONFLICT", fields: { validFrom: expect.any(String) } },
    });
  });

  it("edits an award without clashing with itself", async () => {
    const cstdcs = (await t.expectOk("catalogue.listAwards", {})).find((a) => a.code === "CSTDCS")!;
    const saved = await t.expectOk("catalogue.saveAward", { ...cstdcs, coefficient: 1.2 });
    expect(saved).toEqual({ ...cstdcs, coefficient: 1.2 });
  });

  it("tombstones a deleted award: gone from lists and search, still in the table", async () => {
    const ldtt = (await t.expectOk("catalogue.listAwards", {})).find((a) => a.code === "LDTT")!;
    t.clock.advance(60_000);
    await t.expectOk("catalogue.deleteAward", { id: ldtt.id });
    expect((await t.expectOk("catalogue.listAwards", {})).map((a) => a.code)).not.toContain("LDTT");
    const row = t.backend.sqlite
      .prepare("select deleted_at, code from award_catalogue where id = ?")
      .get(ldtt.id);
    expect(row).toEqual({ deleted_at: t.clock.now(), code: "LDTT" });
    expect(rowCounts(t.backend.sqlite, "award_catalogue")).toEqual({
      live: defaultAwards.length - 1,
      deleted: 1,
    });
    expect(
      (await t.expectOk("system.search", { q: "lao dong tien tien" })).map((h) => h.id),
    ).not.toContain(ldtt.id);
    // Its code is free again.
    await t.expectOk("catalogue.saveAward", { ...newAward, code: "LDTT" });
  });

  it("reports NOT_FOUND when deleting or editing an award that does not exist", async () => {
    expect(await t.call("catalogue.deleteAward", { id: "khong-co" })).toMatchObject({
      ok: false,
      error: { code: "NOT_FOUND" },
    });
    expect(await t.call("catalogue.saveAward", { ...newAward, id: "khong-co" })).toMatchObject({
      ok: false,
      error: { code: "NOT_FOUND" },
    });
  });

  it("adds, edits and tombstones a legal basis", async () => {
    const saved = await t.expectOk("catalogue.saveLegalBasis", {
      title: "Quyết định số 12/2025/QĐ-UBND của UBND tỉnh ban hành Quy chế thi đua, khen thưởng",
      docType: "quyet_dinh",
      number: "12/2025/QĐ-UBND",
      issuer: "UBND tỉnh",
      effectiveFrom: "2025-03-01",
    });
    expect(saved).toMatchObject({ issuedDate: null, effectiveTo: null, note: "" });
    const edited = await t.expectOk("catalogue.saveLegalBasis", {
      ...saved,
      effectiveTo: "2025-12-31",
    });
    expect(edited.effectiveTo).toBe("2025-12-31");
    await t.expectOk("catalogue.deleteLegalBasis", { id: saved.id });
    expect((await t.expectOk("catalogue.listLegalBases", {})).map((b) => b.id)).not.toContain(
      saved.id,
    );
    expect(rowCounts(t.backend.sqlite, "legal_bases")).toEqual({ live: 9, deleted: 1 });
  });

  it("refuses a legal basis whose number is already in the library", async () => {
    const before = snapshotDatabase(t.backend.sqlite);
    const result = await t.call("catalogue.saveLegalBasis", {
      title: "Luật Thi đua, khen thưởng",
      docType: "luat",
      number: "06/2022/QH15",
      effectiveFrom: "2024-01-01",
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: "CONFLICT", message: "Văn bản số 06/2022/QH15 đã có trong thư viện căn cứ." },
    });
    expect(snapshotDatabase(t.backend.sqlite)).toEqual(before);
  });
});

describe("restoring the default catalogue", () => {
  it("re-adds a deleted default, then adds nothing the second time", async () => {
    const awards = await t.expectOk("catalogue.listAwards", {});
    const bases = await t.expectOk("catalogue.listLegalBases", {});
    await t.expectOk("catalogue.deleteAward", { id: awards.find((a) => a.code === "CSTDCS")!.id });
    await t.expectOk("catalogue.deleteLegalBasis", {
      id: bases.find((b) => b.number === "15/2003/QH11")!.id,
    });

    expect(await t.expectOk("catalogue.restoreDefaults", {})).toEqual({
      awardsAdded: 1,
      legalBasesAdded: 1,
    });
    const restored = (await t.expectOk("catalogue.listAwards", {})).find(
      (a) => a.code === "CSTDCS",
    );
    expect(restored).toMatchObject({ name: "Chiến sĩ thi đua cơ sở", coefficient: 1.0 });
    expect(
      (await t.expectOk("catalogue.listLegalBases", {})).find((b) => b.number === "15/2003/QH11")
        ?.effectiveTo,
    ).toBe("2023-12-31");

    const before = snapshotDatabase(t.backend.sqlite);
    expect(await t.expectOk("catalogue.restoreDefaults", {})).toEqual({
      awardsAdded: 0,
      legalBasesAdded: 0,
    });
    expect(snapshotDatabase(t.backend.sqlite)).toEqual(before);
  });

  it("leaves the office's own edits of a default alone", async () => {
    const ldtt = (await t.expectOk("catalogue.listAwards", {})).find((a) => a.code === "LDTT")!;
    await t.expectOk("catalogue.saveAward", { ...ldtt, coefficient: 0.4 });
    expect(await t.expectOk("catalogue.restoreDefaults", {})).toEqual({
      awardsAdded: 0,
      legalBasesAdded: 0,
    });
    expect(
      (await t.expectOk("catalogue.listAwards", {}))
        .filter((a) => a.code === "LDTT")
        .map((a) => a.coefficient),
    ).toEqual([0.4]);
  });
});
