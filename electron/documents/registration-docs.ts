/**
 * Documents of the đăng ký thi đua: the roll-up (bảng tổng hợp đăng ký thi đua) as a Word table
 * for the upper level, and the issuing body's own Đăng ký giao ước thi đua (seed 000's second
 * part) as a Công văn in the register: targets, collective titles, individuals.
 */
import { AlignmentType, Packer } from "docx";
import type { Profile, Rollup } from "../contract";
import { formatNumber, quantityText } from "../contract/format";
import { familyCountNote, registrationStatuses } from "../contract/vocabulary";
import { lowerFirst, upperVi } from "../domain/vietnamese";
import { centered, dataTable, layoutTable, officeDocx, para, rule, run } from "./blocks";
import type { FillData } from "./fill";
import { commonFillData, issuerOfContext, type CommonInput, type GenericContext } from "./generic";
import { HEADER_COLUMNS, LINE, SIZE } from "./format-rules";
import { cstdcsFamily, ldttFamily, percentText } from "../domain/registration-checks";

/** The roll-up's table: STT, unit, one column per title, individuals, status. */
export function rollupTable(r: Rollup) {
  const columns = [
    { title: "STT", share: 0.08, align: "center" as const },
    { title: "Đơn vị", share: 0.28 },
    ...r.columns.map((c) => ({ title: c.name, share: 0.11, align: "center" as const })),
    { title: "Tổng số cá nhân đăng ký", share: 0.1, align: "center" as const },
    { title: "Tình trạng", share: 0.14, align: "center" as const },
  ];
  const n = (v: number | undefined) => (v ? String(v) : "");
  const rows = r.rows.map((row, i) => [
    String(i + 1),
    row.unitName,
    ...r.columns.map((c) => n(row.counts[c.code])),
    n(row.people),
    registrationStatuses[row.status],
  ]);
  rows.push([
    "",
    "Tổng cộng",
    ...r.columns.map((c) => String(r.totals[c.code] ?? 0)),
    String(r.totalPeople),
    "",
  ]);
  return { columns, rows };
}

/** The parent body and the issuing body, top left, as in every document of the office. */
function headerTable(profile: Profile) {
  const line = (text: string, bold: boolean) =>
    para([run(text, { bold, size: SIZE.header })], { alignment: AlignmentType.CENTER });
  return layoutTable(HEADER_COLUMNS, [
    [
      line(upperVi(profile.parentBody), false),
      line(upperVi(profile.issuingBody), true),
      rule(1200, 120),
    ],
    [para([run("")])],
  ]);
}

export async function rollupDocx(r: Rollup, profile: Profile): Promise<Buffer> {
  const doc = officeDocx({
    title: r.title,
    children: [
      headerTable(profile),
      para([run("")]),
      centered(upperVi(r.title), { bold: true }, 240),
      dataTable(rollupTable(r)),
      para([run(`Số đơn vị chưa nộp đăng ký: ${r.notRegistered}.`, { italics: true })], {
        spacing: { ...LINE, before: 240 },
      }),
      para([run(`(*) Số cá nhân đăng ký, ${familyCountNote}.`, { italics: true })], {
        spacing: LINE,
      }),
    ],
  });
  return Packer.toBuffer(doc);
}

export interface PactPerson {
  fullName: string;
  position: string;
  isLeader: boolean;
  titleCode: string;
}

export interface PactInput extends Omit<CommonInput, "summary"> {
  year: number;
  titleNames: ReadonlyMap<string, string>;
  collectiveTitles: string[];
  targets: { text: string; number: number | null; unit: string }[];
  people: PactPerson[];
  /** People of the unit in the directory, for "N/M cá nhân". */
  headcount: number;
}

const quoted = (name: string) => `“${name}”`;

/** The body of the Đăng ký giao ước thi đua, in seed 000's order. */
export function pactParagraphs(input: PactInput, body: string): string[] {
  const name = (code: string) => input.titleNames.get(code) ?? code;
  const out: string[] = [
    `${body} đăng ký giao ước thi đua năm ${input.year} với các nhiệm vụ, chỉ tiêu chủ yếu sau đây:`,
    `**1. Phấn đấu hoàn thành các chỉ tiêu chủ yếu năm ${input.year}:**`,
  ];
  if (input.targets.length)
    for (const t of input.targets) {
      const num =
        t.number !== null && !t.text.includes(formatNumber(t.number))
          ? ` (${quantityText(t.number, t.unit)})`
          : "";
      out.push(`- ${t.text.replace(/[.;]+$/, "")}${num};`);
    }
  else out.push("- Hoàn thành toàn diện các nhiệm vụ, chỉ tiêu được giao trong năm;");
  out.push("**2. Đăng ký danh hiệu thi đua:**", "**2.1. Tập thể:**");
  if (input.collectiveTitles.length)
    for (const code of input.collectiveTitles)
      out.push(`- ${body} phấn đấu đạt ${quoted(name(code))};`);
  else out.push("- Không đăng ký danh hiệu tập thể;");
  out.push("**2.2. Cá nhân:**");
  const ldtt = input.people.filter((p) => (ldttFamily as readonly string[]).includes(p.titleCode));
  const cs = input.people.filter((p) => (cstdcsFamily as readonly string[]).includes(p.titleCode));
  if (ldtt.length) {
    const base = Math.max(input.headcount, ldtt.length);
    let line = `- ${ldtt.length}/${base} cá nhân (${percentText(ldtt.length, base)}) đăng ký danh hiệu ${quoted(name("LDTT"))}`;
    if (cs.length) {
      const leaders = cs.filter((p) => p.isLeader).length;
      line += `; trong đó ${cs.length} cá nhân (${percentText(cs.length, ldtt.length)}) đăng ký danh hiệu ${quoted(name("CSTDCS"))} (giữ chức vụ lãnh đạo, quản lý: ${leaders} người; không giữ chức vụ: ${cs.length - leaders} người)`;
    }
    out.push(`${line};`);
  }
  const others = new Map<string, number>();
  for (const p of input.people)
    if (!(ldttFamily as readonly string[]).includes(p.titleCode) || p.titleCode === "CSTD_TINH")
      others.set(p.titleCode, (others.get(p.titleCode) ?? 0) + 1);
  for (const [code, n] of others)
    out.push(`- Có ${String(n).padStart(2, "0")} cá nhân đăng ký ${quoted(name(code))};`);
  if (!input.people.length) out.push("- Không có cá nhân đăng ký;");
  if (input.people.length) {
    out.push("**3. Danh sách cá nhân đăng ký:**");
    input.people.forEach((p, i) =>
      out.push(
        `${i + 1}. ${p.fullName}${p.position ? `, ${p.position}` : ""}: ${name(p.titleCode)};`,
      ),
    );
  }
  out.push(
    `${body} quyết tâm phấn đấu thực hiện thắng lợi các nhiệm vụ, chỉ tiêu và danh hiệu thi đua đã đăng ký.`,
  );
  return out;
}

/** The trích yếu under the number; the Công văn template prints it after "V/v". */
export const pactSummary = (year: number) => `đăng ký giao ước thi đua năm ${year}`;

export function pactFillData(input: PactInput, number: string, c: GenericContext): FillData {
  return {
    ...commonFillData({ ...input, summary: pactSummary(input.year) }, number, c),
    noi_dung: pactParagraphs(input, c.profile.issuingBody),
  };
}

/** What the officer enters for the roll-up sent upward (the rest comes from the registrations). */
export interface RollupReportInput extends Omit<CommonInput, "summary"> {
  year: number;
  movementId: string | null;
  signerId: string;
}

/** "Kết quả đăng ký thi đua năm 2025", or "… – <phong trào>" for a movement's registrations. */
export const rollupReportSummary = (r: Pick<Rollup, "title">) =>
  r.title.replace(/^Bảng tổng hợp đăng ký thi đua/, "Kết quả đăng ký thi đua");

/**
 * The roll-up sent to the upper level as a Báo cáo in the register — number, date, signer — with
 * the table of every unit's registration in its body.
 */
export function rollupReportFillData(
  r: Rollup,
  input: RollupReportInput,
  number: string,
  c: GenericContext,
): FillData {
  const body = issuerOfContext(c).name;
  const submitted = r.rows.length;
  const total = submitted + r.notRegistered;
  const collective = r.columns.filter((col) => col.recipientKind === "tap_the");
  const personal = r.columns.filter((col) => col.recipientKind === "ca_nhan");
  const list = (cols: typeof r.columns) =>
    cols
      .map((col) => `${col.name.replace(/\s*\(\*\)$/, "")}: ${r.totals[col.code] ?? 0}`)
      .join("; ");
  return {
    ...commonFillData({ ...input, summary: rollupReportSummary(r) }, number, c),
    noi_dung: [
      `${body} báo cáo ${lowerFirst(rollupReportSummary(r))} của các cơ quan, đơn vị như sau:`,
      `1. Số đơn vị đã đăng ký: ${submitted}/${total} đơn vị; chưa đăng ký: ${r.notRegistered} đơn vị.`,
      ...(collective.length ? [`2. Tập thể đăng ký danh hiệu: ${list(collective)}.`] : []),
      `${collective.length ? 3 : 2}. Cá nhân đăng ký: ${r.totalPeople} người; ${list(personal)} (${familyCountNote}).`,
      "Kết quả đăng ký của từng đơn vị như sau:",
    ],
    bang_so_lieu: rollupTable(r),
    sau_bang: [
      `(*) Số cá nhân đăng ký, ${familyCountNote}.`,
      `Trên đây là kết quả đăng ký thi đua năm ${r.year} của các cơ quan, đơn vị, ${body} kính báo cáo.`,
    ],
  };
}
