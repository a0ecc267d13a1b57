import fs from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { docxParts } from "../helpers/docx-xml";
import { startTestBackend, sampleSetup, type TestBackend } from "../helpers/backend";

let t: TestBackend;
let clusterId: string;
let unitIds: string[];

beforeEach(async () => {
  t = await startTestBackend();
  await t.expectOk("settings.completeSetup", sampleSetup());
  unitIds = [];
  for (const name of [
    "UBND xã Thạnh Phú",
    "UBND xã Tân An",
    "UBND thị trấn Vĩnh An",
    "UBND xã Phú Lý",
  ]) {
    unitIds.push((await t.expectOk("directory.saveUnit", { name, kind: "xa_thi_tran" })).id);
  }
  await t.expectOk("directory.saveCluster", { name: "Cụm thi đua số 1", kind: "cum" });
  clusterId = (await t.expectOk("directory.listClusters", { year: 2025 }))[0]!.id;
  await t.expectOk("directory.setClusterMembers", {
    clusterId,
    year: 2025,
    members: unitIds.map((unitId, i) => ({ unitId, role: i === 0 ? "truong" : "thanh_vien" })),
  });
});
afterEach(() => t.cleanup());

async function seededTable() {
  const s = await t.expectOk("scoring.createTable", {
    year: 2025,
    clusterId,
    name: "Bảng điểm giao ước năm 2025",
    from: "seed002",
  });
  return t.expectOk("scoring.getTable", { id: s.id });
}

describe("cluster pacts and scoring", () => {
  it("creates a table from seed 002's 50 + 10 + 40 structure for the cluster's members of that year", async () => {
    const d = await seededTable();
    expect(d.problems).toEqual([]);
    expect(d.criteria.filter((c) => c.kind === "base").map((c) => c.maxPoints)).toEqual([
      50, 10, 40,
    ]);
    expect(d.members.map((m) => m.unitName)).toHaveLength(4);
    expect(d.table.prizes).toEqual([10_000_000, 7_000_000, 5_000_000]);
    const dup = await t.call("scoring.createTable", {
      year: 2025,
      clusterId,
      name: "x",
      from: "blank",
    });
    expect(!dup.ok && dup.error.message).toBe("Cụm, khối này đã có bảng điểm năm 2025.");
  });

  it("refuses a tree whose maxima do not sum to 100 and keeps the old one", async () => {
    const d = await seededTable();
    const criteria = d.criteria.map((c) => ({
      key: c.id,
      parentKey: c.parentId,
      code: c.code,
      title: c.title,
      maxPoints: c.code === "III" ? 35 : c.maxPoints,
      kind: c.kind,
    }));
    const r = await t.call("scoring.saveCriteria", { tableId: d.table.id, criteria });
    expect(!r.ok && r.error.message).toBe(
      "Tổng điểm chuẩn của bảng điểm là 95, phải đúng 100 điểm.",
    );
    expect(
      (await t.expectOk("scoring.getTable", { id: d.table.id })).criteria.find(
        (c) => c.code === "III",
      )!.maxPoints,
    ).toBe(40);
  });

  it("splits a criterion into sub-criteria that must add up, keeping scores of criteria that stay", async () => {
    const d = await seededTable();
    const I = d.criteria.find((c) => c.code === "I")!;
    await t.expectOk("scoring.saveScores", {
      tableId: d.table.id,
      unitId: unitIds[0]!,
      entries: [
        {
          criterionId: d.criteria.find((c) => c.code === "II")!.id,
          selfScore: 9,
          selfNote: "",
          reviewedScore: null,
          reviewNote: "",
        },
      ],
    });
    const base = d.criteria.map((c) => ({
      key: c.id,
      parentKey: c.parentId,
      code: c.code,
      title: c.title,
      maxPoints: c.maxPoints,
      kind: c.kind,
    }));
    const wrong = [
      ...base,
      {
        key: "n1",
        parentKey: I.id,
        code: "I.1",
        title: "Ban hành văn bản",
        maxPoints: 30,
        kind: "base" as const,
      },
      {
        key: "n2",
        parentKey: I.id,
        code: "I.2",
        title: "Tổ chức thực hiện",
        maxPoints: 10,
        kind: "base" as const,
      },
    ];
    const r = await t.call("scoring.saveCriteria", { tableId: d.table.id, criteria: wrong });
    expect(!r.ok && r.error.message).toBe(
      "Các tiêu chí con của I cộng lại 40 điểm, khác 50 điểm của I.",
    );
    wrong[wrong.length - 1]!.maxPoints = 20;
    await t.expectOk("scoring.saveCriteria", { tableId: d.table.id, criteria: wrong });
    const after = await t.expectOk("scoring.getTable", { id: d.table.id });
    expect(after.criteria.find((c) => c.code === "I")!.isLeaf).toBe(false);
    expect(after.criteria.find((c) => c.code === "I.1")!.parentId).toBe(I.id);
    expect(after.scores.find((s) => s.unitId === unitIds[0])!.selfScore).toBe(9);
  });

  it("lists sub-criteria right after their parent wherever they were added (score entry, Giao ước)", async () => {
    const d = await seededTable();
    const I = d.criteria.find((c) => c.code === "I")!;
    const III = d.criteria.find((c) => c.code === "III")!;
    const row = (key: string, parentKey: string, code: string, maxPoints: number) => ({
      key,
      parentKey,
      code,
      title: `Tiêu chí ${code}`,
      maxPoints,
      kind: "base" as const,
    });
    // Added at the bottom of the editor, as the “Thêm tiêu chí” button does; III's child first.
    const criteria = [
      ...d.criteria.map((c) => ({
        key: c.id,
        parentKey: c.parentId,
        code: c.code,
        title: c.title,
        maxPoints: c.maxPoints,
        kind: c.kind,
      })),
      row("n3", III.id, "III.1", 40),
      row("n1", I.id, "I.1", 30),
      row("n11", "n1", "I.1.a", 30),
      row("n2", I.id, "I.2", 20),
    ];
    await t.expectOk("scoring.saveCriteria", { tableId: d.table.id, criteria });
    const after = await t.expectOk("scoring.getTable", { id: d.table.id });
    expect(after.criteria.map((c) => c.code)).toEqual([
      "I",
      "I.1",
      "I.1.a",
      "I.2",
      "II",
      "III",
      "III.1",
      "C",
      "T",
    ]);
    // The Giao ước prints the criteria in the same order.
    const { path } = await t.expectOk("scoring.exportPact", {
      id: d.table.id,
      docDate: "2025-03-10",
    });
    const xml = docxParts(fs.readFileSync(path))["word/document.xml"] ?? "";
    const printed = [...xml.matchAll(/<w:tr[\s>][\s\S]*?<\/w:tr>/g)]
      .map((m) => /<w:t[^>]*>([^<]*)<\/w:t>/.exec(m[0])?.[1] ?? "")
      .filter((code) => /^(I|II|III|I\.1|I\.1\.a|I\.2|III\.1)$/.test(code));
    expect(printed).toEqual(["I", "I.1", "I.1.a", "I.2", "II", "III", "III.1"]);
  });

  it("refuses a score above its maximum and a penalty above its limit, writing none of the entries", async () => {
    const d = await seededTable();
    const id = (code: string) => d.criteria.find((c) => c.code === code)!.id;
    const entry = (code: string, selfScore: number) => ({
      criterionId: id(code),
      selfScore,
      selfNote: "",
      reviewedScore: null,
      reviewNote: "",
    });
    const r = await t.call("scoring.saveScores", {
      tableId: d.table.id,
      unitId: unitIds[1]!,
      entries: [entry("I", 45), entry("III", 41), entry("T", 12)],
    });
    expect(!r.ok && r.error.message).toBe(
      "Điểm 41 của tiêu chí III vượt quá điểm tối đa 40. Điểm 12 của tiêu chí T vượt quá mức trừ tối đa 10.",
    );
    expect((await t.expectOk("scoring.getTable", { id: d.table.id })).scores).toEqual([]);
    const outsider = (
      await t.expectOk("directory.saveUnit", { name: "Trường THCS Vĩnh Tân", kind: "truong_hoc" })
    ).id;
    const r2 = await t.call("scoring.saveScores", {
      tableId: d.table.id,
      unitId: outsider,
      entries: [entry("I", 1)],
    });
    expect(!r2.ok && r2.error.message).toBe(
      "Đơn vị này không thuộc cụm, khối thi đua của bảng điểm.",
    );
  });

  it("ranks members by reviewed totals, breaking ties by the rule, and pays the prizes", async () => {
    const d = await seededTable();
    const id = (code: string) => d.criteria.find((c) => c.code === code)!.id;
    const score = async (unit: number, pts: Record<string, [number, number | null]>) =>
      t.expectOk("scoring.saveScores", {
        tableId: d.table.id,
        unitId: unitIds[unit]!,
        entries: Object.entries(pts).map(([code, [self, reviewed]]) => ({
          criterionId: id(code),
          selfScore: self,
          selfNote: "",
          reviewedScore: reviewed,
          reviewNote: reviewed === null ? "" : "Phúc tra",
        })),
      });
    await score(0, { I: [48, 45], II: [10, 10], III: [38, 38], C: [5, 5], T: [0, 0] }); // reviewed 98
    await score(1, { I: [50, 50], II: [9, 9], III: [39, 39], C: [0, 0], T: [0, 0] }); // 98, more base points
    await score(2, { I: [40, null], II: [8, null], III: [30, null], C: [0, null] }); // penalty not scored yet
    const partial = (await t.expectOk("scoring.getTable", { id: d.table.id })).results.find(
      (x) => x.unitName === "UBND thị trấn Vĩnh An",
    )!;
    expect(partial).toMatchObject({ missing: 1, rank: 0, prize: 0 });
    await score(2, { T: [2, null] }); // 76 (self, not reviewed)
    await score(3, { I: [45, 45], II: [10, 10], III: [40, 40], C: [10, 10], T: [0, 0] }); // 105
    const r = (await t.expectOk("scoring.getTable", { id: d.table.id })).results;
    expect(r.map((x) => [x.unitName, x.reviewed.total, x.rank, x.prize])).toEqual([
      ["UBND xã Phú Lý", 105, 1, 10_000_000],
      ["UBND xã Tân An", 98, 2, 7_000_000],
      ["UBND xã Thạnh Phú", 98, 3, 5_000_000],
      ["UBND thị trấn Vĩnh An", 76, 4, 0],
    ]);
    expect(r[2]!.self.total).toBe(101);
    await t.expectOk("scoring.saveTable", { ...d.table, tieBreak: "dong_hang" });
    const shared = (await t.expectOk("scoring.getTable", { id: d.table.id })).results;
    expect(shared.map((x) => x.rank)).toEqual([1, 2, 2, 4]);
  });

  it("copies last year's table for a new year", async () => {
    await seededTable();
    await t.expectOk("directory.setClusterMembers", {
      clusterId,
      year: 2026,
      members: unitIds.slice(0, 2).map((unitId) => ({ unitId, role: "thanh_vien" as const })),
    });
    const s = await t.expectOk("scoring.createTable", {
      year: 2026,
      clusterId,
      name: "Bảng điểm năm 2026",
      from: "copy",
    });
    const d = await t.expectOk("scoring.getTable", { id: s.id });
    expect(d.criteria.map((c) => c.code)).toEqual(["I", "II", "III", "C", "T"]);
    expect(d.members).toHaveLength(2);
    const none = await t.call("scoring.createTable", {
      year: 2030,
      clusterId,
      name: "x",
      from: "copy",
    });
    expect(!none.ok && none.error.message).toBe(
      "Cụm, khối này chưa có bảng điểm năm 2029 để sao chép.",
    );
  });
});
