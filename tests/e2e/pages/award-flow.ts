import type { Page } from "@playwright/test";
import { api } from "./api";

/** "Nguyễn Văn Đức" → "nguyen van duc", as an officer types without tone marks. */
export const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase();

export interface Nominee {
  id: string;
  fullName: string;
  birthYear: number | null;
}

type Level = "ok" | "warning" | "blocking";
interface Check {
  level: Level;
  results: { level: Level; ruleCode: string; message: string }[];
}

/**
 * Three people working directly at the commune, each with a name no one else there has, whose
 * only open question for Lao động tiên tiến this year is the year's rating (not entered yet):
 * no discipline, no award yet. Returns them in the order green, warning, failing.
 */
export async function pickNominees(page: Page, communeName: string, year: number) {
  const units = await api<{ id: string; name: string }[]>(page, "directory.listUnits", {});
  const commune = units.find((u) => u.name === communeName);
  if (!commune) throw new Error(`demo has no ${communeName}`);
  const people = await api<{ rows: Nominee[] }>(page, "directory.listPeople", {
    unitId: commune.id,
    withSubUnits: false,
    pageSize: 200,
  });
  const count = new Map<string, number>();
  for (const p of people.rows) count.set(fold(p.fullName), (count.get(fold(p.fullName)) ?? 0) + 1);
  const unique = people.rows.filter((p) => count.get(fold(p.fullName)) === 1);
  const check = (list: Nominee[]) =>
    api<Check[]>(page, "awards.checkEligibility", {
      nominations: list.map((p) => ({
        nominee: { kind: "ca_nhan", id: p.id, name: p.fullName },
        awardCode: "LDTT",
        year,
      })),
    });
  const checks = await check(unique);
  const clean = unique.filter((_, i) => {
    const c = checks[i]!;
    return c.level === "warning" && c.results.filter((r) => r.level !== "ok").length === 1;
  });
  if (clean.length < 3) throw new Error(`only ${clean.length} suitable people in ${communeName}`);
  const [green, warned, failing] = clean.slice(0, 3) as [Nominee, Nominee, Nominee];
  return { commune, green, warned, failing, check };
}

/**
 * The year's ratings the commune sent earlier, as the officer would have typed them in the
 * ratings grid: only the rows given are written, the unit's own rating is kept.
 */
export async function enterRatings(
  page: Page,
  unitId: string,
  year: number,
  rows: { personId: string; rating: "htxs" | "ht_tot" | "ht" | "kht" }[],
) {
  const grid = await api<{ unitRating: string | null }>(page, "directory.getRatingsGrid", {
    unitId,
    year,
  });
  await api(page, "directory.saveRatingsGrid", {
    unitId,
    year,
    unitRating: grid.unitRating,
    rows: rows.map((r) => ({ ...r, note: "" })),
  });
}

/** dd/mm/yyyy of today, as the date fields take it. */
export function todayVn() {
  const d = new Date();
  return `${String(d.getDate()).padStart(2, "0")}/${String(d.getMonth() + 1).padStart(2, "0")}/${d.getFullYear()}`;
}
