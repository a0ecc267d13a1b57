// A unit's registration file is received on the day the file says, or on no day yet, never on the
// day it happened to be imported (which showed registrations sent on time as QUÁ HẠN; #13 item 13).
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  importedSubmission,
  planRegistrationImport,
  sentDateOf,
} from "../../electron/exchange/registration-import";
import { startTestBackend, sampleSetup, type TestBackend } from "../helpers/backend";

let t: TestBackend;
let unitId: string;
const titles = [{ code: "LDTT", name: "Lao động tiên tiến", recipientKind: "ca_nhan" }];

beforeEach(async () => {
  t = await startTestBackend(); // 10 March 2025
  await t.expectOk("settings.completeSetup", sampleSetup());
  unitId = (
    await t.expectOk("directory.saveUnit", { name: "UBND xã Bình Lư", kind: "xa_thi_tran" })
  ).id;
});
afterEach(() => t.cleanup());

/** The office's template as the unit sends it back, its heading row as given. */
async function unitFile(heading: (string | Date)[] | null) {
  const tpl = await t.expectOk("registrations.importTemplate", { year: 2025, unitId });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(tpl.path);
  const people = wb.getWorksheet("Cá nhân")!;
  people.getRow(3).values = ["Nguyễn Văn Mới", 1990, "Chuyên viên", "Không", "Lao động tiên tiến"];
  if (heading) people.getRow(1).values = heading;
  const file = path.join(t.paths.dataDir, "incoming", "dang-ky.xlsx");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await wb.xlsx.writeFile(file);
  return planRegistrationImport(t.backend.sqlite, file, "dang-ky.xlsx", unitId, titles);
}

describe("the receipt date of an imported registration", () => {
  it("is the date the file's heading carries", async () => {
    const dated = await unitFile(["Bình Lư, ngày 05 tháng 02 năm 2025"]);
    expect(dated.receivedDate).toBe("2025-02-05");
    expect(dated.people).toHaveLength(1);
    const sent = await unitFile([
      "Bản đăng ký thi đua năm 2025",
      "Ngày gửi:",
      new Date("2025-02-07"),
    ]);
    expect(sent.receivedDate).toBe("2025-02-07");
    expect((await unitFile(null)).receivedDate).toBeNull();
  });

  it("reads the usual ways a date is written, and nothing else", () => {
    expect(sentDateOf(["Ngày gửi: 28/01/2025"])).toBe("2025-01-28");
    expect(sentDateOf(["Ngày nộp", "03/02/2025"])).toBe("2025-02-03");
    expect(sentDateOf(["Bình Lư, ngày 31 tháng 02 năm 2025"])).toBeNull();
    expect(sentDateOf(["Đăng ký thi đua năm 2025", 2025])).toBeNull();
  });

  it("marks the registration submitted without inventing today", () => {
    const today = "2025-03-10";
    const none = { status: "chua_nop", receivedDate: null };
    expect(importedSubmission(none, { receivedDate: "2025-02-05" }, today)).toEqual({
      status: "da_nop",
      receivedDate: "2025-02-05",
      reason: "",
    });
    expect(importedSubmission(none, { receivedDate: null }, today)?.receivedDate).toBeNull();
    // A day still to come is no receipt; a day already recorded stays.
    expect(
      importedSubmission(none, { receivedDate: "2025-04-01" }, today)?.receivedDate,
    ).toBeNull();
    expect(
      importedSubmission(
        { status: "can_bo_sung", receivedDate: "2025-01-20" },
        { receivedDate: null },
        today,
      )?.receivedDate,
    ).toBe("2025-01-20");
    expect(
      importedSubmission(
        { status: "da_duyet", receivedDate: "2025-01-20" },
        { receivedDate: null },
        today,
      ),
    ).toBeNull();
  });
});
