import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { incomingDir } from "../../electron/api/files";
import { sampleSetup, startTestBackend, type TestBackend } from "../helpers/backend";
import { snapshotDatabase } from "../helpers/db-snapshot";
import { communeWithSchool, completeComponents, errorOf, savePerson } from "../helpers/nominations";
import { writeIncomingXlsx } from "../helpers/xlsx";

let t: TestBackend;
let unitId: string;
let schoolId: string;
let anId: string;
let binhId: string;
let householdId: string;

beforeEach(async () => {
  t = await startTestBackend();
  await t.expectOk("settings.completeSetup", sampleSetup());
  ({ unitId, schoolId } = await communeWithSchool(t));
  anId = await savePerson(t, unitId, "Nguyễn Văn An", "Công chức Văn phòng");
  binhId = await savePerson(t, schoolId, "Trần Thị Bình", "Giáo viên", {
    gender: "nu",
    birthYear: 1990,
    category: "vien_chuc",
  });
  householdId = (
    await t.expectOk("directory.saveHousehold", {
      headName: "Lò Văn Pấng",
      headGender: "nam",
      address: "Bản Nà Bỏ",
      unitId,
    })
  ).id;
});
afterEach(() => t.cleanup());

function upload(name: string, bytes: Uint8Array | string): string {
  fs.mkdirSync(incomingDir(t.paths), { recursive: true });
  const file = path.join(incomingDir(t.paths), name);
  fs.writeFileSync(file, bytes);
  return file;
}

async function newDossier(extra: Record<string, unknown> = {}) {
  return t.expectOk("dossiers.save", {
    unitId,
    year: 2024,
    kind: "thuong_xuyen",
    receivedDate: "2025-03-05",
    unitDocNumber: "15/TTr-UBND",
    unitDocDate: "2025-03-01",
    ...extra,
  });
}

/** Nguyễn Văn An nominated for `awardCode` in the dossier. */
async function nominateAn(dossierId: string, awardCode: string) {
  return t.expectOk("dossiers.saveNomination", {
    dossierId,
    nomineeKind: "ca_nhan",
    personId: anId,
    awardCode,
  });
}

/** Ratings of 2024: what the LĐTT rule reads (without one the check warns). */
async function rate(unit: string, rows: [string, "htxs" | "ht_tot" | "ht" | "kht"][]) {
  await t.expectOk("directory.saveRatingsGrid", {
    unitId: unit,
    year: 2024,
    unitRating: null,
    rows: rows.map(([personId, rating]) => ({ personId, rating, note: "" })),
  });
}

/** An as a candidate for CSTĐ tỉnh: three consecutive CSTĐCS in the registry. */
async function anHasThreeCstdcs() {
  for (const year of [2022, 2023, 2024])
    await t.expectOk("awards.save", {
      year,
      recipientKind: "ca_nhan",
      personId: anId,
      awardCode: "CSTDCS",
      decisionNumber: `${year - 2000}/QĐ-UBND`,
      decisionDate: `${year}-12-20`,
      issuer: "UBND huyện",
    });
}

describe("dossiers", () => {
  it("creates a dossier with its checklist and lists it by year, unit and state", async () => {
    const d = await newDossier();
    expect(d).toMatchObject({
      unitName: "UBND xã Bình Lư",
      kind: "thuong_xuyen",
      nominationCount: 0,
      missing: ["Tờ trình của đơn vị", "Biên bản họp xét của đơn vị"],
    });
    const detail = await t.expectOk("dossiers.get", { id: d.id });
    expect(detail.components.map((c) => [c.kind, c.required, c.present])).toEqual([
      ["to_trinh", true, false],
      ["bien_ban_hop_xet", true, false],
    ]);

    await t.expectOk("dossiers.saveNomination", {
      dossierId: d.id,
      nomineeKind: "ca_nhan",
      personId: anId,
      awardCode: "LDTT",
      summary: "Hoàn thành tốt nhiệm vụ",
    });
    const list = await t.expectOk("dossiers.list", { year: 2024 });
    expect(list.total).toBe(1);
    expect(list.stateCounts).toEqual({ tiep_nhan: 1 });
    expect(list.rows[0]!.missing).toEqual([
      "Tờ trình của đơn vị",
      "Biên bản họp xét của đơn vị",
      "Báo cáo thành tích của Nguyễn Văn An",
    ]);
    expect((await t.expectOk("dossiers.list", { year: 2023 })).rows).toEqual([]);
    expect((await t.expectOk("dossiers.list", { year: 2024, unitId: schoolId })).rows).toEqual([]);
    expect(
      (await t.expectOk("dossiers.list", { year: 2024, state: "tham_dinh" })).rows,
    ).toHaveLength(0);
    expect(
      (await t.expectOk("dossiers.list", { year: 2024, state: "tiep_nhan" })).rows,
    ).toHaveLength(1);
  });

  it("refuses bad headers with Vietnamese messages", async () => {
    expect(
      await errorOf(t.call("dossiers.save", { ...(await baseInput()), unitDocDate: "2025-03-09" })),
    ).toContain("Ngày Tờ trình của đơn vị không thể sau ngày tiếp nhận");
    expect(
      await errorOf(
        t.call("dossiers.save", { ...(await baseInput()), receivedDate: "2025-02-30" }),
      ),
    ).toContain("Ngày không tồn tại");
    const gone = await t.expectOk("directory.saveUnit", { name: "Bản Đã Nhập", kind: "thon_ban" });
    await t.expectOk("directory.deleteUnit", { id: gone.id });
    expect(
      await errorOf(t.call("dossiers.save", { ...(await baseInput()), unitId: gone.id })),
    ).toBe("Đơn vị trình không còn trong danh bạ.");
  });

  async function baseInput() {
    return {
      unitId,
      year: 2024,
      kind: "thuong_xuyen" as const,
      receivedDate: "2025-03-05",
      unitDocDate: "2025-03-01",
    };
  }

  it("checks nominees and award forms", async () => {
    const d = await newDossier();
    const add = (over: Record<string, unknown>) =>
      t.call("dossiers.saveNomination", {
        dossierId: d.id,
        nomineeKind: "ca_nhan",
        personId: anId,
        awardCode: "LDTT",
        ...over,
      });
    expect(await errorOf(add({ personId: null }))).toContain(
      "Chưa chọn người, tập thể hoặc hộ được đề nghị",
    );
    expect(await errorOf(add({ awardCode: "TTLDTT" }))).toContain("dành cho tập thể");
    expect(await errorOf(add({ awardCode: "KHONG_CO" }))).toContain(
      "không có trong danh mục hoặc không còn hiệu lực vào ngày tiếp nhận 05/03/2025",
    );
    expect((await add({})).ok).toBe(true);
    expect(await errorOf(add({}))).toBe(
      "Hồ sơ đã có đề nghị “Lao động tiên tiến” cho đối tượng này.",
    );
    expect(
      (await add({ nomineeKind: "tap_the", personId: null, unitId: schoolId, awardCode: "TTLDTT" }))
        .ok,
    ).toBe(true);
    expect(
      (
        await add({
          nomineeKind: "ho_gia_dinh",
          personId: null,
          householdId,
          awardCode: "GK_HGD",
        })
      ).ok,
    ).toBe(true);
    const detail = await t.expectOk("dossiers.get", { id: d.id });
    expect(detail.nominations.map((n) => [n.nomineeName, n.nomineeDetail, n.awardName])).toEqual([
      ["Nguyễn Văn An", "Công chức Văn phòng, UBND xã Bình Lư", "Lao động tiên tiến"],
      ["Trường Tiểu học Bình Lư", "UBND xã Bình Lư", expect.any(String)],
      ["Hộ ông Lò Văn Pấng", "Bản Nà Bỏ, xã Bình Lư", expect.any(String)],
    ]);
    // One report per nominee appears in the checklist.
    expect(
      detail.components.filter((c) => c.kind === "bao_cao_thanh_tich").map((c) => c.title),
    ).toEqual([
      "Báo cáo thành tích: Nguyễn Văn An",
      "Báo cáo thành tích: Trường Tiểu học Bình Lư",
      "Báo cáo thành tích: Hộ ông Lò Văn Pấng",
    ]);
    // A second form for the same person does not add a second report; deleting the last
    // nomination of a nominee removes its report.
    const second = await nominateAn(d.id, "CSTDCS");
    let comps = (await t.expectOk("dossiers.get", { id: d.id })).components;
    expect(comps.filter((c) => c.kind === "bao_cao_thanh_tich")).toHaveLength(3);
    const hh = detail.nominations[2]!;
    await t.expectOk("dossiers.deleteNomination", { id: hh.id });
    await t.expectOk("dossiers.deleteNomination", { id: second.id });
    comps = (await t.expectOk("dossiers.get", { id: d.id })).components;
    expect(comps.filter((c) => c.kind === "bao_cao_thanh_tich").map((c) => c.title)).toEqual([
      "Báo cáo thành tích: Nguyễn Văn An",
      "Báo cáo thành tích: Trường Tiểu học Bình Lư",
    ]);
  });

  it("blocks going past tiếp nhận with components missing unless overridden with a reason", async () => {
    const d = await newDossier();
    const n = await nominateAn(d.id, "LDTT");
    await rate(unitId, [[anId, "ht_tot"]]);
    expect(n.actions).toEqual([
      {
        action: "tham_dinh",
        blockedBy:
          "Hồ sơ còn thiếu: Tờ trình của đơn vị; Biên bản họp xét của đơn vị; Báo cáo thành tích của Nguyễn Văn An. Bổ sung đủ hoặc ghi lý do bỏ qua ở hồ sơ trước khi chuyển tiếp.",
      },
      { action: "tra_lai", blockedBy: null },
    ]);
    const before = snapshotDatabase(t.backend.sqlite);
    expect(
      await errorOf(t.call("dossiers.transition", { ids: [n.id], action: "tham_dinh" })),
    ).toContain("Hồ sơ còn thiếu: Tờ trình của đơn vị");
    expect(snapshotDatabase(t.backend.sqlite)).toEqual(before);

    await t.expectOk("dossiers.save", {
      id: d.id,
      ...(await baseInput()),
      unitDocNumber: "15/TTr-UBND",
      overrideReason: "Đơn vị nộp bản giấy Biên bản sau, đã báo qua điện thoại",
    });
    expect(await t.expectOk("dossiers.transition", { ids: [n.id], action: "tham_dinh" })).toEqual({
      moved: 1,
    });
    const events = await t.expectOk("dossiers.events", { nominationId: n.id });
    expect(events.map((e) => [e.action, e.fromState, e.toState])).toEqual([
      ["tao", null, "tiep_nhan"],
      ["tham_dinh", "tiep_nhan", "tham_dinh"],
    ]);
    expect(events[1]!.reason).toBe(
      "Bỏ qua thành phần còn thiếu (Tờ trình của đơn vị; Biên bản họp xét của đơn vị; Báo cáo thành tích của Nguyễn Văn An): Đơn vị nộp bản giấy Biên bản sau, đã báo qua điện thoại",
    );
    expect(events[1]!.actor).toMatch(/^Máy này \(mã cài đặt …/);
  });

  it("moves nominations through appraisal, return and the council, recording every step", async () => {
    const d = await newDossier();
    const ids: string[] = [];
    for (const [personId, awardCode] of [
      [anId, "LDTT"],
      [binhId, "LDTT"],
      [anId, "CSTD_TINH"],
    ] as const)
      ids.push(
        (
          await t.expectOk("dossiers.saveNomination", {
            dossierId: d.id,
            nomineeKind: "ca_nhan",
            personId,
            awardCode,
          })
        ).id,
      );
    await completeComponents(t, d.id);
    const [an, binh, tinh] = ids as [string, string, string];
    await rate(unitId, [[anId, "ht_tot"]]);
    await rate(schoolId, [[binhId, "ht_tot"]]);
    await anHasThreeCstdcs();
    // CSTĐ tỉnh still warns (no initiative at province level): accepted in writing.
    await t.expectOk("dossiers.overrideEligibility", {
      id: tinh,
      reason: "Sáng kiến cấp tỉnh đang chờ Hội đồng tỉnh công nhận",
    });

    // Trả lại needs a reason; nothing moves without one.
    expect(
      await errorOf(t.call("dossiers.transition", { ids: [binh], action: "tra_lai", reason: " " })),
    ).toBe("Phải ghi lý do cho bước này.");
    await t.expectOk("dossiers.transition", {
      ids: [binh],
      action: "tra_lai",
      reason: "Thiếu xác nhận của Hiệu trưởng",
    });
    // Bulk: all or nothing, the refusal names the nominee.
    expect(
      await errorOf(t.call("dossiers.transition", { ids: [an, binh], action: "tham_dinh" })),
    ).toBe(
      "Trần Thị Bình: Đề nghị đang ở trạng thái “Trả lại đơn vị”; chỉ làm được bước này khi ở trạng thái “Tiếp nhận”. Chưa đề nghị nào được chuyển.",
    );
    expect((await t.expectOk("dossiers.get", { id: d.id })).nominations[0]!.state).toBe(
      "tiep_nhan",
    );
    await t.expectOk("dossiers.transition", { ids: [an, tinh], action: "tham_dinh" });

    // The province form cannot go to a district decision: it is forwarded; the district form is not.
    const detail = await t.expectOk("dossiers.get", { id: d.id });
    const byId = new Map(detail.nominations.map((n) => [n.id, n]));
    expect(byId.get(an)!.officeCanConfer).toBe(true);
    expect(byId.get(tinh)!.officeCanConfer).toBe(false);
    expect(byId.get(an)!.actions.map((a) => a.action)).toEqual(["tra_lai", "trinh_hoi_dong"]);
    expect(byId.get(tinh)!.actions.map((a) => a.action)).toEqual([
      "tra_lai",
      "trinh_hoi_dong",
      "chuyen_cap_tren",
    ]);
    expect(
      await errorOf(t.call("dossiers.transition", { ids: [an], action: "chuyen_cap_tren" })),
    ).toContain("thuộc thẩm quyền của cấp mình");
    await t.expectOk("dossiers.transition", { ids: [tinh], action: "chuyen_cap_tren" });
    await t.expectOk("dossiers.transition", { ids: [an], action: "trinh_hoi_dong" });

    // The returned one comes back corrected.
    await t.expectOk("dossiers.transition", { ids: [binh], action: "tiep_nhan_lai" });
    const binhEvents = await t.expectOk("dossiers.events", { nominationId: binh });
    expect(binhEvents.map((e) => [e.actionLabel, e.toState, e.reason])).toEqual([
      ["Tiếp nhận đề nghị", "tiep_nhan", ""],
      ["Trả lại đơn vị", "tra_lai", "Thiếu xác nhận của Hiệu trưởng"],
      ["Tiếp nhận lại", "tiep_nhan", ""],
    ]);
    const list = await t.expectOk("dossiers.list", { year: 2024 });
    expect(list.stateCounts).toEqual({ tiep_nhan: 1, trinh_hoi_dong: 1, chuyen_cap_tren: 1 });

    // Nominations that moved on are no longer editable.
    expect(
      await errorOf(
        t.call("dossiers.saveNomination", {
          id: an,
          dossierId: d.id,
          nomineeKind: "ca_nhan",
          personId: anId,
          awardCode: "LDTT",
          summary: "sửa",
        }),
      ),
    ).toBe("Đề nghị đang ở bước “Trình Hội đồng”, không sửa được nữa.");
    expect(await errorOf(t.call("dossiers.deleteNomination", { id: an }))).toContain(
      "không xóa được",
    );
  });

  it("forwards nothing upward for a province office, which confers province forms itself", async () => {
    const profile = (await t.expectOk("settings.getProfile", {}))!;
    await t.expectOk("settings.saveProfile", { ...profile, level: "tinh" });
    const d = await newDossier();
    const n = await nominateAn(d.id, "CSTD_TINH");
    await completeComponents(t, d.id);
    await anHasThreeCstdcs();
    await t.expectOk("dossiers.overrideEligibility", { id: n.id, reason: "Có sáng kiến cấp tỉnh" });
    await t.expectOk("dossiers.transition", { ids: [n.id], action: "tham_dinh" });
    expect(
      await errorOf(t.call("dossiers.transition", { ids: [n.id], action: "chuyen_cap_tren" })),
    ).toContain("thuộc thẩm quyền của cấp mình");
  });

  it("deletes a dossier only while every nomination is at tiếp nhận", async () => {
    const d = await newDossier();
    const n = await nominateAn(d.id, "LDTT");
    await t.expectOk("dossiers.transition", { ids: [n.id], action: "tra_lai", reason: "Sai mẫu" });
    expect(await errorOf(t.call("dossiers.delete", { id: d.id }))).toContain(
      "1 đề nghị trong hồ sơ đã qua bước tiếp nhận",
    );
    await t.expectOk("dossiers.transition", { ids: [n.id], action: "tiep_nhan_lai" });
    await t.expectOk("dossiers.delete", { id: d.id });
    expect((await t.expectOk("dossiers.list", { year: 2024 })).total).toBe(0);
    expect(await errorOf(t.call("dossiers.get", { id: d.id }))).toBe(
      "Không tìm thấy hồ sơ này (có thể đã bị xóa).",
    );
    // Tombstones, not deletions: the rows are still there for USB sync.
    const live = t.backend.sqlite
      .prepare("SELECT count(*) FROM nominations WHERE deleted_at IS NULL")
      .pluck()
      .get();
    expect(live).toBe(0);
  });

  it("stores attached files by content and marks the component present", async () => {
    const d = await newDossier();
    const toTrinh = (await t.expectOk("dossiers.get", { id: d.id })).components[0]!;
    const pdf = upload("to-trinh-15.pdf", "%PDF-1.4 tờ trình số 15");
    const c = await t.expectOk("dossiers.attachFile", { componentId: toTrinh.id, path: pdf });
    // The upload is used once and removed: the copy kept is the one under attachments/.
    expect(fs.existsSync(pdf)).toBe(false);
    expect(c.present).toBe(true);
    expect(c.files).toHaveLength(1);
    const f = c.files[0]!;
    expect(f.name).toBe("to-trinh-15.pdf");
    expect(f.path).toMatch(/^attachments\/[0-9a-f]{64}\.pdf$/);
    expect(fs.readFileSync(path.join(t.paths.dataDir, f.path), "utf8")).toBe(
      "%PDF-1.4 tờ trình số 15",
    );
    // The same content twice on one component is refused; on another component it is stored once.
    expect(
      await errorOf(
        t.call("dossiers.attachFile", {
          componentId: toTrinh.id,
          // Each pick uploads a fresh copy (an upload is removed once used).
          path: upload("to-trinh-15.pdf", "%PDF-1.4 tờ trình số 15"),
        }),
      ),
    ).toBe("Tệp này đã được đính kèm vào thành phần này.");
    const ev = await t.expectOk("dossiers.addEvidence", {
      dossierId: d.id,
      title: "Quyết định công nhận sáng kiến",
    });
    const ev2 = await t.expectOk("dossiers.attachFile", {
      componentId: ev.id,
      path: upload("ban-sao.pdf", "%PDF-1.4 tờ trình số 15"),
    });
    expect(ev2.files[0]!.path).toBe(f.path);
    expect(fs.readdirSync(t.paths.attachments)).toHaveLength(1);
    // A copy under the original name, for opening or downloading.
    const copy = await t.expectOk("dossiers.fileCopy", { id: f.id });
    expect(path.basename(copy.path)).toBe("to-trinh-15.pdf");
    // Unmarking needs the files removed first; required components cannot be removed.
    expect(await errorOf(t.call("dossiers.setPresent", { id: toTrinh.id, present: false }))).toBe(
      "Thành phần này còn tệp đính kèm. Gỡ tệp trước khi đánh dấu là chưa có.",
    );
    await t.expectOk("dossiers.removeFile", { id: f.id });
    await t.expectOk("dossiers.setPresent", { id: toTrinh.id, present: false });
    expect(await errorOf(t.call("dossiers.removeComponent", { id: toTrinh.id }))).toContain(
      "thành phần bắt buộc",
    );
    await t.expectOk("dossiers.removeComponent", { id: ev.id });
    // Wrong kinds of files and files not chosen through the app are refused.
    expect(
      await errorOf(
        t.call("dossiers.attachFile", { componentId: toTrinh.id, path: upload("x.exe", "MZ") }),
      ),
    ).toContain("Chỉ đính kèm được tệp PDF");
    expect(
      await errorOf(
        t.call("dossiers.attachFile", { componentId: toTrinh.id, path: "/etc/passwd" }),
      ),
    ).toContain("chưa được chọn qua ứng dụng");
    expect(
      await errorOf(
        t.call("dossiers.attachFile", { componentId: toTrinh.id, path: upload("rong.pdf", "") }),
      ),
    ).toBe("Tệp đã chọn rỗng.");
  });
});

const headers = [
  "Khen cho (Cá nhân/Tập thể/Hộ gia đình)",
  "Họ tên / Tên tập thể / Chủ hộ",
  "Năm sinh",
  "Giới tính",
  "Đối tượng",
  "Chức vụ",
  "Đơn vị, xã/thôn (tên hoặc mã)",
  "Danh hiệu, hình thức (tên hoặc mã)",
  "Tóm tắt thành tích",
];

describe("nomination import from .xlsx", () => {
  it("writes a template whose headers it reads back", async () => {
    const tpl = await t.expectOk("dossiers.importTemplate", {});
    expect(fs.existsSync(tpl.path)).toBe(true);
    const d = await newDossier();
    // The template's example row names a unit that is not in this directory: one clear error.
    const copy = upload("mau.xlsx", fs.readFileSync(tpl.path));
    const preview = await t.expectOk("dossiers.previewImport", { dossierId: d.id, path: copy });
    expect(preview.counts).toEqual({ new: 0, error: 1 });
    expect(preview.rows[0]!.reason).toContain("Không tìm thấy đơn vị “Phòng Nội vụ”");
  });

  it("keeps a summary's line breaks and applies the form's length limit", async () => {
    const d = await newDossier();
    const file = await writeIncomingXlsx(t.paths.dataDir, "tom-tat.xlsx", [
      headers,
      [
        "Cá nhân",
        "Nguyễn Văn An",
        1985,
        "",
        "",
        "",
        "XA_BL",
        "Lao động tiên tiến",
        "Hoàn thành xuất sắc nhiệm vụ.\r\n  Có sáng kiến   cấp cơ sở.",
      ],
      ["Tập thể", "Trường Tiểu học Bình Lư", "", "", "", "", "", "TTLDTT", "x".repeat(4500)],
    ]);
    const preview = await t.expectOk("dossiers.previewImport", { dossierId: d.id, path: file });
    expect(preview.rows.map((r) => r.status)).toEqual(["new", "error"]);
    expect(preview.rows[1]!.reason).toContain("Tóm tắt thành tích quá dài (tối đa 4000 ký tự)");
    await t.expectOk("dossiers.commitImport", { token: preview.token });
    const detail = await t.expectOk("dossiers.get", { id: d.id });
    expect(detail.nominations.map((n) => n.summary)).toEqual([
      "Hoàn thành xuất sắc nhiệm vụ.\nCó sáng kiến cấp cơ sở.",
    ]);
  });

  it("imports a good list in one go, finding or creating nominees, after a backup", async () => {
    const d = await newDossier();
    const file = await writeIncomingXlsx(t.paths.dataDir, "ds.xlsx", [
      headers,
      ["Cá nhân", "Nguyễn Văn An", 1985, "", "", "", "XA_BL", "Lao động tiên tiến", "Tốt"],
      [
        "Cá nhân",
        "Hoàng Văn Mới",
        "1992",
        "Nam",
        "Công chức",
        "Địa chính",
        "UBND xã Bình Lư",
        "LDTT",
        "",
      ],
      ["Tập thể", "Trường Tiểu học Bình Lư", "", "", "", "", "", "TTLDTT", "Tập thể tốt"],
      ["Hộ gia đình", "Lò Văn Pấng", "", "", "", "", "XA_BL", "GK_HGD", ""],
      ["Hộ gia đình", "Lường Thị Mai", "", "", "", "", "XA_BL", "GK_HGD", ""],
    ]);
    const sent = fs.readFileSync(file);
    const preview = await t.expectOk("dossiers.previewImport", { dossierId: d.id, path: file });
    expect(preview.counts).toEqual({ new: 5, error: 0 });
    expect(preview.rows.map((r) => r.reason)).toEqual([
      "Có trong danh bạ",
      "Chưa có trong danh bạ: sẽ thêm mới",
      "Tập thể có trong danh bạ",
      "Có trong danh bạ",
      "Chưa có trong danh bạ: sẽ thêm hộ mới",
    ]);
    const backupsBefore = fs.readdirSync(t.paths.backups).length;
    const res = await t.expectOk("dossiers.commitImport", { token: preview.token });
    expect(res).toMatchObject({ inserted: 5, createdInDirectory: 2 });
    expect(res.backup).toMatch(/pre-import/);
    expect(fs.readdirSync(t.paths.backups).length).toBe(backupsBefore + 1);
    const detail = await t.expectOk("dossiers.get", { id: d.id });
    expect(detail.nominations.map((n) => [n.nomineeName, n.awardCode, n.state])).toEqual([
      ["Nguyễn Văn An", "LDTT", "tiep_nhan"],
      ["Hoàng Văn Mới", "LDTT", "tiep_nhan"],
      ["Trường Tiểu học Bình Lư", "TTLDTT", "tiep_nhan"],
      ["Hộ ông Lò Văn Pấng", "GK_HGD", "tiep_nhan"], // found in the directory, its gender kept
      ["Hộ ông (bà) Lường Thị Mai", "GK_HGD", "tiep_nhan"],
    ]);
    expect(detail.components.filter((c) => c.kind === "bao_cao_thanh_tich")).toHaveLength(5);
    const events = await t.expectOk("dossiers.events", {
      nominationId: detail.nominations[1]!.id,
    });
    expect(events.map((e) => [e.action, e.reason])).toEqual([
      ["nhap_excel", "Tệp ds.xlsx, dòng 3"],
    ]);
    const people = await t.expectOk("directory.listPeople", { q: "hoang van moi" });
    expect(people.rows.map((p) => [p.fullName, p.birthYear, p.unitName])).toEqual([
      ["Hoàng Văn Mới", 1992, "UBND xã Bình Lư"],
    ]);
    // The token is used once; the same file again finds duplicates in the dossier.
    expect((await t.call("dossiers.commitImport", { token: preview.token })).ok).toBe(false);
    // The same file picked again (an upload is removed once used).
    fs.writeFileSync(file, sent);
    const again = await t.expectOk("dossiers.previewImport", { dossierId: d.id, path: file });
    expect(again.counts).toEqual({ new: 0, error: 5 });
    expect(again.rows[0]!.reason).toBe(
      "Hồ sơ đã có đề nghị “Lao động tiên tiến” cho đối tượng này",
    );
  });

  it("explains every bad row, and writes only the valid ones", async () => {
    const d = await newDossier();
    const file = await writeIncomingXlsx(t.paths.dataDir, "sai.xlsx", [
      headers,
      ["Cá nhân", "Nguyễn Văn An", 1985, "", "", "", "XA_BL", "LDTT", ""],
      ["Cá nhân", "Người Lạ", "", "", "", "", "XA_BL", "LDTT", ""],
      ["Tập thể", "Trường Không Có", "", "", "", "", "", "TTLDTT", ""],
      ["Cá nhân", "Nguyễn Văn An", 1985, "", "", "", "XA_BL", "TTLDTT", ""],
      ["Ai đó", "Trần Văn C", "", "", "", "", "XA_BL", "Bằng khen không có", ""],
      ["Cá nhân", "Nguyễn Văn An", 1985, "", "", "", "XA_BL", "Lao động tiên tiến", ""],
    ]);
    const before = snapshotDatabase(t.backend.sqlite);
    const preview = await t.expectOk("dossiers.previewImport", { dossierId: d.id, path: file });
    expect(preview.counts).toEqual({ new: 1, error: 5 });
    expect(preview.rows.map((r) => r.reason)).toEqual([
      "Có trong danh bạ",
      "Không tìm thấy “Người Lạ” trong đơn vị này; để thêm mới vào danh bạ hãy ghi Giới tính (Nam/Nữ) và Đối tượng đúng danh mục",
      "Không tìm thấy tập thể “Trường Không Có” trong danh bạ (thêm đơn vị ở Danh bạ trước khi nhập)",
      "“Tập thể lao động tiên tiến” dành cho tập thể, không dành cho cá nhân",
      "Cột Khen cho ghi “Ai đó” (ghi Cá nhân, Tập thể hoặc Hộ gia đình); Danh hiệu, hình thức “Bằng khen không có” không có trong danh mục đang hiệu lực",
      "Trùng với dòng 2 (cùng đối tượng, cùng hình thức)",
    ]);
    // The officer decides: the one valid row is written; the rows in error are left out.
    const done = await t.expectOk("dossiers.commitImport", { token: preview.token });
    expect(done.inserted).toBe(1);
    expect(snapshotDatabase(t.backend.sqlite)).not.toEqual(before);
    const detail = await t.expectOk("dossiers.get", { id: d.id });
    expect(detail.nominations.map((n) => n.awardName)).toEqual(["Lao động tiên tiến"]);
    // A file that is not a spreadsheet changes nothing.
    const after = snapshotDatabase(t.backend.sqlite);
    expect(
      await errorOf(
        t.call("dossiers.previewImport", { dossierId: d.id, path: upload("x.docx", "abc") }),
      ),
    ).toContain("không phải bảng tính Excel");
    expect(snapshotDatabase(t.backend.sqlite)).toEqual(after);
  });
});
