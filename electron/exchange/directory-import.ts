import {
  formProblems,
  readPhone,
  readText,
  readBirth,
  readYesNo,
  readGender,
  matchList,
  type ListItem,
} from "./cell-parsers";
import type Database from "better-sqlite3";
import { newId } from "../../db/ids";
import {
  DirectoryImportWriter,
  householdNowLookup,
  householdsForImport,
  peopleForImport,
  peopleForRatingImport,
  personNowLookup,
  personRatingLookup,
  unitNowLookup,
  unitsForImport,
  type PersonValues,
  type UnitValues,
} from "../../db/queries/imports";
import { formatDate } from "../contract/format";
import { ratingYearProblem } from "../domain/rating-year";
import { mergeUpdate, type FieldChange } from "./update-merge";
import { readRating } from "./aliases";
import { UnitIndex } from "./directory-lookups";
import { nameKeys } from "../../db/queries/directory";
import {
  genderLabels,
  householdInput,
  personInput,
  ratingLabels,
  unitInput,
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
    { key: "hometown", header: "Quê quán" },
    {
      key: "residence",
      header: "Trú quán",
      aliases: ["Nơi ở", "Nơi ở hiện nay", "Nơi thường trú", "Trú quán (nơi ở)"],
    },
    {
      key: "education",
      header: "Trình độ chuyên môn, nghiệp vụ",
      aliases: ["Trình độ", "Trình độ chuyên môn", "Trình độ chuyên môn nghiệp vụ"],
    },
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
    { key: "headGender", header: "Giới tính chủ hộ", aliases: ["Giới tính"] },
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
  /** The clock's time (a rating's year may not be in the future). */
  now: number;
}

type Status = ImportPreview["rows"][number]["status"];
interface PlannedRow {
  row: number;
  status: Status;
  label: string;
  reason: string;
  /** What an update changes, field by field (old → new); empty for other rows. */
  changes?: FieldChange[];
  /** Applied on commit (new and update rows only). */
  write?: (w: DirectoryImportWriter) => "inserted" | "updated";
}

export interface ImportPlan {
  kind: ImportKind;
  fileName: string;
  convertedCells: number;
  formulaCells: number;
  rows: PlannedRow[];
}

/**
 * A row that matches a record already in the directory: an update when it changes something
 * (each change listed for the preview), "unchanged" and left alone otherwise.
 */
function updateRow(
  row: number,
  label: string,
  changes: FieldChange[],
  write: (w: DirectoryImportWriter) => void,
): PlannedRow {
  if (!changes.length)
    return {
      row,
      status: "unchanged",
      label,
      reason: "Đã có trong danh bạ, không có gì khác: bỏ qua",
    };
  return {
    row,
    status: "update",
    label,
    reason: `Đã có trong danh bạ: đổi ${changes.map((c) => c.field.toLowerCase()).join(", ")}`,
    changes,
    write: (w) => (write(w), "updated"),
  };
}

const personFields = {
  gender: "Giới tính",
  birthDate: "Ngày sinh",
  category: "Đối tượng",
  position: "Chức vụ",
  isLeader: "Lãnh đạo",
  phone: "Điện thoại",
  hometown: "Quê quán",
  residence: "Trú quán",
  education: "Trình độ chuyên môn",
  notes: "Ghi chú",
};
function showPerson(field: string, v: string | number | boolean | null, look: Lookups): string {
  if (v === null || v === "") return "(trống)";
  if (field === "gender") return genderLabels[v as keyof typeof genderLabels];
  if (field === "birthDate") return formatDate(String(v));
  if (field === "category") return look.categories.find((c) => c.code === v)?.label ?? String(v);
  if (field === "isLeader") return v ? "Có" : "Không";
  return String(v);
}

const unitFields = {
  name: "Tên",
  shortName: "Tên viết tắt",
  kind: "Loại đơn vị",
  parentId: "Đơn vị cấp trên",
  address: "Địa chỉ",
  headName: "Thủ trưởng",
};
function showUnit(
  field: string,
  v: string | number | boolean | null,
  look: Lookups,
  units: { id: string; name: string }[],
): string {
  if (v === null || v === "") return "(trống)";
  if (field === "kind") return look.unitKinds.find((k) => k.code === v)?.label ?? String(v);
  if (field === "parentId") return units.find((u) => u.id === v)?.name ?? "(đơn vị mới trong tệp)";
  return String(v);
}

const householdFields = { headGender: "Giới tính chủ hộ", address: "Địa chỉ", note: "Ghi chú" };

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
  for (const p of peopleForImport(db)) existing.set(`${p[1]}|${p[2] ?? ""}|${p[3]}`, p[0]);
  const personNow = personNowLookup(db);
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
      isLeader: leader === "invalid" ? null : leader,
      unitId: unit.id,
      phone: readPhone(r.cells.phone ?? null),
      hometown: t("hometown"),
      residence: t("residence"),
      education: t("education"),
      notes: t("notes"),
    };
    // The limits of the person form (name length, notes…), with the form's own messages.
    const invalid = formProblems(personInput, { ...values, isLeader: values.isLeader ?? false });
    if (invalid.length) return { row: r.row, status: "error", label, reason: invalid.join("; ") };
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
    if (id) {
      const current = personNow(id);
      const { values: merged, changes } = mergeUpdate(current, values, personFields, (f, v) =>
        showPerson(f, v, look),
      );
      return updateRow(r.row, label, changes, (w) => w.updatePerson(id, merged));
    }
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
  const all = unitsForImport(db);
  const unitNow = unitNowLookup(db);
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
    const invalid = formProblems(unitInput, values);
    if (invalid.length)
      return { row: r.row, status: "error" as const, label, reason: invalid.join("; ") };
    if (existingId) {
      if (parentId === existingId)
        return {
          row: r.row,
          status: "error" as const,
          label,
          reason: "Đơn vị không thể trực thuộc chính nó",
        };
      const { values: merged, changes } = mergeUpdate(
        unitNow(existingId),
        values,
        unitFields,
        (f, v) => showUnit(f, v, look, all),
      );
      return updateRow(r.row, label, changes, (w) => w.updateUnit(existingId, merged));
    }
    // Later rows may name this unit as their parent.
    const id = newId();
    unitIndex.add(id, code, name, values.shortName);
    return {
      row: r.row,
      status: "new" as const,
      label,
      reason: "",
      write: (w: DirectoryImportWriter) => (w.insertUnit(values, id), "inserted" as const),
    };
  });
}

function planHouseholds(
  db: Database.Database,
  rows: SheetRow[],
  unitIndex: UnitIndex,
): PlannedRow[] {
  const existing = new Map(
    householdsForImport(db).map((h) => [`${foldForSearch(h.head_name)}|${h.unit_id}`, h.id]),
  );
  const householdNow = householdNowLookup(db);
  const seen = new Map<string, number>();
  return rows.map((r) => {
    const t = (k: string) => readText(r.cells[k] ?? null);
    const headName = t("headName");
    const label = headName || "(không có tên)";
    const unit = unitIndex.resolve(t("unit"));
    const headGender = t("headGender") ? readGender(t("headGender")) : "";
    const errors = [
      ...(headName ? [] : ["Thiếu họ tên chủ hộ"]),
      ...(headGender === null
        ? [`Giới tính chủ hộ “${t("headGender")}” không hợp lệ (ghi Nam hoặc Nữ)`]
        : []),
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
    const values = {
      headName,
      headGender: headGender ?? "",
      address: t("address"),
      unitId: unit.id,
      note: t("note"),
    };
    const invalid = formProblems(householdInput, values);
    if (invalid.length)
      return { row: r.row, status: "error" as const, label, reason: invalid.join("; ") };
    const id = existing.get(key);
    if (id) {
      const { values: merged, changes } = mergeUpdate(
        { headName, ...householdNow(id) },
        values,
        householdFields,
        (f, v) =>
          v === null || v === ""
            ? "(trống)"
            : f === "headGender"
              ? genderLabels[v as keyof typeof genderLabels]
              : String(v),
      );
      return updateRow(r.row, label, changes, (w) => w.updateHousehold(id, merged));
    }
    return {
      row: r.row,
      status: "new" as const,
      label,
      reason: "",
      write: (w: DirectoryImportWriter) => (w.insertHousehold(values), "inserted" as const),
    };
  });
}

function planRatings(
  db: Database.Database,
  rows: SheetRow[],
  unitIndex: UnitIndex,
  now: number,
): PlannedRow[] {
  const people = peopleForRatingImport(db);
  const byNameUnit = new Map<string, { id: string; birthYear: number | null }[]>();
  for (const p of people) {
    const k = `${foldForSearch(p.full_name)}|${p.unit_id}`;
    byNameUnit.set(k, [...(byNameUnit.get(k) ?? []), { id: p.id, birthYear: p.birth_year }]);
  }
  const ratingOf = personRatingLookup(db);
  const seen = new Map<string, { row: number; rating: RatingValue }>();
  return rows.map((r) => {
    const t = (k: string) => readText(r.cells[k] ?? null);
    const label = t("fullName") || "(không có tên)";
    const errors: string[] = [];
    const unit = unitIndex.resolve(t("unit"));
    if ("error" in unit) errors.push(unit.error);
    const year = Number(t("year"));
    const badYear = ratingYearProblem(year, now);
    if (badYear) errors.push(badYear);
    const rating = readRating(t("rating"));
    if (!rating) errors.push(`Xếp loại “${t("rating")}” không đúng danh mục`);
    let personId: string | undefined;
    if (!("error" in unit)) {
      const birthYear = t("birth") ? Number(t("birth")) : null;
      const named = byNameUnit.get(`${foldForSearch(t("fullName"))}|${unit.id}`) ?? [];
      const candidates = named.filter((c) => birthYear === null || c.birthYear === birthYear);
      if (candidates.length === 1) personId = candidates[0]!.id;
      else if (!candidates.length && named.length)
        errors.push(
          `Có “${label}” trong đơn vị này nhưng năm sinh là ${named.map((c) => c.birthYear ?? "chưa ghi").join(", ")}, không phải ${birthYear}`,
        );
      else if (!candidates.length) errors.push(`Không tìm thấy “${label}” trong đơn vị này`);
      else
        errors.push(`Có ${candidates.length} người tên “${label}” trong đơn vị; hãy ghi năm sinh`);
    }
    if (errors.length || !personId || !rating)
      return { row: r.row, status: "error" as const, label, reason: errors.join("; ") };
    const key = `${personId}|${year}`;
    const earlier = seen.get(key);
    if (earlier && earlier.rating !== rating)
      return {
        row: r.row,
        status: "error" as const,
        label,
        reason: `Mâu thuẫn với dòng ${earlier.row}: cùng người, cùng năm ${year} nhưng xếp loại khác (“${ratingLabels[earlier.rating]}” và “${ratingLabels[rating]}”); hãy giữ một dòng`,
      };
    if (earlier)
      return {
        row: r.row,
        status: "duplicate" as const,
        label,
        reason: `Trùng với dòng ${earlier.row}; dòng này bị bỏ qua`,
      };
    seen.set(key, { row: r.row, rating });
    const current = ratingOf(personId, year);
    const pid = personId;
    if (current) {
      const { changes } = mergeUpdate(
        { rating: current.rating },
        { rating },
        { rating: "Xếp loại" },
        (_f, v) => ratingLabels[v as RatingValue],
      );
      return updateRow(r.row, `${label} – ${year}`, changes, (w) =>
        w.putRating(current.id, pid, year, rating),
      );
    }
    return {
      row: r.row,
      status: "new" as const,
      label: `${label} – ${year}`,
      reason: "",
      write: (w: DirectoryImportWriter) => (
        w.putRating(undefined, pid, year, rating),
        "inserted" as const
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
  const unitIndex = new UnitIndex(unitsForImport(db));
  const rows =
    kind === "people"
      ? planPeople(db, sheet.rows, look, unitIndex)
      : kind === "units"
        ? planUnits(db, sheet.rows, look, unitIndex)
        : kind === "households"
          ? planHouseholds(db, sheet.rows, unitIndex)
          : planRatings(db, sheet.rows, unitIndex, look.now);
  return {
    kind,
    fileName,
    convertedCells: sheet.convertedCells,
    formulaCells: sheet.formulaCells,
    rows,
  };
}

/** Applies every new/update row in one transaction: all or nothing. */
export function commitPlan(
  sqlite: Database.Database,
  plan: ImportPlan,
  origin: string,
  now: number,
) {
  const w = new DirectoryImportWriter(sqlite, origin, now, isoDateOf(now));
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
