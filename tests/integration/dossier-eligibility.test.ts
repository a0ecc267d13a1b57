import fs from "node:fs";
import ExcelJS from "exceljs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startTestBackend, type TestBackend } from "../helpers/backend";
import { docxParts, numbersPagesFromTheSecond } from "../helpers/docx-xml";
import { snapshotDatabase } from "../helpers/db-snapshot";

/**
 * Eligibility on the dossier page (issue 7 item 2) on the demo district: three nominations of one
 * unit for the working year — one fails a rule, one warns and is accepted with a reason, one is
 * green — the transitions they allow, and the appraisal list that prints the reason.
 */

let t: TestBackend;
let unitId: string;
/** Three people of the unit, none disciplined, none nominated elsewhere. */
let people: { id: string; name: string }[];

const YEAR = 2025;
const REASON =
  "Đơn vị đang hoàn thiện xếp loại năm 2025, Chủ tịch UBND xã đã xác nhận bằng văn bản";

beforeEach(async () => {
  t = await startTestBackend({ demo: true });
  const unit = t.backend.sqlite
    .prepare(
      `SELECT u.id FROM units u WHERE u.deleted_at IS NULL AND u.kind = 'xa_thi_tran'
       AND (SELECT count(*) FROM people p WHERE p.unit_id = u.id AND p.deleted_at IS NULL) >= 3
       ORDER BY u.name LIMIT 1`,
    )
    .get() as { id: string };
  unitId = unit.id;
  people = t.backend.sqlite
    .prepare(
      `SELECT p.id, p.full_name AS name FROM people p WHERE p.unit_id = ? AND p.deleted_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM disciplines d WHERE d.person_id = p.id AND d.deleted_at IS NULL)
       AND NOT EXISTS (SELECT 1 FROM nominations n WHERE n.person_id = p.id AND n.deleted_at IS NULL)
       ORDER BY p.full_name LIMIT 3`,
    )
    .all(unitId) as { id: string; name: string }[];
  expect(people).toHaveLength(3);
  // The year's ratings: below the LĐTT bar, none yet, good.
  await t.expectOk("directory.saveRatingsGrid", {
    unitId,
    year: YEAR,
    unitRating: null,
    rows: [
      { personId: people[0]!.id, rating: "ht", note: "" },
      { personId: people[1]!.id, rating: null, note: "" },
      { personId: people[2]!.id, rating: "ht_tot", note: "" },
    ],
  });
});
afterEach(() => t.cleanup());

async function dossierWithThree(extra: Record<string, unknown> = {}) {
  const d = await t.expectOk("dossiers.save", {
    unitId,
    year: YEAR,
    kind: "thuong_xuyen",
    receivedDate: "2025-03-05",
    unitDocNumber: "21/TTr-UBND",
    unitDocDate: "2025-03-01",
    ...extra,
  });
  const ids: string[] = [];
  for (const p of people)
    ids.push(
      (
        await t.expectOk("dossiers.saveNomination", {
          dossierId: d.id,
          nomineeKind: "ca_nhan",
          personId: p.id,
          awardCode: "LDTT",
        })
      ).id,
    );
  const detail = await t.expectOk("dossiers.get", { id: d.id });
  for (const c of detail.components.filter((c) => c.required && !c.present))
    await t.expectOk("dossiers.setPresent", { id: c.id, present: true });
  return { dossierId: d.id, ids: ids as [string, string, string] };
}

async function errorOf(res: Promise<{ ok: boolean; error?: { message: string } }>) {
  const r = await res;
  expect(r.ok).toBe(false);
  return r.error!.message;
}

const textOf = (xml: string) =>
  xml
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

describe("dossier eligibility", () => {
  it("shows each nomination's result with the rules and the data behind them", async () => {
    const { dossierId } = await dossierWithThree();
    const detail = await t.expectOk("dossiers.get", { id: dossierId });
    const [bad, warn, good] = detail.nominations;
    expect([bad!.eligibility.level, warn!.eligibility.level, good!.eligibility.level]).toEqual([
      "blocking",
      "warning",
      "ok",
    ]);
    const rating = bad!.eligibility.results.find(
      (r) => r.ruleCode === "rating_min" && r.level === "blocking",
    );
    expect(rating?.message).toContain("2025");
    expect(rating?.data).toMatchObject({ rating: "ht" });
    expect(warn!.eligibility.results.find((r) => r.level === "warning")?.message).toContain(
      "Chưa có xếp loại năm 2025",
    );
    expect(good!.eligibility.results.every((r) => r.level === "ok")).toBe(true);
    expect(good!.eligibility.results.length).toBeGreaterThan(1);
    // The refusals are announced on the buttons before anybody clicks.
    const blocked = (n: typeof bad) => n!.actions.find((a) => a.action === "tham_dinh")!.blockedBy;
    expect(blocked(bad)).toMatch(/^Đề nghị không đạt điều kiện khen thưởng: /);
    expect(blocked(warn)).toMatch(/^Đề nghị còn cảnh báo về điều kiện khen thưởng: /);
    expect(blocked(good)).toBeNull();
    expect(warn!.eligibilityOverride).toBeNull();
  });

  it("refuses to appraise a failing or unaccepted nomination, and lets an accepted warning through", async () => {
    const { dossierId, ids } = await dossierWithThree();
    const [bad, warn, good] = ids;
    const before = snapshotDatabase(t.backend.sqlite);
    expect(
      await errorOf(t.call("dossiers.transition", { ids: [bad], action: "tham_dinh" })),
    ).toMatch(
      /^Đề nghị không đạt điều kiện khen thưởng: .*Không chuyển tiếp được; hãy trả lại đơn vị/,
    );
    expect(
      await errorOf(t.call("dossiers.transition", { ids: [good, warn], action: "tham_dinh" })),
    ).toMatch(
      new RegExp(
        `^${people[1]!.name}: Đề nghị còn cảnh báo về điều kiện khen thưởng: .*Hãy ghi lý do chấp nhận cảnh báo trước khi chuyển tiếp\\. Chưa đề nghị nào được chuyển\\.$`,
      ),
    );
    expect(snapshotDatabase(t.backend.sqlite)).toEqual(before);

    // A failing rule cannot be accepted; a green nomination has nothing to accept.
    expect(
      await errorOf(t.call("dossiers.overrideEligibility", { id: bad, reason: "Xin ngoại lệ" })),
    ).toMatch(/^Đề nghị có điều kiện không đạt: .*không bỏ qua được điều kiện không đạt\.$/);
    expect(
      await errorOf(t.call("dossiers.overrideEligibility", { id: good, reason: "Không cần" })),
    ).toBe("Đề nghị đạt mọi điều kiện, không có cảnh báo nào cần chấp nhận.");
    expect(await errorOf(t.call("dossiers.overrideEligibility", { id: warn, reason: "  " }))).toBe(
      "Phải ghi lý do chấp nhận cảnh báo.",
    );
    expect(snapshotDatabase(t.backend.sqlite)).toEqual(before);

    await t.expectOk("dossiers.overrideEligibility", { id: warn, reason: REASON });
    const accepted = (await t.expectOk("dossiers.get", { id: dossierId })).nominations[1]!;
    expect(accepted.eligibility.level).toBe("warning");
    expect(accepted.eligibilityOverride).toMatchObject({ reason: REASON });
    expect(accepted.eligibilityOverride!.by).toMatch(/^Máy này/);
    // The audit trail keeps the reason with the change.
    const audited = (await t.expectOk("audit.list", { recordId: warn! })).entries.find(
      (e) => e.tableName === "nominations",
    );
    expect(audited).toMatchObject({ procedure: "dossiers.overrideEligibility", reason: REASON });
    expect(accepted.actions.find((a) => a.action === "tham_dinh")!.blockedBy).toBeNull();
    const events = await t.expectOk("dossiers.events", { nominationId: warn });
    expect(events.map((e) => [e.action, e.actionLabel, e.fromState, e.toState])).toEqual([
      ["tao", "Tiếp nhận đề nghị", null, "tiep_nhan"],
      ["chap_nhan_canh_bao", "Chấp nhận cảnh báo điều kiện", "tiep_nhan", "tiep_nhan"],
    ]);
    expect(events[1]!.reason).toMatch(
      new RegExp(`^${REASON} — Cảnh báo: Chưa có xếp loại năm 2025`),
    );

    await t.expectOk("dossiers.transition", { ids: [good, warn], action: "tham_dinh" });
    await t.expectOk("dossiers.transition", { ids: [good, warn], action: "trinh_hoi_dong" });
    // The failing one can only go back to the unit.
    await t.expectOk("dossiers.transition", {
      ids: [bad],
      action: "tra_lai",
      reason: "Chưa đạt xếp loại hoàn thành tốt nhiệm vụ",
    });
    // Once before the council, the acceptance can no longer be withdrawn.
    expect(await errorOf(t.call("dossiers.overrideEligibility", { id: warn, reason: "" }))).toBe(
      "Đề nghị đang ở bước “Trình Hội đồng”: chỉ chấp nhận hoặc bỏ chấp nhận cảnh báo trước khi trình Hội đồng.",
    );
  });

  it("withdraws an acceptance with an empty reason, recorded, and blocks again", async () => {
    const { ids } = await dossierWithThree();
    const warn = ids[1];
    await t.expectOk("dossiers.overrideEligibility", { id: warn, reason: REASON });
    await t.expectOk("dossiers.overrideEligibility", { id: warn, reason: "" });
    const events = await t.expectOk("dossiers.events", { nominationId: warn });
    expect(events.at(-1)).toMatchObject({
      action: "bo_chap_nhan_canh_bao",
      reason: `Lý do đã ghi trước đó: ${REASON}`,
    });
    expect(
      await errorOf(t.call("dossiers.transition", { ids: [warn], action: "tham_dinh" })),
    ).toContain("Hãy ghi lý do chấp nhận cảnh báo");
  });

  it("counts the movement's quotas and the same year's nominations in other dossiers", async () => {
    const ldtt = t.backend.sqlite
      .prepare(`SELECT id FROM award_catalogue WHERE code = 'LDTT' AND deleted_at IS NULL`)
      .get() as { id: string };
    const movement = await t.expectOk("movements.save", {
      kind: "chuyen_de",
      name: "Phong trào thi đua chuyên đề kiểm thử chỉ tiêu",
      startDate: "2025-01-01",
      endDate: "2025-12-31",
      allocations: [
        {
          awardId: ldtt.id,
          recipientKind: "ca_nhan",
          totalQuota: 5,
          quotaLines: [{ scope: "moi_don_vi", quota: 2 }],
        },
      ],
    });
    const { dossierId } = await dossierWithThree({ movementId: movement.id, kind: "chuyen_de" });
    const good = (await t.expectOk("dossiers.get", { id: dossierId })).nominations[2]!;
    const unitQuota = good.eligibility.results.find((r) => r.ruleCode === "quota_unit")!;
    expect(unitQuota).toMatchObject({ level: "warning", data: { count: 3, quota: 2 } });
    expect(good.eligibility.level).toBe("warning");

    // The same person proposed again in another dossier of the year: a duplicate warning there.
    const other = await t.expectOk("dossiers.save", {
      unitId,
      year: YEAR,
      kind: "dot_xuat",
      receivedDate: "2025-03-06",
    });
    const twin = await t.expectOk("dossiers.saveNomination", {
      dossierId: other.id,
      nomineeKind: "ca_nhan",
      personId: people[2]!.id,
      awardCode: "LDTT",
    });
    const dup = twin.eligibility.results.find((r) => r.ruleCode === "duplicate")!;
    expect(dup.level).toBe("warning");
    expect(dup.message).toContain("tiếp nhận ngày 05/03/2025");
    // Returned nominations no longer count elsewhere.
    await t.expectOk("dossiers.transition", {
      ids: [good.id],
      action: "tra_lai",
      reason: "Rút đề nghị",
    });
    const again = (await t.expectOk("dossiers.get", { id: other.id })).nominations[0]!;
    expect(again.eligibility.results.find((r) => r.ruleCode === "duplicate")!.level).toBe("ok");
    // Nor in their own dossier: the unit now proposes 3 (2 left here and the twin), not 4, and
    // the message says what is not counted.
    const left = (await t.expectOk("dossiers.get", { id: dossierId })).nominations[0]!;
    expect(left.eligibility.results.find((r) => r.ruleCode === "quota_unit")).toMatchObject({
      level: "warning",
      data: { count: 3, quota: 2 },
      message:
        "Đơn vị đề nghị 3 “Lao động tiên tiến” (không kể đề nghị đã trả lại đơn vị hoặc Hội đồng không đồng ý), vượt chỉ tiêu 2 của đơn vị.",
    });
  });

  it("writes the appraisal list as .xlsx and .docx with the results and the override reason", async () => {
    const { dossierId, ids } = await dossierWithThree();
    await t.expectOk("dossiers.overrideEligibility", { id: ids[1], reason: REASON });

    const x = await t.expectOk("dossiers.appraisalList", { dossierId, format: "xlsx" });
    expect(x.count).toBe(3);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(x.path);
    const ws = wb.worksheets[0]!;
    const rows: string[][] = [];
    ws.eachRow((r) =>
      rows.push((r.values as unknown[]).slice(1).map((v) => (v === null ? "" : String(v)))),
    );
    expect(rows[0]![0]).toContain("Danh sách thẩm định đề nghị khen thưởng");
    expect(rows[0]![0]).toContain(
      "3 đề nghị: 1 đạt; 1 cần lưu ý (1 đã được chấp nhận có lý do); 1 không đạt.",
    );
    expect(rows[1]).toEqual([
      "STT",
      "Đối tượng đề nghị",
      "Chức vụ, đơn vị / địa chỉ",
      "Đơn vị trình",
      "Hình thức, danh hiệu",
      "Trạng thái",
      "Kết quả",
      "Nội dung kiểm tra",
      "Lý do chấp nhận cảnh báo",
    ]);
    const body = rows.slice(2);
    expect(body.map((r) => [r[1], r[4], r[6]])).toEqual([
      [people[0]!.name, "Lao động tiên tiến", "Không đạt"],
      [people[1]!.name, "Lao động tiên tiến", "Cần lưu ý"],
      [people[2]!.name, "Lao động tiên tiến", "Đạt"],
    ]);
    expect(body[1]![7]).toContain("Chưa có xếp loại năm 2025");
    expect(body[1]![8]).toBe(`${REASON} (ngày 10/03/2025)`);
    expect(body[2]![7]).toBe("Đạt tất cả điều kiện, chỉ tiêu.");
    expect(body[0]![8]).toBe("");

    const w = await t.expectOk("dossiers.appraisalList", { dossierId, format: "docx" });
    expect(numbersPagesFromTheSecond(docxParts(fs.readFileSync(w.path)))).toBe(true);
    const text = textOf(docxParts(fs.readFileSync(w.path))["word/document.xml"]!);
    expect(text).toContain("DANH SÁCH THẨM ĐỊNH ĐỀ NGHỊ KHEN THƯỞNG");
    expect(text).toContain("Tờ trình số 21/TTr-UBND");
    for (const p of people) expect(text).toContain(p.name);
    expect(text).toContain(REASON);
    expect(text).toContain("Không đạt");

    // Per year: every dossier of the year; an empty year is refused in words.
    const y = await t.expectOk("dossiers.appraisalList", { year: YEAR, format: "xlsx" });
    expect(y.count).toBeGreaterThanOrEqual(3);
    expect(await errorOf(t.call("dossiers.appraisalList", { year: 2030, format: "docx" }))).toBe(
      "Năm 2030 chưa có đề nghị nào để lập danh sách thẩm định.",
    );
  });
  it("shows a returned nomination as returned, with the day and the reason, in both formats", async () => {
    const { dossierId, ids } = await dossierWithThree();
    await t.expectOk("dossiers.transition", {
      ids: [ids[2]],
      action: "tra_lai",
      reason: "Thiếu Báo cáo thành tích",
    });
    const x = await t.expectOk("dossiers.appraisalList", { dossierId, format: "xlsx" });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(x.path);
    const rows: string[][] = [];
    wb.worksheets[0]!.eachRow((r) =>
      rows.push((r.values as unknown[]).slice(1).map((v) => (v === null ? "" : String(v)))),
    );
    expect(rows[0]![0]).toContain(
      "3 đề nghị: 0 đạt; 1 cần lưu ý (0 đã được chấp nhận có lý do); 1 không đạt; 1 đã trả lại đơn vị.",
    );
    const returned = rows.slice(2).find((r) => r[1] === people[2]!.name)!;
    expect([returned[5], returned[6], returned[7]]).toEqual([
      "Trả lại đơn vị",
      "Trả lại đơn vị",
      "Đã trả lại đơn vị ngày 10/03/2025: Thiếu Báo cáo thành tích.",
    ]);

    const w = await t.expectOk("dossiers.appraisalList", { dossierId, format: "docx" });
    const text = textOf(docxParts(fs.readFileSync(w.path))["word/document.xml"]!);
    expect(text).toContain("- Đã trả lại đơn vị ngày 10/03/2025: Thiếu Báo cáo thành tích.");
    expect(text).toContain("1 đã trả lại đơn vị.");
  });
});
