/**
 * Document numbers (Nghị định 30/2020): "Số: 12/TTr-PNV" = sequence / type - issuer; công văn
 * have no type: "25/PNV". Sequences are per issuer, per type, per year and restart at 01.
 */

/** "TTr-PNV", or "PNV" for a công văn. */
export function documentSymbol(typeCode: string, issuer: string): string {
  return typeCode ? `${typeCode}-${issuer}` : issuer;
}

/** 5 → "05", 123 → "123"; a draft (null) shows "…". */
export function formatSequence(seq: number | null): string {
  return seq === null ? "…" : String(seq).padStart(2, "0");
}

/** "" for a document the office does not number (a nominee's Báo cáo thành tích). */
export function documentNumber(seq: number | null, typeCode: string, issuer: string): string {
  if (!typeCode && !issuer) return "";
  return `${formatSequence(seq)}/${documentSymbol(typeCode, issuer)}`;
}

/** The next number of a series: one after the highest used, 1 for a fresh year. */
export function nextSequence(used: number[]): number {
  return used.reduce((m, s) => Math.max(m, s), 0) + 1;
}

/** The numbers an override would skip: unused numbers below `seq` above zero. */
export function sequenceGaps(used: number[], seq: number): number[] {
  const taken = new Set(used);
  const gaps: number[] = [];
  for (let n = 1; n < seq; n++) if (!taken.has(n)) gaps.push(n);
  return gaps;
}

/** "01, 02 và 04" — gap lists in warnings, shortened when long. */
export function describeSequences(seqs: number[], max = 10): string {
  const shown = seqs.slice(0, max).map((s) => formatSequence(s));
  const more = seqs.length > max ? ` và ${seqs.length - max} số khác` : "";
  if (shown.length <= 1 || more) return shown.join(", ") + more;
  return `${shown.slice(0, -1).join(", ")} và ${shown[shown.length - 1]}`;
}
