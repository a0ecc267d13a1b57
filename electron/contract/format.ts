/**
 * Display formats shared by the backend and the renderer (the contract is the only part of
 * electron/ the renderer may import): dates dd/mm/yyyy, numbers 1.500.000 and 0,3, households.
 */
import { foldVietnamese, readableFileName } from "./text";
import {
  documentTemplateNames,
  recipientKindLabels,
  type DocumentState,
  type DocumentTemplateId,
  type RecipientKind,
} from "./vocabulary";

/** "2025-02-05" → "05/02/2025". */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "";
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

/** 1500000 → "1.500.000"; 0.3 → "0,3". */
export function formatNumber(value: number): string {
  const [int, frac] = String(Math.abs(value)).split(".");
  const grouped = (int ?? "0").replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${value < 0 ? "-" : ""}${grouped}${frac ? `,${frac}` : ""}`;
}

export interface SignerLines {
  position: string;
  authority?: string;
  authorityOf?: string;
  onBehalfOf?: string;
}

/**
 * The capitalised lines above a signature, e.g. ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
 * "PHÓ CHỦ TỊCH"] (seed 002) or ["TRƯỞNG PHÒNG"].
 */
export function signatureLines(s: SignerLines): string[] {
  const up = (t: string) => t.trim().normalize("NFC").toLocaleUpperCase("vi");
  const lines: string[] = [];
  if (s.onBehalfOf?.trim()) lines.push(`TM. ${up(s.onBehalfOf)}`);
  if (s.authority && s.authorityOf?.trim()) lines.push(`${s.authority} ${up(s.authorityOf)}`);
  lines.push(up(s.position));
  return lines;
}

/**
 * A share as printed in Vietnamese, e.g. formatPercent(2, 3) → "66,67%" and
 * formatPercent(0.155, 1, 1) → "15,5%": numerator over denominator, rounded to `decimals`
 * places, decimal comma, no space before "%". A zero denominator gives "".
 */
export function formatPercent(numerator: number, denominator = 1, decimals = 2): string {
  if (denominator === 0) return "";
  const scale = 10 ** decimals;
  const pct = Math.round((numerator * 100 * scale) / denominator) / scale;
  return `${String(pct).replace(".", ",")}%`;
}

/**
 * A household as every document and screen names it: "Hộ ông Nguyễn Văn An", "Hộ bà Lê Thị Hoa";
 * "Hộ ông (bà) …" while the head's gender has not been entered.
 */
export function householdName(headName: string, headGender: string | null | undefined): string {
  const title = headGender === "nam" ? "ông" : headGender === "nu" ? "bà" : "ông (bà)";
  return `Hộ ${title} ${headName.trim()}`;
}

const ADMINISTRATIVE_PREFIX =
  /^(ấp|thôn|bản|buôn|làng|khu phố|tổ dân phố|xã|phường|thị trấn|thị xã|huyện|quận|thành phố|tỉnh)\s/i;

/**
 * A household's address as printed: what was typed, then its unit and the unit's parent (the thôn
 * or ấp and the xã) unless the address already names them ("Tổ 3" in Ấp 1 of UBND xã Thạnh Phú →
 * "Tổ 3, ấp 1, xã Thạnh Phú").
 */
export function householdAddress(address: string | null, ...units: (string | null)[]): string {
  const parts = [(address ?? "").trim().replace(/[,.;]+$/, "")].filter(Boolean);
  for (const unit of units) {
    const place = (unit ?? "")
      .trim()
      .replace(/^(ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+/i, "")
      .replace(ADMINISTRATIVE_PREFIX, (w) => w.toLocaleLowerCase("vi"));
    if (place && !foldVietnamese(parts.join(", ")).includes(foldVietnamese(place)))
      parts.push(place);
  }
  return parts.join(", ");
}

/** A household in a picker or a list: "Hộ bà Lê Thị Hoa – Ấp 3, xã Tân An". */
export function householdLine(h: {
  headName: string;
  headGender: string;
  address: string;
  unitName: string;
}): string {
  return [householdName(h.headName, h.headGender), householdAddress(h.address, h.unitName)]
    .filter(Boolean)
    .join(" – ");
}

/**
 * The fund a khen thưởng decision pays from when the officer names none: the parent body's
 * ("Ủy ban nhân dân huyện Vĩnh Cửu" → "Quỹ thi đua, khen thưởng huyện Vĩnh Cửu").
 */
export function defaultFund(parentBody: string): string {
  const place = parentBody.trim().replace(/^(ủy ban nhân dân|uỷ ban nhân dân|ubnd)\s+/i, "");
  return `Quỹ thi đua, khen thưởng ${place}`;
}

/**
 * A signer in a picker, with the lines the document will print ("Trần Văn Hùng – TM. ỦY BAN NHÂN
 * DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"): those lines also decide whose header and number it bears.
 */
export function signerLabel(s: SignerLines & { fullName: string }): string {
  return `${s.fullName} – ${signatureLines(s).join(" / ")}`;
}

/**
 * A target's figure with its unit as written in Vietnamese: "100%" (no space before "%"), "5 lớp",
 * "1.500 người", "2,5 tỷ đồng".
 */
export function quantityText(value: number, unit: string): string {
  const u = unit.trim();
  return `${formatNumber(value)}${!u ? "" : u === "%" ? "%" : ` ${u}`}`;
}

/**
 * An award as the officer reads it in a list of every recipient kind: its name, with the kind only
 * when the name does not already say it ("Lao động tiên tiến (cá nhân)", "Giấy khen (cá nhân)").
 */
export function awardLabel(a: { name: string; recipientKind: RecipientKind }): string {
  const kind = recipientKindLabels[a.recipientKind].toLowerCase();
  return foldVietnamese(a.name).includes(foldVietnamese(kind)) ? a.name : `${a.name} (${kind})`;
}

/**
 * The name a register document is downloaded under, as an officer would file it: its kind and
 * trích yếu, then its number ("Ke hoach cong tac TDKT nam 2026 - 01-KH-PNV.docx"), or "Du thao"
 * for a draft; "thi đua, khen thưởng" is shortened to TĐKT as offices write it. ASCII only.
 */
export function documentFileName(
  doc: { templateId: DocumentTemplateId; summary: string; number: string; state: DocumentState },
  ext: string,
): string {
  const kind = documentTemplateNames[doc.templateId] ?? "";
  const summary = doc.summary
    .replace(/thi đua\s*[,–-]?\s*khen thưởng/giu, "TĐKT")
    .replace(/\s+/g, " ")
    .trim();
  // "Báo cáo thành tích …" already says its kind; "Công tác TĐKT năm 2026" does not.
  const kindStart = foldVietnamese(kind).split(" ").slice(0, 2).join(" ");
  const first = summary.split(" ")[0] ?? "";
  const title = foldVietnamese(summary).startsWith(kindStart)
    ? summary
    : `${kind} ${first === first.toUpperCase() ? summary : summary.charAt(0).toLowerCase() + summary.slice(1)}`;
  const number = doc.state === "du_thao" || !doc.number ? "Du thao" : doc.number;
  return `${readableFileName(title, "Van ban", 100)} - ${readableFileName(number)}.${ext.replace(/^\./, "")}`;
}

/** "05/03/2025 14:07" (":09" more with seconds), on this machine's clock. */
export function formatDateTime(epochMs: number, seconds = false): string {
  const d = new Date(epochMs);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}${seconds ? `:${p(d.getSeconds())}` : ""}`;
}
