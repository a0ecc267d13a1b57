/**
 * Dates of the year's plan: quarters, overdue status, moving a plan to the next year, and the
 * days an officer should review (weekends, the Tết holiday). Pure functions, dates as YYYY-MM-DD.
 */

export type Quarter = 1 | 2 | 3 | 4;
export type ActivityStatus = "chua_bat_dau" | "dang_lam" | "hoan_thanh";
export type ShownStatus = ActivityStatus | "qua_han";

export function quarterOf(date: string): Quarter {
  return (Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1) as Quarter;
}

export function quarterRange(year: number, quarter: Quarter): { from: string; to: string } {
  const firstMonth = (quarter - 1) * 3 + 1;
  const lastMonth = firstMonth + 2;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  const p = (n: number) => String(n).padStart(2, "0");
  return { from: `${year}-${p(firstMonth)}-01`, to: `${year}-${p(lastMonth)}-${p(lastDay)}` };
}

/**
 * Overdue is computed, never typed: an activity not done whose due date (or, without one, the
 * end of its quarter) is before today.
 */
export function shownStatus(
  a: { status: ActivityStatus; dueDate: string | null; quarter: Quarter | null },
  year: number,
  today: string,
): ShownStatus {
  if (a.status === "hoan_thanh") return "hoan_thanh";
  const deadline = a.dueDate ?? (a.quarter ? quarterRange(year, a.quarter).to : null);
  return deadline !== null && deadline < today ? "qua_han" : a.status;
}

/** The same day a year later; 29 February becomes 28 February. */
export function shiftYear(date: string, years = 1): string {
  const y = Number(date.slice(0, 4)) + years;
  const md = date.slice(5);
  const isLeap = (n: number) => (n % 4 === 0 && n % 100 !== 0) || n % 400 === 0;
  return `${y}-${md === "02-29" && !isLeap(y) ? "02-28" : md}`;
}

/**
 * Mùng 1 Tết (lunar new year's day, Vietnam time) by year. Data rather than an algorithm: the
 * lunar calendar is published, and officers can trust a table they can check.
 */
export const tetDays: Record<number, string> = {
  2015: "2015-02-19",
  2016: "2016-02-08",
  2017: "2017-01-28",
  2018: "2018-02-16",
  2019: "2019-02-05",
  2020: "2020-01-25",
  2021: "2021-02-12",
  2022: "2022-02-01",
  2023: "2023-01-22",
  2024: "2024-02-10",
  2025: "2025-01-29",
  2026: "2026-02-17",
  2027: "2027-02-06",
  2028: "2028-01-26",
  2029: "2029-02-13",
  2030: "2030-02-03",
  2031: "2031-01-23",
  2032: "2032-02-11",
  2033: "2033-01-31",
  2034: "2034-02-19",
  2035: "2035-02-08",
};

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The offices' Tết break, taken as from 29 tháng Chạp (two days before) to mùng 5. */
export function tetHoliday(year: number): { from: string; to: string } | null {
  const tet = tetDays[year];
  return tet ? { from: addDays(tet, -2), to: addDays(tet, 4) } : null;
}

export type DateReview = "cuoi_tuan" | "nghi_tet" | null;

/** Why a date copied into a new year needs the officer's eye, if it does. */
export function dateReview(date: string): DateReview {
  const holiday = tetHoliday(Number(date.slice(0, 4)));
  if (holiday && holiday.from <= date && date <= holiday.to) return "nghi_tet";
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6 ? "cuoi_tuan" : null;
}

/** "trước ngày 30/3/2020", "30/3", "ngày 05/02/2025" → an ISO date in the given year when missing. */
export function parseDeadline(text: string, year: number): string | null {
  const m = /(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?/.exec(text);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : year];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return null;
  return dt.toISOString().slice(0, 10);
}
