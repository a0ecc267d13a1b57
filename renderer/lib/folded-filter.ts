import type { ComboboxItem, OptionsFilter } from "@mantine/core";
import { matchesFolded } from "../../electron/contract";

/** True when the query is empty or every typed word occurs in the text, ignoring tone marks and case. */
export function matchesTyped(text: string, query: string): boolean {
  return !query.trim() || matchesFolded(text, query);
}

/** Select/Autocomplete filter: "phong noi vu" finds "Phòng Nội vụ", as the app's search does. */
export const foldedFilter: OptionsFilter = ({ options, search }) =>
  (options as ComboboxItem[]).filter((o) => matchesTyped(o.label, search));
