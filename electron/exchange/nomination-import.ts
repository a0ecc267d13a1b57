import { NominationImportWriter, nomineesOfDossier } from "../../db/queries/imports";
import {
  formProblems,
  readLongText,
  readText,
  readBirth,
  readGender,
  readRecipientKind,
  matchList,
  type ListItem,
} from "./cell-parsers";
import { writeTemplateWorkbook } from "./template-workbook";
import type Database from "better-sqlite3";
import { newId } from "../../db/ids";
import { nameKeys } from "../../db/queries/directory";
import { dossierNominationInput, nomineeKindLabels, type NomineeKind } from "../contract";
import { foldForSearch, isoDateOf } from "../domain/vietnamese";
import { DirectoryImportWriter, type PersonValues } from "../../db/queries/imports";
import { catalogueMatches } from "./aliases";
import { loadDirectoryLookups } from "./directory-lookups";
import { readSheet, type SheetColumn } from "./xlsx-read";

/**
 * Bulk entry of a dossier's nominations from the list a unit sends (.xlsx). The rules are the
 * directory import's: the same reader (TCVN3/VNI conversion, formulas and merged cells refused),
 * the same unit and person matching; a person or household not yet in the directory is created
 * from the row. Unlike the directory import, any bad row refuses the whole file.
 */
export const nominationColumns: SheetColumn[] = [
  {
    key: "kind",
    header: "Khen cho (Cá nhân/Tập thể/Hộ gia đình)",
    required: true,
    aliases: ["Khen cho", "Loại đối tượng"],
  },
  {
    key: "name",
    header: "Họ tên / Tên tập thể / Chủ hộ",
    required: true,
    aliases: ["Họ và tên", "Họ tên", "Tên"],
  },
  { key: "birth", header: "Năm sinh", aliases: ["Ngày sinh"] },
  { key: "gender", header: "Giới tính" },
  { key: "category", header: "Đối tượng" },
  { key: "position", header: "Chức vụ" },
  {
    key: "unit",
    header: "Đơn vị, xã/thôn (tên hoặc mã)",
    aliases: ["Đơn vị", "Đơn vị công tác", "Xã, thôn"],
  },
  {
    key: "award",
    header: "Danh hiệu, hình thức (tên hoặc mã)",
    required: true,
    aliases: ["Danh hiệu", "Hình thức", "Hình thức khen thưởng", "Danh hiệu, hình thức"],
  },
  { key: "summary", header: "Tóm tắt thành tích", aliases: ["Thành tích"] },
];

export interface ImportAward {
  code: string;
  name: string;
  recipientKind: NomineeKind;
}

type Nominee =
  | { kind: "ca_nhan"; id: string; create?: PersonValues & { searchKey: string; sortKey: string } }
  | { kind: "tap_the"; id: string }
  | {
      kind: "ho_gia_dinh";
      id: string;
      create?: { headName: string; address: string; unitId: string };
    };

export interface PlannedNomination {
  row: number;
  status: "new" | "error";
  label: string;
  award: string;
  reason: string;
  nominee?: Nominee;
  awardCode?: string;
  summary?: string;
}

export interface NominationImportPlan {
  dossierId: string;
  fileName: string;
  convertedCells: number;
  formulaCells: number;
  rows: PlannedNomination[];
}

/** Reads the file and decides, row by row, what the import would do. Writes nothing. */
export async function planNominationImport(
  db: Database.Database,
  file: string,
  fileName: string,
  opts: { dossierId: string; awards: ImportAward[]; categories: ListItem[] },
): Promise<NominationImportPlan> {
  const sheet = await readSheet(file, nominationColumns);
  const dir = loadDirectoryLookups(db);
  const unitIndex = dir.units;
  const peopleByNameUnit = dir.people;
  const householdsByNameUnit = dir.households;
  const existing = new Set(
    nomineesOfDossier(db, opts.dossierId).map(
      (n) => `${n.nominee_kind}|${n.person_id ?? n.unit_id ?? n.household_id}|${n.award_code}`,
    ),
  );
  // People and households the file creates, so two rows for the same new person share one record.
  const created = new Map<string, Nominee>();
  const seen = new Map<string, number>();

  const rows = sheet.rows.map((r): PlannedNomination => {
    const t = (k: string) => readText(r.cells[k] ?? null);
    const name = t("name");
    const label = name || "(không có tên)";
    const errors: string[] = [];
    const kindCell = readRecipientKind(t("kind"));
    const kind = kindCell === "invalid" ? null : kindCell;
    if (!kind)
      errors.push(`Cột Khen cho ghi “${t("kind")}” (ghi Cá nhân, Tập thể hoặc Hộ gia đình)`);
    if (!name) errors.push("Thiếu họ tên hoặc tên tập thể");
    const awardText = t("award");
    const candidates = catalogueMatches(awardText, opts.awards);
    const award =
      candidates.find((a) => a.recipientKind === kind) ??
      (candidates.length ? candidates[0] : undefined);
    if (!awardText) errors.push("Thiếu danh hiệu, hình thức");
    else if (!award)
      errors.push(`Danh hiệu, hình thức “${awardText}” không có trong danh mục đang hiệu lực`);
    else if (kind && award.recipientKind !== kind)
      errors.push(
        `“${award.name}” dành cho ${nomineeKindLabels[award.recipientKind].toLowerCase()}, không dành cho ${nomineeKindLabels[kind].toLowerCase()}`,
      );
    let nominee: Nominee | undefined;
    let reason = "";
    if (kind && name) {
      if (kind === "tap_the") {
        const u = unitIndex.resolve(name);
        if ("error" in u)
          errors.push(
            `${u.error.replace("đơn vị", "tập thể")} (thêm đơn vị ở Danh bạ trước khi nhập)`,
          );
        else nominee = { kind, id: u.id };
        if (nominee) reason = "Tập thể có trong danh bạ";
      } else {
        const unit = unitIndex.resolve(t("unit"));
        if ("error" in unit) errors.push(unit.error);
        else if (kind === "ca_nhan") {
          const birth = readBirth(r.cells.birth ?? null);
          if (typeof birth === "string") errors.push(birth);
          else {
            const key = `${foldForSearch(name)}|${unit.id}`;
            const matches = (peopleByNameUnit.get(key) ?? []).filter(
              (p) => birth.birthYear === null || p.birthYear === birth.birthYear,
            );
            const newKey = `ca_nhan|${key}|${birth.birthYear ?? ""}`;
            if (matches.length === 1) {
              nominee = { kind, id: matches[0]!.id };
              reason = "Có trong danh bạ";
            } else if (matches.length > 1)
              errors.push(
                `Có ${matches.length} người tên “${name}” trong đơn vị; hãy ghi năm sinh`,
              );
            else if (created.has(newKey)) {
              nominee = created.get(newKey);
              reason = "Thêm mới vào danh bạ (như dòng trước)";
            } else {
              const gender = readGender(t("gender"));
              const category = matchList(opts.categories, t("category"));
              if (!gender || !category)
                errors.push(
                  `Không tìm thấy “${name}” trong đơn vị này; để thêm mới vào danh bạ hãy ghi Giới tính (Nam/Nữ) và Đối tượng đúng danh mục`,
                );
              else {
                nominee = {
                  kind,
                  id: newId(),
                  create: {
                    fullName: name,
                    gender,
                    ...birth,
                    category,
                    position: t("position"),
                    isLeader: false,
                    unitId: unit.id,
                    phone: "",
                    hometown: "",
                    residence: "",
                    education: "",
                    notes: "",
                    ...nameKeys(name),
                  },
                };
                created.set(newKey, nominee);
                reason = "Chưa có trong danh bạ: sẽ thêm mới";
              }
            }
          }
        } else {
          const key = `${foldForSearch(name)}|${unit.id}`;
          const matches = householdsByNameUnit.get(key) ?? [];
          if (matches.length === 1) {
            nominee = { kind, id: matches[0]! };
            reason = "Có trong danh bạ";
          } else if (matches.length > 1)
            errors.push(
              `Có ${matches.length} hộ chủ hộ “${name}” ở đơn vị này; hãy chọn trong ứng dụng`,
            );
          else if (created.has(`ho|${key}`)) {
            nominee = created.get(`ho|${key}`);
            reason = "Thêm mới vào danh bạ (như dòng trước)";
          } else {
            nominee = {
              kind,
              id: newId(),
              create: { headName: name, address: "", unitId: unit.id },
            };
            created.set(`ho|${key}`, nominee);
            reason = "Chưa có trong danh bạ: sẽ thêm hộ mới";
          }
        }
      }
    }
    if (nominee && award) {
      const key = `${nominee.kind}|${nominee.id}|${award.code}`;
      if (existing.has(key)) errors.push(`Hồ sơ đã có đề nghị “${award.name}” cho đối tượng này`);
      else if (seen.has(key))
        errors.push(`Trùng với dòng ${seen.get(key)} (cùng đối tượng, cùng hình thức)`);
      else seen.set(key, r.row);
    }
    const summary = readLongText(r.cells.summary ?? null);
    errors.push(...formProblems(dossierNominationInput.shape.summary, summary));
    if (errors.length || !nominee || !award)
      return {
        row: r.row,
        status: "error",
        label,
        award: award?.name ?? awardText,
        reason: errors.join("; "),
      };
    return {
      row: r.row,
      status: "new",
      label,
      award: award.name,
      reason,
      nominee,
      awardCode: award.code,
      summary,
    };
  });
  return {
    dossierId: opts.dossierId,
    fileName,
    convertedCells: sheet.convertedCells,
    formulaCells: sheet.formulaCells,
    rows,
  };
}

/**
 * Writes the planned nominations (and the directory records they create). Call inside a
 * transaction; the caller refuses plans that have bad rows.
 */
export function commitNominationImport(
  sqlite: Database.Database,
  plan: NominationImportPlan,
  origin: string,
  now: number,
) {
  const w = new DirectoryImportWriter(sqlite, origin, now, isoDateOf(now));
  const nw = new NominationImportWriter(sqlite, origin, now);
  let order = nw.nominationCount(plan.dossierId);
  const done = new Set<string>();
  let createdInDirectory = 0;
  let inserted = 0;
  for (const r of plan.rows) {
    const n = r.nominee;
    if (r.status !== "new" || !n || !r.awardCode) continue;
    if (n.kind !== "tap_the" && n.create && !done.has(n.id)) {
      done.add(n.id);
      createdInDirectory++;
      if (n.kind === "ca_nhan") w.insertPerson({ ...n.create, id: n.id, historyId: newId() });
      else {
        nw.insertHousehold(n.id, n.create);
      }
    }
    nw.insertNomination({
      dossierId: plan.dossierId,
      kind: n.kind,
      nomineeId: n.id,
      awardCode: r.awardCode,
      summary: r.summary ?? "",
      sortOrder: order++,
      source: `Tệp ${plan.fileName}, dòng ${r.row}`,
    });
    inserted++;
  }
  return { inserted, createdInDirectory };
}

const example: Record<string, string> = {
  kind: "Cá nhân",
  name: "Nguyễn Văn An",
  birth: "1985",
  gender: "Nam",
  category: "Công chức",
  position: "Chuyên viên",
  unit: "Phòng Nội vụ",
  award: "Lao động tiên tiến",
  summary: "Hoàn thành xuất sắc nhiệm vụ năm; có sáng kiến được công nhận cấp cơ sở.",
};

/** The downloadable template: headers, one example row, drop-down lists from the catalogues. */
export async function writeNominationTemplate(
  file: string,
  lists: { awards: string[]; categories: string[] },
) {
  await writeTemplateWorkbook(file, [
    {
      name: "Đề nghị khen thưởng",
      columns: nominationColumns,
      example,
      widths: Object.fromEntries(
        nominationColumns.map((c) => [
          c.key,
          c.key === "summary" ? 60 : Math.max(14, c.header.length + 2),
        ]),
      ),
      lists: {
        kind: { values: Object.values(nomineeKindLabels) },
        gender: { values: ["Nam", "Nữ"] },
        category: { values: lists.categories },
        // Awards only suggest: an older name or a code is matched when the file is read.
        award: { values: [...new Set(lists.awards)], strict: false },
      },
    },
  ]);
}
