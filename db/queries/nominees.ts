import { householdAddress, householdName } from "../../electron/contract/format";
import type { Db } from "../open-database";
import { allRows, placeholders } from "./raw";

/** Who a nomination is for: a person (cá nhân), a unit (tập thể) or a household (hộ gia đình). */
export interface NomineeRef {
  nomineeKind: string;
  personId: string | null;
  unitId: string | null;
  householdId: string | null;
}

/** A nominee with its names as the directory holds them now (deleted rows included). */
export interface NomineeNames {
  /** The person's full name, the unit's name or the household's ("Hộ ông …", householdName). */
  name: string;
  /** The person's position; null for units and households. */
  position: string | null;
  /** The person's or household's unit; the unit itself for a collective. */
  unitId: string | null;
  /** The name of the person's or household's unit; the parent unit's name for a collective. */
  unitName: string | null;
  /** The household's address with its xã (householdAddress); null for people and units. */
  address: string | null;
}

/** "ca_nhan|<person id>", "tap_the|<unit id>", "ho_gia_dinh|<household id>". */
export function nomineeKey(kind: string, id: string | null): string {
  return `${kind}|${id}`;
}

function refId(r: NomineeRef): string | null {
  if (r.nomineeKind === "ca_nhan") return r.personId;
  if (r.nomineeKind === "tap_the") return r.unitId;
  if (r.nomineeKind === "ho_gia_dinh") return r.householdId;
  return null;
}

const CHUNK = 500;
function chunks<T>(xs: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += CHUNK) out.push(xs.slice(i, i + CHUNK));
  return out;
}

/**
 * The nominees of some nominations with their names, keyed by nomineeKey; one query per kind (and
 * per 500 ids). Nominees missing from the directory are missing from the map.
 */
export function nomineeNames(db: Db, refs: readonly NomineeRef[]): Map<string, NomineeNames> {
  const out = new Map<string, NomineeNames>();
  const ids = (kind: string) => [
    ...new Set(
      refs
        .filter((r) => r.nomineeKind === kind)
        .map(refId)
        .filter((x): x is string => !!x),
    ),
  ];
  for (const part of chunks(ids("ca_nhan")))
    for (const p of allRows<{
      id: string;
      full_name: string;
      position: string | null;
      unit_id: string | null;
      unit: string | null;
    }>(
      db,
      `SELECT p.id, p.full_name, p.position, p.unit_id, u.name AS unit FROM people p LEFT JOIN units u ON u.id = p.unit_id WHERE p.id IN (${placeholders(part.length)})`,
      ...part,
    ))
      out.set(nomineeKey("ca_nhan", p.id), {
        name: p.full_name,
        position: p.position,
        unitId: p.unit_id,
        unitName: p.unit,
        address: null,
      });
  for (const part of chunks(ids("tap_the")))
    for (const u of allRows<{ id: string; name: string; parent: string | null }>(
      db,
      `SELECT u.id, u.name, p.name AS parent FROM units u LEFT JOIN units p ON p.id = u.parent_id WHERE u.id IN (${placeholders(part.length)})`,
      ...part,
    ))
      out.set(nomineeKey("tap_the", u.id), {
        name: u.name,
        position: null,
        unitId: u.id,
        unitName: u.parent,
        address: null,
      });
  for (const part of chunks(ids("ho_gia_dinh")))
    for (const h of allRows<{
      id: string;
      head_name: string;
      head_gender: string;
      address: string | null;
      unit_id: string | null;
      unit: string | null;
      parent: string | null;
    }>(
      db,
      `SELECT h.id, h.head_name, h.head_gender, h.address, h.unit_id, u.name AS unit, p.name AS parent
         FROM households h LEFT JOIN units u ON u.id = h.unit_id LEFT JOIN units p ON p.id = u.parent_id
        WHERE h.id IN (${placeholders(part.length)})`,
      ...part,
    ))
      out.set(nomineeKey("ho_gia_dinh", h.id), {
        name: householdName(h.head_name, h.head_gender),
        position: null,
        unitId: h.unit_id,
        unitName: h.unit,
        address: householdAddress(h.address, h.unit, h.parent),
      });
  return out;
}

/** The nominee of one nomination with its names, or undefined when gone from the directory. */
export function nomineeOf(db: Db, ref: NomineeRef): NomineeNames | undefined {
  return nomineeNames(db, [ref]).get(nomineeKey(ref.nomineeKind, refId(ref)));
}
