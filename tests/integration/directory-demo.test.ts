import { afterEach, describe, expect, it } from "vitest";
import { startTestBackend, type TestBackend } from "../helpers/backend";

let t: TestBackend | undefined;
afterEach(() => t?.cleanup());

describe("the demo directory", () => {
  it("is a realistic district: communes with villages, agencies, schools, ~5,000 people, clusters", async () => {
    t = await startTestBackend({ demo: true });
    const units = await t.expectOk("directory.listUnits", {});
    const communes = units.filter((u) => u.kind === "xa_thi_tran");
    expect(communes).toHaveLength(30);
    expect(communes.map((c) => c.name)).toContain("Xã Thạnh Phú");
    expect(units.filter((u) => u.kind === "thon_ban").length).toBeGreaterThan(100);
    expect(
      units.filter((u) => u.kind !== "xa_thi_tran" && u.kind !== "thon_ban" && !u.parentId).length,
    ).toBeGreaterThanOrEqual(60);
    expect(units.map((u) => u.name)).toEqual(
      expect.arrayContaining([
        "Công an huyện",
        "Ban Chỉ huy Quân sự huyện",
        "Trung tâm Y tế huyện",
      ]),
    );
    const people = await t.expectOk("directory.listPeople", { pageSize: 1 });
    expect(people.total).toBeGreaterThan(4500);
    expect(people.total).toBeLessThan(5500);
    const year = new Date(t.clock.now()).getFullYear();
    const clusters = await t.expectOk("directory.listClusters", { year: year - 1 });
    expect(clusters).toHaveLength(10);
    for (const c of clusters) expect(c.members.filter((m) => m.role === "truong")).toHaveLength(1);
    const before = await t.expectOk("directory.listClusters", { year: year - 2 });
    expect(before[0]!.members.find((m) => m.role === "truong")!.unitId).not.toBe(
      clusters[0]!.members.find((m) => m.role === "truong")!.unitId,
    );
    const someone = (
      await t.expectOk("directory.listPeople", { category: "vien_chuc", pageSize: 1 })
    ).rows[0]!;
    const page = await t.expectOk("directory.getPerson", { id: someone.id });
    expect(page.ratings.map((r) => r.year)).toEqual([
      year - 1,
      year - 2,
      year - 3,
      year - 4,
      year - 5,
    ]);
    expect((await t.expectOk("directory.listInitiatives", {})).length).toBe(40);
  });
});
