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
