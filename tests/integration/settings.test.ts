import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { rowCounts, snapshotDatabase } from "../helpers/db-snapshot";
import { sampleSetup, startTestBackend, type TestBackend } from "../helpers/backend";

let t: TestBackend;
beforeEach(async () => {
  t = await startTestBackend();
});
afterEach(() => t.cleanup());

const uuidV7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("first-run setup", () => {
  it("takes a new data folder from needs_setup to ready and saves profile, signers and council", async () => {
    const before = await t.expectOk("system.status", {});
    expect(before.state).toBe("needs_setup");
    expect(before.demo).toBe(false);
    expect(before.damage).toBeNull();
    expect(await t.expectOk("settings.getProfile", {})).toBeNull();

    const setup = sampleSetup();
    await t.expectOk("settings.completeSetup", setup);

    const after = await t.expectOk("system.status", {});
    expect(after.state).toBe("ready");
    expect(after.dataDir).toBe(t.paths.dataDir);
    expect(after.databaseFile).toBe(t.paths.database);
    expect(await t.expectOk("settings.getProfile", {})).toEqual(setup.profile);

    const signers = await t.expectOk("settings.listSigners", {});
    expect(
      signers.map((s) => [s.fullName, s.position, s.authority, s.authorityOf, s.onBehalfOf]),
    ).toEqual([
      ["Trần Văn Hùng", "Phó Chủ tịch", "KT.", "Chủ tịch", "Ủy ban nhân dân"],
      ["Lê Thị Thu Hà", "Trưởng phòng", "", "", ""],
    ]);
    const council = await t.expectOk("settings.listCouncil", {});
    expect(council.map((m) => [m.fullName, m.role, m.active])).toEqual([
      ["Nguyễn Văn Thắng", "chu_tich", true],
      ["Đặng Quốc Bảo", "uy_vien", true],
      ["Ngô Thanh Tâm", "thu_ky", true],
    ]);
    // The working year defaults to the year of the clock.
    expect(await t.expectOk("settings.getPreferences", {})).toEqual({ workingYear: 2025 });
  });

  it("makes the first signer the default when none is marked", async () => {
    await t.expectOk("settings.completeSetup", sampleSetup());
    const signers = await t.expectOk("settings.listSigners", {});
    expect(signers.map((s) => s.isDefault)).toEqual([true, false]);
  });

  it("keeps the signer the officer marked as default", async () => {
    const setup = sampleSetup();
    setup.signers[1]!.isDefault = true;
    await t.expectOk("settings.completeSetup", setup);
    const signers = await t.expectOk("settings.listSigners", {});
    expect(signers.map((s) => [s.fullName, s.isDefault])).toEqual([
      ["Trần Văn Hùng", false],
      ["Lê Thị Thu Hà", true],
    ]);
  });

  it("keeps only one default signer when several are marked", async () => {
    const setup = sampleSetup();
    setup.signers = setup.signers.map((s) => ({ ...s, isDefault: true }));
    await t.expectOk("settings.completeSetup", setup);
    const signers = await t.expectOk("settings.listSigners", {});
    expect(signers.filter((s) => s.isDefault).map((s) => s.fullName)).toEqual(["Trần Văn Hùng"]);
  });

  it("refuses a setup without any signer and writes nothing", async () => {
    const before = snapshotDatabase(t.backend.sqlite);
    const result = await t.call("settings.completeSetup", { ...sampleSetup(), signers: [] });
    expect(result).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    if (!result.ok) expect(result.error.message).toContain("Cần ít nhất một người ký");
    expect(snapshotDatabase(t.backend.sqlite)).toEqual(before);
    expect((await t.expectOk("system.status", {})).state).toBe("needs_setup");
  });

  it("refuses a second setup, which would duplicate signers and council members", async () => {
    await t.expectOk("settings.completeSetup", sampleSetup());
    const before = snapshotDatabase(t.backend.sqlite);
    const again = await t.call("settings.completeSetup", sampleSetup("Tân Uyên"));
    expect(again).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    if (!again.ok) expect(again.error.message).toContain("đã được thiết lập");
    expect(snapshotDatabase(t.backend.sqlite)).toEqual(before);
  });

  it("gives records UUIDv7 ids and this installation's origin", async () => {
    await t.expectOk("settings.completeSetup", sampleSetup());
    const installation = t.backend.sqlite.prepare("select id from installation").all() as {
      id: string;
    }[];
    expect(installation).toHaveLength(1);
    const origin = installation[0]!.id;
    expect(origin).toMatch(uuidV7);
    expect(t.backend.origin).toBe(origin);

    for (const table of [
      "signers",
      "council_members",
      "base_salaries",
      "award_catalogue",
      "legal_bases",
    ]) {
      const rows = t.backend.sqlite
        .prepare(`select id, origin, created_at, updated_at from ${table}`)
        .all() as {
        id: string;
        origin: string;
        created_at: number;
        updated_at: number;
      }[];
      expect(rows.length, table).toBeGreaterThan(0);
      for (const r of rows) {
        expect(r.id, table).toMatch(uuidV7);
        expect(r.origin, table).toBe(origin);
        expect(r.created_at, table).toBe(t.clock.now());
        expect(r.updated_at, table).toBe(t.clock.now());
      }
      expect(new Set(rows.map((r) => r.id)).size, table).toBe(rows.length);
    }
  });
});

describe("issuing-body presets", () => {
  it("fill the place name into every preset", async () => {
    const presets = await t.expectOk("settings.presets", { placeName: "  Vĩnh Cửu " });
    expect(presets.map((p) => [p.key, p.label])).toEqual([
      ["phong_noi_vu_huyen", "Phòng Nội vụ – UBND huyện"],
      ["phong_vhxh_xa", "Phòng Văn hóa – Xã hội – UBND xã"],
      ["don_vi_co_so", "Đơn vị cơ sở (xã, trường học, cơ quan, doanh nghiệp)"],
    ]);
    const [huyen, xa, unit] = presets;
    expect(huyen!.profile).toMatchObject({
      level: "huyen",
      issuingBody: "Phòng Nội vụ",
      abbreviation: "PNV",
      placeName: "Vĩnh Cửu",
      parentBody: "Ủy ban nhân dân huyện Vĩnh Cửu",
      councilName: "Hội đồng Thi đua - Khen thưởng huyện Vĩnh Cửu",
    });
    expect(xa!.profile).toMatchObject({
      level: "xa",
      issuingBody: "Phòng Văn hóa - Xã hội",
      placeName: "Vĩnh Cửu",
      parentBody: "Ủy ban nhân dân xã Vĩnh Cửu",
      councilName: "Hội đồng Thi đua - Khen thưởng xã Vĩnh Cửu",
    });
    // A unit types its own name and abbreviation; its parent is the district.
    expect(unit!.profile).toMatchObject({
      level: "co_quan",
      issuingBody: "",
      abbreviation: "",
      parentBody: "Ủy ban nhân dân huyện Vĩnh Cửu",
    });
  });

  it("give a preset that the setup accepts once the place is typed", async () => {
    const [huyen] = await t.expectOk("settings.presets", { placeName: "Tân Uyên" });
    await t.expectOk("settings.completeSetup", { ...sampleSetup(), profile: huyen!.profile });
    expect((await t.expectOk("settings.getProfile", {}))?.parentBody).toBe(
      "Ủy ban nhân dân huyện Tân Uyên",
    );
  });

  it("leave the blanks empty without a place name", async () => {
    const presets = await t.expectOk("settings.presets", {});
    expect(presets[0]!.profile.placeName).toBe("");
    expect(presets[0]!.profile.parentBody).toBe("Ủy ban nhân dân huyện");
  });
});

describe("refusing bad values", () => {
  /** Calls the channel, expects the code, and checks that not a single row changed. */
  async function expectRefused(
    channel: string,
    input: unknown,
    code: "VALIDATION" | "CONFLICT",
    message: RegExp,
  ) {
    const before = snapshotDatabase(t.backend.sqlite);
    const result = await t.callRaw(channel, input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.message).toMatch(message);
    expect(snapshotDatabase(t.backend.sqlite)).toEqual(before);
    return result.error;
  }

  beforeEach(async () => {
    await t.expectOk("settings.completeSetup", sampleSetup());
  });

  const award = {
    code: "GK_MOI",
    name: "Giấy khen mới",
    recipientKind: "ca_nhan",
    kind: "hinh_thuc",
    coefficient: 0.3,
    validFrom: "2025-01-01",
  };

  it("an award with an empty name", async () => {
    const error = await expectRefused(
      "catalogue.saveAward",
      { ...award, name: "   " },
      "VALIDATION",
      /Tên danh hiệu\/hình thức không được để trống/,
    );
    expect(error?.fields?.name).toBe("Tên danh hiệu/hình thức không được để trống");
  });

  it("an award with a negative coefficient", async () => {
    const error = await expectRefused(
      "catalogue.saveAward",
      { ...award, coefficient: -0.3 },
      "VALIDATION",
      /không được âm/,
    );
    expect(error?.fields?.coefficient).toBeDefined();
  });

  it("an award that ends before it starts", async () => {
    const error = await expectRefused(
      "catalogue.saveAward",
      { ...award, validFrom: "2025-06-01", validTo: "2025-05-31" },
      "VALIDATION",
      /Ngày hết hiệu lực phải sau ngày có hiệu lực/,
    );
    expect(error?.fields?.validTo).toBeDefined();
  });

  it("an award code whose validity overlaps a record with the same code", async () => {
    // LDTT is seeded as valid from 01/01/2024 with no end.
    await expectRefused(
      "catalogue.saveAward",
      { ...award, code: "LDTT", name: "Lao động tiên tiến (mới)", validFrom: "2025-01-01" },
      "CONFLICT",
      /Mã LDTT đã có bản ghi “Lao động tiên tiến” hiệu lực từ 01\/01\/2024 đến nay/,
    );
  });

  it("a base salary on a date that already has one", async () => {
    await expectRefused(
      "settings.saveBaseSalary",
      { amount: 2_500_000, effectiveFrom: "2024-07-01" },
      "CONFLICT",
      /Đã có mức lương cơ sở áp dụng từ ngày 01\/07\/2024/,
    );
  });

  it("a date that does not exist", async () => {
    await expectRefused(
      "settings.saveBaseSalary",
      { amount: 2_500_000, effectiveFrom: "2025-02-30" },
      "VALIDATION",
      /Ngày không tồn tại/,
    );
    await expectRefused(
      "catalogue.saveAward",
      { ...award, validFrom: "2025-13-01" },
      "VALIDATION",
      /Ngày không tồn tại/,
    );
    await expectRefused(
      "settings.baseSalaryOn",
      { date: "30/02/2025" },
      "VALIDATION",
      /năm-tháng-ngày/,
    );
  });

  it("an abbreviation with spaces", async () => {
    const profile = { ...sampleSetup().profile, abbreviation: "P NV" };
    const error = await expectRefused(
      "settings.saveProfile",
      profile,
      "VALIDATION",
      /Chữ viết tắt chỉ gồm chữ, số/,
    );
    expect(error?.fields?.abbreviation).toBeDefined();
  });

  it("a base salary that is not a whole positive number of đồng", async () => {
    await expectRefused(
      "settings.saveBaseSalary",
      { amount: -1, effectiveFrom: "2026-01-01" },
      "VALIDATION",
      /lớn hơn 0/,
    );
    await expectRefused(
      "settings.saveBaseSalary",
      { amount: 2_500_000.5, effectiveFrom: "2026-01-01" },
      "VALIDATION",
      /số nguyên/,
    );
  });

  it("a signer without a name", async () => {
    await expectRefused(
      "settings.saveSigner",
      { fullName: "", position: "Trưởng phòng" },
      "VALIDATION",
      /Họ tên người ký không được để trống/,
    );
  });

  it("a rounding step of zero", async () => {
    await expectRefused(
      "settings.saveRounding",
      { step: 0, mode: "up" },
      "VALIDATION",
      /Bước làm tròn phải từ 1 đồng/,
    );
  });

  it("a missing field, in Vietnamese", async () => {
    const error = await expectRefused(
      "settings.saveRounding",
      { step: 1000 },
      "VALIDATION",
      /^Dữ liệu nhập chưa hợp lệ: /,
    );
    expect(error?.fields?.mode).toBeDefined();
  });
});

describe("signers", () => {
  beforeEach(async () => {
    await t.expectOk("settings.completeSetup", sampleSetup());
  });

  it("edits a signer in place", async () => {
    const [first] = await t.expectOk("settings.listSigners", {});
    t.clock.advance(1000);
    const saved = await t.expectOk("settings.saveSigner", {
      ...first!,
      position: "Chủ tịch",
      authority: "",
      authorityOf: "",
      onBehalfOf: "",
    });
    expect(saved).toMatchObject({
      id: first!.id,
      position: "Chủ tịch",
      sortOrder: first!.sortOrder,
    });
    const row = t.backend.sqlite
      .prepare("select created_at, updated_at from signers where id = ?")
      .get(first!.id) as {
      created_at: number;
      updated_at: number;
    };
    expect(row.updated_at - row.created_at).toBe(1000);
    expect((await t.expectOk("settings.listSigners", {})).length).toBe(2);
  });

  it("keeps only one default: saving a new default clears the old one", async () => {
    const added = await t.expectOk("settings.saveSigner", {
      fullName: "Phạm Minh Tuấn",
      position: "Chánh Văn phòng",
      isDefault: true,
    });
    const signers = await t.expectOk("settings.listSigners", {});
    expect(signers.filter((s) => s.isDefault).map((s) => s.id)).toEqual([added.id]);
    expect(signers.at(-1)!.id).toBe(added.id);
  });

  it("tombstones a deleted signer: gone from the list, still in the table", async () => {
    const [, second] = await t.expectOk("settings.listSigners", {});
    t.clock.advance(5000);
    await t.expectOk("settings.deleteSigner", { id: second!.id });
    expect((await t.expectOk("settings.listSigners", {})).map((s) => s.id)).not.toContain(
      second!.id,
    );
    const row = t.backend.sqlite
      .prepare("select deleted_at from signers where id = ?")
      .get(second!.id) as { deleted_at: number };
    expect(row.deleted_at).toBe(t.clock.now());
    expect(rowCounts(t.backend.sqlite, "signers")).toEqual({ live: 1, deleted: 1 });
  });

  it("cannot edit or delete a deleted signer", async () => {
    const [, second] = await t.expectOk("settings.listSigners", {});
    await t.expectOk("settings.deleteSigner", { id: second!.id });
    expect(await t.call("settings.deleteSigner", { id: second!.id })).toMatchObject({
      ok: false,
      error: { code: "NOT_FOUND" },
    });
    expect(await t.call("settings.saveSigner", { ...second!, fullName: "Sửa lại" })).toMatchObject({
      ok: false,
      error: { code: "NOT_FOUND" },
    });
  });

  it("refuses to delete the last signer", async () => {
    const [first, second] = await t.expectOk("settings.listSigners", {});
    await t.expectOk("settings.deleteSigner", { id: second!.id });
    const before = snapshotDatabase(t.backend.sqlite);
    const result = await t.call("settings.deleteSigner", { id: first!.id });
    expect(result).toMatchObject({
      ok: false,
      error: { code: "CONFLICT", message: "Cần giữ ít nhất một người ký." },
    });
    expect(snapshotDatabase(t.backend.sqlite)).toEqual(before);
  });

  it("reorders signers", async () => {
    const [first, second] = await t.expectOk("settings.listSigners", {});
    await t.expectOk("settings.reorderSigners", { ids: [second!.id, first!.id] });
    expect((await t.expectOk("settings.listSigners", {})).map((s) => s.id)).toEqual([
      second!.id,
      first!.id,
    ]);
  });

  it("reorders nothing when one of the ids is unknown", async () => {
    const [first, second] = await t.expectOk("settings.listSigners", {});
    const before = snapshotDatabase(t.backend.sqlite);
    const result = await t.call("settings.reorderSigners", {
      ids: [second!.id, "khong-co", first!.id],
    });
    expect(result).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(snapshotDatabase(t.backend.sqlite)).toEqual(before);
  });
});

describe("council members", () => {
  beforeEach(async () => {
    await t.expectOk("settings.completeSetup", sampleSetup());
  });

  it("adds at the end, edits, and tombstones on delete", async () => {
    const added = await t.expectOk("settings.saveCouncilMember", {
      fullName: "Võ Thị Lan",
      position: "Chủ tịch Ủy ban MTTQ",
      role: "uy_vien",
    });
    let council = await t.expectOk("settings.listCouncil", {});
    expect(council.map((m) => m.fullName)).toEqual([
      "Nguyễn Văn Thắng",
      "Đặng Quốc Bảo",
      "Ngô Thanh Tâm",
      "Võ Thị Lan",
    ]);

    await t.expectOk("settings.saveCouncilMember", { ...added, active: false });
    council = await t.expectOk("settings.listCouncil", {});
    expect(council.find((m) => m.id === added.id)?.active).toBe(false);

    await t.expectOk("settings.deleteCouncilMember", { id: added.id });
    council = await t.expectOk("settings.listCouncil", {});
    expect(council.map((m) => m.id)).not.toContain(added.id);
    expect(rowCounts(t.backend.sqlite, "council_members")).toEqual({ live: 3, deleted: 1 });
  });
});

describe("base salaries", () => {
  it("are seeded with the history of effective dates", async () => {
    const rows = await t.expectOk("settings.listBaseSalaries", {});
    expect(rows.map((r) => [r.effectiveFrom, r.amount])).toEqual([
      ["2017-07-01", 1_300_000],
      ["2018-07-01", 1_390_000],
      ["2019-07-01", 1_490_000],
      ["2023-07-01", 1_800_000],
      ["2024-07-01", 2_340_000],
    ]);
  });

  it("answer which amount is in force on a date", async () => {
    expect((await t.expectOk("settings.baseSalaryOn", { date: "2024-06-30" }))?.amount).toBe(
      1_800_000,
    );
    expect((await t.expectOk("settings.baseSalaryOn", { date: "2024-07-01" }))?.amount).toBe(
      2_340_000,
    );
    expect(await t.expectOk("settings.baseSalaryOn", { date: "2017-06-30" })).toBeNull();
  });

  it("take a new amount into account from its date, and forget a deleted one", async () => {
    const added = await t.expectOk("settings.saveBaseSalary", {
      amount: 2_530_000,
      effectiveFrom: "2026-01-01",
      legalBasis: "Nghị định mới",
    });
    expect((await t.expectOk("settings.baseSalaryOn", { date: "2025-12-31" }))?.amount).toBe(
      2_340_000,
    );
    expect((await t.expectOk("settings.baseSalaryOn", { date: "2026-01-01" }))?.amount).toBe(
      2_530_000,
    );
    await t.expectOk("settings.deleteBaseSalary", { id: added.id });
    expect((await t.expectOk("settings.baseSalaryOn", { date: "2026-01-01" }))?.amount).toBe(
      2_340_000,
    );
    expect(rowCounts(t.backend.sqlite, "base_salaries")).toEqual({ live: 5, deleted: 1 });
    // The date of a deleted amount is free again.
    await t.expectOk("settings.saveBaseSalary", { amount: 2_600_000, effectiveFrom: "2026-01-01" });
  });

  it("can be edited without clashing with themselves", async () => {
    const rows = await t.expectOk("settings.listBaseSalaries", {});
    const last = rows.at(-1)!;
    const saved = await t.expectOk("settings.saveBaseSalary", {
      ...last,
      legalBasis: "Nghị định số 73/2024/NĐ-CP ngày 30/6/2024",
    });
    expect(saved).toEqual({ ...last, legalBasis: "Nghị định số 73/2024/NĐ-CP ngày 30/6/2024" });
  });

  it("refuse to delete the last one", async () => {
    const rows = await t.expectOk("settings.listBaseSalaries", {});
    for (const r of rows.slice(1)) await t.expectOk("settings.deleteBaseSalary", { id: r.id });
    const before = snapshotDatabase(t.backend.sqlite);
    const result = await t.call("settings.deleteBaseSalary", { id: rows[0]!.id });
    expect(result).toMatchObject({
      ok: false,
      error: { code: "CONFLICT", message: "Cần giữ ít nhất một mức lương cơ sở." },
    });
    expect(snapshotDatabase(t.backend.sqlite)).toEqual(before);
  });
});

describe("rounding and preferences", () => {
  it("default to rounding up to 10.000 đồng and save a new rule", async () => {
    expect(await t.expectOk("settings.getRounding", {})).toEqual({ step: 10_000, mode: "up" });
    await t.expectOk("settings.saveRounding", { step: 1_000, mode: "nearest" });
    expect(await t.expectOk("settings.getRounding", {})).toEqual({ step: 1_000, mode: "nearest" });
  });

  it("save the working year", async () => {
    await t.expectOk("settings.savePreferences", { workingYear: 2026 });
    expect(await t.expectOk("settings.getPreferences", {})).toEqual({ workingYear: 2026 });
    expect(await t.call("settings.savePreferences", { workingYear: 1900 })).toMatchObject({
      ok: false,
      error: { code: "VALIDATION" },
    });
  });
});
