/**
 * A unit's đăng ký thi đua from the .xlsx template the office sends out: sheet "Cá nhân"
 * (individuals with the title each registers for), "Tập thể" (collective titles) and "Chỉ tiêu"
 * (targets). Same rules as the directory import: preview row by row with reasons, nothing written
 * until the officer confirms, then all in one transaction (see electron/api/registrations.ts).
 * People are matched to the directory by name (and birth year when given) within the unit; a name
 * not found keeps its free name.
 */
import { peopleOfUnitForImport } from "../../db/queries/imports";
import type { NewPersonLine } from "../../db/queries/registrations";
import { readDate, readText, readBirthYear, readNumber, readYesNo } from "./cell-parsers";
import { writeTemplateWorkbook, type TemplateSheet } from "./template-workbook";
import type Database from "better-sqlite3";
import type { RegistrationImportPreview } from "../contract";
import { foldForSearch } from "../domain/vietnamese";
import { catalogueMatches } from "./aliases";
import { readSheet, type SheetColumn } from "./xlsx-read";

export const registrationSheets = {
  people: "Cá nhân",
  titles: "Tập thể",
  targets: "Chỉ tiêu",
} as const;
type SheetKey = keyof typeof registrationSheets;

export const registrationColumns: Record<SheetKey, SheetColumn[]> = {
  people: [
    { key: "fullName", header: "Họ và tên", required: true, aliases: ["Họ tên"] },
    { key: "birth", header: "Năm sinh", aliases: ["Ngày sinh"] },
    { key: "position", header: "Chức vụ" },
    { key: "isLeader", header: "Lãnh đạo (Có/Không)", aliases: ["Lãnh đạo"] },
    {
      key: "title",
      header: "Danh hiệu đăng ký",
      required: true,
      aliases: ["Danh hiệu", "Đăng ký danh hiệu"],
    },
    { key: "note", header: "Ghi chú" },
  ],
  titles: [
    {
      key: "title",
      header: "Danh hiệu đăng ký",
      required: true,
      aliases: ["Danh hiệu", "Danh hiệu tập thể"],
    },
    { key: "note", header: "Ghi chú" },
  ],
  targets: [
    { key: "text", header: "Nội dung chỉ tiêu", required: true, aliases: ["Chỉ tiêu"] },
    { key: "number", header: "Số lượng", aliases: ["Số"] },
    { key: "unit", header: "Đơn vị tính" },
  ],
};

export interface TitleOption {
  code: string;
  name: string;
  recipientKind: string;
}

type RowStatus = RegistrationImportPreview["rows"][number]["status"];
export interface PlannedRegistrationRow {
  sheet: string;
  row: number;
  status: RowStatus;
  label: string;
  reason: string;
}

/** A person line read from the file: what the registration stores (db/queries/registrations). */
export type ImportedPerson = NewPersonLine;

export interface RegistrationImportPlan {
  fileName: string;
  unitId: string;
  convertedCells: number;
  formulaCells: number;
  rows: PlannedRegistrationRow[];
  people: ImportedPerson[];
  titles: { titleCode: string; note: string }[];
  targets: { text: string; number: number | null; unit: string }[];
  /**
   * The day the unit dated or sent its registration, as the file says above a table ("…, ngày
   * 15 tháng 01 năm 2026", "Ngày gửi: 15/01/2026"); null when the file does not say.
   */
  receivedDate: string | null;
}

type Cell = string | number | Date;
const DATE_LINE = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/i;
const DATED = /ngày\s+(?:gửi|nộp|lập|đăng ký)\s*:?\s*(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})?/i;

/** The date a unit's file carries in its title rows (see RegistrationImportPlan.receivedDate). */
export function sentDateOf(above: readonly Cell[]): string | null {
  const valid = (v: Cell | null) => {
    const d = readDate(v);
    return d === "invalid" ? null : d;
  };
  for (let i = 0; i < above.length; i++) {
    const cell = above[i]!;
    if (typeof cell !== "string") continue;
    const text = cell.normalize("NFC");
    const line = DATE_LINE.exec(text);
    if (line) {
      const found = valid(`${line[1]}/${line[2]}/${line[3]}`);
      if (found) return found;
    }
    const dated = DATED.exec(text);
    if (dated) {
      // "Ngày gửi: 15/01/2026" in one cell, or "Ngày gửi" with the date in the next one.
      const found = valid(dated[1] ?? above[i + 1] ?? null);
      if (found) return found;
    }
  }
  return null;
}

/**
 * What committing a unit's file changes in its registration's status: the file is the unit's
 * submission (đã nộp), received on the day the file is dated, or on the day already recorded, or
 * on no day yet (the officer enters it) — never on the day it happened to be imported, which
 * would show a registration sent on time as late. A date after `today` in the file is not a
 * receipt. Null when the registration is already further along (approved).
 */
export function importedSubmission(
  current: { status: string; receivedDate: string | null },
  plan: Pick<RegistrationImportPlan, "receivedDate">,
  today: string,
): { status: "da_nop"; receivedDate: string | null; reason: "" } | null {
  if (current.status !== "chua_nop" && current.status !== "can_bo_sung") return null;
  const fromFile = plan.receivedDate && plan.receivedDate <= today ? plan.receivedDate : null;
  return { status: "da_nop", receivedDate: fromFile ?? current.receivedDate ?? null, reason: "" };
}

/** The catalogue code a cell names (by code, name or the usual abbreviation). */
export function matchTitle(
  text: string,
  options: TitleOption[],
  recipientKind: "ca_nhan" | "tap_the",
): { code: string } | { error: string } {
  if (!text) return { error: "Chưa ghi danh hiệu đăng ký" };
  const hits = catalogueMatches(text, options);
  const hit = hits.find((o) => o.recipientKind === recipientKind) ?? hits[0];
  if (!hit) return { error: `Danh hiệu “${text}” không có trong danh mục` };
  if (hit.recipientKind !== recipientKind)
    return {
      error:
        recipientKind === "ca_nhan"
          ? `“${hit.name}” là danh hiệu tập thể; ghi ở trang “${registrationSheets.titles}”`
          : `“${hit.name}” là danh hiệu cá nhân; ghi ở trang “${registrationSheets.people}”`,
    };
  return { code: hit.code };
}

interface UnitPerson {
  id: string;
  fullName: string;
  birthYear: number | null;
  position: string;
  isLeader: boolean;
}

/** Reads the three sheets and decides, row by row, what the import would register. */
export async function planRegistrationImport(
  sqlite: Database.Database,
  file: string,
  fileName: string,
  unitId: string,
  titles: TitleOption[],
): Promise<RegistrationImportPlan> {
  const peopleSheet = await readSheet(file, registrationColumns.people, {
    sheet: registrationSheets.people,
  });
  const titleSheet = await readSheet(file, registrationColumns.titles, {
    sheet: registrationSheets.titles,
    optional: true,
  });
  const targetSheet = await readSheet(file, registrationColumns.targets, {
    sheet: registrationSheets.targets,
    optional: true,
  });
  const plan: RegistrationImportPlan = {
    fileName,
    unitId,
    convertedCells:
      peopleSheet.convertedCells + titleSheet.convertedCells + targetSheet.convertedCells,
    formulaCells: peopleSheet.formulaCells + titleSheet.formulaCells + targetSheet.formulaCells,
    rows: [],
    people: [],
    titles: [],
    targets: [],
    receivedDate: sentDateOf([...peopleSheet.above, ...titleSheet.above, ...targetSheet.above]),
  };

  // People of the unit by folded name.
  const byName = new Map<string, UnitPerson[]>();
  for (const p of peopleOfUnitForImport(sqlite, unitId)) {
    const k = foldForSearch(p.full_name);
    byName.set(k, [
      ...(byName.get(k) ?? []),
      {
        id: p.id,
        fullName: p.full_name,
        birthYear: p.birth_year,
        position: p.position,
        isLeader: p.is_leader === 1,
      },
    ]);
  }

  const sheetName = registrationSheets.people;
  const seenPeople = new Map<string, number>();
  for (const r of peopleSheet.rows) {
    const t = (k: string) => readText(r.cells[k] ?? null);
    const fullName = t("fullName");
    const label = fullName || "(không có tên)";
    const errors: string[] = [];
    if (!fullName) errors.push("Thiếu họ và tên");
    const birth = readBirthYear(r.cells.birth ?? null);
    if (typeof birth === "string") errors.push(birth);
    const title = matchTitle(t("title"), titles, "ca_nhan");
    if ("error" in title) errors.push(title.error);
    const leader = readYesNo(t("isLeader"));
    if (leader === "invalid")
      errors.push(`Cột Lãnh đạo ghi “${t("isLeader")}” (ghi Có hoặc Không)`);
    let match: UnitPerson | null = null;
    let reason = "";
    if (fullName && typeof birth !== "string") {
      const candidates = (byName.get(foldForSearch(fullName)) ?? []).filter(
        (c) => birth === null || c.birthYear === birth,
      );
      if (candidates.length === 1) {
        match = candidates[0]!;
        reason = `Khớp danh bạ: ${match.fullName}${match.birthYear ? `, sinh năm ${match.birthYear}` : ""}${match.position ? `, ${match.position}` : ""}`;
      } else if (candidates.length > 1)
        errors.push(
          `Có ${candidates.length} người tên “${fullName}” trong đơn vị; hãy ghi năm sinh`,
        );
      else reason = "Chưa có trong danh bạ của đơn vị: giữ họ tên như trong tệp";
    }
    if (errors.length || "error" in title || typeof birth === "string") {
      plan.rows.push({
        sheet: sheetName,
        row: r.row,
        status: "error",
        label,
        reason: errors.join("; "),
      });
      continue;
    }
    const key = match ? `id:${match.id}` : `ten:${foldForSearch(fullName)}|${birth ?? ""}`;
    const first = seenPeople.get(key);
    if (first !== undefined) {
      plan.rows.push({
        sheet: sheetName,
        row: r.row,
        status: "duplicate",
        label,
        reason: `Trùng với dòng ${first} (cùng một người); dòng này bị bỏ qua`,
      });
      continue;
    }
    seenPeople.set(key, r.row);
    plan.people.push({
      personId: match?.id ?? null,
      fullName: match?.fullName ?? fullName,
      birthYear: match?.birthYear ?? birth,
      position: t("position") || match?.position || "",
      isLeader: match ? match.isLeader : leader === true,
      titleCode: title.code,
      note: t("note"),
    });
    plan.rows.push({ sheet: sheetName, row: r.row, status: "new", label, reason });
  }

  const seenTitles = new Map<string, number>();
  for (const r of titleSheet.rows) {
    const text = readText(r.cells.title ?? null);
    const title = matchTitle(text, titles, "tap_the");
    const label = text || "(trống)";
    const sheet = registrationSheets.titles;
    if ("error" in title) {
      plan.rows.push({ sheet, row: r.row, status: "error", label, reason: title.error });
      continue;
    }
    if (seenTitles.has(title.code)) {
      plan.rows.push({
        sheet,
        row: r.row,
        status: "duplicate",
        label,
        reason: `Trùng với dòng ${seenTitles.get(title.code)}; dòng này bị bỏ qua`,
      });
      continue;
    }
    seenTitles.set(title.code, r.row);
    plan.titles.push({ titleCode: title.code, note: readText(r.cells.note ?? null) });
    plan.rows.push({ sheet, row: r.row, status: "new", label, reason: "" });
  }

  for (const r of targetSheet.rows) {
    const text = readText(r.cells.text ?? null);
    const sheet = registrationSheets.targets;
    const label = text ? (text.length > 60 ? `${text.slice(0, 57)}…` : text) : "(trống)";
    const number = readNumber(r.cells.number ?? null);
    const errors = [
      ...(text ? [] : ["Thiếu nội dung chỉ tiêu"]),
      ...(text.length > 1000 ? ["Nội dung chỉ tiêu quá dài (tối đa 1000 ký tự)"] : []),
      ...(number === "invalid"
        ? [`Số lượng “${readText(r.cells.number ?? null)}” không phải là số`]
        : []),
    ];
    if (errors.length || number === "invalid") {
      plan.rows.push({ sheet, row: r.row, status: "error", label, reason: errors.join("; ") });
      continue;
    }
    // "95%" in the number column: 95, in per cent unless the unit column says otherwise.
    const percent = readText(r.cells.number ?? null).endsWith("%");
    const unit = readText(r.cells.unit ?? null).slice(0, 50) || (percent ? "%" : "");
    plan.targets.push({ text, number, unit });
    plan.rows.push({ sheet, row: r.row, status: "new", label, reason: "" });
  }
  return plan;
}

/** The template a unit fills in: three sheets, title drop-downs, a "Hướng dẫn" sheet. */
export async function writeRegistrationTemplate(
  file: string,
  heading: string,
  titles: TitleOption[],
  people?: readonly Record<string, string | number | null>[],
) {
  const names = (kind: TitleOption["recipientKind"]) =>
    titles.filter((t) => t.recipientKind === kind).map((t) => t.name);
  const titleList = (values: string[]) => ({
    values,
    errorTitle: "Danh hiệu không có trong danh mục",
    error: "Hãy chọn danh hiệu trong danh sách.",
  });
  const widths = (key: SheetKey, w: number[]) =>
    Object.fromEntries(registrationColumns[key].map((c, i) => [c.key, w[i] ?? 16]));
  const sheet = (key: SheetKey, w: number[], lists: TemplateSheet["lists"] = {}) => ({
    name: registrationSheets[key],
    columns: registrationColumns[key],
    heading,
    widths: widths(key, w),
    numeric: ["number"],
    lists,
  });
  await writeTemplateWorkbook(
    file,
    [
      {
        ...sheet("people", [30, 12, 26, 14, 30, 24], {
          title: titleList(names("ca_nhan")),
          isLeader: { values: ["Có", "Không"], inline: true },
        }),
        prefill: people,
      },
      sheet("titles", [40, 40], { title: titleList(names("tap_the")) }),
      sheet("targets", [70, 12, 16]),
    ],
    {
      width: 120,
      lines: [
        "Cách điền bản đăng ký thi đua:",
        `- Trang “${registrationSheets.people}”: mỗi dòng một người và danh hiệu người đó đăng ký (Lao động tiên tiến, Chiến sĩ thi đua cơ sở, …). Ghi năm sinh để phân biệt người trùng tên.`,
        `- Trang “${registrationSheets.titles}”: các danh hiệu tập thể đơn vị đăng ký.`,
        `- Trang “${registrationSheets.targets}”: các chỉ tiêu đơn vị cam kết; cột Số lượng chỉ ghi số (ví dụ 100 với đơn vị tính %).`,
        "- Không gộp ô, không để dòng trống giữa các dòng, không dùng công thức.",
        `- Ngày gửi: ghi vào dòng tiêu đề đầu trang “${registrationSheets.people}” (ví dụ “…, ngày 15 tháng 01 năm 2026” hoặc “Ngày gửi: 15/01/2026”); ứng dụng lấy ngày đó làm ngày nhận bản đăng ký.`,
      ],
    },
  );
}
