import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startTestBackend, sampleSetup, type TestBackend } from "../helpers/backend";

let t: TestBackend;
let award: (code: string) => string;
let units: Record<string, string>;

beforeEach(async () => {
  t = await startTestBackend(); // 10 March 2025
  await t.expectOk("settings.completeSetup", sampleSetup());
  const awards = await t.expectOk("catalogue.listAwards", {});
  award = (code) => awards.find((a) => a.code === code)!.id;
  units = {};
  for (const [key, name, kind] of [
    ["binhLu", "UBND xã Bình Lư", "xa_thi_tran"],
    ["ttyt", "Trung tâm Y tế huyện", "nganh_doc"],
    ["pnv", "Phòng Nội vụ", "co_quan_chuyen_mon"],
  ] as const) {
    units[key] = (await t.expectOk("directory.saveUnit", { name, kind })).id;
  }
});
afterEach(() => t.cleanup());

// Seed 004: a special drive with quotas per kind of unit and for named units.
const drive = () => ({
  kind: "dot" as const,
  name: "Đợt thi đua lập thành tích chào mừng Đại hội Đảng các cấp",
  theme: "Đoàn kết, sáng tạo",
  slogan: "",
  startDate: "2025-04-25",
  endDate: "2025-10-30",
  targets: [{ text: "100% xã, thị trấn đăng ký thi đua", number: 100, unit: "%" }],
  participantUnitKinds: ["xa_thi_tran", "co_quan_chuyen_mon"],
  registrationDeadline: "2025-05-15",
  dossierDeadline: "2025-10-15",
  allocations: [
    {
      awardId: award("GK_CN"),
      recipientKind: "ca_nhan" as const,
      criteria: "Cá nhân tiêu biểu",
      quotaLines: [
        { scope: "moi_don_vi" as const, quota: 1 },
        { scope: "loai_don_vi" as const, unitKind: "xa_thi_tran", quota: 2 },
        { scope: "don_vi" as const, unitId: units.ttyt!, quota: 5 },
      ],
    },
    {
      awardId: award("GK_HGD"),
      recipientKind: "ho_gia_dinh" as const,
      quotaLines: [{ scope: "loai_don_vi" as const, unitKind: "xa_thi_tran", quota: 3 }],
    },
    { awardId: award("BK_TINH_CN"), recipientKind: "ca_nhan" as const, totalQuota: 3 },
  ],
});

describe("movements", () => {
  it("saves a drive with allocations and answers each unit's quota", async () => {
    const m = await t.expectOk("movements.save", drive());
    expect(m.year).toBe(2025);
    expect(m.allocations.map((a) => a.awardName)).toEqual([
      "Giấy khen (cá nhân)",
      "Giấy khen (hộ gia đình)",
      "Bằng khen của Chủ tịch UBND tỉnh (cá nhân)",
    ]);
    const gk = m.allocations[0]!.id;
    const q = async (unit: string) =>
      (await t.expectOk("movements.quotaForUnit", { allocationId: gk, unitId: units[unit]! }))
        .quota;
    expect([await q("binhLu"), await q("ttyt"), await q("pnv")]).toEqual([2, 5, 1]);
    expect(
      (
        await t.expectOk("movements.quotaForUnit", {
          allocationId: m.allocations[2]!.id,
          unitId: units.pnv!,
        })
      ).quota,
    ).toBeNull();
    expect((await t.expectOk("movements.list", { year: 2025 })).map((x) => x.name)).toEqual([
      m.name,
    ]);
  });

  it("refuses an end before the start, a deadline before the start, duplicated or zero quotas; nothing is written", async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ endDate: "2025-04-01" }, /Ngày kết thúc phải sau ngày bắt đầu/],
      [
        { registrationDeadline: "2025-04-20" },
        /Hạn 20\/04\/2025 trước ngày bắt đầu phong trào 25\/04\/2025/,
      ],
      [
        {
          allocations: [
            {
              ...drive().allocations[0]!,
              quotaLines: [
                { scope: "loai_don_vi", unitKind: "xa_thi_tran", quota: 2 },
                { scope: "loai_don_vi", unitKind: "xa_thi_tran", quota: 0 },
              ],
            },
          ],
        },
        /Chỉ tiêu cho mỗi xã, thị trấn được nhập hai lần\. Chỉ tiêu cho mỗi xã, thị trấn phải là số nguyên từ 1 trở lên\./,
      ],
      [{ name: "" }, /Tên phong trào không được để trống/],
    ];
    for (const [over, message] of cases) {
      const r = await t.call("movements.save", { ...drive(), ...over } as never);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(message);
    }
    expect(await t.expectOk("movements.list", { year: 2025 })).toEqual([]);
  });

  it("edits replace the allocations, and deadlines reach the dashboard", async () => {
    const m = await t.expectOk("movements.save", drive());
    const edited = await t.expectOk("movements.save", {
      ...drive(),
      id: m.id,
      allocations: [drive().allocations[2]!],
    });
    expect(edited.allocations.map((a) => a.totalQuota)).toEqual([3]);
    await t.expectOk("plans.create", { year: 2025, from: "template" });
    const d = await t.expectOk("plans.dashboard", { year: 2025 });
    expect(
      d.upcoming.some(
        (i) =>
          i.title === `Hạn đăng ký thi đua: ${m.name}` &&
          i.date === "2025-05-15" &&
          i.route === `/phong-trao/${m.id}`,
      ),
    ).toBe(true);
    await t.expectOk("movements.delete", { id: m.id });
    expect(await t.expectOk("movements.list", { year: 2025 })).toEqual([]);
    const after = await t.expectOk("plans.dashboard", { year: 2025 });
    expect(after.upcoming.some((i) => i.source === "Phong trào thi đua")).toBe(false);
  });
});
