/**
 * Display formats shared by the backend and the renderer (the contract is the only part of
 * electron/ the renderer may import): dates dd/mm/yyyy, numbers 1.500.000 and 0,3.
 */

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
