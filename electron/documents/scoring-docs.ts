/**
 * The documents of a cluster's score table (seed 002): the signed pact (Giao ước thi đua) with its
 * members and criteria, the scoring minutes (Biên bản chấm điểm, xếp hạng, on the bien-ban
 * template, in the register) and the ranking table (.docx; the .xlsx shares its rows). Members not
 * scored on every criterion are "Chưa đủ điểm": no rank, no prize.
 */
import {
  AlignmentType,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from "docx";
import type { Profile, ScoreTableDetail } from "../contract";
import { formatNumber } from "../contract/format";
import { rankNames } from "../domain/scoring";
import { formatDateLine, lowerFirst, upperVi } from "../domain/vietnamese";
import {
  bodyParagraph,
  centered,
  dataTable,
  inlineRuns,
  layoutTable,
  noBorders,
  officeDocx,
  para,
  rule,
  run,
  sectionHeading,
  type TableColumn,
} from "./blocks";
import type { FillData } from "./fill";
import {
  BODY_SPACING,
  FIRST_LINE_INDENT,
  HEADER_COLUMNS,
  LINE,
  SIZE,
  TEXT_WIDTH,
  TIGHT,
} from "./format-rules";

type Result = ScoreTableDetail["results"][number];
export type ClusterKind = "cum" | "khoi";

const clusterWord = (k: ClusterKind) => (k === "khoi" ? "Khối" : "Cụm");
export function roleLabel(role: string, kind: ClusterKind): string {
  const w = clusterWord(kind);
  return role === "truong" ? `${w} trưởng` : role === "pho" ? `${w} phó` : "Thành viên";
}
const roleOrder = (role: string) => (role === "truong" ? 0 : role === "pho" ? 1 : 2);

/**
 * The ký hiệu of a cluster's own documents: its minutes are the cluster's (its leader chairs), in
 * its own series, not the council's ("Cụm thi đua số 3" → "CTĐ3", a khối → "KTĐ…").
 */
export function clusterAbbreviation(clusterName: string, kind: ClusterKind): string {
  const number = /(\d+)\s*$/.exec(clusterName.trim())?.[1] ?? "";
  return `${kind === "khoi" ? "KTĐ" : "CTĐ"}${number}`;
}

/** Points with a decimal comma: 98,5. */
export const points = (n: number) => formatNumber(Math.round(n * 100) / 100);

export function rankLabel(r: Pick<Result, "rank">): string {
  if (r.rank === 0) return "Chưa đủ điểm";
  const name = rankNames[r.rank - 1];
  return name ? `Hạng ${name}` : `Hạng ${r.rank}`;
}

/** The proposal of a rank ("Bằng khen của Chủ tịch UBND tỉnh"), "" for unranked or unlisted. */
const proposalOf = (r: Result, proposals: string[]) =>
  r.rank > 0 ? (proposals[r.rank - 1]?.trim() ?? "") : "";

export const tieBreakText: Record<ScoreTableDetail["table"]["tieBreak"], string> = {
  diem_chuan:
    "đơn vị có tổng điểm chuẩn cao hơn xếp trên; nếu vẫn bằng nhau, đơn vị bị trừ ít điểm hơn xếp trên",
  it_diem_tru:
    "đơn vị bị trừ ít điểm hơn xếp trên; nếu vẫn bằng nhau, đơn vị có tổng điểm chuẩn cao hơn xếp trên",
  dong_hang: "các đơn vị bằng điểm được xếp đồng hạng",
};

/** The minutes' ranking table: self score, reviewed score, rank, proposed award and money. */
export const minutesColumns: TableColumn[] = [
  { title: "STT", share: 0.08, align: "center" },
  { title: "Đơn vị", share: 0.23 },
  { title: "Điểm tự chấm", share: 0.1, align: "center" },
  { title: "Điểm phúc tra", share: 0.1, align: "center" },
  { title: "Xếp hạng", share: 0.13, align: "center" },
  { title: "Đề nghị khen thưởng", share: 0.2 },
  { title: "Tiền thưởng (đồng)", share: 0.16, align: "right" },
];

export function minutesRows(d: ScoreTableDetail, proposals: string[]): string[][] {
  return d.results.map((r, i) => [
    String(i + 1),
    r.unitName,
    r.rank ? points(r.self.total) : "",
    r.rank ? points(r.reviewed.total) : "",
    rankLabel(r),
    proposalOf(r, proposals),
    r.rank && r.prize ? formatNumber(r.prize) : "",
  ]);
}

/** The ranking table (.docx and .xlsx): the reviewed score broken into base, bonus and penalty. */
export const rankingColumns: TableColumn[] = [
  { title: "STT", share: 0.07, align: "center" },
  { title: "Đơn vị", share: 0.2 },
  { title: "Tự chấm", share: 0.09, align: "center" },
  { title: "Điểm chuẩn", share: 0.1, align: "center" },
  { title: "Cộng", share: 0.09, align: "center" },
  { title: "Trừ", share: 0.09, align: "center" },
  { title: "Phúc tra", share: 0.09, align: "center" },
  { title: "Xếp hạng", share: 0.11, align: "center" },
  { title: "Tiền thưởng (đồng)", share: 0.16, align: "right" },
];

export function rankingRows(d: ScoreTableDetail): string[][] {
  return d.results.map((r, i) =>
    r.rank
      ? [
          String(i + 1),
          r.unitName,
          points(r.self.total),
          points(r.reviewed.base),
          points(r.reviewed.bonus),
          points(r.reviewed.penalty),
          points(r.reviewed.total),
          rankLabel(r).replace(/^Hạng /, ""),
          r.prize ? formatNumber(r.prize) : "",
        ]
      : [String(i + 1), r.unitName, "", "", "", "", "", rankLabel(r), ""],
  );
}

export const rankingTitle = (d: ScoreTableDetail) =>
  `Kết quả chấm điểm, xếp hạng thi đua năm ${d.table.year} – ${d.table.clusterName}`;

function unscoredNote(d: ScoreTableDetail): string | null {
  const waiting = d.results.filter((r) => r.rank === 0);
  if (!waiting.length) return null;
  return `${waiting.map((r) => `${r.unitName} (còn ${r.missing} tiêu chí chưa chấm)`).join("; ")}: chưa đủ điểm nên chưa được xếp hạng.`;
}

const heading = sectionHeading;
/** A body paragraph that follows a table: some room above it. */
const afterTable = (text: string) =>
  para(inlineRuns(text), {
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE_INDENT },
    spacing: { ...BODY_SPACING, before: 120 },
  });
const note = (text: string) =>
  para([run(text, { italics: true, size: SIZE.noiNhanLabel })], {
    alignment: AlignmentType.JUSTIFIED,
    spacing: { ...LINE, before: 120, after: 60 },
  });

export async function rankingDocx(d: ScoreTableDetail): Promise<Buffer> {
  const notes = [
    `Xếp hạng theo điểm phúc tra (điểm chuẩn + điểm cộng - điểm trừ; điểm cộng tối đa ${points(d.table.bonusLimit)} điểm, điểm trừ tối đa ${points(d.table.penaltyLimit)} điểm). Khi bằng điểm: ${tieBreakText[d.table.tieBreak]}.`,
    ...[unscoredNote(d)].filter((x): x is string => !!x),
  ];
  const doc = officeDocx({
    title: rankingTitle(d),
    children: [
      centered("BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA", { bold: true }),
      centered(`NĂM ${d.table.year} – ${upperVi(d.table.clusterName)}`, { bold: true }),
      centered(`(${d.table.name})`, { italics: true }, 240),
      dataTable({ columns: rankingColumns, rows: rankingRows(d) }),
      ...notes.map((n, i) => note(`${i === 0 ? "Ghi chú: " : ""}${n}`)),
    ],
  });
  return Packer.toBuffer(doc);
}

/** Criteria as table rows: code, title (sub-criteria indented), maximum points. */
function criteriaRows(d: ScoreTableDetail, kind: "base" | "bonus" | "penalty"): string[][] {
  const ofKind = d.criteria.filter((c) => c.kind === kind);
  const depth = (id: string | null): number => {
    const c = ofKind.find((x) => x.id === id);
    return c?.parentId ? 1 + depth(c.parentId) : 0;
  };
  return ofKind.map((c) => [c.code, `${"   ".repeat(depth(c.id))}${c.title}`, points(c.maxPoints)]);
}
const criteriaColumns = (maxTitle: string): TableColumn[] => [
  { title: "Mục", share: 0.1, align: "center" },
  { title: "Nội dung tiêu chí", share: 0.72 },
  { title: maxTitle, share: 0.18, align: "center" },
];

/** Signature boxes of the member units' heads, three to a row, the leader first. */
function signatureGrid(d: ScoreTableDetail, kind: ClusterKind): Table {
  const members = [...d.members].sort((a, b) => roleOrder(a.role) - roleOrder(b.role));
  const perRow = members.length <= 2 ? Math.max(members.length, 1) : 3;
  const width = Math.floor(TEXT_WIDTH / perRow);
  const rows: TableRow[] = [];
  for (let i = 0; i < members.length; i += perRow) {
    const slice = members.slice(i, i + perRow);
    rows.push(
      new TableRow({
        cantSplit: true,
        children: Array.from({ length: perRow }, (_, j) => {
          const m = slice[j];
          return new TableCell({
            width: { size: width, type: WidthType.DXA },
            borders: noBorders,
            children: m
              ? [
                  centered(upperVi(roleLabel(m.role, kind)), { bold: true, size: SIZE.header }),
                  centered(upperVi(m.unitName), { bold: true, size: SIZE.header }),
                  centered("(Ký, ghi rõ họ tên, đóng dấu)", {
                    italics: true,
                    size: SIZE.noiNhanLine,
                  }),
                  ...Array.from({ length: 4 }, () => para([run(" ")])),
                ]
              : [para([run(" ")])],
          });
        }),
      }),
    );
  }
  return new Table({
    width: { size: width * perRow, type: WidthType.DXA },
    columnWidths: Array.from({ length: perRow }, () => width),
    layout: TableLayoutType.FIXED,
    borders: noBorders,
    rows,
  });
}

export interface PactInput {
  docDate: string;
}

/** The pact the member units sign at the start of the year. */
export async function pactDocx(
  d: ScoreTableDetail,
  kind: ClusterKind,
  profile: Profile,
  input: PactInput,
): Promise<Buffer> {
  const word = clusterWord(kind);
  const leader = d.members.find((m) => m.role === "truong");
  const members = [...d.members].sort(
    (a, b) => roleOrder(a.role) - roleOrder(b.role) || a.unitName.localeCompare(b.unitName, "vi"),
  );
  const header = layoutTable(HEADER_COLUMNS, [
    [
      centered(upperVi(profile.parentBody), { size: SIZE.header }),
      centered(upperVi(d.table.clusterName), { bold: true, size: SIZE.header }),
      rule(1200),
    ],
    [
      centered("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, size: SIZE.quocHieu }),
      centered("Độc lập - Tự do - Hạnh phúc", { bold: true, size: SIZE.tieuNgu }),
      rule(Math.round((HEADER_COLUMNS[1] - 3420) / 2)),
      para([run(`${profile.placeName}, ${formatDateLine(input.docDate)}`, { italics: true })], {
        alignment: AlignmentType.CENTER,
        spacing: { ...TIGHT, before: 180 },
      }),
    ],
  ]);
  const prizes = d.table.prizes
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => p > 0)
    .map(({ p, i }) => `- Đơn vị hạng ${rankNames[i] ?? i + 1}: ${formatNumber(p)} đồng.`);
  const bonus = criteriaRows(d, "bonus");
  const penalty = criteriaRows(d, "penalty");
  const children: (Paragraph | Table)[] = [
    header,
    para([run(" ", { size: 8 })], { spacing: { ...TIGHT, before: 240 } }),
    centered("GIAO ƯỚC THI ĐUA", { bold: true, size: SIZE.typeName }),
    centered(`Năm ${d.table.year} của các đơn vị thành viên ${d.table.clusterName}`, {
      bold: true,
    }),
    rule(Math.round(TEXT_WIDTH * 0.38), 240),
    bodyParagraph(
      `Thực hiện phong trào thi đua yêu nước năm ${d.table.year}, các đơn vị thành viên ${d.table.clusterName} thống nhất ký kết giao ước thi đua với các nội dung sau:`,
    ),
    heading(`I. CÁC ĐƠN VỊ THAM GIA GIAO ƯỚC (${members.length} đơn vị)`),
    dataTable({
      columns: [
        { title: "STT", share: 0.08, align: "center" },
        { title: "Đơn vị", share: 0.67 },
        { title: `Nhiệm vụ trong ${word.toLowerCase()}`, share: 0.25, align: "center" },
      ],
      rows: members.map((m, i) => [String(i + 1), m.unitName, roleLabel(m.role, kind)]),
    }),
    heading("II. NỘI DUNG GIAO ƯỚC VÀ THANG ĐIỂM"),
    bodyParagraph(
      `**1. Các tiêu chí chấm điểm** (tổng điểm chuẩn 100 điểm; điểm của tiêu chí lớn bằng tổng điểm các tiêu chí con):`,
    ),
    dataTable({
      columns: criteriaColumns("Điểm tối đa"),
      rows: [
        ...criteriaRows(d, "base"),
        [
          "",
          "Tổng điểm chuẩn",
          points(
            d.criteria
              .filter((c) => c.kind === "base" && !c.parentId)
              .reduce((n, c) => n + c.maxPoints, 0),
          ),
        ],
      ],
    }),
    afterTable(
      bonus.length
        ? `**2. Điểm cộng** (tổng điểm cộng không quá ${points(d.table.bonusLimit)} điểm):`
        : "**2. Điểm cộng:** không áp dụng.",
    ),
    ...(bonus.length ? [dataTable({ columns: criteriaColumns("Cộng tối đa"), rows: bonus })] : []),
    afterTable(
      penalty.length
        ? `**3. Điểm trừ** (tổng điểm trừ không quá ${points(d.table.penaltyLimit)} điểm):`
        : "**3. Điểm trừ:** không áp dụng.",
    ),
    ...(penalty.length
      ? [dataTable({ columns: criteriaColumns("Trừ tối đa"), rows: penalty })]
      : []),
    heading("III. TỔ CHỨC THỰC HIỆN"),
    bodyParagraph(
      `1. Các đơn vị thành viên tổ chức thực hiện các nội dung giao ước; cuối năm tự chấm điểm theo thang điểm trên, gửi kết quả về ${leader ? `${word.toLowerCase()} trưởng (${leader.unitName})` : `${word.toLowerCase()} trưởng`} đúng thời hạn.`,
    ),
    bodyParagraph(
      `2. ${word} trưởng chủ trì phúc tra kết quả tự chấm điểm, tổng hợp và xếp hạng theo điểm phúc tra; khi bằng điểm: ${tieBreakText[d.table.tieBreak]}.`,
    ),
    bodyParagraph(
      prizes.length
        ? "3. Các đơn vị dẫn đầu được đề nghị khen thưởng, thưởng kèm:"
        : "3. Các đơn vị dẫn đầu được đề nghị khen thưởng theo quy định.",
    ),
    ...prizes.map((p) => bodyParagraph(p)),
    bodyParagraph(
      `Giao ước này được lập thành ${String(members.length + 1).padStart(2, "0")} bản, mỗi đơn vị thành viên giữ 01 bản, 01 bản gửi ${profile.issuingBody} để theo dõi./.`,
    ),
    para([run(" ")], { spacing: { ...TIGHT, after: 120 } }),
    centered("ĐẠI DIỆN CÁC ĐƠN VỊ KÝ GIAO ƯỚC", { bold: true }, 120),
    signatureGrid(d, kind),
  ];
  const doc = officeDocx({
    title: `Giao ước thi đua năm ${d.table.year} – ${d.table.clusterName}`,
    children,
  });
  return Packer.toBuffer(doc);
}

/** What the officer enters for the minutes; stored with the register row. */
export interface MinutesInput {
  tableId: string;
  docDate: string;
  /** "08:00". */
  startTime: string;
  endTime: string;
  place: string;
  chair: string;
  chairPosition: string;
  secretary: string;
  secretaryPosition: string;
  presentUnitIds: string[];
  otherParticipants: string[];
  /** The award proposed for each rank, index 0 = hạng Nhất. */
  proposals: string[];
}

const clock = (hhmm: string) => {
  const [h, m] = hhmm.split(":");
  return `${h} giờ ${m} phút`;
};

export const minutesSummary = (d: ScoreTableDetail) =>
  `Họp chấm điểm, xếp hạng thi đua năm ${d.table.year} ${d.table.clusterName}`;

export function minutesFillData(
  d: ScoreTableDetail,
  kind: ClusterKind,
  profile: Profile,
  input: MinutesInput,
  number: string,
): FillData {
  const word = clusterWord(kind);
  const present = d.members
    .filter((m) => input.presentUnitIds.includes(m.unitId))
    .sort((a, b) => roleOrder(a.role) - roleOrder(b.role));
  const absent = d.members.filter((m) => !input.presentUnitIds.includes(m.unitId));
  const ranked = d.results.filter((r) => r.rank > 0);
  const proposed = ranked.filter((r) => proposalOf(r, input.proposals) || r.prize > 0);
  const waiting = unscoredNote(d);
  return {
    co_quan_chu_quan: upperVi(profile.parentBody),
    ten_hoi_dong: upperVi(d.table.clusterName),
    so_ky_hieu: number,
    trich_yeu: minutesSummary(d),
    thoi_gian: `${clock(input.startTime)}, ${formatDateLine(input.docDate)}`,
    dia_diem: input.place.trim(),
    thanh_phan: [
      `- Chủ tọa: ${input.chair.trim()}${input.chairPosition.trim() ? ` – ${input.chairPosition.trim()}` : ""}.`,
      `- Thư ký: ${input.secretary.trim()}${input.secretaryPosition.trim() ? ` – ${input.secretaryPosition.trim()}` : ""}.`,
      `- Đại diện lãnh đạo các đơn vị thành viên ${d.table.clusterName}: có mặt ${present.length}/${d.members.length} đơn vị, gồm:`,
      ...present.map((m) => `+ ${m.unitName} (${roleLabel(m.role, kind).toLowerCase()});`),
      ...(absent.length ? [`- Vắng mặt: ${absent.map((m) => m.unitName).join("; ")}.`] : []),
      ...input.otherParticipants.map(
        (l) => `- ${l.replace(/^[-–]\s*/, "").replace(/[.;]+$/, "")}.`,
      ),
    ],
    noi_dung: [
      `Căn cứ Giao ước thi đua năm ${d.table.year} và ${lowerFirst(d.table.name)} (tổng điểm chuẩn 100 điểm; điểm cộng không quá ${points(d.table.bonusLimit)} điểm; điểm trừ không quá ${points(d.table.penaltyLimit)} điểm), các đơn vị thành viên đã tự chấm điểm; ${word.toLowerCase()} trưởng đã tổ chức phúc tra kết quả tự chấm điểm của từng đơn vị.`,
      `Các đại biểu dự họp đã thảo luận, thống nhất kết quả chấm điểm và xếp hạng theo điểm phúc tra; khi bằng điểm: ${tieBreakText[d.table.tieBreak]}. Kết quả cụ thể như sau:`,
    ],
    bieu_quyet: { columns: minutesColumns, rows: minutesRows(d, input.proposals) },
    ket_luan: [
      `1. Thống nhất xếp hạng thi đua năm ${d.table.year} của ${d.table.clusterName}: ${ranked
        // Every unit of a named rank: two tied at hạng Ba are both hạng Ba.
        .filter((r) => r.rank <= rankNames.length)
        .map(
          (r) => `${rankLabel(r).toLowerCase()}: ${r.unitName} (${points(r.reviewed.total)} điểm)`,
        )
        .join("; ")}.`,
      ...(proposed.length
        ? [
            `2. Đề nghị ${profile.councilName} xem xét, đề nghị cấp có thẩm quyền khen thưởng:`,
            ...proposed.map((r) => {
              const what = proposalOf(r, input.proposals);
              const money = r.prize ? `tiền thưởng ${formatNumber(r.prize)} đồng` : "";
              return `- ${r.unitName} (${rankLabel(r).toLowerCase()}): ${[what, money].filter(Boolean).join(", ")}.`;
            }),
          ]
        : []),
      ...(waiting ? [`${proposed.length ? 3 : 2}. ${waiting}`] : []),
      "Biên bản đã được thông qua, các đại biểu dự họp thống nhất.",
    ],
    ket_thuc: `${clock(input.endTime)} cùng ngày`,
    thu_ky: input.secretary.trim(),
    chu_toa: input.chair.trim(),
  };
}
