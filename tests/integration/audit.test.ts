import ExcelJS from "exceljs";
import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openSqlite } from "../../db/sqlite";
import { snapshotDatabase } from "../helpers/db-snapshot";
import { sampleSetup, startTestBackend, type TestBackend } from "../helpers/backend";
import { communeWithSchool, dossier2024, errorOf, savePerson } from "../helpers/nominations";
import { peopleHeaders, writeIncomingXlsx } from "../helpers/xlsx";

let t: TestBackend;
beforeEach(async () => {
  t = await startTestBackend();
  await t.expectOk("settings.completeSetup", sampleSetup());
});
afterEach(() => t.cleanup());

const list = (filter: Record<string, unknown> = {}) => t.expectOk("audit.list", filter);

const rowsOfTrail = () =>
  t.backend.sqlite.prepare("SELECT count(*) FROM audit_log").pluck().get() as number;
/** The records noted by the triggers and not yet written to the trail (none between calls). */
const pendingNotes = () =>
  t.backend.sqlite.prepare("SELECT count(*) FROM temp.audit_pending").pluck().get() as number;

/** Changes a database file behind the app's back, as an outside SQLite tool would. */
function tamper(file: string, sql: string) {
  const raw = openSqlite(file);
  try {
    raw.exec(
      "DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;",
    );
    raw.exec(sql);
  } finally {
    raw.close();
  }
}

describe("the audit trail", () => {
  it("writes who changed which person, when, through which function, and only what changed", async () => {
    const { unitId } = await communeWithSchool(t);
    t.clock.advance(60_000);
    const id = await savePerson(t, unitId, "Nguyễn Văn An", "Chủ tịch");
    const ofPerson = async () =>
      (await list({ recordId: id })).entries.filter((e) => e.tableName === "people");
    const [made] = await ofPerson();
    expect(made).toMatchObject({
      procedure: "directory.savePerson",
      tableName: "people",
      recordId: id,
      label: "Nguyễn Văn An",
      action: "insert",
      area: "danh_ba",
      at: t.clock.now(),
    });
    expect(made!.actorName).toMatch(/^Máy này/);
    // An added record's values are the record's own: the trail names it, a later edit says
    // what they were.
    expect(made!.changes).toEqual([]);

    const { person } = await t.expectOk("directory.getPerson", { id });
    await t.expectOk("directory.savePerson", {
      ...person,
      position: "Phó Chủ tịch",
      category: "vien_chuc",
    } as never);
    const [edit] = await ofPerson();
    expect(edit).toMatchObject({ action: "update", procedure: "directory.savePerson" });
    // Only what changed; a category shows by its name, not its code; what the app maintains by
    // itself (search_key, updated_at) is not shown.
    expect(edit!.changes).toEqual([
      { field: "category", before: "Công chức", after: "Viên chức" },
      { field: "position", before: "Chủ tịch", after: "Phó Chủ tịch" },
    ]);

    await t.expectOk("directory.deletePerson", { id });
    const [gone] = await ofPerson();
    expect(gone).toMatchObject({ action: "delete", procedure: "directory.deletePerson" });
    expect((await t.expectOk("audit.verify", {})).ok).toBe(true);
  });

  it("writes one row per transaction: an import's row lists every person it added", async () => {
    await communeWithSchool(t);
    const code = "XA_BL";
    const file = await writeIncomingXlsx(t.paths.dataDir, "ca-nhan.xlsx", [
      peopleHeaders,
      ["Đỗ Văn Hùng", "Nam", "05/02/1985", "Công chức", "Chuyên viên", "Không", code, "", ""],
      ["Hồ Thị Lan", "Nữ", "1990", "Công chức", "", "", code, "", ""],
    ]);
    const preview = await t.expectOk("directory.previewImport", { kind: "people", path: file });
    const before = rowsOfTrail();
    await t.expectOk("directory.commitImport", { token: preview.token });
    expect(rowsOfTrail()).toBe(before + 1);
    const { entries } = await list({ text: "Hồ Thị Lan" });
    const lan = entries.find((e) => e.tableName === "people")!;
    expect(lan).toMatchObject({ action: "insert", procedure: "directory.commitImport" });
    // The same row names the other person, and the unit history each was given.
    const sameRow = (await list({})).entries.filter((e) => e.seq === lan.seq);
    expect(sameRow.map((e) => `${e.tableName} ${e.label}`).sort()).toEqual(
      ["people Hồ Thị Lan", "people Đỗ Văn Hùng", "person_units ", "person_units "].sort(),
    );
    // A person's history finds their entry inside the import's row.
    expect((await list({ recordId: lan.recordId })).entries.map((e) => e.tableName)).toEqual([
      "person_units",
      "people",
    ]);
    expect(pendingNotes()).toBe(0);
    expect((await t.expectOk("audit.verify", {})).ok).toBe(true);
  });

  it("a change made outside a transaction is written too, and a rolled-back one leaves no note", async () => {
    const { unitId } = await communeWithSchool(t);
    const id = await savePerson(t, unitId, "Lý Văn Minh", "Chuyên viên");
    const sqlite = t.backend.sqlite;
    sqlite.prepare("UPDATE people SET position = 'Trưởng phòng' WHERE id = ?").run(id);
    expect(pendingNotes()).toBe(0);
    const [moved] = (await list({ recordId: id })).entries;
    expect(moved!.changes).toEqual([
      { field: "position", before: "Chuyên viên", after: "Trưởng phòng" },
    ]);
    // A savepoint rolled back inside a transaction takes its notes with it; the rest is written.
    const before = rowsOfTrail();
    sqlite.transaction(() => {
      sqlite.prepare("UPDATE people SET notes = 'giữ' WHERE id = ?").run(id);
      try {
        sqlite.transaction(() => {
          sqlite.prepare("UPDATE people SET notes = 'bỏ' WHERE id = ?").run(id);
          throw new Error("bỏ");
        })();
      } catch {
        // the inner change is undone
      }
    })();
    expect(rowsOfTrail()).toBe(before + 1);
    const [kept] = (await list({ recordId: id })).entries;
    expect(kept!.changes).toEqual([{ field: "notes", before: "", after: "giữ" }]);
    expect(pendingNotes()).toBe(0);
  });

  it("a refused or failed call writes nothing, not even an audit row", async () => {
    const before = snapshotDatabase(t.backend.sqlite);
    expect(
      await errorOf(t.call("directory.savePerson", { fullName: "", unitId: "khong-co" } as never)),
    ).toBeTruthy();
    expect(
      await errorOf(
        t.call("directory.deletePerson", { id: "0190aaaa-0000-7000-8000-000000000000" }),
      ),
    ).toBeTruthy();
    expect(snapshotDatabase(t.backend.sqlite)).toEqual(before);
    expect(pendingNotes()).toBe(0);
  });

  it("names the signed-in account, and never copies a password", async () => {
    const made = await t.expectOk("auth.createFirstAdmin", {
      fullName: "Lê Thị Thu Hà",
      username: "ha.le",
      password: "Mat-khau-2026",
    });
    const as = (channel: string, input: unknown) => t.backend.router(channel, input, made.session);
    expect((await as("settings.saveRounding", { step: 5000, mode: "nearest" })).ok).toBe(true);
    expect(
      (await as("auth.changePassword", { current: "Mat-khau-2026", password: "Mat-khau-moi-2027" }))
        .ok,
    ).toBe(true);
    const r = await as("audit.list", {});
    if (!r.ok) throw new Error(r.error.message);
    const { entries, actors } = r.value as Awaited<ReturnType<typeof list>>;
    const rounding = entries.find((e) => e.procedure === "settings.saveRounding")!;
    expect(rounding).toMatchObject({
      actorName: "Lê Thị Thu Hà",
      actor: `account:${made.account.id}`,
    });
    const password = entries.find((e) => e.procedure === "auth.changePassword")!;
    expect(password.changes).toEqual([{ field: "password_hash", before: "•••", after: "•••" }]);
    const everything = JSON.stringify(
      t.backend.sqlite.prepare("SELECT changes FROM audit_log").all(),
    );
    expect(everything).not.toMatch(/scrypt\$/);
    expect(actors.map((a) => a.name)).toContain("Lê Thị Thu Hà");
  });

  it("shows a dossier's history with its nominations, and the reason a warning was accepted", async () => {
    const { unitId } = await communeWithSchool(t);
    const personId = await savePerson(t, unitId, "Trần Thị Bình", "Công chức");
    const { dossierId, nominate } = await dossier2024(t, unitId, "Hoàn thành xuất sắc nhiệm vụ");
    const nominationId = await nominate({ personId, awardCode: "LDTT" });
    const history = (await list({ recordId: dossierId })).entries;
    expect(history.some((e) => e.tableName === "dossiers" && e.action === "insert")).toBe(true);
    expect(history.some((e) => e.tableName === "nominations" && e.recordId === nominationId)).toBe(
      true,
    );
    // The person's page finds the nomination too (it points at the person).
    expect((await list({ recordId: personId })).entries.map((e) => e.tableName)).toContain(
      "nominations",
    );
    // Filters: area, text, date, person.
    expect((await list({ area: "ho_so" })).entries.every((e) => e.area === "ho_so")).toBe(true);
    expect((await list({ text: "Trần Thị Bình" })).entries.length).toBeGreaterThan(0);
    expect((await list({ from: "2025-03-11" })).entries).toEqual([]);
    expect((await list({ to: "2025-03-10" })).entries.length).toBeGreaterThan(0);
    expect((await list({ actor: "account:nobody" })).entries).toEqual([]);
  });

  it("refuses to change or remove a written row", async () => {
    await communeWithSchool(t);
    expect(() => t.backend.sqlite.prepare("UPDATE audit_log SET label = 'x'").run()).toThrow(
      /append-only/,
    );
    expect(() => t.backend.sqlite.prepare("DELETE FROM audit_log").run()).toThrow(/append-only/);
  });

  it("finds an edited row, a removed row and a rewritten tail, at start and on demand", async () => {
    const { unitId } = await communeWithSchool(t);
    await savePerson(t, unitId, "Lê Văn Cường", "Công chức");
    const rows = (
      t.backend.sqlite.prepare("SELECT count(*) AS n FROM audit_log").get() as { n: number }
    ).n;
    expect(rows).toBeGreaterThan(3);
    expect(await t.expectOk("audit.status", {})).toMatchObject({ ok: true });
    const file = t.paths.database;

    // An edited row: its hash no longer matches.
    tamper(file, "UPDATE audit_log SET reason = 'sửa tay' WHERE seq = 2");
    const edited = await t.expectOk("audit.verify", {});
    expect(edited).toMatchObject({ ok: false, brokenAt: 2 });
    expect(edited.problem).toBe("Dòng số 2 đã bị sửa sau khi ghi (nội dung không khớp mã băm).");

    // Reported at start, too.
    t.close();
    const again = await startTestBackend({ dataDir: path.dirname(file), clock: t.clock });
    try {
      expect(await again.expectOk("audit.status", {})).toMatchObject({ ok: false, brokenAt: 2 });
      expect(again.log.errors.some((e) => e.message === "audit chain broken")).toBe(true);
    } finally {
      again.close();
    }
    t = await startTestBackend({ dataDir: path.dirname(file), clock: t.clock });
    // Put it back, then remove a row in the middle.
    tamper(file, "UPDATE audit_log SET reason = NULL WHERE seq = 2");
    expect((await t.expectOk("audit.verify", {})).ok).toBe(true);
    tamper(file, "DELETE FROM audit_log WHERE seq = 3");
    expect((await t.expectOk("audit.verify", {})).problem).toBe(
      "Nhật ký thiếu dòng: sau dòng số 2 là dòng số 4 (đã có dòng bị xóa).",
    );
  });

  it("finds a trail cut short or rewritten after the newest backup", async () => {
    const { unitId } = await communeWithSchool(t);
    t.clock.advance(60_000);
    await t.expectOk("system.createBackup", {});
    const head = (await t.expectOk("audit.status", {})).headSeq;
    await savePerson(t, unitId, "Đỗ Văn Em", "Công chức");
    // The rows up to the backup's head, and after, removed: the chain left verifies on its own.
    tamper(t.paths.database, `DELETE FROM audit_log WHERE seq >= ${head - 1}`);
    const cut = await t.expectOk("audit.verify", {});
    expect(cut).toMatchObject({ ok: false, brokenAt: head });
    expect(cut.problem).toMatch(
      new RegExp(
        `^Nhật ký ngắn hơn bản sao lưu tdkt-.*-manual\\.sqlite \\(bản này có đến dòng số ${head}\\)`,
      ),
    );
  });

  it("checks a backup's chain before restoring it, and records the restore", async () => {
    await communeWithSchool(t);
    const backup = await t.expectOk("system.createBackup", {});
    // The backup carries the chain up to its head, shown in the list of backups.
    const atBackup = (await t.expectOk("audit.status", {})).headSeq;
    expect(atBackup).toBeGreaterThan(0);
    expect(
      (await t.expectOk("system.listBackups", {})).find((b) => b.file === backup.file),
    ).toMatchObject({ auditHeadSeq: atBackup });
    t.clock.advance(60_000);
    await t.expectOk("settings.saveRounding", { step: 5000, mode: "nearest" });
    const headBefore = (await t.expectOk("audit.status", {})).headSeq;

    const restored = await t.expectOk("system.restoreBackup", { file: backup.file });
    expect(restored.safetyBackup).not.toBeNull();
    const event = (await list({})).entries.find((e) => e.action === "event");
    expect(event).toMatchObject({
      procedure: "system.restoreBackup",
      tableName: "backups",
      action: "event",
      area: "he_thong",
      label: backup.file,
    });
    expect(JSON.stringify(event!.changes)).toContain(`đến dòng ${headBefore}`);
    expect((await t.expectOk("audit.verify", {})).ok).toBe(true);

    // A backup whose trail was edited is not restored, and nothing changes.
    const forged = path.join(t.paths.backups, backup.file);
    tamper(forged, "UPDATE audit_log SET actor_name = 'Người khác' WHERE seq = 1");
    const before = snapshotDatabase(t.backend.sqlite);
    expect(await errorOf(t.call("system.restoreBackup", { file: backup.file }))).toMatch(
      /^Nhật ký trong bản sao lưu này đã bị can thiệp \(Dòng số 1 đã bị sửa/,
    );
    expect(snapshotDatabase(t.backend.sqlite)).toEqual(before);
  });

  it("exports what the filter shows to .xlsx", async () => {
    const { unitId } = await communeWithSchool(t);
    const id = await savePerson(t, unitId, "Phạm Thị Dung", "Công chức");
    const { person } = await t.expectOk("directory.getPerson", { id });
    await t.expectOk("directory.savePerson", { ...person, position: "Phó Chủ tịch" } as never);
    const shown = (await list({ area: "danh_ba" })).entries;
    const saved = await t.expectOk("audit.export", { area: "danh_ba" });
    expect(saved.fileName).toMatch(/^Nhat-ky-.*\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(saved.path) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(1).value).toBe(`Nhật ký thay đổi dữ liệu (${shown.length} dòng)`);
    expect(ws.getRow(2).getCell(3).value).toBe("Người thực hiện");
    const lines = [...Array(shown.length).keys()].map((i) => ws.getRow(i + 3));
    expect(lines.map((r) => r.getCell(1).value)).toEqual(shown.map((e) => e.seq));
    expect(
      lines.some((r) => String(r.getCell(7).value).includes("Chức vụ: Công chức → Phó Chủ tịch")),
    ).toBe(true);
    expect(lines.some((r) => String(r.getCell(6).value).includes("Phạm Thị Dung"))).toBe(true);
  });
});
