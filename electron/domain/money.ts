export interface RoundingRule {
  step: number;
  mode: "up" | "nearest" | "down";
}

export function roundMoney(amount: number, rule: RoundingRule): number {
  const units = amount / rule.step;
  // Guard against float noise such as 702000.0000000001 being rounded up a whole step.
  const cleaned = Math.round(units * 1e6) / 1e6;
  const fn = rule.mode === "up" ? Math.ceil : rule.mode === "down" ? Math.floor : Math.round;
  return fn(cleaned) * rule.step;
}

/** The base salary in force on a date: the row with the latest effectiveFrom not after it. */
export function baseSalaryOn<T extends { effectiveFrom: string }>(
  rows: T[],
  date: string,
): T | null {
  let best: T | null = null;
  for (const r of rows)
    if (r.effectiveFrom <= date && (!best || r.effectiveFrom > best.effectiveFrom)) best = r;
  return best;
}

/** Award money = coefficient × base salary, rounded by the office's rule. */
export function awardMoney(coefficient: number, baseSalary: number, rule: RoundingRule): number {
  return roundMoney(coefficient * baseSalary, rule);
}
