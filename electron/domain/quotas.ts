/**
 * Quotas of a movement's award allocation (seed 004): a total ("không quá 03 người"), and per-unit
 * numbers given for every unit, for a kind of unit ("mỗi xã, thị trấn 02 cá nhân") or for one unit
 * ("Trung tâm Y tế: 05 cá nhân"). The most specific line applies to a unit.
 */

export type QuotaLine =
  | { scope: "moi_don_vi"; quota: number }
  | { scope: "loai_don_vi"; unitKind: string; quota: number }
  | { scope: "don_vi"; unitId: string; quota: number };

/** The number a unit may propose, or null when no line limits it. */
export function quotaForUnit(
  lines: QuotaLine[],
  unit: { id: string; kind: string },
): number | null {
  const own = lines.find((l) => l.scope === "don_vi" && l.unitId === unit.id);
  if (own) return own.quota;
  const ofKind = lines.find((l) => l.scope === "loai_don_vi" && l.unitKind === unit.kind);
  if (ofKind) return ofKind.quota;
  return lines.find((l) => l.scope === "moi_don_vi")?.quota ?? null;
}

/** Problems with a set of quota lines (duplicates, non-positive numbers), in Vietnamese. */
export function quotaLineProblems(
  lines: QuotaLine[],
  labels: { unitKind(k: string): string; unit(id: string): string },
): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const l of lines) {
    const key =
      l.scope === "don_vi"
        ? `u:${l.unitId}`
        : l.scope === "loai_don_vi"
          ? `k:${l.unitKind}`
          : "all";
    const what =
      l.scope === "don_vi"
        ? labels.unit(l.unitId)
        : l.scope === "loai_don_vi"
          ? `mỗi ${labels.unitKind(l.unitKind).toLowerCase()}`
          : "mỗi đơn vị";
    if (seen.has(key)) problems.push(`Chỉ tiêu cho ${what} được nhập hai lần.`);
    seen.add(key);
    if (!Number.isInteger(l.quota) || l.quota < 1)
      problems.push(`Chỉ tiêu cho ${what} phải là số nguyên từ 1 trở lên.`);
  }
  return problems;
}

/** Units over their quota given the count proposed per unit, with the quota each exceeded. */
export function overQuota(
  lines: QuotaLine[],
  proposed: { unit: { id: string; kind: string }; count: number }[],
): { unitId: string; count: number; quota: number }[] {
  const out = [];
  for (const p of proposed) {
    const quota = quotaForUnit(lines, p.unit);
    if (quota !== null && p.count > quota) out.push({ unitId: p.unit.id, count: p.count, quota });
  }
  return out;
}
