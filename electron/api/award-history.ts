import {
  awardHistoryOf,
  historyRecipient,
  type AwardHistorySql,
  type HistoryRecipientKind,
} from "../../db/queries/awards";
import { awardCatalogueOn } from "../../db/queries/catalogue";
import { signersBySortOrder } from "../../db/queries/signers";
import { writeFileAtomic } from "../atomic-write";
import type { ParsedInputOf } from "../contract";
import { formatDate, householdName, signatureLines } from "../contract/format";
import { asciiFileName } from "../contract/text";
import {
  awardLevelLabels,
  awardLevelOf,
  awardTypeLabels,
  recipientCategoryLabels,
  recipientKindLabels,
} from "../contract/vocabulary";
import {
  awardHistoryDocx,
  type AwardHistoryLine,
  type AwardHistorySheet,
} from "../documents/award-history";
import { requireProfile } from "../documents/register";
import { formatDateLine, isoDateOf, upperVi } from "../domain/vietnamese";
import { awardHistoryXlsx } from "../exchange/award-history-xlsx";
import { freeExportFile } from "../paths";
import type { AppContext } from "./context";
import { invalid, notFound } from "./errors";

/**
 * The award history sheet (Quá trình khen thưởng) of one person, collective or household:
 * the registry's lines read, each given its level from the catalogue (the version in force on
 * the decision date), and written as .xlsx or .docx into the exports folder.
 */

type Input = ParsedInputOf<"awards.historySheet">;

const UNCLASSIFIED = "Chưa phân loại";

function recipientOf(input: Input): { kind: HistoryRecipientKind; id: string } {
  if (input.personId) return { kind: "person", id: input.personId };
  if (input.unitId) return { kind: "unit", id: input.unitId };
  return { kind: "household", id: input.householdId! };
}

const missing: Record<HistoryRecipientKind, string> = {
  person: "Không tìm thấy cá nhân này trong danh bạ (có thể đã bị xóa).",
  unit: "Không tìm thấy đơn vị này trong danh bạ (có thể đã bị xóa).",
  household: "Không tìm thấy hộ gia đình này trong danh bạ (có thể đã bị xóa).",
};

/** "Đã hủy bởi QĐ số 130/QĐ-UBND ngày 01/03/2025". */
export function cancelledNote(r: Pick<AwardHistorySql, "cancelled_by" | "cancelled_on">) {
  if (!r.cancelled_by) return null;
  return `Đã hủy bởi QĐ số ${r.cancelled_by}${r.cancelled_on ? ` ngày ${formatDate(r.cancelled_on)}` : ""}`;
}

/** "Lao động tiên tiến (năm 2023)": the year the award is for, unless the name says it. */
const awardWithYear = (name: string, year: number) =>
  name.includes(String(year)) ? name : `${name} (năm ${year})`;

function workOf(
  kind: HistoryRecipientKind,
  r: AwardHistorySql,
  now: { position: string; unit_name: string },
) {
  if (kind === "unit") return now.unit_name ? `Trực thuộc ${now.unit_name}` : "";
  const position = kind === "person" ? r.position_then || now.position : "";
  return [position, r.unit_name || now.unit_name].filter(Boolean).join(", ");
}

export async function writeAwardHistory(ctx: AppContext, input: Input) {
  const { kind, id } = recipientOf(input);
  const who = historyRecipient(ctx.db, kind, id);
  if (!who) throw notFound(missing[kind]);
  const shownName = kind === "household" ? householdName(who.name, who.gender) : who.name;
  const records = awardHistoryOf(ctx.db, kind, id);
  if (!records.length)
    throw invalid(
      `${shownName} chưa có khen thưởng nào trong sổ khen thưởng nên không có quá trình khen thưởng để in. Hãy ghi các khen thưởng đã nhận vào Sổ khen thưởng trước.`,
    );
  const profile = requireProfile(ctx);
  const catalogue = awardCatalogueOn(ctx.db);
  const lines: AwardHistoryLine[] = records.map((r) => {
    const group = catalogue.on(r.award_code, r.decision_date ?? `${r.year}-12-31`)?.statGroup;
    return {
      decisionNumber: r.decision_number,
      decisionDate: r.decision_date ? formatDate(r.decision_date) : "",
      level: group ? awardLevelLabels[awardLevelOf(group)] : UNCLASSIFIED,
      name: r.recipient_name,
      category: r.recipient_category
        ? recipientCategoryLabels[r.recipient_category]
        : recipientKindLabels[r.recipient_kind],
      work: workOf(kind, r, who),
      awardType: r.award_type ? awardTypeLabels[r.award_type] : "",
      award: awardWithYear(r.award_name, r.year),
      cancelled: cancelledNote(r),
    };
  });
  const today = isoDateOf(ctx.clock.now());
  const cancelled = lines.filter((l) => l.cancelled).length;
  const titled =
    kind === "person" && who.gender
      ? `${who.gender === "nu" ? "bà" : "ông"} ${who.name}`
      : shownName;
  const now = kind === "person" ? [who.position, who.unit_name].filter(Boolean).join(", ") : "";
  const current = now
    ? `Chức vụ, đơn vị công tác hiện nay: ${now}`
    : who.unit_name && kind !== "person"
      ? `${kind === "unit" ? "Trực thuộc" : "Đơn vị:"} ${who.unit_name}`
      : "";
  const signers = signersBySortOrder(ctx.db);
  const signer = signers.find((s) => s.isDefault) ?? signers[0];
  const sheet: AwardHistorySheet = {
    parentBody: profile.parentBody,
    issuingBody: profile.issuingBody,
    title: upperVi(`Quá trình khen thưởng của ${titled}`),
    subtitle: [
      ...(current ? [current] : []),
      `(Theo sổ khen thưởng đến ngày ${formatDate(today)}: ${lines.length} lượt khen thưởng${cancelled ? `, trong đó ${cancelled} lượt đã bị hủy` : ""})`,
    ],
    nameHeader:
      kind === "person"
        ? "Họ và tên"
        : kind === "unit"
          ? "Tên cơ quan, tập thể"
          : recipientKindLabels.ho_gia_dinh,
    lines,
    placeDate: `${profile.placeName}, ${formatDateLine(today)}`,
    signerLines: signer ? signatureLines(signer) : [],
    signerName: signer?.fullName ?? "",
  };
  const bytes =
    input.format === "docx" ? await awardHistoryDocx(sheet) : await awardHistoryXlsx(sheet);
  const { file, fileName } = freeExportFile(
    ctx.paths,
    asciiFileName(`Qua-trinh-khen-thuong-${shownName}`),
    input.format,
  );
  writeFileAtomic(file, bytes);
  return { path: file, fileName };
}
