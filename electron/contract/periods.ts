/**
 * Closed date periods as YYYY-MM-DD strings; a null end means "still in force". Shared by the
 * backend (awards, rules, legal bases in force on a date) and the renderer (legal-basis pickers).
 */
export interface Period {
  from: string;
  to: string | null;
}

export function periodsOverlap(a: Period, b: Period): boolean {
  const aEndsBeforeB = a.to !== null && a.to < b.from;
  const bEndsBeforeA = b.to !== null && b.to < a.from;
  return !aEndsBeforeB && !bEndsBeforeA;
}

export function inForce(p: Period, date: string): boolean {
  return p.from <= date && (p.to === null || date <= p.to);
}
