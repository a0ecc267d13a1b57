/**
 * Trình cấp trên: the office's Tờ trình to the upper level (to-trinh template: Kính gửi, căn cứ,
 * the nominees grouped by form with their counts, the request) and a nominee's Báo cáo thành tích
 * (bao-cao-thanh-tich-ca-nhan / -tap-the: I. sơ lược or đặc điểm, II. thành tích with the recent
 * ratings, III. the titles and awards already in the registry). Pure: electron/api/forwarding.ts
 * loads the facts and registers the resolvers.
 */
import type { NomineeKind, Profile, RatingValue } from "../contract";
import { formatDate, ratingLabels } from "../contract";
import { formatDateLine, upperVi } from "../domain/vietnamese";
import type { TableColumn, TableValue } from "./blocks";
import type { FillData } from "./fill";
import { commonFillData, issuerOfContext, type GenericContext } from "./generic";

const roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];
const two = (n: number) => String(n).padStart(2, "0");

const kindWord: Record<NomineeKind, string> = {
  ca_nhan: "cá nhân",
  tap_the: "tập thể",
  ho_gia_dinh: "hộ gia đình",
};

/** A line of the upward list. */
export interface ForwardLine {
  nomineeKind: NomineeKind;
  nomineeName: string;
  position: string;
  unitName: string;
  awardName: string;
}

/** "02 tập thể, 05 cá nhân". */
export function countText(items: Pick<ForwardLine, "nomineeKind">[]): string {
  return (["tap_the", "ca_nhan", "ho_gia_dinh"] as const)
    .map((k) => ({ k, n: items.filter((i) => i.nomineeKind === k).length }))
    .filter((x) => x.n > 0)
    .map((x) => `${two(x.n)} ${kindWord[x.k]}`)
    .join(", ");
}

/** "Bằng khen của Chủ tịch UBND tỉnh (cá nhân)" → "Bằng khen của Chủ tịch UBND tỉnh". */
export function formName(awardName: string): string {
  return awardName.replace(/\s*\((cá nhân|tập thể|hộ gia đình)\)\s*$/i, "").trim();
}

/**
 * Lines grouped by form (the individual and collective versions of a form together), in the
 * order the forms first appear.
 */
export function groupByForm<T extends Pick<ForwardLine, "awardName">>(items: T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const i of items) {
    const form = formName(i.awardName);
    groups.set(form, [...(groups.get(form) ?? []), i]);
  }
  return [...groups.entries()];
}

/**
 * The body the Tờ trình is addressed to by default: the council of the level above the office
 * (through its standing body). The officer edits it in the dialog.
 */
export function defaultKinhGui(level: Profile["level"]): string {
  switch (level) {
    case "xa":
    case "huyen":
      return "Hội đồng Thi đua - Khen thưởng tỉnh (qua Sở Nội vụ)";
    case "tinh":
      return "Hội đồng Thi đua - Khen thưởng Trung ương (qua Bộ Nội vụ)";
    case "co_quan":
      return "Hội đồng Thi đua - Khen thưởng cấp trên";
  }
}

export const forwardColumns: TableColumn[] = [
  { title: "STT", share: 0.07, align: "center" },
  { title: "Họ và tên (tên tập thể)", share: 0.3 },
  { title: "Chức vụ", share: 0.2 },
  { title: "Đơn vị", share: 0.25 },
  { title: "Hình thức đề nghị", share: 0.18 },
];

/** A row per form ("I", "BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH: 03"), then its nominees. */
export function forwardRows(lines: ForwardLine[]): string[][] {
  const rows: string[][] = [];
  groupByForm(lines).forEach(([form, list], g) => {
    rows.push([roman[g] ?? String(g + 1), `${upperVi(form)}: ${two(list.length)}`, "", "", ""]);
    list.forEach((i, n) =>
      rows.push([String(n + 1), i.nomineeName, i.position, i.unitName, formName(i.awardName)]),
    );
  });
  return rows;
}

export const proposalSummaryOf = (year: number) =>
  `Về việc đề nghị cấp trên khen thưởng năm ${year}`;

export interface ProposalFacts {
  year: number;
  docDate: string;
  kinhGui: string;
  legalBasisIds: string[];
  noiNhan: string[];
}

export function forwardProposalFillData(
  lines: ForwardLine[],
  f: ProposalFacts,
  number: string,
  c: GenericContext,
): FillData {
  const body = issuerOfContext(c).name;
  const groups = groupByForm(lines);
  const noiNhan = f.noiNhan.map((l) => l.trim()).filter(Boolean);
  return {
    ...commonFillData(
      {
        docDate: f.docDate,
        summary: proposalSummaryOf(f.year),
        kinhGui: f.kinhGui,
        legalBasisIds: f.legalBasisIds,
        noiNhan: noiNhan.length ? noiNhan : ["Như trên"],
      },
      number,
      c,
    ),
    noi_dung: [
      `Căn cứ kết quả thẩm định hồ sơ đề nghị khen thưởng năm ${f.year} của các cơ quan, đơn vị, ${body} đã tổng hợp các trường hợp có thành tích đủ điều kiện, tiêu chuẩn nhưng thuộc thẩm quyền khen thưởng của cấp trên. ${body} kính trình ${f.kinhGui} xem xét, khen thưởng ${two(lines.length)} trường hợp (${countText(lines)}), gồm:`,
      ...groups.map(
        ([form, list], g) =>
          `${g + 1}. ${form}: ${countText(list)}${g === groups.length - 1 ? "." : ";"}`,
      ),
      "Danh sách cụ thể như sau:",
    ],
    danh_sach: { columns: forwardColumns, rows: forwardRows(lines) },
    de_nghi: [
      "Hồ sơ đề nghị và Báo cáo thành tích của từng trường hợp được gửi kèm theo Tờ trình này.",
      `Kính trình ${f.kinhGui} xem xét, quyết định khen thưởng hoặc đề nghị cấp có thẩm quyền khen thưởng cho các tập thể, cá nhân nêu trên./.`,
    ],
  };
}

// Báo cáo thành tích ----------------------------------------------------------------------------

/** A title or award already received, from the registry. */
export interface ReceivedAward {
  year: number;
  awardName: string;
  /** danh_hieu (title) or hinh_thuc (award form); "" when the code left the catalogue. */
  awardKind: string;
  decisionNumber: string;
  decisionDate: string | null;
  issuer: string;
}

/** "Quyết định số 12/QĐ-UBND ngày 15/01/2024 của Chủ tịch UBND huyện", from what is known. */
export function decisionAndIssuer(a: ReceivedAward): string {
  const date = a.decisionDate ? `ngày ${formatDate(a.decisionDate)}` : "";
  const decision = a.decisionNumber
    ? `Quyết định số ${[a.decisionNumber, date].filter(Boolean).join(" ")}`
    : date
      ? `Quyết định ${date}`
      : "";
  if (!a.issuer) return decision;
  return decision ? `${decision} của ${a.issuer}` : a.issuer;
}

const byDate = (awards: ReceivedAward[]) =>
  [...awards].sort(
    (a, b) => a.year - b.year || (a.decisionDate ?? "").localeCompare(b.decisionDate ?? ""),
  );
const isTitle = (a: ReceivedAward) => a.awardKind === "danh_hieu";

/**
 * Section III as the decree's form has it: "1. Danh hiệu thi đua" and "2. Hình thức khen
 * thưởng", each a table of Năm | name | the decision (number, date) and its issuer, oldest first,
 * from the registry. A code that left the catalogue counts as an award form.
 */
export function receivedTables(awards: ReceivedAward[]): TableValue[] {
  const sorted = byDate(awards);
  const part = (
    caption: string,
    nameTitle: string,
    decisionTitle: string,
    list: ReceivedAward[],
  ) => ({
    caption,
    columns: [
      { title: "Năm", share: 0.1, align: "center" as const },
      { title: nameTitle, share: 0.34 },
      { title: decisionTitle, share: 0.56 },
    ],
    rows: list.length
      ? list.map((a) => [String(a.year), formName(a.awardName), decisionAndIssuer(a)])
      : [["", "Không có", ""]],
  });
  return [
    part(
      "1. Danh hiệu thi đua",
      "Danh hiệu thi đua",
      "Số, ngày, tháng, năm của quyết định công nhận danh hiệu thi đua; cơ quan ban hành quyết định",
      sorted.filter(isTitle),
    ),
    part(
      "2. Hình thức khen thưởng",
      "Hình thức khen thưởng",
      "Số, ngày, tháng, năm của quyết định khen thưởng; cơ quan ban hành quyết định",
      sorted.filter((a) => !isTitle(a)),
    ),
  ];
}

export interface YearRating {
  year: number;
  rating: RatingValue;
}

const summaryLines = (summary: string) =>
  summary
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

/** "- Năm 2023: …;" lines, oldest first, the last one ending with a full stop. */
function ratingLines(ratings: YearRating[]): string[] {
  const sorted = [...ratings].sort((a, b) => a.year - b.year);
  if (!sorted.length) return ["Chưa có kết quả đánh giá, xếp loại trong danh bạ."];
  return sorted.map(
    (r, i) => `- Năm ${r.year}: ${ratingLabels[r.rating]}${i === sorted.length - 1 ? "." : ";"}`,
  );
}

/** A collective's section II: the summary's paragraphs, then the ratings of the recent years. */
function achievementLines(summary: string, ratings: YearRating[], who: string): string[] {
  const own = summaryLines(summary);
  return [
    "1. Thành tích đạt được",
    ...(own.length ? own : ["(Đơn vị bổ sung nội dung thành tích đạt được.)"]),
    `2. Kết quả đánh giá, xếp loại ${who} những năm gần đây`,
    ...ratingLines(ratings),
  ];
}

/**
 * A person's section II as the decree's form has it: 1. the powers and duties held (the officer
 * writes them; the directory does not know them), 2. the achievements — the nomination's
 * summary, the recent ratings, the recognised initiatives.
 */
function personAchievementLines(f: PersonReportFacts): string[] {
  const own = summaryLines(f.summary);
  const initiatives = [...f.initiatives].sort((a, b) => a.year - b.year);
  return [
    "1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận",
    "(Cá nhân bổ sung quyền hạn, nhiệm vụ được giao hoặc đảm nhận.)",
    "2. Thành tích đạt được",
    ...(own.length ? own : ["(Cá nhân bổ sung nội dung thành tích đạt được.)"]),
    "Kết quả đánh giá, xếp loại những năm gần đây:",
    ...ratingLines(f.ratings),
    ...(initiatives.length
      ? [
          "Sáng kiến, đề tài được công nhận:",
          ...initiatives.map(
            (s, i) =>
              `- Năm ${s.year}: ${s.title}${s.decisionNumber ? ` (Quyết định số ${s.decisionNumber})` : ""}${i === initiatives.length - 1 ? "." : ";"}`,
          ),
        ]
      : []),
  ];
}

/** Facts shared by both reports. */
interface ReportBase {
  docDate: string;
  awardName: string;
  summary: string;
  ratings: YearRating[];
  awards: ReceivedAward[];
  /** The nominee's unit's parent (or, for a collective, its own parent); "" when none. */
  upperName: string;
  upperHeadName: string;
}

export interface PersonReportFacts extends ReportBase {
  fullName: string;
  gender: "nam" | "nu" | string;
  birthDate: string | null;
  birthYear: number | null;
  position: string;
  /** Quê quán, trú quán, trình độ chuyên môn nghiệp vụ from the directory ("" when not entered). */
  hometown: string;
  residence: string;
  education: string;
  unitName: string;
  unitHeadName: string;
  initiatives: { year: number; title: string; decisionNumber: string }[];
}

const blank = "……………………………";

export function personReportFillData(f: PersonReportFacts, profile: Profile): FillData {
  return {
    co_quan_chu_quan: upperVi(f.upperName || profile.parentBody),
    co_quan_ban_hanh: upperVi(f.unitName || profile.issuingBody),
    dia_danh: profile.placeName,
    ngay_thang_nam: formatDateLine(f.docDate),
    hinh_thuc_de_nghi: upperVi(formName(f.awardName)),
    ho_ten: f.fullName,
    ngay_sinh: f.birthDate ? formatDate(f.birthDate) : f.birthYear ? String(f.birthYear) : blank,
    gioi_tinh: f.gender === "nu" ? "Nữ" : f.gender === "nam" ? "Nam" : blank,
    que_quan: f.hometown.trim() || blank,
    noi_o: f.residence.trim() || blank,
    don_vi_cong_tac: f.unitName || blank,
    chuc_vu: f.position || blank,
    trinh_do: f.education.trim() || blank,
    thanh_tich: personAchievementLines(f),
    khen_thuong_da_nhan: receivedTables(f.awards),
    nguoi_xac_nhan: f.unitHeadName,
    nguoi_bao_cao: f.fullName,
  };
}

export interface UnitReportFacts extends ReportBase {
  unitName: string;
  kindLabel: string;
  address: string;
  headName: string;
  headPosition: string;
  /** People of the directory whose current unit is this one. */
  members: number;
  /** Sub-units in the directory. */
  subUnits: number;
}

export function unitReportFillData(f: UnitReportFacts, profile: Profile): FillData {
  const head = [f.headName, f.headPosition].filter(Boolean).join(" – ");
  return {
    co_quan_chu_quan: upperVi(f.upperName || profile.parentBody),
    co_quan_ban_hanh: upperVi(f.unitName),
    dia_danh: profile.placeName,
    ngay_thang_nam: formatDateLine(f.docDate),
    hinh_thuc_de_nghi: upperVi(formName(f.awardName)),
    ten_tap_the: f.unitName,
    dac_diem_tinh_hinh: [
      `- Tên tập thể: ${f.unitName}.`,
      `- Loại hình: ${f.kindLabel || blank}.`,
      `- Trực thuộc: ${f.upperName || profile.parentBody}.`,
      `- Địa chỉ: ${f.address || blank}.`,
      `- Thủ trưởng đơn vị: ${head || blank}.`,
      `- Tổng số cán bộ, công chức, viên chức, người lao động: ${f.members} người${f.subUnits ? `; ${f.subUnits} đơn vị trực thuộc` : ""}.`,
      `- Chức năng, nhiệm vụ: ${blank}.`,
    ],
    thanh_tich: achievementLines(f.summary, f.ratings, "tập thể"),
    khen_thuong_da_nhan: receivedTables(f.awards),
    nguoi_xac_nhan: f.upperHeadName,
    nguoi_bao_cao: f.headName || blank,
  };
}
