/**
 * Reading the cells of an imported sheet: one parser per kind of value, shared by every import,
 * each returning the value or the officer's reason why the cell cannot be read.
 */
import type { z } from "zod";
import { recipientKindLabels, type Gender, type RecipientKind } from "../contract/vocabulary";
import { foldForSearch } from "../domain/vietnamese";
import type { SheetRow } from "./xlsx-read";

export type Cell = SheetRow["cells"][string];

/** dd/mm/yyyy (or d/m/yyyy, with . or -) is day/month; real date cells keep their calendar day. */
export function readDate(v: string | number | Date | null): string | null | "invalid" {
  if (v === null) return null;
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return "invalid";
    return v.toISOString().slice(0, 10);
  }
  if (typeof v === "number") {
    if (v < 1 || v > 80000) return "invalid";
    // Excel serial day: 25569 is 1970-01-01.
    return new Date(Math.round((v - 25569) * 86_400_000)).toISOString().slice(0, 10);
  }
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(v);
  const iso = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/.exec(v);
  const [d, mo, y] = m
    ? [Number(m[1]), Number(m[2]), Number(m[3])]
    : iso
      ? [Number(iso[3]), Number(iso[2]), Number(iso[1])]
      : [0, 0, 0];
  if (!y) return "invalid";
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d)
    return "invalid";
  return dt.toISOString().slice(0, 10);
}

/**
 * A long text (a summary of achievements, a note) with its line breaks kept: spaces collapsed
 * within each line, blank lines at most one.
 */
export function readLongText(v: string | number | Date | null): string {
  if (v === null || v instanceof Date || typeof v === "number") return readText(v);
  return v
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/[^\S\n]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * A phone number: a cell Excel turned into a number (912345678) gets its leading 0 back, since
 * every Vietnamese number written in full starts with 0 (mobile 10 digits, landline 11).
 */
export function readPhone(v: string | number | Date | null): string {
  const text = readText(v);
  if (/^[1-9]\d{8,9}$/.test(text)) return `0${text}`;
  return text;
}

export function readText(v: string | number | Date | null): string {
  if (v === null) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).normalize("NFC").replace(/\s+/g, " ").trim();
}

export interface ListItem {
  code: string;
  label: string;
}

export function matchList(items: ListItem[], text: string): string | null {
  const f = foldForSearch(text);
  return items.find((i) => foldForSearch(i.label) === f || i.code === text)?.code ?? null;
}

export function readGender(text: string): Gender | null {
  const f = foldForSearch(text);
  return f === "nam" ? "nam" : f === "nu" ? "nu" : null;
}

/** "Có" / "x" is yes, "Không" is no, blank is not said. */
export function readYesNo(text: string): boolean | null | "invalid" {
  const f = foldForSearch(text);
  if (!f) return null;
  if (f === "co" || f === "x") return true;
  if (f === "khong") return false;
  return "invalid";
}

/** Cá nhân, Tập thể, Hộ gia đình (or their codes, or "hộ", "gia đình"); blank is not said. */
export function readRecipientKind(text: string): RecipientKind | null | "invalid" {
  const f = foldForSearch(text);
  if (!f) return null;
  const kinds = Object.keys(recipientKindLabels) as RecipientKind[];
  const k = kinds.find((x) => foldForSearch(recipientKindLabels[x]) === f || x === f);
  if (k) return k;
  if (f === "ho" || f === "gia dinh") return "ho_gia_dinh";
  return "invalid";
}

const isYear = (n: number) => Number.isInteger(n) && n >= 1900 && n <= 2100;

/** A birth year (1985) or a birth date (dd/mm/yyyy, or a date cell). */
export function readBirth(
  v: Cell,
  label = "Ngày sinh",
): { birthYear: number | null; birthDate: string | null } | string {
  if (v === null) return { birthYear: null, birthDate: null };
  if (typeof v === "number" && isYear(v)) return { birthYear: v, birthDate: null };
  if (typeof v === "string" && /^\s*\d{4}\s*$/.test(v) && isYear(Number(v)))
    return { birthYear: Number(v), birthDate: null };
  const d = readDate(v);
  if (d === "invalid" || d === null)
    return `${label} “${readText(v)}” không hợp lệ (ghi năm, ví dụ 1985, hoặc dd/mm/yyyy)`;
  return { birthYear: Number(d.slice(0, 4)), birthDate: d };
}

/** The year of birth only (a full date is accepted and its year kept). */
export function readBirthYear(v: Cell): number | null | string {
  const b = readBirth(v, "Năm sinh");
  return typeof b === "string" ? b : b.birthYear;
}

/** A number as officers type it: 1.500 for thousands, 12,5 for decimals, 100% as 100. */
export function readNumber(v: Cell): number | null | "invalid" {
  if (v === null) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : "invalid";
  const t = readText(v).replace(/%$/, "").trim();
  const normal = /^-?\d{1,3}(\.\d{3})+$/.test(t) ? t.replace(/\./g, "") : t.replace(",", ".");
  const n = Number(normal);
  return t && Number.isFinite(n) ? n : "invalid";
}

/**
 * What the form's own rules (the contract's zod schema) say about a row's values: the same limits
 * for a row typed in a form and one read from a file. Returns the messages, empty when valid.
 */
export function formProblems(schema: z.ZodType, values: unknown): string[] {
  const r = schema.safeParse(values);
  return r.success ? [] : [...new Set(r.error.issues.map((i) => i.message))];
}
