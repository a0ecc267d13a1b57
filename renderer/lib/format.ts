import { formatNumber } from "../../electron/contract";

export { formatDate, formatDateTime, formatNumber } from "../../electron/contract";

export function formatMoney(value: number): string {
  return `${formatNumber(value)} đồng`;
}

/** A file size as officers read it: "820 KB", "12,5 MB". */
export function sizeLabel(bytes: number) {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1).replace(".", ",")} MB`
    : `${Math.ceil(bytes / 1024)} KB`;
}
