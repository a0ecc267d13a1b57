import crypto from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { setBaseHash } from "../../db/queries/exchange";
import { applyRecords, planRecords, versionHash } from "../../electron/exchange/merge";
import { unitToOffice } from "../../electron/exchange/purposes";
import { startTestBackend, type TestBackend } from "../helpers/backend";

/**
 * Columns added to a table that already travels (people's quê quán, trú quán, trình độ): versions
 * agreed before them still match, and a package from an app without them never empties them.
 */
const people = unitToOffice.find((s) => s.table === "people")!;
const added = people.addedFields ?? [];
const PEER = "0190aaaa-0000-7000-8000-00000000peer";

let t: TestBackend;
let unitId: string;
beforeEach(async () => {
  t = await startTestBackend();
  unitId = (
    await t.expectOk("directory.saveUnit", { name: "UBND xã Bình Lư", kind: "xa_thi_tran" })
  ).id;
});
afterEach(() => t.cleanup());

/** A person's row as an app from before the added columns sends it. */
function olderRow(id: string, fullName: string, position: string) {
  const row: Record<string, unknown> = {
    id,
    origin: PEER,
    full_name: fullName,
    gender: "nu",
    birth_year: 1990,
    birth_date: null,
    category: "cong_chuc",
    position,
    is_leader: 0,
    unit_id: unitId,
    phone: "",
    search_key: fullName.toLowerCase(),
    sort_key: fullName.toLowerCase(),
    deleted_at: null,
  };
  expect(people.fields.filter((f) => !(f in row))).toEqual(added);
  return row;
}

function merge(rows: Record<string, unknown>[]) {
  const plans = planRecords({
    db: t.backend.db,
    peer: PEER,
    specs: [people],
    records: new Map([["people", rows]]),
    year: 2024,
    attachments: new Set(),
  });
  applyRecords(
    {
      ...{ db: t.backend.db, peer: PEER, packageId: crypto.randomUUID(), specs: [people] },
      ...{ takeTheirs: new Set(), now: Date.now(), today: "2025-03-10", actor: "office" },
    },
    plans,
  );
  return plans;
}

describe("people's quê quán, trú quán and trình độ in packages", () => {
  it("leave a version unchanged while empty, and count once filled", () => {
    const row = { ...olderRow("p1", "Trần Thị Bình", "Giáo viên") };
    const before = crypto
      .createHash("sha256")
      .update(JSON.stringify(people.fields.filter((f) => f in row).map((f) => row[f])))
      .digest("hex")
      .slice(0, 32);
    const empty = { ...row, hometown: "", residence: "", education: "" };
    expect(versionHash(people, row)).toBe(before);
    expect(versionHash(people, empty)).toBe(before);
    const withHometown = versionHash(people, { ...empty, hometown: "Xã Bình Lư" });
    const withResidence = versionHash(people, { ...empty, residence: "Xã Bình Lư" });
    expect(new Set([before, withHometown, withResidence]).size).toBe(3);
  });

  it("from an app without them: a new person gets them empty, an update keeps ours", async () => {
    const ours = await t.expectOk("directory.savePerson", {
      fullName: "Trần Thị Bình",
      gender: "nu",
      birthYear: 1990,
      category: "cong_chuc",
      unitId,
      position: "Giáo viên",
      hometown: "Xã Bình Lư, tỉnh Lai Châu",
      residence: "Ấp 3, xã Bình Lư",
      education: "Cử nhân Sư phạm",
    });
    // The version both sides last agreed on is ours as it stands.
    const local = t.backend.sqlite
      .prepare(`SELECT ${people.fields.join(", ")} FROM people WHERE id = ?`)
      .get(ours.id) as Record<string, unknown>;
    setBaseHash(t.backend.db, "people", ours.id, versionHash(people, local));

    const plans = merge([
      olderRow(ours.id, "Trần Thị Bình", "Phó Hiệu trưởng"),
      olderRow("0190aaaa-0000-7000-8000-0000000000a1", "Lê Văn Mới", "Giáo viên"),
    ]);
    expect(plans.map((p) => p.action)).toEqual(["update", "new"]);
    const after = await t.expectOk("directory.getPerson", { id: ours.id });
    expect(after.person).toMatchObject({
      position: "Phó Hiệu trưởng",
      hometown: "Xã Bình Lư, tỉnh Lai Châu",
      residence: "Ấp 3, xã Bình Lư",
      education: "Cử nhân Sư phạm",
    });
    const [moi] = (await t.expectOk("directory.listPeople", { q: "le van moi" })).rows;
    expect(moi).toMatchObject({ hometown: "", residence: "", education: "" });
  });
});
