/** Vietnamese text rules shared by search, sorting and documents. Pure functions, no I/O. */
export { formatDate, formatNumber } from "../contract/format";

export function toNfc(text: string): string {
  return text.normalize("NFC");
}

/** Search key and query match: one rule for backend and renderer (electron/contract/text.ts). */
export { foldVietnamese as foldForSearch, matchesFolded as matchesSearch } from "../contract/text";

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });
/** Tells apart what `collator` treats as equal (Anh / Ánh / anh), so a sort never depends on input order. */
const tieBreaker = new Intl.Collator("vi", { sensitivity: "variant", numeric: true });

export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Names sort by given name (the last word), then by the rest from the family name on. */
export function compareVietnameseNames(a: string, b: string): number {
  const split = (name: string) => {
    const words = toNfc(name).trim().split(/\s+/);
    return { given: words[words.length - 1] ?? "", rest: words.slice(0, -1).join(" ") };
  };
  const x = split(a);
  const y = split(b);
  return (
    compareVietnamese(x.given, y.given) ||
    compareVietnamese(x.rest, y.rest) ||
    tieBreaker.compare(x.given, y.given) ||
    tieBreaker.compare(x.rest, y.rest)
  );
}

/** Upper case as printed in headers ("Ủy ban nhân dân" → "ỦY BAN NHÂN DÂN"). */
/** The first letter in lower case, for a name used mid-sentence ("Phong trào …" → "phong trào …"). */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase("vi") + text.slice(1);
}

export function upperVi(text: string): string {
  return toNfc(text).toLocaleUpperCase("vi");
}

function pad2(n: number) {
  return String(n).padStart(2, "0");
}

/**
 * The date line of Nghị định 30/2020: days below 10 and months 1 and 2 take a leading zero
 * ("ngày 05 tháng 02 năm 2025", "ngày 15 tháng 3 năm 2025").
 */
export function formatDateLine(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const month = m <= 2 ? pad2(m) : String(m);
  return `ngày ${pad2(d)} tháng ${month} năm ${y}`;
}

export function isoDateOf(epochMs: number): string {
  const d = new Date(epochMs);
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;
}

/** The first instant of a YYYY-MM-DD day on this machine's clock (isoDateOf's inverse). */
export function dayStartOf(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Date(y, m - 1, d).getTime();
}
