import { upperVi } from "./vietnamese";

export interface SignerLike {
  position: string;
  authority: string;
  authorityOf: string;
  onBehalfOf: string;
}

/**
 * The capitalised lines above a signature, e.g. ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
 * "PHÓ CHỦ TỊCH"] (seed 002) or ["TRƯỞNG PHÒNG"].
 */
export function signatureLines(s: SignerLike): string[] {
  const lines: string[] = [];
  if (s.onBehalfOf.trim()) lines.push(`TM. ${upperVi(s.onBehalfOf.trim())}`);
  if (s.authority && s.authorityOf.trim()) lines.push(`${s.authority} ${upperVi(s.authorityOf.trim())}`);
  lines.push(upperVi(s.position.trim()));
  return lines;
}
