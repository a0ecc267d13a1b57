import type { ComboboxItem, ComboboxParsedItem, OptionsFilter } from "@mantine/core";
import { foldVietnamese, matchesFolded } from "../../electron/contract";

/** True when the query is empty or every typed word occurs in the text, ignoring tone marks and case. */
export function matchesTyped(text: string, query: string): boolean {
  return !query.trim() || matchesFolded(text, query);
}

/**
 * How well a text answers what was typed, tone marks and case aside (lower is better): 0 the
 * whole text ("Tân An" for "tan an"), 1 its last words, i.e. the name after "Xã", "Phòng"… ("Xã
 * Tân An"), 2 a phrase starting at a word ("Xã Tân An Hội"), 3 every word somewhere ("Xã Tân
 * Thạnh" has "tan" and "an"); null when it does not match. Everything matches an empty query.
 */
export function matchRank(text: string, query: string): number | null {
  const q = foldVietnamese(query);
  if (!q) return 0;
  const t = foldVietnamese(text);
  if (t === q) return 0;
  if (t.endsWith(` ${q}`)) return 1;
  if (t.startsWith(q) || t.includes(` ${q}`)) return 2;
  return matchesFolded(t, q) ? 3 : null;
}

/**
 * The items that match, best first: by rank, then the shorter text (less besides what was typed:
 * "Xã Tân An" before "Trường Mầm non Tân An"), then in their own order.
 */
export function rankByMatch<T>(items: readonly T[], query: string, text: (item: T) => string): T[] {
  return items
    .map((item, i) => ({ item, i, t: text(item), rank: matchRank(text(item), query) }))
    .filter((x): x is typeof x & { rank: number } => x.rank !== null)
    .sort((a, b) => a.rank - b.rank || (query.trim() ? a.t.length - b.t.length : 0) || a.i - b.i)
    .map((x) => x.item);
}

/**
 * The filter of every picker (the theme's default for Select, MultiSelect, Autocomplete and
 * TagsInput): "trung tam" finds "Trung tâm", and "Tân An" lists "Xã Tân An" before "Xã Tân An
 * Hội" and "Xã Tân Thạnh". Groups keep their order, their options are ranked.
 */
export const foldedFilter: OptionsFilter = ({ options, search, limit }) => {
  const result: ComboboxParsedItem[] = [];
  let left = limit;
  const take = (items: ComboboxItem[]) => {
    const kept = rankByMatch(items, search, (o) => o.label).slice(0, left);
    left -= kept.length;
    return kept;
  };
  const plain = options.filter((o): o is ComboboxItem => !("group" in o));
  if (plain.length === options.length) return take(plain);
  for (const o of options) {
    if (left <= 0) break;
    if ("group" in o) result.push({ group: o.group, items: take(o.items) });
    else result.push(...take([o]));
  }
  return result;
};

/** For pickers whose options the backend has already searched: keep them as they came. */
export const keepServerResults: OptionsFilter = ({ options }) => options;
