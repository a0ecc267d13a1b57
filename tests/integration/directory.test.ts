import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startTestBackend, type TestBackend } from "../helpers/backend";
import { snapshotDatabase } from "../helpers/db-snapshot";
import { peopleHeaders, writeIncomingXlsx } from "../helpers/xlsx";

let t: TestBackend;
beforeEach(async () => {
  t = await startTestBackend();
});
afterEach(() => t.cleanup());

const unit = (name: string, extra: Record<string, unknown> = {}) =>
  t.expectOk("directory.saveUnit", { name, kind: "co_quan_chuyen_mon", ...extra });
const person = (fullName: string, unitId: string | null, extra: Record<string, unknown> = {}) =>
  t.expectOk("directory.savePerson", {
    fullName,
    gender: "nam",
    category: "cong_chuc",
    unitId,
    ...extra,
  });

describe("units", () => {
  it("form a tree, refuse a unit below itself, and refuse deletion while used", async () => {
    const xa = await unit("Xã Thạnh Phú", { kind: "xa_thi_tran", code: "XA_TP" });
    const ap = await unit("Ấp 1", { kind: "thon_ban", parentId: xa.id });
    const bad = await t.call("directory.saveUnit", {
      id: xa.id,
      name: xa.name,
      kind: "xa_thi_tran",
      parentId: ap.id,
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.message).toContain("không thể trực thuộc chính nó");
    const self = await t.call("directory.saveUnit", {
      id: xa.id,
      name: xa.name,
      kind: "xa_thi_tran",
      parentId: xa.id,
    });
    expect(self.ok).toBe(false);
    const dupCode = await t.call("directory.saveUnit", {
      name: "Khác",
      kind: "khac",
      code: "XA_TP",
    });
    expect(dupCode.ok).toBe(false);

    await person("Nguyễn Văn An", ap.id);
    const del = await t.call("directory.deleteUnit", { id: ap.id });
    expect(del.ok).toBe(false);
    if (!del.ok) {
      expect(del.error.code).toBe("CONFLICT");
      expect(del.error.message).toContain("Ngừng hoạt động");
    }
    const off = await t.expectOk("directory.setUnitActive", {
      id: ap.id,
      active: false,
      since: "2025-01-01",
    });
    expect(off).toMatchObject({ active: false, inactiveSince: "2025-01-01", peopleCount: 1 });
    expect(
      (await t.expectOk("directory.listUnits", { includeInactive: false })).map((u) => u.name),
    ).toEqual(["Xã Thạnh Phú"]);
    const empty = await unit("Phòng trống");
    await t.expectOk("directory.deleteUnit", { id: empty.id });
    expect((await t.expectOk("directory.listUnits", {})).some((u) => u.id === empty.id)).toBe(
      false,
    );
  });

  it("lets the office extend the unit kinds and person categories", async () => {
    const item = await t.expectOk("directory.addListItem", {
      list: "unit_kind",
      label: "Hợp tác xã",
    });
    await unit("HTX Tân Bình", { kind: item.code });
    const kinds = await t.expectOk("directory.listKinds", {});
    expect(kinds.unitKinds.at(-1)).toMatchObject({ label: "Hợp tác xã", custom: true });
    expect(
      (await t.call("directory.addListItem", { list: "unit_kind", label: "hop tac xa" })).ok,
    ).toBe(false);
    expect((await t.call("directory.saveUnit", { name: "X", kind: "khong_co" })).ok).toBe(false);
  });
});

describe("people", () => {
  it("search ignores tone marks and case, treats đ as d, and sorts by given name", async () => {
    const u = await unit("Phòng Nội vụ");
    for (const n of [
      "Nguyễn Văn Đức",
      "Đặng Thị Lan",
      "Trần Văn An",
      "Lê Thị Ánh",
      "Phạm Minh Anh",
    ])
      await person(n, u.id);
    const names = async (q: string) =>
      (await t.expectOk("directory.listPeople", { q })).rows.map((r) => r.fullName);
    expect(await names("nguyen van duc")).toEqual(["Nguyễn Văn Đức"]);
    expect(await names("dang")).toEqual(["Đặng Thị Lan"]);
    expect(await names("DUC")).toEqual(["Nguyễn Văn Đức"]);
    expect(await names("")).toEqual([
      "Trần Văn An",
      "Lê Thị Ánh",
      "Phạm Minh Anh",
      "Nguyễn Văn Đức",
      "Đặng Thị Lan",
    ]);
    const page2 = await t.expectOk("directory.listPeople", { page: 2, pageSize: 2 });
    expect(page2).toMatchObject({ total: 5 });
    expect(page2.rows.map((r) => r.fullName)).toEqual(["Phạm Minh Anh", "Nguyễn Văn Đức"]);
    const hits = await t.expectOk("system.search", { q: "nguyen van duc" });
    expect(hits.find((h) => h.kind === "person")).toMatchObject({ title: "Nguyễn Văn Đức" });
  });

  it("finds the same people through the index and through the dense path, and forgets deleted ones", async () => {
    const u = await unit("Phòng A");
    const ids: string[] = [];
    // 1,600 more "Nguyễn …" make "n" a dense query; "nguyen van d" stays sparse.
    for (const [i, name] of ["Nguyễn Văn Đức", "Nguyễn Văn Dũng", "Đỗ Thị Nga"].entries())
      ids[i] = (await person(name, u.id)).id;
    const stmt = t.backend.sqlite.prepare(
      "INSERT INTO people (id, created_at, updated_at, origin, full_name, gender, category, unit_id, search_key, sort_key) VALUES (?, 1, 1, 'x', ?, 'nam', 'cong_chuc', ?, ?, ?)",
    );
    t.backend.sqlite.transaction(() => {
      for (let i = 0; i < 1600; i++)
        stmt.run(
          `bulk${i}`,
          `Nguyễn Hữu Số${i}`,
          u.id,
          `nguyen huu so${i}`,
          `so${i}\u0001nguyen huu`,
        );
    })();
    const dense = await t.expectOk("directory.listPeople", { q: "n", pageSize: 5 });
    expect(dense.total).toBe(1603);
    const sparse = await t.expectOk("directory.listPeople", { q: "nguyen van d" });
    expect(sparse.rows.map((r) => r.fullName)).toEqual(["Nguyễn Văn Dũng", "Nguyễn Văn Đức"]);
    // Dense path: walks the name order; "Nga" is found though it is not the first word.
    expect(dense.rows.slice(0, 3).map((r) => r.fullName)).toEqual([
      "Nguyễn Văn Dũng",
      "Nguyễn Văn Đức",
      "Đỗ Thị Nga",
    ]);
    await t.expectOk("directory.deletePerson", { id: ids[0]! });
    expect((await t.expectOk("directory.listPeople", { q: "nguyen van d" })).total).toBe(1);
    expect((await t.expectOk("directory.listPeople", { q: "n" })).total).toBe(1602);
    await t.expectOk("directory.savePerson", {
      id: ids[1]!,
      fullName: "Trần Văn Dũng",
      gender: "nam",
      category: "cong_chuc",
      unitId: u.id,
    });
    expect((await t.expectOk("directory.listPeople", { q: "tran van dung" })).total).toBe(1);
    expect((await t.expectOk("directory.listPeople", { q: "nguyen van d" })).total).toBe(0);
  });

  it("filters by unit with its sub-units, category and leadership", async () => {
    const xa = await unit("Xã A", { kind: "xa_thi_tran" });
    const ap = await unit("Ấp 1", { kind: "thon_ban", parentId: xa.id });
    const other = await unit("Phòng B");
    await person("Một Người", xa.id, { isLeader: true });
    await person("Hai Người", ap.id, { category: "nhan_dan" });
    await person("Ba Người", other.id);
    const count = async (f: Record<string, unknown>) =>
      (await t.expectOk("directory.listPeople", f)).total;
    expect(await count({ unitId: xa.id })).toBe(2);
    expect(await count({ unitId: xa.id, withSubUnits: false })).toBe(1);
    expect(await count({ category: "nhan_dan" })).toBe(1);
    expect(await count({ isLeader: true })).toBe(1);
  });

  it("keeps the unit history when a person moves, and the person page shows everything", async () => {
    const a = await unit("Phòng A");
    const b = await unit("Phòng B");
    const p = await person("Võ Thị Hồng", a.id, {
      birthDate: "1990-05-02",
      position: "Chuyên viên",
    });
    expect(p.birthYear).toBe(1990);
    t.clock.set(new Date(2025, 5, 1, 9));
    await t.expectOk("directory.savePerson", {
      id: p.id,
      fullName: p.fullName,
      gender: "nu",
      category: "cong_chuc",
      unitId: b.id,
      movedOn: "2025-06-01",
      birthDate: "1990-05-02",
      position: "Phó Trưởng phòng",
      isLeader: true,
    });
    await t.expectOk("directory.addDiscipline", {
      personId: p.id,
      measure: "khien_trach",
      decidedOn: "2024-03-01",
      until: "2025-03-01",
    });
    await t.expectOk("directory.saveInitiative", {
      title: "Số hóa hồ sơ thi đua",
      year: 2024,
      level: "co_so",
      authorIds: [p.id],
    });
    await t.expectOk("directory.saveRatingsGrid", {
      unitId: b.id,
      year: 2024,
      unitRating: "ht_tot",
      rows: [{ personId: p.id, rating: "htxs" }],
    });
    const page = await t.expectOk("directory.getPerson", { id: p.id });
    expect(page.person).toMatchObject({ unitName: "Phòng B", isLeader: true, gender: "nu" });
    expect(page.history.map((h) => [h.unitName, h.fromDate, h.toDate])).toEqual([
      ["Phòng B", "2025-06-01", null],
      ["Phòng A", "2025-03-10", "2025-05-31"],
    ]);
    expect(page.ratings).toEqual([{ year: 2024, rating: "htxs", note: "" }]);
    expect(page.disciplines[0]).toMatchObject({ measure: "khien_trach", until: "2025-03-01" });
    expect(page.initiatives[0]).toMatchObject({
      title: "Số hóa hồ sơ thi đua",
      authors: [{ fullName: "Võ Thị Hồng" }],
    });
    const mismatch = await t.call("directory.savePerson", {
      fullName: "X Y",
      gender: "nam",
      category: "cong_chuc",
      birthYear: 1980,
      birthDate: "1990-01-01",
    });
    expect(mismatch.ok).toBe(false);
  });

  it("keeps quê quán, trú quán and trình độ; a save that leaves them out keeps them", async () => {
    const u = await unit("Phòng Nội vụ");
    const p = await person("Đinh Thị Quê", u.id, {
      gender: "nu",
      hometown: "  Xã Thạnh Phú, tỉnh Đồng Nai ",
      residence: "Thị trấn Vĩnh An, tỉnh Đồng Nai",
      education: "Cử nhân Luật",
    });
    const profile = {
      hometown: "Xã Thạnh Phú, tỉnh Đồng Nai",
      residence: "Thị trấn Vĩnh An, tỉnh Đồng Nai",
      education: "Cử nhân Luật",
    };
    expect(p).toMatchObject(profile);
    expect((await t.expectOk("directory.getPerson", { id: p.id })).person).toMatchObject(profile);
    expect((await t.expectOk("directory.listPeople", { q: "dinh thi que" })).rows[0]).toMatchObject(
      profile,
    );
    // A caller that does not know the fields (the dossier's quick "new person") changes nothing.
    const moved = await t.expectOk("directory.savePerson", {
      id: p.id,
      fullName: p.fullName,
      gender: "nu",
      category: "cong_chuc",
      unitId: u.id,
      position: "Chuyên viên",
    });
    expect(moved).toMatchObject({ position: "Chuyên viên", ...profile });
    // The form sends them emptied: emptied they are.
    const cleared = await t.expectOk("directory.savePerson", {
      id: p.id,
      fullName: p.fullName,
      gender: "nu",
      category: "cong_chuc",
      unitId: u.id,
      hometown: "",
      residence: "",
      education: "",
    });
    expect(cleared).toMatchObject({ hometown: "", residence: "", education: "" });
    // A new person without them has them empty.
    expect(await person("Không Rõ Quê", u.id)).toMatchObject({ hometown: "", education: "" });
    const tooLong = await t.call("directory.savePerson", {
      fullName: "Dài Quê",
      gender: "nam",
      category: "cong_chuc",
      hometown: "x".repeat(301),
    });
    expect(tooLong.ok || tooLong.error.message).toContain("Quê quán quá dài (tối đa 300 ký tự)");
  });

  it("saves a unit's ratings for a year in one grid, and clears emptied ones", async () => {
    const u = await unit("Trường THCS Thạnh Phú", { kind: "truong_hoc" });
    const a = await person("Lý Văn Bảy", u.id);
    const b = await person("Mai Thị Tám", u.id);
    const stranger = await person("Người Ngoài", null);
    await t.expectOk("directory.saveRatingsGrid", {
      unitId: u.id,
      year: 2025,
      unitRating: "htxs",
      rows: [
        { personId: a.id, rating: "ht_tot" },
        { personId: b.id, rating: "kht", note: "Vi phạm" },
      ],
    });
    let grid = await t.expectOk("directory.getRatingsGrid", { unitId: u.id, year: 2025 });
    expect(grid.unitRating).toBe("htxs");
    expect(grid.rows.map((r) => [r.fullName, r.rating])).toEqual([
      ["Lý Văn Bảy", "ht_tot"],
      ["Mai Thị Tám", "kht"],
    ]);
    await t.expectOk("directory.saveRatingsGrid", {
      unitId: u.id,
      year: 2025,
      unitRating: null,
      rows: [{ personId: a.id, rating: null }],
    });
    grid = await t.expectOk("directory.getRatingsGrid", { unitId: u.id, year: 2025 });
    expect(grid.unitRating).toBeNull();
    expect(grid.rows[0]!.rating).toBeNull();
    const before = snapshotDatabase(t.backend.sqlite);
    const bad = await t.call("directory.saveRatingsGrid", {
      unitId: u.id,
      year: 2025,
      unitRating: "htxs",
      rows: [{ personId: stranger.id, rating: "ht" }],
    });
    expect(bad.ok).toBe(false);
    expect(snapshotDatabase(t.backend.sqlite)).toEqual(before);
  });
});

describe("clusters and households", () => {
  it("set members with a leader and a deputy per year and copy them to the next year", async () => {
    const [a, b, c] = [await unit("Xã A"), await unit("Xã B"), await unit("Xã C")];
    await t.expectOk("directory.saveCluster", { name: "Cụm thi đua số 1", kind: "cum" });
    const [cluster] = await t.expectOk("directory.listClusters", { year: 2024 });
    await t.expectOk("directory.setClusterMembers", {
      clusterId: cluster!.id,
      year: 2024,
      members: [
        { unitId: a.id, role: "truong" },
        { unitId: b.id, role: "pho" },
        { unitId: c.id, role: "thanh_vien" },
      ],
    });
    const twoLeaders = await t.call("directory.setClusterMembers", {
      clusterId: cluster!.id,
      year: 2024,
      members: [
        { unitId: a.id, role: "truong" },
        { unitId: b.id, role: "truong" },
      ],
    });
    expect(twoLeaders.ok).toBe(false);
    expect(await t.expectOk("directory.copyClusters", { fromYear: 2024, toYear: 2025 })).toEqual({
      clusters: 1,
      members: 3,
    });
    const next = await t.expectOk("directory.listClusters", { year: 2025 });
    expect(next[0]!.members.map((m) => [m.unitName, m.role])).toEqual([
      ["Xã A", "truong"],
      ["Xã B", "pho"],
      ["Xã C", "thanh_vien"],
    ]);
    expect((await t.call("directory.copyClusters", { fromYear: 2024, toYear: 2025 })).ok).toBe(
      false,
    );
  });

  it("households are listed and found without tone marks", async () => {
    const x = await unit("Ấp Bình Chánh", { kind: "thon_ban" });
    await t.expectOk("directory.saveHousehold", {
      headName: "Hồ Văn Đạt",
      address: "Tổ 3",
      unitId: x.id,
    });
    const list = await t.expectOk("directory.listHouseholds", { q: "ho van dat" });
    expect(list.rows).toMatchObject([{ headName: "Hồ Văn Đạt", unitName: "Ấp Bình Chánh" }]);
    const units = await t.expectOk("system.search", { q: "binh chanh" });
    expect(units.map((h) => h.kind)).toEqual(["unit"]);
    const hits = await t.expectOk("system.search", { q: "ho van dat" });
    expect(hits.map((h) => h.kind)).toEqual(["household"]);
  });
});

describe("import", () => {
  async function setupUnits() {
    await unit("Phòng Nội vụ", { code: "PNV" });
    await unit("Trường Tiểu học Lê Quý Đôn", { kind: "truong_hoc" });
  }

  it("previews tricky rows, then imports the good ones in one go after a backup", async () => {
    await setupUnits();
    const file = await writeIncomingXlsx(t.paths.dataDir, "ca-nhan.xlsx", [
      peopleHeaders,
      ["Nguyễn Văn Đức", "Nam", "05/02/1985", "Công chức", "Chuyên viên", "Không", "PNV", "", ""],
      // Decomposed (NFD) tone marks: the same letters once normalised.
      [
        "Trần Thị Hoà".normalize("NFD"),
        "nữ",
        1990,
        "vien chuc",
        "Giáo viên",
        "",
        "truong tieu hoc le quy don",
        "",
        "",
      ],
      // TCVN3 text typed with a .VnTime font.
      [
        "Lª ThÞ Thuû",
        "Nữ",
        "12/11/1979",
        "Viên chức",
        "",
        "",
        "Trường Tiểu học Lê Quý Đôn",
        "",
        "",
      ],
      ["Nguyễn Văn Đức", "Nam", "05/02/1985", "Công chức", "", "", "PNV", "", ""],
      ["Phạm Văn Khánh", "Nam", "1980", "Công chức", "", "", "Phòng Tài chính", "", ""],
      ["Võ Văn Tư", "Nam", "31/02/1980", "Công chức", "", "", "PNV", "", ""],
    ]);
    const sent = fs.readFileSync(file);
    const preview = await t.expectOk("directory.previewImport", { kind: "people", path: file });
    expect(preview.counts).toEqual({ new: 3, update: 0, unchanged: 0, duplicate: 1, error: 2 });
    // The uploaded copy (personal data) is not kept once read: the preview holds the rows.
    expect(fs.existsSync(file)).toBe(false);
    expect(preview.convertedCells).toBe(1);
    expect(preview.rows.map((r) => [r.row, r.status])).toEqual([
      [2, "new"],
      [3, "new"],
      [4, "new"],
      [5, "duplicate"],
      [6, "error"],
      [7, "error"],
    ]);
    expect(preview.rows[4]!.reason).toContain("Không tìm thấy đơn vị “Phòng Tài chính”");
    expect(preview.rows[5]!.reason).toContain("Ngày sinh");
    const result = await t.expectOk("directory.commitImport", { token: preview.token });
    expect(result).toMatchObject({ inserted: 3, updated: 0 });
    expect(result.backup).toContain("pre-import");
    const all = await t.expectOk("directory.listPeople", {});
    expect(all.rows.map((r) => [r.fullName, r.birthDate, r.birthYear])).toEqual([
      ["Nguyễn Văn Đức", "1985-02-05", 1985],
      ["Trần Thị Hoà", null, 1990],
      ["Lê Thị Thuỷ", "1979-11-12", 1979],
    ]);
    expect(all.rows[1]!.fullName).toBe("Trần Thị Hoà".normalize("NFC"));
    // The same file picked again (an upload is removed once used): the people are already
    // there, and nothing in the file differs.
    fs.writeFileSync(file, sent);
    const again = await t.expectOk("directory.previewImport", { kind: "people", path: file });
    expect(again.counts).toMatchObject({ new: 0, update: 0, unchanged: 3 });
    // A token is used once.
    expect((await t.call("directory.commitImport", { token: preview.token })).ok).toBe(false);
  });

  it("refuses bad files with a clear message and changes nothing", async () => {
    await setupUnits();
    const dir = path.join(t.paths.dataDir, "incoming");
    fs.mkdirSync(dir, { recursive: true });
    const before = snapshotDatabase(t.backend.sqlite);
    const cases: [string, () => Promise<string>, string][] = [
      [
        "wrong type",
        async () => (fs.writeFileSync(path.join(dir, "a.docx"), "x"), path.join(dir, "a.docx")),
        "không phải bảng tính",
      ],
      [
        "not really xlsx",
        async () => (
          fs.writeFileSync(path.join(dir, "b.xlsx"), "not a zip"),
          path.join(dir, "b.xlsx")
        ),
        "bị hỏng",
      ],
      [
        "empty",
        async () => (fs.writeFileSync(path.join(dir, "c.xlsx"), ""), path.join(dir, "c.xlsx")),
        "rỗng",
      ],
      [
        "50 MB",
        async () => {
          const f = path.join(dir, "d.xlsx");
          fs.writeFileSync(f, Buffer.alloc(50 * 1024 * 1024));
          return f;
        },
        "quá lớn",
      ],
      [
        "missing columns",
        () =>
          writeIncomingXlsx(t.paths.dataDir, "e.xlsx", [
            ["Họ và tên", "Giới tính"],
            ["A", "Nam"],
          ]),
        "thiếu cột bắt buộc",
      ],
      [
        "only headers",
        () => writeIncomingXlsx(t.paths.dataDir, "f.xlsx", [peopleHeaders]),
        "không có dòng dữ liệu",
      ],
      [
        "merged cells",
        () =>
          writeIncomingXlsx(
            t.paths.dataDir,
            "h.xlsx",
            [peopleHeaders, ["A B", "Nam", "", "Công chức", "", "", "PNV"]],
            (ws) => ws.mergeCells("A2:B2"),
          ),
        "ô gộp",
      ],
      [
        "xls",
        async () => (fs.writeFileSync(path.join(dir, "j.xls"), "x"), path.join(dir, "j.xls")),
        ".xlsx",
      ],
    ];
    for (const [name, make, message] of cases) {
      const res = await t.call("directory.previewImport", { kind: "people", path: await make() });
      expect(res.ok, name).toBe(false);
      if (!res.ok) expect(res.error.message, name).toContain(message);
    }
    const outside = await t.call("directory.previewImport", {
      kind: "people",
      path: "/etc/passwd",
    });
    expect(outside.ok).toBe(false);
    expect(snapshotDatabase(t.backend.sqlite)).toEqual(before);
  });

  it("reads an office's own file in one go: merged title rows, formulas, blank rows", async () => {
    await setupUnits();
    const file = await writeIncomingXlsx(
      t.paths.dataDir,
      "danh-sach-co-tieu-de.xlsx",
      [
        ["PHÒNG NỘI VỤ"],
        ["DANH SÁCH CÁN BỘ, CÔNG CHỨC NĂM 2025"],
        [],
        peopleHeaders,
        ["Nguyễn Văn Đức", "Nam", { formula: "1984+1", result: 1985 }, "Công chức", "", "", "PNV"],
        [],
        ["Trần Thị Hoà", "Nữ", 1990, "Công chức", "", "", "PNV"],
        [],
      ],
      (ws) => {
        ws.mergeCells("A1:I1");
        ws.mergeCells("A2:I2");
      },
    );
    const preview = await t.expectOk("directory.previewImport", { kind: "people", path: file });
    expect(preview.formulaCells).toBe(1);
    expect(preview.rows.map((r) => [r.row, r.status])).toEqual([
      [5, "new"],
      [7, "new"],
    ]);
    await t.expectOk("directory.commitImport", { token: preview.token });
    const rows = (await t.expectOk("directory.listPeople", {})).rows;
    expect(rows.map((r) => [r.fullName, r.birthYear])).toEqual([
      ["Nguyễn Văn Đức", 1985],
      ["Trần Thị Hoà", 1990],
    ]);
  });

  it("an update never erases what the file leaves blank, and a tone-mark variant is not a rename", async () => {
    await setupUnits();
    const full = await writeIncomingXlsx(t.paths.dataDir, "ca-nhan-day-du.xlsx", [
      peopleHeaders,
      [
        "Nguyễn Văn Đức",
        "Nam",
        "1985",
        "Công chức",
        "Phó Trưởng phòng",
        "Có",
        "PNV",
        "0912345678",
        "Ghi chú cũ",
      ],
    ]);
    const first = await t.expectOk("directory.previewImport", { kind: "people", path: full });
    await t.expectOk("directory.commitImport", { token: first.token });
    const blank = await writeIncomingXlsx(t.paths.dataDir, "ca-nhan-thieu.xlsx", [
      peopleHeaders,
      ["Nguyễn Văn Đức", "Nam", "1985", "Công chức", "", "", "PNV", "", ""],
    ]);
    const again = await t.expectOk("directory.previewImport", { kind: "people", path: blank });
    // Blank cells change nothing: the row is "unchanged", and there is nothing to write.
    expect(again.counts).toMatchObject({ update: 0, unchanged: 1 });
    const nothing = await t.call("directory.commitImport", { token: again.token });
    expect(nothing.ok || nothing.error.message).toContain("Không có dòng hợp lệ");
    const [p] = (await t.expectOk("directory.listPeople", { q: "nguyen van duc" })).rows;
    const page = await t.expectOk("directory.getPerson", { id: p!.id });
    expect(page.person).toMatchObject({
      position: "Phó Trưởng phòng",
      isLeader: true,
      phone: "0912345678",
      notes: "Ghi chú cũ",
    });

    const unitHeaders = [
      "Mã đơn vị",
      "Tên đơn vị",
      "Tên viết tắt",
      "Loại đơn vị",
      "Đơn vị cấp trên (tên hoặc mã)",
      "Địa chỉ",
      "Thủ trưởng",
    ];
    const units = await writeIncomingXlsx(t.paths.dataDir, "don-vi-1.xlsx", [
      unitHeaders,
      ["XA_PH", "Xã Phú Hòa", "PH", "Xã, thị trấn", "", "Ấp Phú Hòa", "Lê Văn Chủ"],
    ]);
    const u1 = await t.expectOk("directory.previewImport", { kind: "units", path: units });
    await t.expectOk("directory.commitImport", { token: u1.token });
    const units2 = await writeIncomingXlsx(t.paths.dataDir, "don-vi-2.xlsx", [
      unitHeaders,
      ["XA_PH", "Xã Phú Hoà", "", "Xã, thị trấn", "", "", ""],
    ]);
    const u2 = await t.expectOk("directory.previewImport", { kind: "units", path: units2 });
    expect(u2.counts).toMatchObject({ update: 0, unchanged: 1 });
    expect((await t.call("directory.commitImport", { token: u2.token })).ok).toBe(false);
    const xa = (await t.expectOk("directory.listUnits", {})).find((u) => u.code === "XA_PH")!;
    expect(xa).toMatchObject({
      name: "Xã Phú Hòa",
      shortName: "PH",
      address: "Ấp Phú Hòa",
      headName: "Lê Văn Chủ",
    });
  });

  it("reads the optional Quê quán, Trú quán (or Nơi ở) and Trình độ columns", async () => {
    await setupUnits();
    // An office's own file: its headers spelled its own way, columns in its own order.
    const own = await writeIncomingXlsx(t.paths.dataDir, "ca-nhan-ly-lich.xlsx", [
      ["Họ tên", "Giới tính", "Năm sinh", "Đối tượng", "Đơn vị", "QUÊ QUÁN", "Nơi ở", "Trình độ"],
      [
        "Nguyễn Văn Đức",
        "Nam",
        1985,
        "Công chức",
        "PNV",
        "Xã Tân An, tỉnh Đồng Nai",
        "Ấp 2, xã Thạnh Phú",
        "Cử nhân Luật",
      ],
      ["Trần Thị Hoa", "Nữ", 1990, "Công chức", "PNV", "", "", ""],
    ]);
    const p1 = await t.expectOk("directory.previewImport", { kind: "people", path: own });
    expect(p1.counts).toMatchObject({ new: 2, error: 0 });
    await t.expectOk("directory.commitImport", { token: p1.token });
    const [duc] = (await t.expectOk("directory.listPeople", { q: "nguyen van duc" })).rows;
    expect(duc).toMatchObject({
      hometown: "Xã Tân An, tỉnh Đồng Nai",
      residence: "Ấp 2, xã Thạnh Phú",
      education: "Cử nhân Luật",
    });

    // The template's headers; an update shows the new values and keeps what a blank cell leaves.
    const later = await writeIncomingXlsx(t.paths.dataDir, "ca-nhan-ly-lich-2.xlsx", [
      [...peopleHeaders, "Quê quán", "Trú quán", "Trình độ chuyên môn, nghiệp vụ"],
      ["Nguyễn Văn Đức", "Nam", "1985", "Công chức", "", "", "PNV", "", "", "", "", "Thạc sĩ Luật"],
      ["Trần Thị Hoa", "Nữ", "1990", "Công chức", "", "", "PNV", "", "", "Xã Bình Lợi", "", ""],
    ]);
    const p2 = await t.expectOk("directory.previewImport", { kind: "people", path: later });
    expect(p2.rows.map((r) => r.changes)).toEqual([
      [{ field: "Trình độ chuyên môn", from: "Cử nhân Luật", to: "Thạc sĩ Luật" }],
      [{ field: "Quê quán", from: "(trống)", to: "Xã Bình Lợi" }],
    ]);
    await t.expectOk("directory.commitImport", { token: p2.token });
    const rows = (await t.expectOk("directory.listPeople", {})).rows;
    expect(rows.map((r) => [r.fullName, r.hometown, r.residence, r.education])).toEqual([
      ["Nguyễn Văn Đức", "Xã Tân An, tỉnh Đồng Nai", "Ấp 2, xã Thạnh Phú", "Thạc sĩ Luật"],
      ["Trần Thị Hoa", "Xã Bình Lợi", "", ""],
    ]);
  });

  it("shows each update field by field, and writes only the rows left ticked", async () => {
    await setupUnits();
    const first = await writeIncomingXlsx(t.paths.dataDir, "ca-nhan-1.xlsx", [
      peopleHeaders,
      ["Nguyễn Văn Đức", "Nam", "1985", "Công chức", "Chuyên viên", "Không", "PNV", "", ""],
      ["Trần Thị Hoà", "Nữ", "1990", "Công chức", "Chuyên viên", "Không", "PNV", "", ""],
    ]);
    const p1 = await t.expectOk("directory.previewImport", { kind: "people", path: first });
    await t.expectOk("directory.commitImport", { token: p1.token });

    const second = await writeIncomingXlsx(t.paths.dataDir, "ca-nhan-2.xlsx", [
      peopleHeaders,
      ["Nguyễn Văn Đức", "Nam", "1985", "Công chức", "Trưởng phòng", "Có", "PNV", "0912345678", ""],
      ["Trần Thị Hòa", "Nữ", "1990", "Công chức", "Phó Trưởng phòng", "", "PNV", "", ""],
      ["Lê Văn Mới", "Nam", "1992", "Công chức", "", "", "PNV", "", ""],
    ]);
    const sentSecond = fs.readFileSync(second);
    const p2 = await t.expectOk("directory.previewImport", { kind: "people", path: second });
    expect(p2.counts).toMatchObject({ new: 1, update: 2, unchanged: 0 });
    expect(p2.rows[0]!.changes).toEqual([
      { field: "Chức vụ", from: "Chuyên viên", to: "Trưởng phòng" },
      { field: "Lãnh đạo", from: "Không", to: "Có" },
      { field: "Điện thoại", from: "(trống)", to: "0912345678" },
    ]);
    // Hòa/Hoà is the same name: only the position changes.
    expect(p2.rows[1]!.changes).toEqual([
      { field: "Chức vụ", from: "Chuyên viên", to: "Phó Trưởng phòng" },
    ]);
    expect(p2.rows[1]!.reason).toContain("chức vụ");

    // The officer unticks the second update and the new person.
    const done = await t.expectOk("directory.commitImport", { token: p2.token, skipRows: [3, 4] });
    expect(done).toMatchObject({ inserted: 0, updated: 1 });
    const rows = (await t.expectOk("directory.listPeople", {})).rows;
    expect(rows.map((r) => [r.fullName, r.position, r.isLeader, r.phone])).toEqual([
      ["Nguyễn Văn Đức", "Trưởng phòng", true, "0912345678"],
      ["Trần Thị Hoà", "Chuyên viên", false, ""],
    ]);

    // Unticking every row leaves nothing to write: refused, and the preview stays usable.
    fs.writeFileSync(second, sentSecond);
    const p3 = await t.expectOk("directory.previewImport", { kind: "people", path: second });
    const none = await t.call("directory.commitImport", { token: p3.token, skipRows: [3, 4] });
    expect(none.ok || none.error.message).toContain("Không có dòng hợp lệ");
    expect((await t.call("directory.commitImport", { token: p3.token })).ok).toBe(true);
  });

  it("imports units with parents named in earlier rows, households and ratings", async () => {
    const units = await writeIncomingXlsx(t.paths.dataDir, "don-vi.xlsx", [
      [
        "Mã đơn vị",
        "Tên đơn vị",
        "Tên viết tắt",
        "Loại đơn vị",
        "Đơn vị cấp trên (tên hoặc mã)",
        "Địa chỉ",
        "Thủ trưởng",
      ],
      ["XA_TP", "Xã Thạnh Phú", "", "Xã, thị trấn", "", "", ""],
      ["", "Ấp 1", "", "Thôn, bản, tổ dân phố", "XA_TP", "", ""],
      ["", "Ấp 2", "", "Loại lạ", "XA_TP", "", ""],
    ]);
    const pu = await t.expectOk("directory.previewImport", { kind: "units", path: units });
    expect(pu.counts).toEqual({ new: 2, update: 0, unchanged: 0, duplicate: 0, error: 1 });
    await t.expectOk("directory.commitImport", { token: pu.token });
    const list = await t.expectOk("directory.listUnits", {});
    const xa = list.find((u) => u.code === "XA_TP")!;
    expect(list.find((u) => u.name === "Ấp 1")!.parentId).toBe(xa.id);

    const hh = await writeIncomingXlsx(t.paths.dataDir, "ho.xlsx", [
      ["Họ tên chủ hộ", "Địa chỉ", "Xã, thôn (tên hoặc mã)", "Ghi chú"],
      ["Đỗ Văn Mười", "Tổ 1", "Ấp 1", ""],
    ]);
    const ph = await t.expectOk("directory.previewImport", { kind: "households", path: hh });
    await t.expectOk("directory.commitImport", { token: ph.token });
    expect((await t.expectOk("directory.listHouseholds", {})).total).toBe(1);
    // The head's gender, in a later file, completes the household: "Hộ ông Đỗ Văn Mười".
    const hg = await writeIncomingXlsx(t.paths.dataDir, "ho-gioi-tinh.xlsx", [
      ["Họ tên chủ hộ", "Giới tính chủ hộ", "Xã, thôn (tên hoặc mã)"],
      ["Đỗ Văn Mười", "Nam", "Ấp 1"],
      ["Lê Thị Hai", "Không rõ", "Ấp 1"],
    ]);
    const pg = await t.expectOk("directory.previewImport", { kind: "households", path: hg });
    expect(pg.rows.map((r) => r.status)).toEqual(["update", "error"]);
    expect(pg.rows[0]!.changes).toEqual([
      { field: "Giới tính chủ hộ", from: "(trống)", to: "Nam" },
    ]);
    expect(pg.rows[1]!.reason).toContain("Giới tính chủ hộ “Không rõ” không hợp lệ");
    await t.expectOk("directory.commitImport", { token: pg.token });
    const [muoi] = (await t.expectOk("directory.listHouseholds", {})).rows;
    expect(muoi).toMatchObject({ headName: "Đỗ Văn Mười", headGender: "nam", address: "Tổ 1" });

    const p = await person("Đỗ Văn Mười", xa.id, { birthYear: 1970 });
    const rf = await writeIncomingXlsx(t.paths.dataDir, "xl.xlsx", [
      ["Họ và tên", "Năm sinh", "Đơn vị (tên hoặc mã)", "Năm đánh giá", "Xếp loại"],
      ["Do Van Muoi", 1970, "XA_TP", 2024, "Hoàn thành tốt nhiệm vụ"],
    ]);
    const pr = await t.expectOk("directory.previewImport", { kind: "ratings", path: rf });
    expect(pr.counts.new).toBe(1);
    await t.expectOk("directory.commitImport", { token: pr.token });
    expect((await t.expectOk("directory.getPerson", { id: p.id })).ratings).toEqual([
      { year: 2024, rating: "ht_tot", note: "" },
    ]);
  });

  it("applies the forms' rules to imported rows and reads cells as the officer sees them", async () => {
    await setupUnits();
    const people = await writeIncomingXlsx(t.paths.dataDir, "gioi-han.xlsx", [
      peopleHeaders,
      ["Nguyễn " + "Văn ".repeat(80) + "Dài", "Nam", 1980, "Công chức", "", "", "PNV", "", ""],
      ["Phạm Văn Số", "Nam", 1980, "Công chức", "", "", "PNV", 912345678, ""],
    ]);
    const pp = await t.expectOk("directory.previewImport", { kind: "people", path: people });
    expect(pp.rows[0]).toMatchObject({ status: "error" });
    expect(pp.rows[0]!.reason).toContain("Họ và tên quá dài (tối đa 100 ký tự)");
    await t.expectOk("directory.commitImport", { token: pp.token });
    const [so] = (await t.expectOk("directory.listPeople", { q: "pham van so" })).rows;
    expect(so!.phone).toBe("0912345678");

    const ratings = await writeIncomingXlsx(t.paths.dataDir, "xep-loai.xlsx", [
      ["Họ và tên", "Năm sinh", "Đơn vị (tên hoặc mã)", "Năm đánh giá", "Xếp loại"],
      ["Phạm Văn Số", 1981, "PNV", 2024, "Hoàn thành tốt nhiệm vụ"],
      ["Phạm Văn Số", 1980, "PNV", 2024, "Hoàn thành tốt nhiệm vụ"],
      ["Phạm Văn Số", 1980, "PNV", 2024, "Hoàn thành xuất sắc nhiệm vụ"],
      ["Phạm Văn Số", 1980, "PNV", 2024, "Hoàn thành tốt nhiệm vụ"],
      ["Phạm Văn Số", 1980, "PNV", 2026, "Hoàn thành tốt nhiệm vụ"],
    ]);
    const pr = await t.expectOk("directory.previewImport", { kind: "ratings", path: ratings });
    expect(pr.rows.map((r) => r.status)).toEqual(["error", "new", "error", "duplicate", "error"]);
    expect(pr.rows[0]!.reason).toContain("năm sinh là 1980, không phải 1981");
    expect(pr.rows[2]!.reason).toContain("Mâu thuẫn với dòng 3");
    expect(pr.rows[4]!.reason).toContain("Năm đánh giá 2026 chưa tới");
    // The ratings form says the same about a year to come.
    const grid = await t.call("directory.saveRatingsGrid", {
      unitId: so!.unitId!,
      year: 2026,
      unitRating: null,
      rows: [],
    });
    expect(grid.ok || grid.error.message).toContain("Năm đánh giá 2026 chưa tới");
  });

  it("reads a column typed in TCVN3 as a whole: short cells like Có are not refused", async () => {
    await setupUnits();
    const file = await writeIncomingXlsx(t.paths.dataDir, "tcvn3.xlsx", [
      peopleHeaders,
      ["NguyÔn V¨n §øc", "Nam", 1985, "C«ng chøc", "Tr­ëng phßng", "Cã", "PNV", "", ""],
      ["TrÇn ThÞ Hoa", "N÷", 1990, "C«ng chøc", "", "Kh«ng", "PNV", "", ""],
    ]);
    const preview = await t.expectOk("directory.previewImport", { kind: "people", path: file });
    expect(preview.rows.map((r) => [r.status, r.label])).toEqual([
      ["new", "Nguyễn Văn Đức"],
      ["new", "Trần Thị Hoa"],
    ]);
    await t.expectOk("directory.commitImport", { token: preview.token });
    const rows = (await t.expectOk("directory.listPeople", {})).rows;
    expect(rows.map((r) => [r.fullName, r.position, r.isLeader])).toEqual([
      ["Nguyễn Văn Đức", "Trưởng phòng", true],
      ["Trần Thị Hoa", "", false],
    ]);
  });

  it("writes templates with headers, an example row and drop-down lists", async () => {
    const { path: file } = await t.expectOk("directory.importTemplate", { kind: "people" });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(1).value).toBe("Họ và tên *");
    expect(ws.getRow(2).getCell(1).value).toBe("Nguyễn Văn An");
    expect(ws.getCell("B3").dataValidation).toMatchObject({ type: "list" });
    const headers = (ws.getRow(1).values as unknown[]).filter(Boolean);
    expect(headers).toEqual(
      expect.arrayContaining(["Quê quán", "Trú quán", "Trình độ chuyên môn, nghiệp vụ"]),
    );
  });
});

describe("export", () => {
  it("writes the filtered list with Vietnamese headers, dd/mm/yyyy dates and no formulas", async () => {
    const u = await unit("Phòng Nội vụ");
    await person("Nguyễn Văn Đức", u.id, {
      birthDate: "1985-02-05",
      notes: '=HYPERLINK("x")',
      hometown: "Xã Tân An, tỉnh Đồng Nai",
      residence: "Ấp 2, xã Thạnh Phú",
      education: "Cử nhân Luật",
    });
    await person("Trần Văn An", u.id, { category: "nhan_dan", phone: "+84912" });
    const { path: file } = await t.expectOk("directory.exportPeople", { category: "cong_chuc" });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(2).values).toEqual(
      expect.arrayContaining(["Họ và tên", "Ngày sinh", "Đơn vị"]),
    );
    expect(ws.rowCount).toBe(3);
    const row = ws.getRow(3);
    expect(row.getCell(2).value).toBe("Nguyễn Văn Đức");
    expect(row.getCell(4).value).toBe("05/02/1985");
    const header = ws.getRow(2).values as unknown[];
    const col = (name: string) => header.indexOf(name);
    expect(row.getCell(col("Quê quán")).value).toBe("Xã Tân An, tỉnh Đồng Nai");
    expect(row.getCell(col("Trú quán")).value).toBe("Ấp 2, xã Thạnh Phú");
    expect(row.getCell(col("Trình độ chuyên môn, nghiệp vụ")).value).toBe("Cử nhân Luật");
    expect(row.getCell(col("Ghi chú")).value).toBe('\'=HYPERLINK("x")');
    expect(row.getCell(col("Ghi chú")).formula).toBeUndefined();
  });

  it("exports units and households as filtered", async () => {
    const xa = await unit("Xã Thạnh Phú", { kind: "xa_thi_tran", code: "XA_TP" });
    await unit("Ấp 1", { kind: "thon_ban", parentId: xa.id });
    await unit("Phòng Nội vụ");
    await t.expectOk("directory.saveHousehold", { headName: "@Hồ Văn Đạt", unitId: xa.id });
    await t.expectOk("directory.saveHousehold", { headName: "Lê Văn Tư", unitId: null });
    const read = async (file: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      return wb.worksheets[0]!;
    };
    const units = await read((await t.expectOk("directory.exportUnits", { q: "thanh phu" })).path);
    expect(units.rowCount).toBe(3);
    expect(units.getRow(3).getCell(3).value).toBe("Xã Thạnh Phú");
    const hh = await read((await t.expectOk("directory.exportHouseholds", { unitId: xa.id })).path);
    expect(hh.rowCount).toBe(3);
    expect(hh.getRow(3).getCell(2).value).toBe("'@Hồ Văn Đạt");
  });
});
