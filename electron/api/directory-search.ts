import { searchHouseholdsOrUnits, searchWords } from "../../db/queries/directory";
import { householdAddress, householdName } from "../contract/format";
import type { AppContext } from "./context";
import { queryPeople } from "./directory-people";

interface Hit {
  kind: string;
  kindLabel: string;
  id: string;
  title: string;
  subtitle: string;
  route: string;
}

function search(ctx: AppContext, table: "households" | "units", q: string) {
  const words = searchWords(q);
  if (!words.length) return [];
  return searchHouseholdsOrUnits(ctx.db, table, words);
}

/** Global search providers of the directory: people, households and units (registered in system.ts). */
export const directorySearchProviders: ((ctx: AppContext, q: string) => Hit[])[] = [
  // People: the same indexed search as the Cá nhân list.
  (ctx, q) =>
    queryPeople(ctx, { q, withSubUnits: true, sort: "name", desc: false }, 1, 8).rows.map((p) => ({
      kind: "person",
      kindLabel: "Cá nhân",
      id: p.id,
      title: p.fullName,
      subtitle: [p.position, p.unitName].filter(Boolean).join(" – "),
      route: `/danh-ba/ca-nhan/${p.id}`,
    })),
  (ctx, q) =>
    search(ctx, "households", q).map((r) => ({
      kind: "household",
      kindLabel: "Hộ gia đình",
      id: r.id!,
      title: householdName(r.head_name!, r.head_gender),
      subtitle: householdAddress(r.address ?? null, r.unit ?? null),
      route: `/danh-ba/ho-gia-dinh?q=${encodeURIComponent(r.head_name!)}`,
    })),
  // Units: the closest (shortest) names first, so "thanh phu" puts Xã Thạnh Phú before its ấp.
  (ctx, q) =>
    search(ctx, "units", q).map((r) => ({
      kind: "unit",
      kindLabel: "Đơn vị",
      id: r.id!,
      title: r.name!,
      subtitle: r.address ?? "",
      route: `/danh-ba/don-vi?id=${r.id}`,
    })),
];
