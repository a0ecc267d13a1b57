/**
 * How officers write catalogue items and ratings in their spreadsheets, decided once for every
 * import: codes with or without Vietnamese letters and separators (LĐTT, CSTĐ-CS), names with
 * "sỹ" for "sĩ", with or without "danh hiệu" / "hình thức" in front, quotes, or the recipient in
 * brackets ("Giấy khen (cá nhân)"), and the usual abbreviations of the ratings (HTXSNV…).
 */
import { ratingLabels, ratingValues, type RatingValue } from "../contract/vocabulary";
import { foldForSearch } from "../domain/vietnamese";

/** A name as compared: folded, "sỹ" → "sĩ", no leading "danh hiệu"/"hình thức", no quotes. */
export function catalogueNameKey(text: string): string {
  return foldForSearch(text.replace(/[“”"]/g, ""))
    .replace(/\bsy\b/g, "si")
    .replace(/^(danh hieu|hinh thuc)\s+/, "")
    .trim();
}

/** A code as compared: folded, separators dropped (LĐTT, L.Đ.T.T, ldtt → ldtt). */
const codeKey = (text: string) => foldForSearch(text).replace(/[\s_.-]/g, "");

const withoutBracket = (name: string) => name.replace(/\([^)]*\)\s*$/, "");

/** Every catalogue item the cell may mean: by code, by name, or by name without "(…)". */
export function catalogueMatches<T extends { code: string; name: string }>(
  text: string,
  items: readonly T[],
): T[] {
  if (!text.trim()) return [];
  const byCode = items.filter((i) => codeKey(i.code) === codeKey(text));
  if (byCode.length) return byCode;
  const k = catalogueNameKey(text);
  const byName = items.filter((i) => catalogueNameKey(i.name) === k);
  if (byName.length) return byName;
  return items.filter((i) => catalogueNameKey(withoutBracket(i.name)) === k);
}

const ratingAbbreviations: Record<string, RatingValue> = {
  htxsnv: "htxs",
  htxs: "htxs",
  httnv: "ht_tot",
  htt: "ht_tot",
  htnv: "ht",
  ht: "ht",
  khtnv: "kht",
  kht: "kht",
};

/** A rating by its label (with or without "nhiệm vụ"), its code or the usual abbreviation. */
export function readRating(text: string): RatingValue | null {
  const k = foldForSearch(text);
  if (!k) return null;
  const bare = k.replace(/[\s_.-]/g, "");
  if (ratingAbbreviations[bare]) return ratingAbbreviations[bare];
  return (
    ratingValues.find((v) => {
      const label = foldForSearch(ratingLabels[v]);
      return v === k || label === k || label.replace(/ nhiem vu$/, "") === k;
    }) ?? null
  );
}
