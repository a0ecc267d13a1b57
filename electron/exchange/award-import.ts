import { awardRegistryKeys } from "../../db/queries/imports";
import { catalogueMatches } from "./aliases";
import { loadDirectoryLookups } from "./directory-lookups";
import { readDate, readText, readRecipientKind } from "./cell-parsers";
import { writeTemplateWorkbook } from "./template-workbook";
import type Database from "better-sqlite3";
import { recipientKindLabels, type AwardImportPreview, type RecipientKind } from "../contract";
import { foldForSearch } from "../domain/vietnamese";
import { readSheet, type SheetColumn } from "./xlsx-read";

/**
 * Award history from .xlsx (sổ khen thưởng): each row names a recipient in the directory, an
 * award of the catalogue and its decision. Nothing is written unless every row is valid.
 */
export const awardImportColumns: SheetColumn[] = [
  { key: "year", header: "Năm", required: true, aliases: ["Năm khen thưởng"] },
  { key: "kind", header: "Loại đối tượng", aliases: ["Đối tượng"] },
  {
    key: "name",
    header: "Họ tên / Tên tập thể",
    required: true,
    aliases: ["Họ và tên", "Họ tên", "Tên tập thể", "Tên đối tượng", "Họ tên chủ hộ"],
  },
  { key: "birth", header: "Năm sinh" },
  { key: "unit", header: "Đơn vị (tên hoặc mã)", aliases: ["Đơn vị"] },
  {
    key: "award",
    header: "Hình thức khen thưởng",
    required: true,
    aliases: ["Hình thức", "Danh hiệu", "Danh hiệu, hình thức"],
  },
  { key: "decisionNumber", header: "Số quyết định" },
  {
    key: "decisionDate",
    header: "Ngày quyết định (dd/mm/yyyy)",
    aliases: ["Ngày quyết định"],
  },
  { key: "issuer", header: "Cấp quyết định", aliases: ["Cơ quan quyết định", "Người ký"] },
  { key: "note", header: "Ghi chú" },
];

export interface CatalogueEntry {
  code: string;
  name: string;
  recipientKind: RecipientKind;
}

/** A registry row ready to write. */
export interface AwardImportValues {
  year: number;
  recipientKind: RecipientKind;
  personId: string | null;
  unitId: string | null;
  householdId: string | null;
  recipientName: string;
  unitName: string;
  awardCode: string;
  awardName: string;
  decisionNumber: string;
  decisionDate: string | null;
  issuer: string;
  note: string;
}

export interface AwardImportPlan {
  fileName: string;
  convertedCells: number;
  formulaCells: number;
  rows: (AwardImportPreview["rows"][number] & { values?: AwardImportValues })[];
}

/** Finds the award a cell names (code, full name, or name without "(cá nhân)" for the kind). */
function resolveAward(
  catalogue: CatalogueEntry[],
  text: string,
  kind: RecipientKind | null,
): CatalogueEntry | string {
  if (!text) return "Chưa ghi hình thức khen thưởng";
  let found = catalogueMatches(text, catalogue);
  if (kind && found.length > 1) found = found.filter((c) => c.recipientKind === kind);
  const codes = [...new Set(found.map((c) => c.code))];
  if (codes.length === 1) return found[0]!;
  if (codes.length > 1)
    return `“${text}” ứng với nhiều hình thức (${found.map((c) => c.name).join("; ")}); hãy ghi loại đối tượng`;
  return `Hình thức “${text}” không có trong danh mục khen thưởng`;
}

/** Registry keys already present: kind|id|code|year. */
function registryKeys(db: Database.Database): Set<string> {
  return new Set(awardRegistryKeys(db).map((r) => r.join("|")));
}

/** Reads the file and decides what each row would do. Writes nothing. */
export async function planAwardImport(
  db: Database.Database,
  file: string,
  fileName: string,
  catalogue: CatalogueEntry[],
): Promise<AwardImportPlan> {
  const sheet = await readSheet(file, awardImportColumns);
  const dir = loadDirectoryLookups(db);
  const registry = registryKeys(db);
  const seen = new Map<string, number>();
  const rows = sheet.rows.map((r): AwardImportPlan["rows"][number] => {
    const t = (k: string) => readText(r.cells[k] ?? null);
    const name = t("name");
    const errors: string[] = [];
    const year = Number(t("year"));
    const yearOk = Number.isInteger(year) && year >= 1945 && year <= 2100;
    if (!yearOk) errors.push(`Năm “${t("year")}” không hợp lệ`);
    const kindCell = readRecipientKind(t("kind"));
    if (kindCell === "invalid")
      errors.push(
        `Loại đối tượng “${t("kind")}” không hợp lệ (ghi Cá nhân, Tập thể hoặc Hộ gia đình)`,
      );
    const award = resolveAward(catalogue, t("award"), kindCell === "invalid" ? null : kindCell);
    if (typeof award === "string") errors.push(award);
    const kind: RecipientKind | null =
      kindCell && kindCell !== "invalid"
        ? kindCell
        : typeof award === "string"
          ? null
          : award.recipientKind;
    if (kind && typeof award !== "string" && award.recipientKind !== kind)
      errors.push(`“${award.name}” không dành cho ${recipientKindLabels[kind].toLowerCase()}`);
    const decisionDate = readDate(r.cells.decisionDate ?? null);
    if (decisionDate === "invalid")
      errors.push(`Ngày quyết định “${t("decisionDate")}” không hợp lệ (ghi dd/mm/yyyy)`);
    else if (decisionDate && yearOk && Number(decisionDate.slice(0, 4)) < year)
      errors.push("Ngày quyết định trước năm khen thưởng");
    if (!name) errors.push("Thiếu họ tên / tên tập thể");
    // Who: a person or household in a unit, or the unit itself.
    let personId: string | null = null;
    let householdId: string | null = null;
    let unitId: string | null = null;
    let unitName = "";
    let recipientName = name;
    if (name && kind === "tap_the") {
      const u = dir.units.resolve(t("unit") || name);
      if ("error" in u) errors.push(u.error);
      else {
        unitId = u.id;
        recipientName = dir.unitNames.get(u.id) ?? name;
      }
    } else if (name && kind) {
      const u = dir.units.resolve(t("unit"));
      if ("error" in u) errors.push(u.error);
      else {
        unitId = u.id;
        unitName = dir.unitNames.get(u.id) ?? "";
        const key = `${foldForSearch(name)}|${u.id}`;
        if (kind === "ca_nhan") {
          const birth = t("birth") ? Number(t("birth").slice(-4)) : null;
          const candidates = (dir.people.get(key) ?? []).filter(
            (c) => birth === null || c.birthYear === birth,
          );
          if (candidates.length === 1) personId = candidates[0]!.id;
          else if (!candidates.length)
            errors.push(`Không tìm thấy “${name}” trong ${unitName} (hãy thêm vào danh bạ trước)`);
          else
            errors.push(
              `Có ${candidates.length} người tên “${name}” trong đơn vị; hãy ghi năm sinh`,
            );
        } else {
          const found = dir.households.get(key) ?? [];
          if (found.length === 1) householdId = found[0]!;
          else if (!found.length)
            errors.push(`Không tìm thấy hộ “${name}” ở ${unitName} (hãy thêm vào danh bạ trước)`);
          else errors.push(`Có ${found.length} hộ cùng tên chủ hộ “${name}” ở ${unitName}`);
        }
      }
    }
    const label = `${name || "(không có tên)"}${typeof award === "string" ? "" : ` – ${award.name}`}${yearOk ? ` – ${year}` : ""}`;
    if (errors.length || typeof award === "string" || !kind)
      return { row: r.row, status: "error", label, reason: errors.join("; ") };
    const key = `${kind}|${personId ?? householdId ?? unitId}|${award.code}|${year}`;
    if (registry.has(key))
      return {
        row: r.row,
        status: "duplicate",
        label,
        reason: `Sổ khen thưởng đã có “${award.name}” năm ${year} của đối tượng này; dòng này bị bỏ qua`,
      };
    const first = seen.get(key);
    if (first !== undefined)
      return {
        row: r.row,
        status: "duplicate",
        label,
        reason: `Trùng với dòng ${first}; dòng này bị bỏ qua`,
      };
    seen.set(key, r.row);
    return {
      row: r.row,
      status: "new",
      label,
      reason: "",
      values: {
        year,
        recipientKind: kind,
        personId,
        unitId,
        householdId,
        recipientName,
        unitName,
        awardCode: award.code,
        awardName: award.name,
        decisionNumber: t("decisionNumber"),
        decisionDate: decisionDate === "invalid" ? null : decisionDate,
        issuer: t("issuer"),
        note: t("note"),
      },
    };
  });
  return {
    fileName,
    convertedCells: sheet.convertedCells,
    formulaCells: sheet.formulaCells,
    rows,
  };
}

/** The template: the header row (required columns marked *) and a sheet of instructions. */
export async function writeAwardTemplate(file: string, catalogue: CatalogueEntry[]) {
  await writeTemplateWorkbook(file, [{ name: "Sổ khen thưởng", columns: awardImportColumns }], {
    lines: [
      "Mỗi dòng của trang “Sổ khen thưởng” là một lần được khen thưởng.",
      "Năm: năm được khen (ví dụ 2023). Loại đối tượng: Cá nhân, Tập thể hoặc Hộ gia đình (bỏ trống: theo hình thức).",
      "Cá nhân và hộ gia đình phải có trong danh bạ, ghi đúng họ tên và đơn vị (tên hoặc mã); trùng tên thì ghi năm sinh.",
      "Tập thể: ghi tên hoặc mã đơn vị ở cột Họ tên / Tên tập thể.",
      "Ngày quyết định ghi dd/mm/yyyy. Dòng đã có trong sổ khen thưởng sẽ được bỏ qua.",
      "Hình thức khen thưởng ghi tên hoặc mã theo danh mục dưới đây:",
      ...catalogue.map((c) => `   ${c.code}: ${c.name} (${recipientKindLabels[c.recipientKind]})`),
    ],
  });
}
