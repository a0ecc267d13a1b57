/**
 * The Kế hoạch phát động of a movement, after seeds 003 and 004: I. Mục đích, yêu cầu; II. Nội
 * dung — 1. nội dung, mục tiêu, thời gian (chủ đề, khẩu hiệu, chỉ tiêu, thời gian), 2. đối tượng
 * và tiêu chuẩn khen thưởng (each award with its quotas written in words: "Mỗi xã, thị trấn lựa
 * chọn 02 cá nhân và 03 hộ gia đình", "Tổng số không quá 03 cá nhân"), 3. hồ sơ, thủ tục and the
 * deadlines; III. Tổ chức thực hiện. The ke-hoach template's three headings are fixed, so the
 * seeds' parts III and IV are the numbered parts 2 and 3 of II.
 */
import type { Movement } from "../contract";
import { formatDate, formatNumber, quantityText } from "../contract/format";
import type { QuotaLine } from "../domain/quotas";
import { lowerFirst } from "../domain/vietnamese";
import type { FillData } from "./fill";
import { commonFillData, type CommonInput, type GenericContext } from "./generic";

type Allocation = Movement["allocations"][number];
type RecipientKind = Allocation["recipientKind"];

export const recipientNouns: Record<RecipientKind, string> = {
  ca_nhan: "cá nhân",
  tap_the: "tập thể",
  ho_gia_dinh: "hộ gia đình",
};

/** Labels the document needs besides the movement itself. */
export interface MovementLabels {
  unitKind(code: string): string;
  unit(id: string): string;
  category(code: string): string;
}

const lines = (text: string) =>
  text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

/** Officers' lines as bullets: "- …" unless they already start with a mark or a number. */
const bullets = (text: string) =>
  lines(text).map((l) => (/^([-+*•]|\d+[.)]|[a-zđ]\))\s*/i.test(l) ? l : `- ${l}`));

/** "02", "05", "15": quotas are written with two digits in the seeds. */
export const quotaNumber = (n: number) => String(n).padStart(2, "0");

const upperFirst = (s: string) => s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);
const joinVa = (parts: string[]) =>
  parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} và ${parts.at(-1)}`;

/** The trích yếu: "Phát động Đợt thi đua …" (seed 004) from the movement's name. */
export function movementPlanSummary(name: string): string {
  const n = name.trim();
  return /^phát động\b/i.test(n) ? upperFirst(n) : `Phát động ${n}`;
}

/**
 * The quota sentences of one award: lines of the same scope from its allocations (one per
 * recipient kind) are joined, so a commune's 02 individuals and 03 households make one sentence.
 */
export function quotaSentences(allocations: Allocation[], labels: MovementLabels): string[] {
  const scopes = new Map<string, { line: QuotaLine; parts: string[] }>();
  for (const a of allocations) {
    for (const l of a.quotaLines) {
      const key =
        l.scope === "don_vi"
          ? `u:${l.unitId}`
          : l.scope === "loai_don_vi"
            ? `k:${l.unitKind}`
            : "*";
      const entry = scopes.get(key) ?? { line: l, parts: [] };
      entry.parts.push(`${quotaNumber(l.quota)} ${recipientNouns[a.recipientKind]}`);
      scopes.set(key, entry);
    }
  }
  const ordered = [...scopes.values()].sort((a, b) => scopeOrder(a.line) - scopeOrder(b.line));
  const out = ordered.map(({ line, parts }) => {
    const what = joinVa(parts);
    if (line.scope === "loai_don_vi")
      return `- Mỗi ${lowerFirst(labels.unitKind(line.unitKind))} lựa chọn ${what}.`;
    if (line.scope === "don_vi") return `- ${labels.unit(line.unitId)}: ${what}.`;
    return ordered.length > 1
      ? `- Các cơ quan, đơn vị khác mỗi đơn vị lựa chọn ${what}.`
      : `- Mỗi cơ quan, đơn vị lựa chọn ${what}.`;
  });
  const totals = allocations
    .filter((a) => a.totalQuota !== null)
    .map((a) => `${quotaNumber(a.totalQuota!)} ${recipientNouns[a.recipientKind]}`);
  if (totals.length) out.push(`- Tổng số không quá ${joinVa(totals)}.`);
  if (!out.length)
    out.push("- Số lượng: căn cứ thành tích thực tế, không giới hạn số lượng theo đơn vị.");
  return out;
}
const scopeOrder = (l: QuotaLine) => (l.scope === "loai_don_vi" ? 0 : l.scope === "don_vi" ? 1 : 2);

/** "Giấy khen (cá nhân)" → "Giấy khen": the catalogue names one entry per recipient kind. */
export const awardBaseName = (name: string) =>
  name.replace(/\s*\((cá nhân|tập thể|hộ gia đình)\)\s*$/iu, "").trim();

/**
 * Allocations grouped by award form (its catalogue entries for individuals, collectives and
 * households together), in the order the officer entered them.
 */
function byAward(allocations: Allocation[]): Allocation[][] {
  const groups = new Map<string, Allocation[]>();
  for (const a of allocations) {
    const key = awardBaseName(a.awardName);
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  return [...groups.values()];
}

const letters = "abcdefghiklmnopqrstuvxy";

function targetLine(t: Movement["targets"][number]): string {
  const text = t.text.trim().replace(/[.;]+$/, "");
  if (t.number === null) return `- ${text}.`;
  const figure = formatNumber(t.number);
  return text.includes(figure) ? `- ${text}.` : `- ${text}: ${quantityText(t.number, t.unit)}.`;
}

export function deadlineLines(m: Movement, issuingBody: string): string[] {
  const out: string[] = [];
  if (m.registrationDeadline)
    out.push(
      `- Các cơ quan, đơn vị gửi bản đăng ký thi đua về ${issuingBody} trước ngày ${formatDate(m.registrationDeadline)}.`,
    );
  if (m.dossierDeadline)
    out.push(
      `- Các cơ quan, đơn vị bình xét và gửi hồ sơ đề nghị khen thưởng về ${issuingBody} trước ngày ${formatDate(m.dossierDeadline)}.`,
    );
  if (m.reportDeadline)
    out.push(
      `- Các cơ quan, đơn vị gửi báo cáo tổng kết ${lowerFirst(m.name)} về ${issuingBody} trước ngày ${formatDate(m.reportDeadline)}.`,
    );
  return out;
}

export function movementPlanFillData(
  m: Movement,
  labels: MovementLabels,
  input: Omit<CommonInput, "summary" | "legalBasisIds">,
  number: string,
  c: GenericContext,
): FillData {
  const office = c.profile.issuingBody;
  const name = lowerFirst(m.name.trim());

  const purposes = m.purposes.trim()
    ? bullets(m.purposes)
    : [
        `- Động viên các tập thể, cá nhân thi đua thực hiện thắng lợi các mục tiêu, chỉ tiêu của ${name}.`,
        "- Kịp thời phát hiện, biểu dương, khen thưởng và nhân rộng các tập thể, cá nhân có thành tích tiêu biểu.",
      ];
  const requirements = m.requirements.trim()
    ? bullets(m.requirements)
    : [
        "- Phong trào thi đua được triển khai sâu rộng, thiết thực, hiệu quả, phù hợp với tình hình thực tế của từng cơ quan, đơn vị.",
        "- Việc bình xét, khen thưởng bảo đảm công khai, dân chủ, khách quan, đúng tiêu chuẩn và đúng quy định.",
      ];

  // II.1 Nội dung, mục tiêu, thời gian.
  const part1: string[] = ["**1. Nội dung, mục tiêu, thời gian thi đua**"];
  let n = 0;
  const item = (title: string) => `**${letters[n++]}) ${title}**`;
  if (m.theme.trim())
    part1.push(item("Chủ đề thi đua"), `“${m.theme.trim().replace(/^“|”$/g, "")}”.`);
  if (m.slogan.trim())
    part1.push(item("Khẩu hiệu thi đua"), `${m.slogan.trim().replace(/[.]+$/, "")}.`);
  if (m.targets.length)
    part1.push(item("Mục tiêu, chỉ tiêu thi đua"), ...m.targets.map(targetLine));
  part1.push(
    item("Thời gian thi đua"),
    `Từ ngày ${formatDate(m.startDate)} đến hết ngày ${formatDate(m.endDate)}.`,
  );

  // II.2 Đối tượng và tiêu chuẩn khen thưởng.
  const part2: string[] = [
    "**2. Đối tượng và tiêu chuẩn khen thưởng**",
    "**a) Đối tượng thi đua**",
  ];
  const collectives = m.participantUnitKinds.map((k) => lowerFirst(labels.unitKind(k)));
  const people = m.participantCategories.map((k) => lowerFirst(labels.category(k)));
  if (collectives.length) part2.push(`- Tập thể: các ${collectives.join("; các ")}.`);
  if (people.length) part2.push(`- Cá nhân: ${people.join(", ")}.`);
  if (!collectives.length && !people.length)
    part2.push("- Các tập thể, cá nhân thuộc các cơ quan, đơn vị, địa phương tham gia phong trào.");

  const groups = byAward(m.allocations);
  part2.push("**b) Danh hiệu thi đua, hình thức khen thưởng và số lượng**");
  if (!groups.length) {
    part2.push(
      `Căn cứ kết quả phong trào thi đua, ${office} tổng hợp, tham mưu khen thưởng hoặc đề nghị cấp có thẩm quyền khen thưởng các tập thể, cá nhân có thành tích tiêu biểu theo quy định của Luật Thi đua, khen thưởng.`,
    );
  }
  groups.forEach((g, i) => {
    const kinds = g.map((a) => recipientNouns[a.recipientKind]);
    part2.push(`**b.${i + 1}) ${awardBaseName(g[0]!.awardName)}** (${joinVa(kinds)})`);
    part2.push(...quotaSentences(g, labels));
  });
  part2.push("**c) Tiêu chuẩn khen thưởng**");
  part2.push(
    "Các tập thể, cá nhân đề nghị khen thưởng phải gương mẫu chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước" +
      (m.allocations.some((a) => a.criteria.trim()) ? " và đạt các tiêu chuẩn cụ thể sau:" : "."),
  );
  for (const g of groups) {
    for (const a of g) {
      if (!a.criteria.trim()) continue;
      part2.push(`- ${awardBaseName(a.awardName)} (${recipientNouns[a.recipientKind]}):`);
      part2.push(
        ...lines(a.criteria).map((l) =>
          /^[-+*•]\s*/.test(l) ? l.replace(/^[-*•]\s*/, "+ ") : `+ ${l}`,
        ),
      );
    }
  }
  if (groups.some((g) => g.some((a) => !a.criteria.trim())))
    part2.push(
      `- ${groups
        .flat()
        .filter((a) => !a.criteria.trim())
        .map((a) => `${awardBaseName(a.awardName)} (${recipientNouns[a.recipientKind]})`)
        .filter((v, i, all) => all.indexOf(v) === i)
        .join(
          "; ",
        )}: theo tiêu chuẩn quy định tại Luật Thi đua, khen thưởng và các văn bản hướng dẫn thi hành.`,
    );

  // II.3 Hồ sơ, thủ tục, thời hạn.
  const deadlines = deadlineLines(m, office);
  const part3 = [
    "**3. Hồ sơ, thủ tục và thời gian nộp hồ sơ**",
    "**a) Hồ sơ đề nghị khen thưởng**",
    "- Tờ trình đề nghị khen thưởng của cơ quan, đơn vị.",
    "- Biên bản họp xét của Hội đồng Thi đua - Khen thưởng cơ quan, đơn vị (đơn vị không có Hội đồng thì biên bản họp xét của cơ quan, đơn vị).",
    "- Báo cáo tóm tắt thành tích của tập thể, cá nhân đề nghị khen thưởng.",
    "**b) Thời hạn**",
    ...(deadlines.length
      ? deadlines
      : [`- ${office} sẽ thông báo thời hạn nộp hồ sơ, báo cáo bằng văn bản riêng.`]),
  ];

  const organisation = [
    `**1. ${office} (Thường trực ${c.profile.councilName})**`,
    `- Chủ trì, hướng dẫn các cơ quan, đơn vị tổ chức triển khai ${name}; theo dõi, kiểm tra, đôn đốc việc thực hiện Kế hoạch.`,
    "- Tiếp nhận, thẩm định hồ sơ, tham mưu Hội đồng Thi đua - Khen thưởng xét khen thưởng hoặc đề nghị cấp trên khen thưởng theo quy định; tổng hợp kết quả, báo cáo sơ kết, tổng kết.",
    "**2. Các cơ quan, đơn vị, địa phương**",
    "- Xây dựng kế hoạch, tổ chức phát động phong trào thi đua phù hợp với tình hình thực tế của cơ quan, đơn vị, địa phương.",
    "- Tuyên truyền, phát hiện, bồi dưỡng và nhân rộng các điển hình tiên tiến trong phong trào thi đua.",
    "- Tổ chức sơ kết, tổng kết, bình xét và đề nghị khen thưởng đúng số lượng, tiêu chuẩn và thời hạn quy định tại Kế hoạch này.",
    `Trên đây là Kế hoạch ${lowerFirst(movementPlanSummary(m.name))}. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về ${office} để được hướng dẫn, giải quyết.`,
  ];

  return {
    ...commonFillData(
      { ...input, summary: movementPlanSummary(m.name), legalBasisIds: m.legalBasisIds },
      number,
      c,
    ),
    muc_dich_yeu_cau: ["**1. Mục đích**", ...purposes, "**2. Yêu cầu**", ...requirements],
    noi_dung: [...part1, ...part2, ...part3],
    hoat_dong_quy: { columns: [], rows: [] },
    to_chuc_thuc_hien: organisation,
  };
}
