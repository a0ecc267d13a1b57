/**
 * The Báo cáo tổng kết công tác thi đua, khen thưởng năm … (and the sơ kết 6 tháng): the
 * structure offices write (I. đặc điểm; II. kết quả 1–5; III. tồn tại, nguyên nhân; IV. phương
 * hướng), every figure and the awards table from the data, the prose from the officer.
 */
import type { SummaryFigures, SummaryPeriod, SummaryProse } from "../contract/reports";
import { formatDate, formatNumber } from "../contract/format";
import type { FillData } from "./fill";
import { commonFillData, issuerOfContext, type CommonInput, type GenericContext } from "./generic";
import { lowerFirst } from "../domain/vietnamese";

export interface SummaryReportInput extends Omit<CommonInput, "summary"> {
  year: number;
  period: SummaryPeriod;
  signerId: string;
}

/** The trích yếu: what the report covers and what it looks ahead to. */
export function summaryReportTitle(year: number, period: SummaryPeriod): string {
  return period === "nam"
    ? `Tổng kết công tác thi đua, khen thưởng năm ${year} và phương hướng, nhiệm vụ năm ${year + 1}`
    : `Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm ${year} và phương hướng, nhiệm vụ 6 tháng cuối năm ${year}`;
}

const documentKinds: Record<string, string> = {
  KH: "kế hoạch",
  QĐ: "quyết định",
  TTr: "tờ trình",
  BC: "báo cáo",
  BB: "biên bản",
  TB: "thông báo",
  HD: "hướng dẫn",
  "": "công văn",
};
export const documentKindOf = (typeCode: string) => documentKinds[typeCode] ?? typeCode;

/** The officer's text as paragraphs (one per line), or the note that it is still to be written. */
function prose(text: string, missing: string): string[] {
  const lines = text
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.length ? lines : [`(${missing})`];
}

const count = (n: number) => String(n).padStart(2, "0");

export function summaryAwardsTable(f: SummaryFigures) {
  const columns = [
    { title: "STT", share: 0.08, align: "center" as const },
    { title: "Hình thức khen thưởng", share: 0.44 },
    { title: "Tập thể", share: 0.12, align: "center" as const },
    { title: "Cá nhân", share: 0.12, align: "center" as const },
    { title: "Hộ gia đình", share: 0.12, align: "center" as const },
    { title: "Cộng", share: 0.12, align: "center" as const },
  ];
  const n = (v: number) => (v ? String(v) : "");
  const rows = f.awards.map((a, i) => [
    String(i + 1),
    a.awardName,
    n(a.tapThe),
    n(a.caNhan),
    n(a.hoGiaDinh),
    String(a.tapThe + a.caNhan + a.hoGiaDinh),
  ]);
  const t = f.awardTotals;
  rows.push([
    "",
    "Tổng cộng",
    String(t.tapThe),
    String(t.caNhan),
    String(t.hoGiaDinh),
    String(t.tapThe + t.caNhan + t.hoGiaDinh),
  ]);
  return { columns, rows };
}

export function summaryReportFillData(
  f: SummaryFigures,
  p: SummaryProse,
  input: SummaryReportInput,
  number: string,
  c: GenericContext,
): FillData {
  const body = issuerOfContext(c).name;
  const span = input.period === "nam" ? `năm ${input.year}` : `6 tháng đầu năm ${input.year}`;
  const next = input.period === "nam" ? `năm ${input.year + 1}` : `6 tháng cuối năm ${input.year}`;
  const docs = f.documents.reduce((a, d) => a + d.n, 0);
  const totals = f.awardTotals;
  const awarded = totals.tapThe + totals.caNhan + totals.hoGiaDinh;
  const movementLines = f.movements.map(
    (m) =>
      `- ${/^phong trào/i.test(m.name) ? m.name : `Phong trào “${m.name}”`} (từ ${formatDate(m.startDate)} đến ${formatDate(m.endDate)})${m.targets.length ? `, chỉ tiêu: ${m.targets.join("; ")}` : ""}: ${count(m.registered)} đơn vị đăng ký, ${count(m.nominations)} lượt đề nghị khen thưởng.`,
  );
  const initiatives = f.initiatives.reduce((a, i) => a + i.n, 0);
  return {
    ...commonFillData(
      { ...input, summary: summaryReportTitle(input.year, input.period) },
      number,
      c,
    ),
    noi_dung: [
      `${body} báo cáo kết quả công tác thi đua, khen thưởng ${span} như sau:`,
      "**I. ĐẶC ĐIỂM TÌNH HÌNH**",
      ...prose(p.dacDiem, "phần này cơ quan viết"),
      "**II. KẾT QUẢ CÔNG TÁC THI ĐUA, KHEN THƯỞNG**",
      "**1. Công tác lãnh đạo, chỉ đạo, ban hành văn bản**",
      ...(p.lanhDao.trim() ? prose(p.lanhDao, "") : []),
      docs
        ? `Trong ${span} đã ban hành ${count(docs)} văn bản về công tác thi đua, khen thưởng (${f.documents.map((d) => `${count(d.n)} ${d.label}`).join(", ")}).`
        : `Trong ${span}, chưa có văn bản về công tác thi đua, khen thưởng nào được ban hành trong sổ văn bản.`,
      "**2. Các phong trào thi đua**",
      ...(p.phongTrao.trim() ? prose(p.phongTrao, "") : []),
      f.movements.length
        ? `Trong ${span} đã phát động ${count(f.movements.length)} phong trào thi đua:`
        : `Trong ${span} chưa phát động phong trào thi đua theo chuyên đề, theo đợt nào.`,
      ...movementLines,
      "**3. Công tác khen thưởng**",
      awarded
        ? `Trong ${span} đã khen thưởng ${count(awarded)} lượt (${count(totals.tapThe)} tập thể, ${count(totals.caNhan)} cá nhân${totals.hoGiaDinh ? `, ${count(totals.hoGiaDinh)} hộ gia đình` : ""}) theo ${count(f.decisions)} quyết định ban hành tại đây, tổng số tiền thưởng ${formatNumber(f.money)} đồng. Cụ thể theo hình thức:`
        : `Trong ${span} chưa có khen thưởng nào được ghi vào Sổ khen thưởng.`,
    ],
    bang_so_lieu: awarded ? summaryAwardsTable(f) : { columns: [], rows: [] },
    sau_bang: [
      f.forwarded
        ? `Đề nghị cấp trên khen thưởng ${count(f.forwarded)} trường hợp; đến nay đã có quyết định khen thưởng ${count(f.forwardedAwarded)} trường hợp.`
        : "Không có đề nghị cấp trên khen thưởng.",
      "**4. Công tác cụm, khối thi đua**",
      f.clusters
        ? `Có ${count(f.clusters)} cụm, khối thi đua với ${count(f.clusterMembers)} lượt đơn vị thành viên; ${count(f.scoreTables.length)} bảng điểm giao ước thi đua được ký kết và chấm điểm.`
        : "Chưa tổ chức cụm, khối thi đua.",
      ...f.scoreTables
        .filter((t) => t.ranked.length)
        .map(
          (t) =>
            `- ${t.name}: ${t.ranked.map((u, i) => `hạng ${["Nhất", "Nhì", "Ba"][i]}: ${u}`).join("; ")}.`,
        ),
      "**5. Công tác xây dựng, nhân rộng điển hình tiên tiến**",
      ...(p.dienHinh.trim() ? prose(p.dienHinh, "") : []),
      initiatives
        ? `Có ${count(initiatives)} sáng kiến, đề tài được công nhận (${f.initiatives.map((i) => `${count(i.n)} ${i.label}`).join(", ")}).`
        : "Chưa có sáng kiến, đề tài được công nhận trong kỳ.",
      "**III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN**",
      "**1. Tồn tại, hạn chế**",
      ...prose(p.tonTai, "phần này cơ quan viết"),
      "**2. Nguyên nhân**",
      ...prose(p.nguyenNhan, "phần này cơ quan viết"),
      `**IV. PHƯƠNG HƯỚNG, NHIỆM VỤ ${next.toUpperCase()}**`,
      ...prose(p.phuongHuong, "phần này cơ quan viết"),
      `Trên đây là báo cáo ${lowerFirst(summaryReportTitle(input.year, input.period))} của ${body}.`,
    ],
  };
}
