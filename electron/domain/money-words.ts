/**
 * Amounts of money in Vietnamese words, as written under the figures in decisions and payment
 * lists: 1500000 → "Một triệu năm trăm nghìn đồng".
 *
 * Rules: a zero tens digit before a units digit reads "linh" (or "lẻ"); 10–19 read "mười …",
 * 20–99 "… mươi …"; a units 1 after "mươi" reads "mốt", a units 5 after a tens digit reads "lăm",
 * a units 4 after "mươi" reads "tư"; inner groups with no hundreds read "không trăm".
 */

const DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"] as const;
const GROUP_UNITS = ["", "nghìn", "triệu"] as const;

export interface MoneyWordsOptions {
  /** The word for a zero tens digit: "linh" (default, as in most decisions) or "lẻ". */
  zeroTens?: "linh" | "lẻ";
  /** The currency word appended at the end; "đồng" by default, "" for a bare number. */
  unit?: string;
}

function digit(d: number): string {
  return DIGITS[d] ?? "";
}

/** One group of three digits; `inner` when a higher group precedes it (so "không trăm" shows). */
function readTriple(n: number, inner: boolean, zeroTens: string): string[] {
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  const words: string[] = [];
  if (h > 0) words.push(digit(h), "trăm");
  else if (inner && (t > 0 || u > 0)) words.push("không", "trăm");
  if (t === 0) {
    if (u > 0 && words.length > 0) words.push(zeroTens);
  } else if (t === 1) words.push("mười");
  else words.push(digit(t), "mươi");
  if (u > 0) {
    if (u === 1 && t > 1) words.push("mốt");
    else if (u === 5 && t > 0) words.push("lăm");
    else if (u === 4 && t > 1) words.push("tư");
    else words.push(digit(u));
  }
  return words;
}

/** Below one billion; `inner` when something precedes it. */
function readBelowBillion(n: number, inner: boolean, zeroTens: string): string[] {
  const groups = [n % 1000, Math.floor(n / 1000) % 1000, Math.floor(n / 1_000_000)];
  const words: string[] = [];
  let seen = inner;
  for (let i = 2; i >= 0; i--) {
    const g = groups[i] ?? 0;
    if (g === 0) continue;
    words.push(...readTriple(g, seen, zeroTens));
    const unit = GROUP_UNITS[i];
    if (unit) words.push(unit);
    seen = true;
  }
  return words;
}

function readInteger(n: number, inner: boolean, zeroTens: string): string[] {
  if (n < 1_000_000_000) return readBelowBillion(n, inner, zeroTens);
  const billions = Math.floor(n / 1_000_000_000);
  const rest = n % 1_000_000_000;
  const words = [...readInteger(billions, inner, zeroTens), "tỷ"];
  if (rest > 0) words.push(...readBelowBillion(rest, true, zeroTens));
  return words;
}

/** A non-negative whole number in words, lower case: 21 → "hai mươi mốt". */
export function numberToWords(n: number, zeroTens: "linh" | "lẻ" = "linh"): string {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(`Số tiền phải là số nguyên không âm: ${n}`);
  }
  if (n === 0) return "không";
  return readInteger(n, false, zeroTens).join(" ");
}

/** 1500000 → "Một triệu năm trăm nghìn đồng"; 0 → "Không đồng". */
export function moneyToWords(amount: number, opts: MoneyWordsOptions = {}): string {
  const words = numberToWords(amount, opts.zeroTens ?? "linh");
  const unit = opts.unit ?? "đồng";
  const text = unit ? `${words} ${unit}` : words;
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}
