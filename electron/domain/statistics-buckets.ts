/**
 * The buckets the statistical forms count in (biểu 0601 and 0605), each decided here once so the
 * edges are explicit: the printed labels overlap ("từ 5 đến 10 năm", "từ 10 năm trở lên").
 */

/** Whole months from `from` to the day after `to` (an inclusive date range), and leftover days. */
function monthsBetween(from: string, to: string): { months: number; days: number } {
  const [y1, m1, d1] = from.split("-").map(Number) as [number, number, number];
  const end = new Date(`${to}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + 1);
  const y2 = end.getUTCFullYear();
  const m2 = end.getUTCMonth() + 1;
  const d2 = end.getUTCDate();
  let months = (y2 - y1) * 12 + (m2 - m1);
  let days = d2 - d1;
  if (days < 0) {
    months -= 1;
    days += 31;
  }
  return { months, days };
}

export type DurationBucket = "duoi_1" | "mot_nam" | "1_3" | "3_5" | "tu_5";

/**
 * Thời hạn thi đua of a movement running from `start` to `end` (both days included): exactly
 * twelve months is "1 năm"; longer, up to but not including 36 months, "từ 1 năm đến dưới 3 năm";
 * exactly 3 years starts "từ 3 năm đến dưới 5 năm"; exactly 5 years starts "từ 5 năm trở lên".
 */
export function durationBucket(start: string, end: string): DurationBucket {
  const { months, days } = monthsBetween(start, end);
  if (months < 12) return "duoi_1";
  if (months === 12 && days === 0) return "mot_nam";
  if (months < 36) return "1_3";
  if (months < 60) return "3_5";
  return "tu_5";
}

export type AgeBucket = "den_30" | "31_40" | "41_50" | "51_55" | "56_60" | "tren_60";

/** Độ tuổi in the report year (the year minus the birth year): 30 is "từ 30 trở xuống", 60 "56–60". */
export function ageBucket(age: number): AgeBucket {
  if (age <= 30) return "den_30";
  if (age <= 40) return "31_40";
  if (age <= 50) return "41_50";
  if (age <= 55) return "51_55";
  if (age <= 60) return "56_60";
  return "tren_60";
}

export type SeniorityBucket = "duoi_5" | "5_10" | "tu_10";

/**
 * Thâm niên in TĐKT work, in whole years (the report year minus the year they began): exactly 10
 * years counts in "từ 10 năm trở lên", not in "từ 5 đến 10 năm".
 */
export function seniorityBucket(years: number): SeniorityBucket {
  if (years < 5) return "duoi_5";
  if (years < 10) return "5_10";
  return "tu_10";
}
