/**
 * The directory as the imports look it up: units by code or name, people and households by
 * folded name within a unit. Built once per preview from db/queries/imports.
 */
import type Database from "better-sqlite3";
import { householdsForImport, peopleForImport, unitsForImport } from "../../db/queries/imports";
import { foldForSearch } from "../domain/vietnamese";

/** Units by code and by folded name, to resolve "Đơn vị" cells. */
export class UnitIndex {
  private byCode = new Map<string, string>();
  private byName = new Map<string, string[]>();
  constructor(rows: { id: string; code: string; name: string; short_name: string }[]) {
    for (const r of rows) this.add(r.id, r.code, r.name, r.short_name);
  }
  add(id: string, code: string, name: string, shortName = "") {
    if (code) this.byCode.set(code.toLowerCase(), id);
    for (const n of new Set([foldForSearch(name), foldForSearch(shortName)].filter(Boolean)))
      this.byName.set(n, [...(this.byName.get(n) ?? []), id]);
  }
  resolve(text: string): { id: string } | { error: string } {
    if (!text) return { error: "Chưa ghi đơn vị" };
    const byCode = this.byCode.get(text.toLowerCase());
    if (byCode) return { id: byCode };
    const ids = [...new Set(this.byName.get(foldForSearch(text)) ?? [])];
    if (ids.length === 1) return { id: ids[0]! };
    if (ids.length > 1)
      return { error: `Có ${ids.length} đơn vị cùng tên “${text}”; hãy ghi mã đơn vị` };
    return { error: `Không tìm thấy đơn vị “${text}” trong danh bạ` };
  }
}

export interface DirectoryLookups {
  units: UnitIndex;
  unitNames: Map<string, string>;
  /** folded full name|unit id → people of that name there. */
  people: Map<string, { id: string; birthYear: number | null }[]>;
  /** folded head's name|unit id → households. */
  households: Map<string, string[]>;
}

const push = <V>(map: Map<string, V[]>, key: string, value: V) =>
  map.set(key, [...(map.get(key) ?? []), value]);

export function loadDirectoryLookups(db: Database.Database): DirectoryLookups {
  const unitRows = unitsForImport(db);
  const people = new Map<string, { id: string; birthYear: number | null }[]>();
  for (const [id, key, birthYear, unitId] of peopleForImport(db))
    push(people, `${key}|${unitId}`, { id, birthYear });
  const households = new Map<string, string[]>();
  for (const h of householdsForImport(db))
    push(households, `${foldForSearch(h.head_name)}|${h.unit_id ?? ""}`, h.id);
  return {
    units: new UnitIndex(unitRows),
    unitNames: new Map(unitRows.map((u) => [u.id, u.name])),
    people,
    households,
  };
}
