// The year a rating (xếp loại) is for: the form and the import ask the same question here.

/** A rating is given for a year that has happened: not before 1945, not after this one. */
export function ratingYearProblem(year: number, now: number): string | null {
  const thisYear = new Date(now).getFullYear();
  if (!Number.isInteger(year) || year < 1945) return `Năm đánh giá “${year}” không hợp lệ`;
  if (year > thisYear) return `Năm đánh giá ${year} chưa tới (năm nay là ${thisYear})`;
  return null;
}
