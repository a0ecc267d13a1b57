import { formatNumber } from "../../electron/contract";

export { formatDate, formatNumber } from "../../electron/contract";

export function formatMoney(value: number): string {
  return `${formatNumber(value)} đồng`;
}

export function formatDateTime(epochMs: number): string {
  const d = new Date(epochMs);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
