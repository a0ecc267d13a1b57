import {
  readText,
  readBirth,
  readYesNo,
  readGender,
  matchList,
  type ListItem,
} from "./cell-parsers";
import type Database from "better-sqlite3";
import { newId } from "../../db/ids";
import { nameKeys, unitKeys } from "../../db/queries/directory";
import {
  ratingLabels,
  ratingValues,
  type ImportKind,
  type ImportPreview,
  type RatingValue,
} from "../contract";
import { foldForSearch, isoDateOf } from "../domain/vietnamese";
import { readSheet, type SheetColumn, type SheetRow } from "./xlsx-read";

/** The columns of each import kind; the template writes the same headers. */
export const importColumns: Record<ImportKind, SheetColumn[]> = {
  people: [
    { key: "fullName", header: "Họ và tên", required: true, aliases: ["Họ tên"] },
    { key: "gender", header: "Giới tính", required: true },
    {
      key: "birth",
      header: "Ngày sinh (dd/mm/yyyy) hoặc năm sinh",
      aliases: ["Ngày sinh", "Năm sinh"],
    },
    { key: "category", header: "Đối tượng", required: true },
    { key: "position", header: "Chức vụ" },
    { key: "isLeader", header: "Lãnh đạo (Có/Không)", aliases: ["Lãnh đạo"] },
    { key: "unit", header: "Đơn vị (tên hoặc mã)", required: true, aliases: ["Đơn vị"] },
    { key: "phone", header: "Điện thoại" },
    { key: "notes", header: "Ghi chú" },
  ],
  units: [
    { key: "code", header: "Mã đơn vị" },
    { key: "name", header: "Tên đơn vị", required: true },
    { key: "shortName", header: "Tên viết tắt" },
    { key: "kind", header: "Loại đơn vị", required: true },
    { key: "parent", header: "Đơn vị cấp trên (tên hoặc mã)", aliases: ["Đơn vị cấp trên"] },
    { key: "address", header: "Địa chỉ" },
    { key: "headName", header: "Thủ trưởng" },
  ],
  households: [
    { key: "headName", header: "Họ tên chủ hộ", required: true },
    { key: "address", header: "Địa chỉ" },
    {
      key: "unit",
      header: "Xã, thôn (tên hoặc mã)",
      required: true,
      aliases: ["Đơn vị", "Xã, thôn"],
    },
    { key: "note", header: "Ghi chú" },
  ],
  ratings: [
    { key: "fullName", header: "Họ và tên", required: true },
    { key: "birth", header: "Năm sinh" },
    { key: "unit", header: "Đơn vị (tên hoặc mã)", required: true, aliases: ["Đơn vị"] },
    { key: "year", header: "Năm đánh giá", required: true },
    { key: "rating", header: "Xếp loại", required: true },
  ],
};

interface Lookups {
  unitKinds: ListItem[];
  categories: ListItem[];
}

type Status = ImportPreview["rows"][number]["status"];
interface PlannedRow {
  row: number;
  status: Status;
  label: string;
  reason: string;
  /** Applied on commit (new and update rows only). */
  write?: (w: Writer) => "inserted" | "updated";
}

export interface ImportPlan {
  kind: ImportKind;
  fileName: string;
  convertedCells: number;
  rows: PlannedRow[];
}

/** Prepared statements used by one commit; all run inside one transaction. */
export class Writer {
  readonly now: number;
  readonly today: string;
  private readonly st;
  constructor(
    readonly sqlite: Database.Database,
    readonly origin: string,
    now: number,
  ) {
    this.now = now;
    this.today = isoDateOf(now);
    const s = (sql: string) => sqlite.prepare(sql);
    const sync = "id, created_at, updated_at, origin";
    this.st = {
      insertPerson:
        s(`INSERT INTO people (${sync}, full_name, gender, birth_year, birth_date, category, position, is_leader, unit_id, phone, notes, search_key, sort_key)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      updatePerson: s(
        `UPDATE people SET updated_at = ?, gender = ?, birth_date = coalesce(?, birth_date), category = ?, position = ?, is_leader = ?, phone = ?, notes = ? WHERE id = ?`,
      ),
      insertHistory: s(
        `INSERT INTO person_units (${sync}, person_id, unit_id, from_date, to_date, position) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?)`,
      ),
      insertUnit: s(
        `INSERT INTO units (${sync}, code, name, short_name, kind, parent_id, address, head_name, search_key, sort_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      updateUnit: s(
        `UPDATE units SET updated_at = ?, name = ?, short_name = ?, kind = ?, parent_id = ?, address = ?, head_name = ?, search_key = ?, sort_key = ? WHERE id = ?`,
      ),
      insertHousehold: s(
        `INSERT INTO households (${sync}, head_name, address, unit_id, note, search_key, sort_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      updateHousehold: s(
        `UPDATE households SET updated_at = ?, address = ?, note = ?, search_key = ? WHERE id = ?`,
      ),
      insertRating: s(
        `INSERT INTO ratings (${sync}, subject_kind, subject_id, year, rating, note) VALUES (?, ?, ?, ?, 'person', ?, ?, ?, '')`,
      ),
      updateRating: s(`UPDATE ratings SET updated_at = ?, rating = ? WHERE id = ?`),
    };
  }
  private base(id: string) {
    return [id, this.now, this.now, this.origin] as const;
  }
  /** Keys and ids are computed while planning, so the commit only runs statements. */
  insertPerson(
    p: PersonValues & { id: string; historyId: string; searchKey: string; sortKey: string },
  ) {
    this.st.insertPerson.run(
      ...this.base(p.id),
      p.fullName,
      p.gender,
      p.birthYear,
      p.birthDate,
      p.category,
      p.position,
      p.isLeader ? 1 : 0,
      p.unitId,
      p.phone,
      p.notes,
      p.searchKey,
      p.sortKey,
    );
    this.st.insertHistory.run(...this.base(p.historyId), p.id, p.unitId, this.today, p.position);
  }
  updatePerson(id: string, p: PersonValues) {
    this.st.updatePerson.run(
      this.now,
      p.gender,
      p.birthDate,
      p.category,
      p.position,
      p.isLeader ? 1 : 0,
      p.phone,
      p.notes,
      id,
    );
  }
  insertUnit(u: UnitValues, id: string) {
    const keys = unitKeys(u.name, u.shortName, u.code);
    this.st.insertUnit.run(
      ...this.base(id),
      u.code,
      u.name,
      u.shortName,
      u.kind,
      u.parentId,
      u.address,
      u.headName,
      keys.searchKey,
      keys.sortKey,
    );
  }
  updateUnit(id: string, u: UnitValues) {
    const keys = unitKeys(u.name, u.shortName, u.code);
    this.st.updateUnit.run(
      this.now,
      u.name,
      u.shortName,
      u.kind,
      u.parentId,
      u.address,
      u.headName,
      keys.searchKey,
      keys.sortKey,
      id,
    );
  }
  insertHousehold(h: { headName: string; address: string; unitId: string; note: string }) {
    const keys = nameKeys(h.headName, h.address);
    this.st.insertHousehold.run(
      ...this.base(newId()),
      h.headName,
      h.address,
      h.unitId,
      h.note,
      keys.searchKey,
      keys.sortKey,
    );
  }
  updateHousehold(id: string, h: { headName: string; address: string; note: string }) {
    this.st.updateHousehold.run(
      this.now,
      h.address,
      h.note,
      nameKeys(h.headName, h.address).searchKey,
      id,
    );
  }
  putRating(existing: string | undefined, personId: string, year: number, rating: RatingValue) {
    if (existing) this.st.updateRating.run(this.now, rating, existing);
    else this.st.insertRating.run(...this.base(newId()), personId, year, rating);
  }
}

export interface PersonValues {
  fullName: string;
  gender: "nam" | "nu";
  birthYear: number | null;
  birthDate: string | null;
  category: string;
  position: string;
  isLeader: boolean;
  unitId: string;
  phone: string;
  notes: string;
}
interface UnitValues {
  code: string;
  name: string;
  shortName: string;
  kind: string;
  parentId: string | null;
  address: string;
  headName: string;
}

/** Units by code and by folded name, to resolve "Đơn vị" cells. */
export class UnitIndex {
  private byCode = new Map<string, string>();
  private byName = new Map<string, string[]>();
  constructor(rows: { id: string; code: string; name: string; short_name: string }[]) {
    for (const r of rows) this.add(r.id, r.code, r.name, r.short_name);
  }
  add(id: string, code: string, name: string, shortName = "") {
    if (code) this.byCode.set(code.toLowerCase(), id);
    for (const n of new Set([foldForSearch(name), foldForSearch(shortName)].filter(Boolean)))
      this.byName.set(n, [...(this.byName.get(n) ?? []), id]);
  }
  resolve(text: string): { id: string } | { error: string } {
    if (!text) return { error: "Chưa ghi đơn vị" };
    const byCode = this.byCode.get(text.toLowerCase());
    if (byCode) return { id: byCode };
    const ids = [...new Set(this.byName.get(foldForSearch(text)) ?? [])];
    if (ids.length === 1) return { id: ids[0]! };
    if (ids.length > 1)
      return { error: `Có ${ids.length} đơn vị cùng tên “${text}”; hãy ghi mã đơn vị` };
    return { error: `Không tìm thấy đơn vị “${text}” trong danh bạ` };
  }
}

const personKey = (name: string, birthYear: number | null, unitId: string) =>
  `${foldForSearch(name)}|${birthYear ?? ""}|${unitId}`;

function planPeople(
  db: Database.Database,
  rows: SheetRow[],
  look: Lookups,
  unitIndex: UnitIndex,
): PlannedRow[] {
  // search_key is the folded full name, so no name is folded again here.
  const existing = new Map<string, string>();
  for (const p of db
    .prepare(
      "SELECT id, search_key, birth_year, unit_id FROM people WHERE deleted_at IS NULL AND unit_id IS NOT NULL",
    )
    .raw()
    .all() as [string, string, number | null, string][])
    existing.set(`${p[1]}|${p[2] ?? ""}|${p[3]}`, p[0]);
  const seen = new Map<string, number>();
  return rows.map((r) => {
    const t = (k: string) => readText(r.cells[k] ?? null);
    const fullName = t("fullName");
    const label = fullName || "(không có tên)";
    const errors: string[] = [];
    if (!fullName) errors.push("Thiếu họ và tên");
    const gender = readGender(t("gender"));
    if (!gender) errors.push(`Giới tính “${t("gender")}” không hợp lệ (ghi Nam hoặc Nữ)`);
    const birth = readBirth(r.cells.birth ?? null);
    if (typeof birth === "string") errors.push(birth);
    const category = matchList(look.categories, t("category"));
    if (!category) errors.push(`Đối tượng “${t("category")}” không có trong danh mục`);
    const unit = unitIndex.resolve(t("unit"));
    if ("error" in unit) errors.push(unit.error);
    const leader = readYesNo(t("isLeader"));
    if (leader === "invalid")
      errors.push(`Cột Lãnh đạo ghi “${t("isLeader")}” (ghi Có hoặc Không)`);
    if (errors.length || typeof birth === "string" || "error" in unit || !gender || !category)
      return { row: r.row, status: "error", label, reason: errors.join("; ") };
    const values: PersonValues = {
      fullName,
      gender,
      ...birth,
      category,
      position: t("position"),
      isLeader: leader === true,
      unitId: unit.id,
      phone: t("phone"),
      notes: t("notes"),
    };
    const key = personKey(fullName, values.birthYear, unit.id);
    const first = seen.get(key);
    if (first !== undefined)
      return {
        row: r.row,
        status: "duplicate",
        label,
        reason: `Trùng với dòng ${first} (cùng họ tên, năm sinh, đơn vị); dòng này bị bỏ qua`,
      };
    seen.set(key, r.row);
    const id = existing.get(key);
    if (id)
      return {
        row: r.row,
        status: "update",
        label,
        reason: "Đã có trong danh bạ (cùng họ tên, năm sinh, đơn vị): cập nhật thông tin",
        write: (w) => (w.updatePerson(id, values), "updated"),
      };
    const insert = { ...values, ...nameKeys(fullName), id: newId(), historyId: newId() };
    return {
      row: r.row,
      status: "new",
      label,
      reason: "",
      write: (w) => (w.insertPerson(insert), "inserted"),
    };
  });
}

function planUnits(
  db: Database.Database,
  rows: SheetRow[],
  look: Lookups,
  unitIndex: UnitIndex,
): PlannedRow[] {
  const all = db
    .prepare("SELECT id, code, name, parent_id FROM units WHERE deleted_at IS NULL")
    .all() as { id: string; code: string; name: string; parent_id: string | null }[];
  const byCode = new Map(all.filter((u) => u.code).map((u) => [u.code.toLowerCase(), u.id]));
  const byNameParent = new Map(
    all.map((u) => [`${foldForSearch(u.name)}|${u.parent_id ?? ""}`, u.id]),
  );
  const seen = new Map<string, number>();
  return rows.map((r) => {
    const t = (k: string) => readText(r.cells[k] ?? null);
    const name = t("name");
    const errors: string[] = [];
    if (!name) errors.push("Thiếu tên đơn vị");
    const code = t("code");
    if (code && !/^[A-Za-z0-9_.-]+$/.test(code))
      errors.push(`Mã “${code}” chỉ được gồm chữ không dấu, số, dấu chấm, gạch`);
    const kind = matchList(look.unitKinds, t("kind"));
    if (!kind) errors.push(`Loại đơn vị “${t("kind")}” không có trong danh mục`);
    let parentId: string | null = null;
    if (t("parent")) {
      const p = unitIndex.resolve(t("parent"));
      if ("error" in p) errors.push(p.error.replace("đơn vị", "đơn vị cấp trên"));
      else parentId = p.id;
    }
    const label = name || "(không có tên)";
    if (errors.length || !kind)
      return { row: r.row, status: "error" as const, label, reason: errors.join("; ") };
    const key = code ? `code:${code.toLowerCase()}` : `${foldForSearch(name)}|${parentId ?? ""}`;
    if (seen.has(key))
      return {
        row: r.row,
        status: "duplicate" as const,
        label,
        reason: `Trùng với dòng ${seen.get(key)}; dòng này bị bỏ qua`,
      };
    seen.set(key, r.row);
    const existingId =
      (code && byCode.get(code.toLowerCase())) ||
      byNameParent.get(`${foldForSearch(name)}|${parentId ?? ""}`);
    const values: UnitValues = {
      code,
      name,
      shortName: t("shortName"),
      kind,
      parentId,
      address: t("address"),
      headName: t("headName"),
    };
    if (existingId) {
      if (parentId === existingId)
        return {
          row: r.row,
          status: "error" as const,
          label,
          reason: "Đơn vị không thể trực thuộc chính nó",
        };
      return {
        row: r.row,
        status: "update" as const,
        label,
        reason: code
          ? `Đã có mã ${code}: cập nhật`
          : "Đã có đơn vị cùng tên, cùng cấp trên: cập nhật",
        write: (w: Writer) => (w.updateUnit(existingId, values), "updated" as const),
      };
    }
    // Later rows may name this unit as their parent.
    const id = newId();
    unitIndex.add(id, code, name, values.shortName);
    return {
      row: r.row,
      status: "new" as const,
      label,
      reason: "",
      write: (w: Writer) => (w.insertUnit(values, id), "inserted" as const),
    };
  });
}

function planHouseholds(
  db: Database.Database,
  rows: SheetRow[],
  unitIndex: UnitIndex,
): PlannedRow[] {
  const existing = new Map(
    (
      db
        .prepare("SELECT id, head_name, unit_id FROM households WHERE deleted_at IS NULL")
        .all() as { id: string; head_name: string; unit_id: string }[]
    ).map((h) => [`${foldForSearch(h.head_name)}|${h.unit_id}`, h.id]),
  );
  const seen = new Map<string, number>();
  return rows.map((r) => {
    const t = (k: string) => readText(r.cells[k] ?? null);
    const headName = t("headName");
    const label = headName || "(không có tên)";
    const unit = unitIndex.resolve(t("unit"));
    const errors = [
      ...(headName ? [] : ["Thiếu họ tên chủ hộ"]),
      ...("error" in unit ? [unit.error] : []),
    ];
    if (errors.length || "error" in unit)
      return { row: r.row, status: "error" as const, label, reason: errors.join("; ") };
    const key = `${foldForSearch(headName)}|${unit.id}`;
    if (seen.has(key))
      return {
        row: r.row,
        status: "duplicate" as const,
        label,
        reason: `Trùng với dòng ${seen.get(key)}; dòng này bị bỏ qua`,
      };
    seen.set(key, r.row);
    const values = { headName, address: t("address"), unitId: unit.id, note: t("note") };
    const id = existing.get(key);
    if (id)
      return {
        row: r.row,
        status: "update" as const,
        label,
        reason: "Đã có hộ cùng tên chủ hộ ở đơn vị này: cập nhật",
        write: (w: Writer) => (w.updateHousehold(id, values), "updated" as const),
      };
    return {
      row: r.row,
      status: "new" as const,
      label,
      reason: "",
      write: (w: Writer) => (w.insertHousehold(values), "inserted" as const),
    };
  });
}

function planRatings(db: Database.Database, rows: SheetRow[], unitIndex: UnitIndex): PlannedRow[] {
  const people = db
    .prepare("SELECT id, full_name, birth_year, unit_id FROM people WHERE deleted_at IS NULL")
    .all() as {
    id: string;
    full_name: string;
    birth_year: number | null;
    unit_id: string | null;
  }[];
  const byNameUnit = new Map<string, { id: string; birthYear: number | null }[]>();
  for (const p of people) {
    const k = `${foldForSearch(p.full_name)}|${p.unit_id}`;
    byNameUnit.set(k, [...(byNameUnit.get(k) ?? []), { id: p.id, birthYear: p.birth_year }]);
  }
  const existingRating = db
    .prepare("SELECT id FROM ratings WHERE subject_id = ? AND year = ? AND deleted_at IS NULL")
    .pluck();
  const seen = new Map<string, number>();
  return rows.map((r) => {
    const t = (k: string) => readText(r.cells[k] ?? null);
    const label = t("fullName") || "(không có tên)";
    const errors: string[] = [];
    const unit = unitIndex.resolve(t("unit"));
    if ("error" in unit) errors.push(unit.error);
    const year = Number(t("year"));
    if (!Number.isInteger(year) || year < 1945 || year > 2100)
      errors.push(`Năm đánh giá “${t("year")}” không hợp lệ`);
    const rating = ratingValues.find(
      (v) => foldForSearch(ratingLabels[v]) === foldForSearch(t("rating")) || v === t("rating"),
    );
    if (!rating) errors.push(`Xếp loại “${t("rating")}” không đúng danh mục`);
    let personId: string | undefined;
    if (!("error" in unit)) {
      const birthYear = t("birth") ? Number(t("birth")) : null;
      const candidates = (
        byNameUnit.get(`${foldForSearch(t("fullName"))}|${unit.id}`) ?? []
      ).filter((c) => birthYear === null || c.birthYear === birthYear);
      if (candidates.length === 1) personId = candidates[0]!.id;
      else if (!candidates.length) errors.push(`Không tìm thấy “${label}” trong đơn vị này`);
      else
        errors.push(`Có ${candidates.length} người tên “${label}” trong đơn vị; hãy ghi năm sinh`);
    }
    if (errors.length || !personId || !rating)
      return { row: r.row, status: "error" as const, label, reason: errors.join("; ") };
    const key = `${personId}|${year}`;
    if (seen.has(key))
      return {
        row: r.row,
        status: "duplicate" as const,
        label,
        reason: `Trùng với dòng ${seen.get(key)}; dòng này bị bỏ qua`,
      };
    seen.set(key, r.row);
    const current = existingRating.get(personId, year) as string | undefined;
    const pid = personId;
    return {
      row: r.row,
      status: current ? ("update" as const) : ("new" as const),
      label: `${label} – ${year}`,
      reason: current ? `Đã có xếp loại năm ${year}: thay bằng “${ratingLabels[rating]}”` : "",
      write: (w: Writer) => (
        w.putRating(current, pid, year, rating),
        current ? ("updated" as const) : ("inserted" as const)
      ),
    };
  });
}

/** Reads the file and decides, row by row, what the import would do. Writes nothing. */
export async function planImport(
  db: Database.Database,
  kind: ImportKind,
  file: string,
  fileName: string,
  look: Lookups,
): Promise<ImportPlan> {
  const sheet = await readSheet(file, importColumns[kind]);
  const unitIndex = new UnitIndex(
    db.prepare("SELECT id, code, name, short_name FROM units WHERE deleted_at IS NULL").all() as {
      id: string;
      code: string;
      name: string;
      short_name: string;
    }[],
  );
  const rows =
    kind === "people"
      ? planPeople(db, sheet.rows, look, unitIndex)
      : kind === "units"
        ? planUnits(db, sheet.rows, look, unitIndex)
        : kind === "households"
          ? planHouseholds(db, sheet.rows, unitIndex)
          : planRatings(db, sheet.rows, unitIndex);
  return { kind, fileName, convertedCells: sheet.convertedCells, rows };
}

/** Applies every new/update row in one transaction: all or nothing. */
export function commitPlan(
  sqlite: Database.Database,
  plan: ImportPlan,
  origin: string,
  now: number,
) {
  const w = new Writer(sqlite, origin, now);
  let inserted = 0;
  let updated = 0;
  sqlite.transaction(() => {
    for (const r of plan.rows) {
      if (!r.write) continue;
      if (r.write(w) === "inserted") inserted++;
      else updated++;
    }
  })();
  return { inserted, updated };
}
