/**
 * Vietnamese text matching shared by the backend (search keys, duplicate checks) and the renderer
 * (filtering while typing): one folding rule, so that what the officer types finds the same rows
 * on every screen.
 */

/** Search key: lower case, tone and vowel marks removed, đ → d, spaces collapsed and trimmed. */
export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** True when every word of the query occurs inside the folded text ("nguyen van d" finds "Nguyễn Văn Đức"). */
export function matchesFolded(haystack: string, query: string): boolean {
  const q = foldVietnamese(query);
  if (!q) return false;
  const h = foldVietnamese(haystack);
  return q.split(" ").every((word) => h.includes(word));
}

/**
 * A file name any file system and browser accepts, still readable: tone marks dropped, đ → d,
 * every run of other characters one hyphen ("Giấy khen 01/QĐ-UBND" → "Giay-khen-01-QD-UBND").
 */
export function asciiFileName(text: string, fallback = "tep"): string {
  const name = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, (c) => (c === "đ" ? "d" : "D"))
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return name || fallback;
}

/**
 * asciiFileName's sibling for names an officer reads: the words keep their spaces ("Kế hoạch số
 * 01/KH-PNV" → "Ke hoach so 01-KH-PNV"); characters no file system takes become "-", and a long
 * text is cut at a word, at most `max` characters.
 */
export function readableFileName(text: string, fallback = "tep", max = 120): string {
  const name = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, (c) => (c === "đ" ? "d" : "D"))
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/["'\u201c\u201d\u2018\u2019]/g, "")
    .replace(/\s*:\s*/g, " - ")
    .replace(/[^A-Za-z0-9 ,.()_+-]+/g, "-")
    .replace(/\s+/g, " ")
    .replace(/^[\s.-]+|[\s.-]+$/g, "");
  if (name.length <= max) return name || fallback;
  const cut = name.slice(0, max + 1).replace(/\s+\S*$/, "");
  return (cut || name.slice(0, max)).replace(/[\s.,-]+$/, "") || fallback;
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * True when two texts are the same words, tone marks placed on either vowel: the old and the new
 * placement ("Hoà"/"Hòa", "Thuỷ"/"Thủy", "khoẻ"/"khỏe") and composed or decomposed characters.
 * A different tone, letter, case or spacing is a different text.
 */
export function sameSpelling(a: string, b: string): boolean {
  if (a === b) return true;
  // Each word's tone mark moved to its end: where it sat no longer matters, which one does.
  const key = (text: string) =>
    text
      .normalize("NFD")
      .split(/(\s+)/)
      .map((w) => w.replace(TONE_MARKS, "") + (w.match(TONE_MARKS) ?? []).join(""))
      .join("");
  return key(a) === key(b);
}
