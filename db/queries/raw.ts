import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../open-database";

/**
 * Hand-written statements (recursive walks, joins over several areas, FTS) with positional `?`
 * parameters, run on the `Db` so that they take part in the caller's transaction like every other
 * query. A statement's string literals must not contain `?`.
 */
function bound(text: string, params: readonly unknown[]): SQL {
  const parts = text.split("?");
  if (parts.length !== params.length + 1)
    throw new Error(`statement expects ${parts.length - 1} parameters, got ${params.length}`);
  const out = sql.raw(parts[0]!);
  params.forEach((p, i) => {
    out.append(sql`${p}`);
    out.append(sql.raw(parts[i + 1]!));
  });
  return out;
}

/** Every row as an object keyed by the column names of the statement. */
export function allRows<T>(db: Db, text: string, ...params: unknown[]): T[] {
  return db.all<T>(bound(text, params));
}

/** The first row, or undefined. */
export function firstRow<T>(db: Db, text: string, ...params: unknown[]): T | undefined {
  return db.get<T | undefined>(bound(text, params));
}

/** The first column of every row. */
export function firstColumn<T>(db: Db, text: string, ...params: unknown[]): T[] {
  return db.values<[T]>(bound(text, params)).map((r) => r[0]);
}

/** The first column of the first row, or undefined. */
export function firstValue<T>(db: Db, text: string, ...params: unknown[]): T | undefined {
  return firstColumn<T>(db, text, ...params)[0];
}

/** Every row as an array of column values. */
export function rowValues<T extends unknown[]>(db: Db, text: string, ...params: unknown[]): T[] {
  return db.values<T>(bound(text, params));
}

export function runStatement(db: Db, text: string, ...params: unknown[]) {
  return db.run(bound(text, params));
}

/** "?,?,?" for an IN list of n values. */
export const placeholders = (n: number) => Array.from({ length: n }, () => "?").join(",");
