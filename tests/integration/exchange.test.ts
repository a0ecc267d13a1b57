import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { unzipSync, zipSync } from "fflate";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { generateInstallationKeys, keyFingerprint } from "../../electron/exchange/package";
import { checkRoom } from "../../electron/exchange/usb";
import { findSoffice } from "../../electron/documents/office-convert";
import { incomingDir } from "../../electron/api/files";
import { sampleSetup, startTestBackend, type TestBackend } from "../helpers/backend";
import { snapshotDatabase } from "../helpers/db-snapshot";
import { communeWithSchool, errorOf, savePerson } from "../helpers/nominations";

/**
 * Round trips through the file system between two data folders: a unit (XA_BL) that runs the app
 * for its own people, and its district office (PNV-VC).
 */
let office: TestBackend;
let unit: TestBackend;
let officeUnitId: string;
let officeSchoolId: string;
let officeAnId: string;

async function setupUnitInstallation(u: TestBackend) {
  const setup = sampleSetup();
  await u.expectOk("settings.completeSetup", {
    ...setup,
    profile: {
      ...setup.profile,
      preset: "don_vi_co_so",
      level: "co_quan",
      parentBody: "Huyện Vĩnh Cửu",
      issuingBody: "Ủy ban nhân dân xã Bình Lư",
      abbreviation: "UBND",
    },
  });
  const ids = await communeWithSchool(u);
  await u.expectOk("exchange.saveIdentity", {
    unitCode: "XA_BL",
    parentCode: "PNV-VC",
    parentName: "Phòng Nội vụ huyện Vĩnh Cửu",
  });
  return ids;
}

beforeEach(async () => {
  office = await startTestBackend();
  await office.expectOk("settings.completeSetup", sampleSetup());
  ({ unitId: officeUnitId, schoolId: officeSchoolId } = await communeWithSchool(office));
  // The office already has An from last year's Excel list (another id than the unit's).
  officeAnId = await savePerson(office, officeUnitId, "Nguyễn Văn An", "Công chức Văn phòng");
  await office.expectOk("exchange.saveIdentity", {
    unitCode: "PNV-VC",
    parentCode: "SNV-DN",
    parentName: "Sở Nội vụ",
  });
  unit = await startTestBackend();
});
afterEach(() => {
  office.cleanup();
  unit.cleanup();
});

/** Carries a file to another installation the way browser mode does: an upload under incoming/. */
function carry(file: string, to: TestBackend, name = path.basename(file)): string {
  fs.mkdirSync(incomingDir(to.paths), { recursive: true });
  const target = path.join(incomingDir(to.paths), `${crypto.randomUUID()}-${name}`);
  fs.copyFileSync(file, target);
  return target;
}

async function send(from: TestBackend, year = 2024) {
  const sent = await from.expectOk("exchange.send", { purpose: "don_vi_gui", year });
  return sent!.path;
}

async function receive(to: TestBackend, file: string) {
  const opened = await to.expectOk("exchange.open", { path: carry(file, to) });
  if (opened.kind !== "plan") throw new Error("expected a plan");
  return opened;
}

/** What the Báo cáo thành tích prints of Bình besides her name and post. */
const binhProfile = {
  hometown: "Xã Bình Lư, tỉnh Lai Châu",
  residence: "Ấp 3, xã Bình Lư",
  education: "Cử nhân Sư phạm Tiểu học",
};

/** The unit's year: people, a rating, a registration, a dossier with a nomination and a scan. */
async function unitYear() {
  const { unitId, schoolId } = await setupUnitInstallation(unit);
  const an = await savePerson(unit, unitId, "Nguyễn Văn An", "Công chức Văn phòng");
  const binh = await savePerson(unit, schoolId, "Trần Thị Bình", "Giáo viên", {
    gender: "nu",
    birthYear: 1990,
    category: "vien_chuc",
    ...binhProfile,
  });
  await unit.expectOk("directory.saveRatingsGrid", {
    unitId: schoolId,
    year: 2024,
    unitRating: null,
    rows: [{ personId: binh, rating: "htxs", note: "" }],
  });
  await unit.expectOk("registrations.save", {
    year: 2024,
    unitId,
    titles: [{ titleCode: "TTLDTT" }],
    targets: [{ text: "100% hồ sơ đúng hạn", number: 100, unit: "%" }],
    people: [{ personId: an, titleCode: "LDTT" }],
  });
  const dossier = await unit.expectOk("dossiers.save", {
    unitId,
    year: 2024,
    kind: "thuong_xuyen",
    receivedDate: "2025-03-05",
    unitDocNumber: "15/TTr-UBND",
    unitDocDate: "2025-03-01",
  });
  const nomination = await unit.expectOk("dossiers.saveNomination", {
    dossierId: dossier.id,
    nomineeKind: "ca_nhan",
    personId: binh,
    awardCode: "LDTT",
    summary: "Hoàn thành xuất sắc nhiệm vụ năm học",
  });
  const detail = await unit.expectOk("dossiers.get", { id: dossier.id });
  const toTrinh = detail.components.find((c) => c.kind === "to_trinh")!;
  fs.mkdirSync(incomingDir(unit.paths), { recursive: true });
  const scan = path.join(incomingDir(unit.paths), "to-trinh.pdf");
  fs.writeFileSync(scan, "%PDF-1.4 Tờ trình đã ký\n%%EOF\n");
  await unit.expectOk("dossiers.attachFile", { componentId: toTrinh.id, path: scan });
  return { unitId, schoolId, an, binh, dossierId: dossier.id, nominationId: nomination.id };
}

const count = (t: TestBackend, sql: string, ...p: unknown[]) =>
  (t.backend.sqlite
    .prepare(sql)
    .pluck()
    .get(...p) as number) ?? 0;

describe("a unit's package to its office", () => {
  it("creates at the office what the unit filled, matching people it already has, once the key is confirmed", async () => {
    const u = await unitYear();
    const preview = await unit.expectOk("exchange.preview", { purpose: "don_vi_gui", year: 2024 });
    expect(preview.recipient.code).toBe("PNV-VC");
    expect(preview.attachments).toBe(1);
    expect(preview.tables.find((t) => t.table === "nominations")?.count).toBe(1);

    const file = await send(unit);
    expect(path.basename(file)).toMatch(/^TDKT_XA-BL_PNV-VC_\d{8}-\d{4}_[0-9a-f]{8}\.tdkt$/);
    const opened = await receive(office, file);
    const r = opened.report;
    expect(r.firstContact).toBe(true);
    expect(r.sender.fingerprint).toMatch(/^\d{5} \d{5} \d{5} \d{5}$/);
    const people = r.tables.find((t) => t.table === "people")!.counts;
    // An is recognised by unit, name and birth year; Bình is new.
    expect(people.new, JSON.stringify(r.tables)).toBe(1);
    expect(people.identical + people.conflict + people.update).toBe(1);
    expect(r.refused, JSON.stringify(r.refused)).toEqual([]);

    const before = snapshotDatabase(office.backend.sqlite);
    expect(
      await errorOf(office.call("exchange.commit", { token: opened.token, confirmKey: false })),
    ).toContain("mã nhận dạng");
    expect(snapshotDatabase(office.backend.sqlite)).toEqual(before);

    const settled = await office.expectOk("exchange.commit", {
      token: opened.token,
      confirmKey: true,
    });
    expect(settled.backup).toMatch(/pre-import/);

    // The registration, received today, with its title, target and individual (An: the office's id).
    const reg = await office.expectOk("registrations.get", { year: 2024, unitId: officeUnitId });
    expect(reg.status).toBe("da_nop");
    expect(reg.receivedDate).toBe("2025-03-10");
    expect(reg.titles.map((t) => t.titleCode)).toEqual(["TTLDTT"]);
    expect(reg.people.map((p) => [p.personId, p.titleCode])).toEqual([[officeAnId, "LDTT"]]);
    expect(count(office, "select count(*) from people where full_name = 'Nguyễn Văn An'")).toBe(1);

    // The dossier, received with its nomination in tiếp nhận and the Tờ trình's scan.
    const dossiers = await office.expectOk("dossiers.list", { year: 2024 });
    const d = dossiers.rows.find((x) => x.id === u.dossierId)!;
    expect(d).toBeDefined();
    const detail = await office.expectOk("dossiers.get", { id: u.dossierId });
    expect(detail.dossier.unitDocNumber).toBe("15/TTr-UBND");
    expect(detail.nominations.map((n) => [n.nomineeName, n.state])).toEqual([
      ["Trần Thị Bình", "tiep_nhan"],
    ]);
    const toTrinh = detail.components.find((c) => c.kind === "to_trinh")!;
    expect(toTrinh.files).toHaveLength(1);
    const copy = await office.expectOk("dossiers.fileCopy", { id: toTrinh.files[0]!.id });
    expect(fs.readFileSync(copy.path, "utf8")).toContain("Tờ trình đã ký");
    const events = await office.expectOk("dossiers.events", { nominationId: u.nominationId });
    expect(events.map((e) => e.actionLabel)).toEqual(["Tiếp nhận (gói dữ liệu USB)"]);

    // Bình came with her quê quán, trú quán and trình độ, and her rating.
    expect((await office.expectOk("directory.getPerson", { id: u.binh })).person).toMatchObject(
      binhProfile,
    );
    expect(
      count(
        office,
        "select count(*) from ratings where subject_id = ? and rating = 'htxs'",
        u.binh,
      ),
    ).toBe(1);

    const inbox = await office.expectOk("exchange.packages", { direction: "nhan" });
    expect(inbox.map((p) => [p.senderCode, p.period])).toEqual([["XA_BL", "2024"]]);
  });

  it("is a no-op the second time, showing the earlier report", async () => {
    await unitYear();
    const file = await send(unit);
    const opened = await receive(office, file);
    await office.expectOk("exchange.commit", { token: opened.token, confirmKey: true });
    const before = snapshotDatabase(office.backend.sqlite);
    const again = await office.expectOk("exchange.open", { path: carry(file, office) });
    expect(again.kind).toBe("already");
    if (again.kind === "already") expect(again.report?.packageId).toBe(opened.report.packageId);
    expect(snapshotDatabase(office.backend.sqlite)).toEqual(before);
  });

  it("sent again after both sides changed the same person: a conflict, ours kept, theirs set aside", async () => {
    const u = await unitYear();
    const first = await receive(office, await send(unit));
    await office.expectOk("exchange.commit", { token: first.token, confirmKey: true });

    // The office corrects Bình's position; the unit changes it too, and adds a phone number.
    const officeBinh = (await office.expectOk("directory.getPerson", { id: u.binh })).person;
    await office.expectOk("directory.savePerson", {
      ...officeBinh,
      id: u.binh,
      position: "Tổ trưởng chuyên môn",
    });
    const unitBinh = (await unit.expectOk("directory.getPerson", { id: u.binh })).person;
    await unit.expectOk("directory.savePerson", {
      ...unitBinh,
      id: u.binh,
      position: "Phó Hiệu trưởng",
    });
    // The unit also edits the nomination's summary, which the office did not touch.
    await unit.expectOk("dossiers.saveNomination", {
      id: u.nominationId,
      dossierId: u.dossierId,
      nomineeKind: "ca_nhan",
      personId: u.binh,
      awardCode: "LDTT",
      summary: "Hoàn thành xuất sắc nhiệm vụ; giáo viên dạy giỏi cấp huyện",
    });
    unit.clock.advance(60_000);
    const second = await receive(office, await send(unit));
    const r = second.report;
    expect(r.firstContact).toBe(false);
    expect(r.tables.find((t) => t.table === "nominations")!.counts.update).toBe(1);
    expect(r.conflicts).toHaveLength(1);
    expect(r.conflicts[0]!.label).toBe("Trần Thị Bình");
    expect(r.conflicts[0]!.fields).toContainEqual({
      label: "Chức vụ",
      ours: "Tổ trưởng chuyên môn",
      theirs: "Phó Hiệu trưởng",
    });
    await office.expectOk("exchange.commit", { token: second.token });
    expect((await office.expectOk("directory.getPerson", { id: u.binh })).person.position).toBe(
      "Tổ trưởng chuyên môn",
    );
    const setAside = office.backend.sqlite
      .prepare("select kept, other_json from exchange_set_aside where record_id = ?")
      .all(u.binh) as { kept: string; other_json: string }[];
    expect(setAside).toHaveLength(1);
    expect(setAside[0]!.kept).toBe("ours");
    expect(JSON.parse(setAside[0]!.other_json).position).toBe("Phó Hiệu trưởng");
    const detail = await office.expectOk("dossiers.get", { id: u.dossierId });
    expect(detail.nominations[0]!.summary).toContain("giáo viên dạy giỏi");
  });

  it("takes the sender's version when the officer chooses it, keeping ours aside", async () => {
    const u = await unitYear();
    const first = await receive(office, await send(unit));
    await office.expectOk("exchange.commit", { token: first.token, confirmKey: true });
    const ob = (await office.expectOk("directory.getPerson", { id: u.binh })).person;
    await office.expectOk("directory.savePerson", { ...ob, id: u.binh, phone: "0912000111" });
    const ub = (await unit.expectOk("directory.getPerson", { id: u.binh })).person;
    await unit.expectOk("directory.savePerson", { ...ub, id: u.binh, phone: "0987000222" });
    unit.clock.advance(60_000);
    const second = await receive(office, await send(unit));
    const key = second.report.conflicts[0]!.key;
    await office.expectOk("exchange.commit", { token: second.token, takeTheirs: [key] });
    expect((await office.expectOk("directory.getPerson", { id: u.binh })).person.phone).toBe(
      "0987000222",
    );
    const kept = office.backend.sqlite
      .prepare("select kept, other_json from exchange_set_aside where record_id = ?")
      .get(u.binh) as { kept: string; other_json: string };
    expect(kept.kept).toBe("theirs");
    expect(JSON.parse(kept.other_json).phone).toBe("0912000111");
  });

  it("the receipt carried back marks the package in the unit's outbox", async () => {
    await unitYear();
    const file = await send(unit);
    const opened = await receive(office, file);
    await office.expectOk("exchange.commit", { token: opened.token, confirmKey: true });
    const receipt = await office.expectOk("exchange.receipt", {
      packageId: opened.report.packageId,
    });
    const back = await receive(unit, receipt.path);
    expect(back.report.receiptFor?.fileName).toBe(path.basename(file));
    await unit.expectOk("exchange.commit", { token: back.token, confirmKey: true });
    const outbox = await unit.expectOk("exchange.packages", { direction: "gui" });
    expect(outbox[0]!.receiptAt).not.toBeNull();
  });

  it("re-sent after the office asked to complete it, the registration is received again", async () => {
    const u = await unitYear();
    const first = await receive(office, await send(unit));
    await office.expectOk("exchange.commit", { token: first.token, confirmKey: true });
    await office.expectOk("registrations.setStatus", {
      year: 2024,
      unitId: officeUnitId,
      status: "can_bo_sung",
      reason: "Thiếu chỉ tiêu về cải cách hành chính",
    });
    await unit.expectOk("registrations.save", {
      year: 2024,
      unitId: u.unitId,
      titles: [{ titleCode: "TTLDTT" }],
      targets: [
        { text: "100% hồ sơ đúng hạn", number: 100, unit: "%" },
        { text: "Chỉ số cải cách hành chính xếp loại Tốt" },
      ],
      people: [{ personId: u.an, titleCode: "LDTT" }],
    });
    unit.clock.advance(60_000);
    office.clock.advance(86_400_000);
    const second = await receive(office, await send(unit));
    await office.expectOk("exchange.commit", { token: second.token });
    const reg = await office.expectOk("registrations.get", { year: 2024, unitId: officeUnitId });
    expect(reg.status).toBe("da_nop");
    expect(reg.receivedDate).toBe("2025-03-11");
    expect(reg.targets.map((t) => t.text)).toEqual([
      "100% hồ sơ đúng hạn",
      "Chỉ số cải cách hành chính xếp loại Tốt",
    ]);
  });
});

describe("packages the office refuses, changing nothing", () => {
  async function refusal(file: string) {
    const before = snapshotDatabase(office.backend.sqlite);
    const message = await errorOf(office.call("exchange.open", { path: carry(file, office) }));
    expect(snapshotDatabase(office.backend.sqlite)).toEqual(before);
    return message;
  }

  it("one flipped byte, a truncated file, another office's package", async () => {
    await unitYear();
    const file = await send(unit);
    const bytes = fs.readFileSync(file);
    // One byte of a data file changed, the zip rebuilt around the signed manifest.
    const entries = unzipSync(bytes);
    // The signed manifest carries the head of the sender's audit trail at the time.
    const manifest = JSON.parse(Buffer.from(entries["manifest.json"]!).toString("utf8")) as {
      auditHead: { seq: number; hash: string };
    };
    expect(manifest.auditHead.seq).toBeGreaterThan(0);
    expect(
      unit.backend.sqlite
        .prepare("SELECT hash FROM audit_log WHERE seq = ?")
        .pluck()
        .get(manifest.auditHead.seq),
    ).toBe(manifest.auditHead.hash);
    entries["data/people.jsonl"]![10]! ^= 0x01;
    const f1 = path.join(path.dirname(file), "flipped.tdkt");
    fs.writeFileSync(f1, zipSync(entries));
    expect(await refusal(f1)).toMatch(/hỏng|không khớp|sửa/);
    const f2 = path.join(path.dirname(file), "truncated.tdkt");
    fs.writeFileSync(f2, bytes.subarray(0, bytes.length - 200));
    expect(await refusal(f2)).toMatch(/hỏng|ghi chưa xong/);
    await office.expectOk("exchange.saveIdentity", {
      unitCode: "PNV-TP",
      parentCode: "",
      parentName: "",
    });
    expect(await refusal(file)).toContain("không phải đơn vị này");
  });

  it("an older package after a newer one from the same unit", async () => {
    await unitYear();
    const older = await send(unit);
    unit.clock.advance(60_000);
    const newer = await send(unit);
    const opened = await receive(office, newer);
    await office.expectOk("exchange.commit", { token: opened.token, confirmKey: true });
    expect(await refusal(older)).toContain("cũ hơn");
  });

  it("a sender this office's directory does not have", async () => {
    await unitYear();
    await unit.expectOk("exchange.saveIdentity", {
      unitCode: "XA_BL",
      parentCode: "PNV-VC",
      parentName: "",
    });
    office.backend.sqlite.prepare("update units set code = 'XA_KHAC' where code = 'XA_BL'").run();
    expect(await refusal(await send(unit))).toContain("chưa có đơn vị gửi");
  });

  it("a record with an award code the office does not have: reported, commit refused", async () => {
    await unitYear();
    unit.backend.sqlite
      .prepare(
        "update registration_titles set title_code = 'CO_THI_DUA_XA' where deleted_at is null",
      )
      .run();
    const opened = await receive(office, await send(unit));
    expect(opened.report.refused.map((x) => x.reason)).toEqual([
      "Mã danh hiệu, hình thức “CO_THI_DUA_XA” không có trong danh mục ở nơi nhận",
    ]);
    const before = snapshotDatabase(office.backend.sqlite);
    expect(
      await errorOf(office.call("exchange.commit", { token: opened.token, confirmKey: true })),
    ).toContain("chưa nhập gì");
    expect(snapshotDatabase(office.backend.sqlite)).toEqual(before);
  });

  it("a nominee the office already has proposed for the same award that year", async () => {
    await unitYear();
    // Bình is already at the office, in the school, proposed for LĐTT in a dossier typed by hand.
    const officeBinh = await savePerson(office, officeSchoolId, "Trần Thị Bình", "Giáo viên", {
      gender: "nu",
      birthYear: 1990,
      category: "vien_chuc",
    });
    const handTyped = await office.expectOk("dossiers.save", {
      unitId: officeUnitId,
      year: 2024,
      kind: "thuong_xuyen",
      receivedDate: "2025-03-06",
    });
    await office.expectOk("dossiers.saveNomination", {
      dossierId: handTyped.id,
      nomineeKind: "ca_nhan",
      personId: officeBinh,
      awardCode: "LDTT",
    });
    const opened = await receive(office, await send(unit));
    expect(opened.report.refused).toEqual([
      {
        tableLabel: "Đề nghị khen thưởng",
        label: "Đề nghị LDTT",
        reason: "Người (tập thể) này đã được đề nghị LDTT năm 2024 trong hồ sơ khác",
      },
    ]);
  });
});

describe("writing a package that cannot be written whole", () => {
  it("a full disk or a stick pulled out: a clear message, nothing under the package's name, nothing in the outbox", async () => {
    await unitYear();
    for (const [code, expected] of [
      ["ENOSPC", "đã đầy"],
      ["EIO", "USB bị rút ra"],
    ] as const) {
      const spy = vi.spyOn(fs, "writeSync").mockImplementationOnce((target) => {
        // Half the bytes reach the stick, then the write fails.
        fs.appendFileSync(target, "PK\u0003\u0004 half a package");
        throw Object.assign(new Error(code), { code });
      });
      const message = await errorOf(
        unit.call("exchange.send", { purpose: "don_vi_gui", year: 2024 }),
      );
      spy.mockRestore();
      expect(message).toContain(expected);
      const outbox = path.join(unit.paths.dataDir, "exports", "goi-du-lieu");
      expect(fs.existsSync(outbox) ? fs.readdirSync(outbox) : []).toEqual([]);
      expect(await unit.expectOk("exchange.packages", { direction: "gui" })).toEqual([]);
    }
  });

  it("shows its progress and, cancelled, leaves nothing behind", async () => {
    await unitYear();
    const sending = unit.call("exchange.send", {
      purpose: "don_vi_gui",
      year: 2024,
      jobId: "ghi-1",
    });
    let progress = null;
    for (let i = 0; i < 1000 && !progress; i++) {
      await new Promise((resolve) => setImmediate(resolve));
      progress = await unit.expectOk("exchange.progress", { jobId: "ghi-1" });
    }
    expect(progress).toMatchObject({ phase: "dong_goi", label: "Đang đóng gói" });
    await unit.expectOk("exchange.cancel", { jobId: "ghi-1" });
    const result = await sending;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain("Đã hủy ghi gói dữ liệu");
    const outbox = path.join(unit.paths.dataDir, "exports", "goi-du-lieu");
    expect(fs.existsSync(outbox) ? fs.readdirSync(outbox) : []).toEqual([]);
    expect(await unit.expectOk("exchange.packages", { direction: "gui" })).toEqual([]);
    expect(await unit.expectOk("exchange.progress", { jobId: "ghi-1" })).toBeNull();
  });

  it("refuses 4 GiB and more on FAT32, and more than the free space, with the reason", () => {
    const GiB = 1024 ** 3;
    expect(() => checkRoom(5 * GiB, { free: 20 * GiB, fat32: true })).toThrow(/FAT32/);
    expect(() => checkRoom(5 * GiB, { free: 20 * GiB, fat32: false })).not.toThrow();
    expect(() => checkRoom(5 * GiB, { free: 20 * GiB, fat32: null })).toThrow(
      /không xác định được định dạng/,
    );
    expect(() => checkRoom(3 * GiB, { free: 20 * GiB, fat32: null })).not.toThrow();
    expect(() => checkRoom(300 * 1024 ** 2, { free: 100 * 1024 ** 2, fat32: false })).toThrow(
      "Không đủ chỗ trống để ghi gói dữ liệu: cần 300,0 MB, còn 100,0 MB",
    );
  });
});

describe("packages refused for their sender's key or version", () => {
  it("a key that changed after the first package (asked, then taken once confirmed), and a package from a newer app", async () => {
    await unitYear();
    const first = await receive(office, await send(unit));
    await office.expectOk("exchange.commit", { token: first.token, confirmKey: true });

    // The unit's installation now signs with another key (reinstalled without its data).
    const keys = generateInstallationKeys();
    unit.backend.sqlite
      .prepare("update app_settings set value_json = ? where key = 'exchange.keys'")
      .run(JSON.stringify(keys));
    unit.clock.advance(60_000);
    let before = snapshotDatabase(office.backend.sqlite);
    const changed = carry(await send(unit), office);
    const asked = await office.expectOk("exchange.open", { path: changed });
    expect(asked).toEqual({
      kind: "key_changed",
      unitName: "Ủy ban nhân dân xã Bình Lư",
      unitCode: "XA_BL",
      pinned: first.report.sender.fingerprint,
      now: keyFingerprint(keys.publicKey),
    });
    expect(snapshotDatabase(office.backend.sqlite)).toEqual(before);
    // Confirmed by phone: opened again, the new key asked once more and pinned on commit.
    const reopened = await office.expectOk("exchange.open", { path: changed, acceptNewKey: true });
    if (reopened.kind !== "plan") throw new Error(reopened.kind);
    expect(reopened.report.firstContact).toBe(true);
    expect(
      await errorOf(office.call("exchange.commit", { token: reopened.token, confirmKey: false })),
    ).toContain("mã nhận dạng");
    await office.expectOk("exchange.commit", { token: reopened.token, confirmKey: true });
    expect(
      office.backend.sqlite.prepare("select public_key from exchange_peers").pluck().get(),
    ).toBe(keys.publicKey);

    // The unit's app is newer than the office's.
    unit.backend.sqlite
      .prepare("insert into __drizzle_migrations (hash, created_at) values ('future', 0)")
      .run();
    unit.clock.advance(60_000);
    before = snapshotDatabase(office.backend.sqlite);
    expect(
      await errorOf(office.call("exchange.open", { path: carry(await send(unit), office) })),
    ).toContain("phiên bản ứng dụng mới hơn");
    expect(snapshotDatabase(office.backend.sqlite)).toEqual(before);
  });
});

describe("what each unit sent, and what it still owes", () => {
  it("lists the packages received per unit and the registrations and dossiers missing past their deadlines", async () => {
    await unitYear();
    const movement = await office.expectOk("movements.save", {
      kind: "chuyen_de",
      name: "Phong trào “Dân vận khéo”",
      startDate: "2024-01-15",
      endDate: "2024-12-31",
      registrationDeadline: "2024-02-15",
      dossierDeadline: "2025-03-01",
    });
    const before = await office.expectOk("exchange.unitStatus", { year: 2024 });
    const bl = () => before.find((r) => r.unitCode === "XA_BL")!;
    expect(bl().packages).toBe(0);
    expect(bl().missing).toContain(`Chưa nộp hồ sơ ${movement.name} (hạn 01/03/2025)`);
    expect(bl().missing).toContain(`Chưa nộp đăng ký ${movement.name} (hạn 15/02/2024)`);

    const opened = await receive(office, await send(unit));
    await office.expectOk("exchange.commit", { token: opened.token, confirmKey: true });
    const after = (await office.expectOk("exchange.unitStatus", { year: 2024 })).find(
      (r) => r.unitCode === "XA_BL",
    )!;
    expect(after.packages).toBe(1);
    expect(after.lastReceivedAt).toBe(office.clock.now());
    expect(after.lastPurposeLabel).toBe("Đăng ký, hồ sơ, tự chấm điểm của đơn vị năm 2024");
    // The regular registration came with the package; the movement's is still missing.
    expect(after.missing.some((m) => m.startsWith("Chưa nộp đăng ký năm"))).toBe(false);
    expect(after.missing).toContain(`Chưa nộp đăng ký ${movement.name} (hạn 15/02/2024)`);
  });
});

describe("the office's package to a unit", () => {
  it("brings the year's movements and the unit's award results into its registry, read-only there", async () => {
    const u = await unitYear();
    const first = await receive(office, await send(unit));
    await office.expectOk("exchange.commit", { token: first.token, confirmKey: true });

    // At the office: a movement of the year, and the decisions' results for the commune.
    await office.expectOk("movements.save", {
      kind: "chuyen_de",
      name: "Phong trào “Chung tay xây dựng nông thôn mới”",
      startDate: "2024-03-01",
      endDate: "2024-12-31",
      registrationDeadline: "2024-03-31",
    });
    const award = (extra: Record<string, unknown>) =>
      office.expectOk("awards.save", {
        year: 2024,
        awardCode: "LDTT",
        decisionNumber: "45/QĐ-UBND",
        decisionDate: "2025-01-15",
        issuer: "Chủ tịch UBND huyện Vĩnh Cửu",
        ...extra,
      } as never);
    await award({ recipientKind: "ca_nhan", personId: u.binh });
    // An has another id at the office (typed there first): the package uses the unit's.
    await award({ recipientKind: "ca_nhan", personId: officeAnId });
    await award({
      recipientKind: "tap_the",
      unitId: officeSchoolId,
      awardCode: "TTLDTT",
      recipientName: "Trường Tiểu học Bình Lư",
    });
    // Another commune's award does not go to Bình Lư.
    const other = (
      await office.expectOk("directory.saveUnit", {
        code: "XA_TH",
        name: "UBND xã Tân Hòa",
        kind: "xa_thi_tran",
      })
    ).id;
    await award({ recipientKind: "tap_the", unitId: other, awardCode: "TTLDTT" });

    const preview = await office.expectOk("exchange.preview", {
      purpose: "cap_tren_gui",
      year: 2024,
      recipientCode: "XA_BL",
    });
    expect(preview.recipient).toEqual({ code: "XA_BL", name: "UBND xã Bình Lư" });
    expect(preview.tables.find((t) => t.table === "award_records")?.count).toBe(3);
    const sent = await office.expectOk("exchange.send", {
      purpose: "cap_tren_gui",
      year: 2024,
      recipientCode: "XA_BL",
    });
    const opened = await receive(unit, sent!.path);
    expect(opened.report.firstContact).toBe(true);
    expect(opened.report.refused).toEqual([]);
    await unit.expectOk("exchange.commit", { token: opened.token, confirmKey: true });

    const registry = await unit.expectOk("awards.list", { year: 2024 });
    const rows = registry.rows.map((r) => [
      r.recipientName,
      r.awardCode,
      r.decisionNumber,
      r.source,
    ]);
    expect(rows).toHaveLength(3);
    expect(rows).toContainEqual(["Trần Thị Bình", "LDTT", "45/QĐ-UBND", "cap_tren"]);
    const an = registry.rows.find((r) => r.recipientName === "Nguyễn Văn An")!;
    expect(an.personId).toBe(u.an);
    const school = registry.rows.find((r) => r.recipientKind === "tap_the")!;
    expect(school.unitId).toBe(u.schoolId);
    // Read-only at the unit.
    expect(await errorOf(unit.call("awards.delete", { id: an.id }))).toContain("cấp trên gửi về");
    const movements = await unit.expectOk("movements.list", { year: 2024 });
    expect(movements.map((m) => m.name)).toEqual(["Phong trào “Chung tay xây dựng nông thôn mới”"]);

    // Only from its own parent.
    await unit.expectOk("exchange.saveIdentity", {
      unitCode: "XA_BL",
      parentCode: "PNV-KHAC",
      parentName: "",
    });
    office.clock.advance(60_000);
    const again = await office.expectOk("exchange.send", {
      purpose: "cap_tren_gui",
      year: 2024,
      recipientCode: "XA_BL",
    });
    expect(await errorOf(unit.call("exchange.open", { path: carry(again!.path, unit) }))).toContain(
      "không phải cấp trên",
    );
  });
});

describe("a full copy to a new PC", () => {
  it("moves the whole installation, its files and its identity; the new PC's own data is backed up first", async () => {
    const u = await unitYear();
    const fingerprint = (await unit.expectOk("exchange.identity", {})).fingerprint;
    const preview = await unit.expectOk("exchange.preview", {
      purpose: "toan_bo",
      year: 2024,
    });
    expect(preview.attachments).toBeGreaterThanOrEqual(1);
    const sent = await unit.expectOk("exchange.send", { purpose: "toan_bo", year: 2024 });

    // The replacement PC was set up in a hurry with another office's profile.
    const fresh = await startTestBackend();
    try {
      await fresh.expectOk("settings.completeSetup", sampleSetup("Tân Uyên"));
      const opened = await receive(fresh, sent!.path);
      expect(opened.report.purposeLabel).toBe("Toàn bộ dữ liệu (chuyển sang máy mới)");
      expect(opened.report.sender.fingerprint).toBe(fingerprint);
      expect(
        await errorOf(fresh.call("exchange.commit", { token: opened.token, confirmKey: false })),
      ).toContain("mã nhận dạng");
      const settled = await fresh.expectOk("exchange.commit", {
        token: opened.token,
        confirmKey: true,
      });
      expect(settled.backup).toMatch(/pre-restore/);
      // The same installation now: its id, key, identity, data and files.
      expect(fresh.backend.origin).toBe(unit.backend.origin);
      const identity = await fresh.expectOk("exchange.identity", {});
      expect([identity.unitCode, identity.fingerprint]).toEqual(["XA_BL", fingerprint]);
      const detail = await fresh.expectOk("dossiers.get", { id: u.dossierId });
      const file = detail.components.find((c) => c.kind === "to_trinh")!.files[0]!;
      const copy = await fresh.expectOk("dossiers.fileCopy", { id: file.id });
      expect(fs.readFileSync(copy.path, "utf8")).toContain("Tờ trình đã ký");
      expect((await fresh.expectOk("settings.getProfile", {}))?.issuingBody).toBe(
        "Ủy ban nhân dân xã Bình Lư",
      );
      // What the new PC had is kept in its safety backup.
      expect(fs.existsSync(path.join(fresh.paths.backups, settled.backup))).toBe(true);
    } finally {
      fresh.cleanup();
    }
  });
});

describe("the office's package to the upper level", () => {
  it("carries the forwarded nominations with their dossiers, the nominees' history and the papers as .docx and .pdf", async () => {
    // At the office: An's sơ lược lý lịch, a dossier of the commune, two nominations forwarded,
    // one kept here.
    const anProfile = {
      hometown: "Xã Thạnh Phú, tỉnh Đồng Nai",
      residence: "Ấp 1, xã Bình Lư",
      education: "Cử nhân Luật",
    };
    const anBefore = (await office.expectOk("directory.getPerson", { id: officeAnId })).person;
    await office.expectOk("directory.savePerson", { ...anBefore, ...anProfile });
    await office.expectOk("awards.save", {
      year: 2023,
      recipientKind: "ca_nhan",
      personId: officeAnId,
      awardCode: "GK_CN",
      decisionNumber: "77/QĐ-UBND",
      decisionDate: "2024-01-15",
      issuer: "Chủ tịch UBND huyện Vĩnh Cửu",
    });
    const dossier = await office.expectOk("dossiers.save", {
      unitId: officeUnitId,
      year: 2024,
      kind: "thuong_xuyen",
      receivedDate: "2025-03-05",
      unitDocNumber: "12/TTr-UBND",
    });
    const nominate = async (v: Record<string, unknown>) =>
      (
        await office.expectOk("dossiers.saveNomination", {
          dossierId: dossier.id,
          nomineeKind: "ca_nhan",
          ...(v as { awardCode: string }),
        })
      ).id;
    const an = await nominate({
      personId: officeAnId,
      awardCode: "BK_TINH_CN",
      summary: "Xuất sắc",
    });
    const school = await nominate({
      nomineeKind: "tap_the",
      unitId: officeSchoolId,
      awardCode: "BK_TINH_TT",
      summary: "Trường đạt chuẩn quốc gia",
    });
    const local = await nominate({ personId: officeAnId, awardCode: "GK_CN", summary: "Tốt" });
    const d = await office.expectOk("dossiers.get", { id: dossier.id });
    for (const c of d.components.filter((c) => c.required && !c.present))
      await office.expectOk("dossiers.setPresent", { id: c.id, present: true });
    for (const n of (await office.expectOk("dossiers.get", { id: dossier.id })).nominations)
      if (n.eligibility.level === "warning")
        await office.expectOk("dossiers.overrideEligibility", { id: n.id, reason: "Đã kiểm tra" });
    await office.expectOk("dossiers.transition", { ids: [an, school, local], action: "tham_dinh" });
    await office.expectOk("dossiers.transition", { ids: [an, school], action: "chuyen_cap_tren" });
    const signerId = (await office.expectOk("settings.listSigners", {}))[0]!.id;
    await office.expectOk("forwarding.createProposal", {
      year: 2024,
      nominationIds: [an, school],
      docDate: "2025-03-20",
      signerId,
      kinhGui: "Ban Thi đua - Khen thưởng tỉnh",
      noiNhan: ["Như trên"],
    });
    await office.expectOk("forwarding.createReport", { nominationId: an, docDate: "2025-03-20" });

    // The same papers as one .zip for the national dossier system; without an office suite,
    // only .docx, and the answer says so.
    const zip = await office.expectOk("exchange.upwardPapers", { year: 2024 });
    const names = Object.keys(unzipSync(fs.readFileSync(zip.path))).sort();
    expect(names.filter((n) => n.startsWith("Van ban/") && n.endsWith(".docx"))).toHaveLength(2);
    expect(names.filter((n) => n.endsWith(".pdf"))).toHaveLength(findSoffice() ? 2 : 0);
    expect(zip.pdf).toBe(findSoffice() !== null);
    const savedPath = process.env.PATH;
    process.env.PATH = "";
    try {
      const noSuite = await office.expectOk("exchange.upwardPapers", { year: 2024 });
      expect(noSuite.pdf).toBe(false);
      expect(
        Object.keys(unzipSync(fs.readFileSync(noSuite.path))).filter((n) => n.endsWith(".pdf")),
      ).toEqual([]);
    } finally {
      process.env.PATH = savedPath;
    }
    expect(await errorOf(office.call("exchange.upwardPapers", { year: 2023 }))).toContain(
      "chưa có đề nghị nào đã chuyển cấp trên",
    );

    const preview = await office.expectOk("exchange.preview", {
      purpose: "trinh_cap_tren",
      year: 2024,
    });
    expect(preview.recipient.code).toBe("SNV-DN");
    expect(preview.tables.find((t) => t.table === "nominations")?.count).toBe(2);
    expect(preview.papers).toHaveLength(2);
    expect(preview.papers.every((p) => p.endsWith(".docx"))).toBe(true);
    const sent = await office.expectOk("exchange.send", { purpose: "trinh_cap_tren", year: 2024 });

    // The province: the district is in its directory under its code.
    const upper = await startTestBackend();
    try {
      const setup = sampleSetup();
      await upper.expectOk("settings.completeSetup", {
        ...setup,
        profile: {
          ...setup.profile,
          level: "tinh",
          parentBody: "Ủy ban nhân dân tỉnh Đồng Nai",
          issuingBody: "Sở Nội vụ",
          abbreviation: "SNV",
          placeName: "Đồng Nai",
          councilName: "Hội đồng Thi đua - Khen thưởng tỉnh Đồng Nai",
        },
      });
      const district = (
        await upper.expectOk("directory.saveUnit", {
          code: "PNV-VC",
          name: "UBND huyện Vĩnh Cửu",
          kind: "khac",
        })
      ).id;
      await upper.expectOk("exchange.saveIdentity", {
        unitCode: "SNV-DN",
        parentCode: "",
        parentName: "",
      });
      const opened = await receive(upper, sent!.path);
      expect(opened.report.refused).toEqual([]);
      const settled = await upper.expectOk("exchange.commit", {
        token: opened.token,
        confirmKey: true,
      });
      // The nominations arrive received, the commune placed under the district.
      const got = await upper.expectOk("dossiers.get", { id: dossier.id });
      expect(got.nominations.map((n) => [n.awardCode, n.state]).sort()).toEqual([
        ["BK_TINH_CN", "tiep_nhan"],
        ["BK_TINH_TT", "tiep_nhan"],
      ]);
      const units = await upper.expectOk("directory.listUnits", {});
      expect(units.find((u) => u.name === "UBND xã Bình Lư")?.parentId).toBe(district);
      // An's sơ lược lý lịch and his history came with him.
      expect(
        (await upper.expectOk("directory.getPerson", { id: officeAnId })).person,
      ).toMatchObject(anProfile);
      const history = await upper.expectOk("awards.forPerson", { personId: officeAnId });
      expect(history.map((h) => [h.awardCode, h.decisionNumber, h.source])).toEqual([
        ["GK_CN", "77/QĐ-UBND", "cap_duoi"],
      ]);
      // The papers, as .docx and (LibreOffice is installed here) .pdf.
      const names = settled.papers.map((p) => p.name).sort();
      expect(names.filter((n) => n.endsWith(".docx"))).toHaveLength(2);
      expect(names.filter((n) => n.endsWith(".pdf"))).toHaveLength(findSoffice() ? 2 : 0);
      for (const p of settled.papers) expect(fs.statSync(p.path).size).toBeGreaterThan(1000);
    } finally {
      upper.cleanup();
    }
  }, 120_000);
});

describe("the Excel pack for a unit without the app", () => {
  it("lists the unit's people in its registration and ratings forms; filled in, it imports as usual", async () => {
    await savePerson(office, officeSchoolId, "Trần Thị Bình", "Giáo viên", {
      gender: "nu",
      birthYear: 1990,
    });
    const pack = await office.expectOk("exchange.excelPack", { unitId: officeUnitId, year: 2025 });
    expect(pack.fileName).toBe("Goi-Excel-XA_BL-2025.zip");
    expect(pack.people).toBe(2);
    const files = unzipSync(fs.readFileSync(pack.path));
    expect(Object.keys(files).sort()).toEqual(
      [
        "Danh-gia-xep-loai-2025.xlsx",
        "De-nghi-khen-thuong.xlsx",
        "Dang-ky-thi-dua-2025.xlsx",
      ].sort(),
    );

    // The commune registers Bình for LĐTT and deletes An's line, as the heading asks.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(files["Dang-ky-thi-dua-2025.xlsx"]!) as never);
    const sheet = wb.getWorksheet("Cá nhân")!;
    const names = [3, 4].map((r) => String(sheet.getRow(r).getCell(1).value));
    expect(names.sort()).toEqual(["Nguyễn Văn An", "Trần Thị Bình"]);
    const binhRow = sheet.getRow(3).getCell(1).value === "Trần Thị Bình" ? 3 : 4;
    sheet.getRow(binhRow).getCell(5).value = "Lao động tiên tiến";
    sheet.spliceRows(binhRow === 3 ? 4 : 3, 1);
    const filled = path.join(incomingDir(office.paths), "dang-ky-da-dien.xlsx");
    fs.mkdirSync(path.dirname(filled), { recursive: true });
    await wb.xlsx.writeFile(filled);
    const preview = await office.expectOk("registrations.previewImport", {
      year: 2025,
      unitId: officeUnitId,
      path: filled,
    });
    expect(preview.errors).toBe(0);
    await office.expectOk("registrations.commitImport", { token: preview.token });
    const reg = await office.expectOk("registrations.get", { year: 2025, unitId: officeUnitId });
    expect(reg.people.map((p) => [p.fullName, p.titleCode])).toEqual([["Trần Thị Bình", "LDTT"]]);
  });

  it("says so when the unit has no people yet", async () => {
    const empty = (
      await office.expectOk("directory.saveUnit", {
        code: "XA_TH",
        name: "UBND xã Tân Hòa",
        kind: "xa_thi_tran",
      })
    ).id;
    expect(
      await errorOf(office.call("exchange.excelPack", { unitId: empty, year: 2025 })),
    ).toContain("chưa có cá nhân nào");
  });
});

describe("self-scoring at the unit", () => {
  it("the office sends the cluster's score table; the unit scores itself and its scores come back for review", async () => {
    const u = await unitYear();
    const first = await receive(office, await send(unit));
    await office.expectOk("exchange.commit", { token: first.token, confirmKey: true });

    // At the office: the commune's cluster and its 2024 score table.
    await office.expectOk("directory.saveCluster", { name: "Cụm thi đua số 1", kind: "cum" });
    const cluster = (await office.expectOk("directory.listClusters", { year: 2024 }))[0]!;
    await office.expectOk("directory.setClusterMembers", {
      clusterId: cluster.id,
      year: 2024,
      members: [{ unitId: officeUnitId, role: "truong" }],
    });
    const table = await office.expectOk("scoring.createTable", {
      year: 2024,
      clusterId: cluster.id,
      name: "Bảng điểm cụm số 1 năm 2024",
      from: "seed002",
    });
    const sent = await office.expectOk("exchange.send", {
      purpose: "cap_tren_gui",
      year: 2024,
      recipientCode: "XA_BL",
    });
    const down = await receive(unit, sent!.path);
    expect(down.report.refused).toEqual([]);
    await unit.expectOk("exchange.commit", { token: down.token, confirmKey: true });

    // At the unit: the same table, scored by the commune for itself.
    const atUnit = await unit.expectOk("scoring.getTable", { id: table.id });
    expect(atUnit.members.map((m) => m.unitId)).toEqual([u.unitId]);
    const leaves = atUnit.criteria.filter((c) => !atUnit.criteria.some((x) => x.parentId === c.id));
    const base = leaves.filter((c) => c.kind === "base");
    expect(base.length).toBeGreaterThan(0);
    await unit.expectOk("scoring.saveScores", {
      tableId: table.id,
      unitId: u.unitId,
      entries: base.map((c) => ({
        criterionId: c.id,
        selfScore: c.maxPoints,
        selfNote: "Hoàn thành",
        reviewedScore: null,
        reviewNote: "",
      })),
    });
    unit.clock.advance(60_000);
    const up = await receive(office, await send(unit));
    expect(up.report.tables.find((t) => t.table === "member_scores")?.counts.new).toBe(base.length);
    await office.expectOk("exchange.commit", { token: up.token });
    const atOffice = await office.expectOk("scoring.getTable", { id: table.id });
    const mine = atOffice.scores.filter((s) => s.unitId === officeUnitId);
    expect(mine.length).toBe(base.length);
    expect(mine.every((s) => s.selfNote === "Hoàn thành" && s.reviewedScore === null)).toBe(true);
  });
});

describe("the identity", () => {
  it("refuses a missing or malformed unit code with the reason, keeping what was saved", async () => {
    const before = await office.expectOk("exchange.identity", {});
    expect(
      await errorOf(
        office.call("exchange.saveIdentity", { unitCode: "", parentCode: "", parentName: "" }),
      ),
    ).toContain("Hãy nhập mã đơn vị của nơi này");
    expect(
      await errorOf(
        office.call("exchange.saveIdentity", {
          unitCode: "Phòng Nội vụ",
          parentCode: "",
          parentName: "",
        }),
      ),
    ).toContain("Mã chỉ gồm chữ không dấu, số");
    expect(await office.expectOk("exchange.identity", {})).toEqual(before);
  });
});
