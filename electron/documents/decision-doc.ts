/**
 * The Quyết định khen thưởng (domain notes § "Documents"): "Về việc tặng Giấy khen …"; authority;
 * bases; "Theo đề nghị của …"; Điều 1 the recipients (list attached), Điều 2 the money per
 * recipient, the total in figures and words and the fund, Điều 3 who carries it out; the attached
 * list whose STT is the số sổ vàng. Also the cancelling decision ("Về việc hủy bỏ Quyết định số …").
 */
import type { DecisionRecipient } from "../contract/decisions";
import { defaultFund } from "../contract/format";
import { countPhrase, moneyFigures, type RecipientKind } from "../domain/decision-lines";
import { moneyToWords } from "../domain/money-words";
import { formatDateLine, upperVi } from "../domain/vietnamese";
import type { TableValue } from "./blocks";
import type { FillData } from "./fill";
import { commonFillData, type GenericContext } from "./generic";
import { awardBaseName } from "./movement-plan";

type Line = Pick<
  DecisionRecipient,
  | "lineNo"
  | "recipientKind"
  | "name"
  | "position"
  | "unitName"
  | "awardCode"
  | "awardName"
  | "money"
  | "moneyNote"
>;

export interface DecisionDocInput {
  year: number;
  grouping: "award" | "movement";
  /** The movement's name for a decision per movement. */
  movementName: string;
  /** danh_hieu or hinh_thuc of each award code in the list. */
  awardKinds: Record<string, string>;
  docDate: string;
  /** "" for the default fund of the parent body (defaultFund). */
  fund: string;
  proposal: string;
  /** The issued Tờ trình of the council whose proposals the list holds, cited after "Theo đề nghị". */
  proposals: { number: string; date: string }[];
  executors: string[];
  legalBasisIds: string[];
  noiNhan: string[];
  lines: Line[];
}

const nouns: Record<RecipientKind, string> = {
  ca_nhan: "cá nhân",
  tap_the: "tập thể",
  ho_gia_dinh: "hộ gia đình",
};

/** "Chủ tịch UBND huyện Vĩnh Cửu" from "Ủy ban nhân dân huyện Vĩnh Cửu". */
export function conferrerName(parentBody: string): string {
  return `Chủ tịch ${parentBody.replace(/^ủy ban nhân dân\s+/i, "UBND ")}`;
}

const joinVa = (parts: string[]) =>
  parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} và ${parts.at(-1)}`;

const distinct = (xs: string[]) => [...new Set(xs)];

/** The forms of the list as Điều 1 names them: "Giấy khen", "danh hiệu “Lao động tiên tiến”". */
function formsOf(input: DecisionDocInput): { gifts: string[]; titles: string[] } {
  const gifts: string[] = [];
  const titles: string[] = [];
  for (const l of input.lines) {
    const base = awardBaseName(l.awardName);
    if (input.awardKinds[l.awardCode] === "danh_hieu") titles.push(base);
    else gifts.push(base);
  }
  return { gifts: distinct(gifts), titles: distinct(titles) };
}

/** "các tập thể, cá nhân và hộ gia đình": every kind of recipient the list holds, in that order. */
export function recipientKindsPhrase(lines: Pick<Line, "recipientKind">[]): string {
  const kinds = (["tap_the", "ca_nhan", "ho_gia_dinh"] as const).filter((k) =>
    lines.some((l) => l.recipientKind === k),
  );
  return `các ${joinVa(kinds.map((k) => nouns[k]))}`;
}

/** The trích yếu: the forms, and every kind of recipient in the list. */
export function decisionSummary(input: DecisionDocInput): string {
  const { gifts, titles } = formsOf(input);
  const who = recipientKindsPhrase(input.lines);
  if (input.grouping === "movement" && input.movementName)
    return `Về việc khen thưởng ${who} có thành tích xuất sắc trong ${input.movementName}`;
  if (input.grouping === "movement" || (gifts.length && titles.length))
    return `Về việc khen thưởng ${who} có thành tích xuất sắc năm ${input.year}`;
  if (titles.length && !gifts.length)
    return `Về việc công nhận danh hiệu ${joinVa(titles.map((t) => `“${t}”`))} năm ${input.year}`;
  return `Về việc tặng ${joinVa([...gifts, ...titles])} cho ${who}`;
}

function achievementPhrase(input: DecisionDocInput): string {
  return input.grouping === "movement" && input.movementName
    ? `đã có thành tích xuất sắc trong ${input.movementName}`
    : `đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm ${input.year}`;
}

export function dieu1(input: DecisionDocInput, conferrer: string): string {
  const { gifts, titles } = formsOf(input);
  const who = countPhrase(input.lines);
  const parts: string[] = [];
  if (gifts.length) parts.push(`Tặng ${joinVa(gifts)} của ${conferrer}`);
  if (titles.length)
    parts.push(
      `${parts.length ? "công nhận" : "Công nhận"} danh hiệu ${joinVa(titles.map((t) => `“${t}”`))} năm ${input.year}`,
    );
  return `${parts.join(", ")} cho ${who} ${achievementPhrase(input)} (có danh sách kèm theo).`;
}

/**
 * Điều 2: "Mỗi cá nhân được tặng Giấy khen kèm theo tiền thưởng 702.000 đồng" per kind and form
 * when they all receive the same amount, otherwise "theo danh sách kèm theo"; then the total in
 * figures and words, and the fund.
 */
export function dieu2(lines: Line[], fund: string, awardKinds: Record<string, string>): string {
  const total = lines.reduce((a, l) => a + l.money, 0);
  if (total === 0) return "Hình thức khen thưởng tại Điều 1 không kèm theo tiền thưởng.";
  const groups = new Map<
    string,
    { kind: RecipientKind; form: string; title: boolean; amounts: Set<number> }
  >();
  for (const l of lines) {
    if (l.moneyNote && l.money === 0) continue;
    const key = `${l.recipientKind}|${l.awardCode}`;
    const g = groups.get(key) ?? {
      kind: l.recipientKind,
      form: awardBaseName(l.awardName),
      title: awardKinds[l.awardCode] === "danh_hieu",
      amounts: new Set<number>(),
    };
    g.amounts.add(l.money);
    groups.set(key, g);
  }
  const uniform = [...groups.values()].every((g) => g.amounts.size === 1);
  const sentences: string[] = [];
  if (uniform) {
    const each = [...groups.values()]
      .filter((g) => [...g.amounts][0]! > 0)
      .map(
        (g) =>
          `mỗi ${nouns[g.kind]} ${g.title ? `đạt danh hiệu “${g.form}” được thưởng` : `được tặng ${g.form} kèm theo tiền thưởng`} ${moneyFigures([...g.amounts][0]!)}`,
      );
    const text = each.join("; ");
    sentences.push(`${text.charAt(0).toLocaleUpperCase("vi")}${text.slice(1)}.`);
  } else {
    sentences.push("Tiền thưởng của từng tập thể, cá nhân theo danh sách kèm theo.");
  }
  const unpaid = lines.filter((l) => l.money === 0 && l.moneyNote).length;
  if (unpaid)
    sentences.push(
      `${String(unpaid).padStart(2, "0")} trường hợp không nhận tiền thưởng theo hình thức này (đã nhận tiền thưởng của danh hiệu cao hơn cùng năm), ghi rõ trong danh sách kèm theo.`,
    );
  sentences.push(`Tổng số tiền thưởng: ${moneyFigures(total)} (Bằng chữ: ${moneyToWords(total)}).`);
  const f = fund.trim().replace(/[.;]+$/, "");
  if (f) sentences.push(`Nguồn kinh phí: ${f}.`);
  return sentences.join(" ");
}

export function dieu3(executors: string[], recipientsPhrase: string): string {
  const who = executors.map((e) => e.trim().replace(/[.;,]+$/, "")).filter(Boolean);
  const list = who.length ? who.join(", ") : "";
  return `${list}${list ? " và " : ""}${recipientsPhrase} chịu trách nhiệm thi hành Quyết định này`;
}

/** "Chức vụ, đơn vị" as the list prints it. */
export function positionUnit(l: Pick<Line, "recipientKind" | "position" | "unitName">): string {
  if (l.recipientKind === "tap_the") return l.unitName;
  return [l.position, l.unitName].filter((s) => s.trim()).join(", ");
}

export function recipientTable(lines: Line[], withMoney: boolean): TableValue {
  const columns: TableValue["columns"] = [
    { title: "Số sổ vàng", share: 0.1, align: "center" },
    { title: "Họ và tên / Tên tập thể", share: 0.27 },
    { title: "Chức vụ, đơn vị", share: 0.31 },
    { title: "Hình thức", share: 0.14 },
  ];
  if (withMoney) columns.push({ title: "Tiền thưởng (đồng)", share: 0.18, align: "right" });
  const rows = lines.map((l) => {
    const row = [String(l.lineNo), l.name, positionUnit(l), awardBaseName(l.awardName)];
    if (withMoney)
      row.push(
        l.money
          ? moneyFigures(l.money).replace(/ đồng$/, "")
          : l.moneyNote
            ? "Không (xem Điều 2)"
            : "",
      );
    return row;
  });
  if (withMoney) {
    const total = lines.reduce((a, l) => a + l.money, 0);
    rows.push(["", "Tổng cộng", "", "", moneyFigures(total).replace(/ đồng$/, "")]);
  }
  return { columns, rows };
}

function listTitle(lines: Line[], verb: string): string {
  const kinds = (["tap_the", "ca_nhan", "ho_gia_dinh"] as const).filter((k) =>
    lines.some((l) => l.recipientKind === k),
  );
  return upperVi(`Danh sách ${joinVa(kinds.map((k) => nouns[k]))} ${verb}`);
}

export function decisionFillData(
  input: DecisionDocInput,
  number: string,
  c: GenericContext,
): FillData {
  const conferrer = conferrerName(c.profile.parentBody);
  const summary = decisionSummary(input);
  const { gifts, titles } = formsOf(input);
  const cited = input.proposals
    .map((p) => `Tờ trình số ${p.number} ${formatDateLine(p.date)}`)
    .join(" và ");
  const proposal =
    input.proposal.trim().replace(/[.;]+$/, "") ||
    `Theo đề nghị của ${c.profile.issuingBody} (Cơ quan Thường trực ${c.profile.councilName})${cited ? ` tại ${cited}` : ""}`;
  const common = commonFillData(
    {
      docDate: input.docDate,
      summary,
      legalBasisIds: input.legalBasisIds,
      noiNhan: input.noiNhan.length ? input.noiNhan : ["Như Điều 3"],
      basesFollowedBy: "de_nghi",
    },
    number,
    c,
  );
  const verb =
    gifts.length && titles.length
      ? "được khen thưởng"
      : gifts.length
        ? `được tặng ${joinVa(gifts)}`
        : `được công nhận danh hiệu ${joinVa(titles.map((t) => `“${t}”`))}`;
  return {
    ...common,
    tham_quyen: upperVi(`Chủ tịch ${c.profile.parentBody}`),
    de_nghi: `${proposal}.`,
    dieu_1: dieu1(input, conferrer),
    dieu_2: dieu2(
      input.lines,
      input.fund.trim() || defaultFund(c.profile.parentBody),
      input.awardKinds,
    ),
    dieu_3: dieu3(
      input.executors.length
        ? input.executors
        : [
            `Chánh Văn phòng ${c.profile.parentBody}`,
            `Thủ trưởng ${c.profile.issuingBody}`,
            "Thủ trưởng các cơ quan, đơn vị có liên quan",
          ],
      `${recipientKindsPhrase(input.lines)} có tên tại Điều 1`,
    ),
    tieu_de_danh_sach: listTitle(input.lines, verb),
    kem_theo: `(Kèm theo Quyết định số ${number} ${formatDateLine(input.docDate)} của ${conferrer})`,
    danh_sach: recipientTable(input.lines, true),
  };
}

export interface CancelDocInput {
  docDate: string;
  /** The cancelled decision. */
  cancelled: { number: string; date: string; summary: string };
  reason: string;
  executors: string[];
  legalBasisIds: string[];
  noiNhan: string[];
  lines: Line[];
}

/** The cancelling decision: "Về việc hủy bỏ Quyết định số … ngày … của Chủ tịch UBND …". */
export function cancelFillData(input: CancelDocInput, number: string, c: GenericContext): FillData {
  const conferrer = conferrerName(c.profile.parentBody);
  const cancelled = `Quyết định số ${input.cancelled.number} ngày ${formatDateLine(input.cancelled.date).replace(/^ngày /, "")} của ${conferrer}`;
  const summaryOf = input.cancelled.summary.replace(/^về việc\s+/i, "").trim();
  const common = commonFillData(
    {
      docDate: input.docDate,
      summary: `Về việc hủy bỏ ${cancelled}`,
      legalBasisIds: input.legalBasisIds,
      noiNhan: input.noiNhan.length ? input.noiNhan : ["Như Điều 3"],
      basesFollowedBy: "de_nghi",
    },
    number,
    c,
  );
  const total = input.lines.reduce((a, l) => a + l.money, 0);
  return {
    ...common,
    tham_quyen: upperVi(`Chủ tịch ${c.profile.parentBody}`),
    de_nghi: `Theo đề nghị của ${c.profile.issuingBody} (Cơ quan Thường trực ${c.profile.councilName}).`,
    dieu_1: `Hủy bỏ ${cancelled} về việc ${summaryOf}. Lý do: ${input.reason.trim().replace(/[.;]+$/, "")}.`,
    dieu_2:
      total > 0
        ? `Các tập thể, cá nhân có tên trong danh sách kèm theo không còn được công nhận hình thức khen thưởng nêu tại Quyết định bị hủy bỏ; thu hồi tiền thưởng đã chi (nếu có), tổng số ${moneyFigures(total)} (Bằng chữ: ${moneyToWords(total)}), nộp vào nguồn kinh phí đã chi.`
        : "Các tập thể, cá nhân có tên trong danh sách kèm theo không còn được công nhận hình thức khen thưởng nêu tại Quyết định bị hủy bỏ.",
    dieu_3: dieu3(
      input.executors.length
        ? input.executors
        : [
            `Chánh Văn phòng ${c.profile.parentBody}`,
            `Thủ trưởng ${c.profile.issuingBody}`,
            "Thủ trưởng các cơ quan, đơn vị có liên quan",
          ],
      "các tập thể, cá nhân có tên trong danh sách kèm theo",
    ),
    tieu_de_danh_sach: listTitle(input.lines, "bị hủy bỏ khen thưởng"),
    kem_theo: `(Kèm theo Quyết định số ${number} ${formatDateLine(input.docDate)} của ${conferrer})`,
    danh_sach: recipientTable(input.lines, true),
  };
}
