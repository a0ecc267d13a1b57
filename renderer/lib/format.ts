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

/** A file size as officers read it: "820 KB", "12,5 MB". */
export function sizeLabel(bytes: number) {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1).replace(".", ",")} MB`
    : `${Math.ceil(bytes / 1024)} KB`;
}
