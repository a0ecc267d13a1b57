import type Database from "better-sqlite3";
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

/**
 * The better-sqlite3 connection under a Db or a transaction on it (drizzle's session keeps it):
 * hand-written statements run on it directly, prepared once per text. A transaction runs on the
 * same connection, so they still take part in it.
 */
function clientOf(db: Db): Database.Database | null {
  const client = (db as unknown as { session?: { client?: unknown } }).session?.client;
  return client && typeof (client as Database.Database).prepare === "function"
    ? (client as Database.Database)
    : null;
}

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();
/** Statements kept per connection; texts built for IN lists vary, so the cache is bounded. */
const MAX_CACHED = 500;

function statement(client: Database.Database, text: string): Database.Statement {
  let cache = statements.get(client);
  if (!cache) statements.set(client, (cache = new Map()));
  let st = cache.get(text);
  if (!st) {
    if (cache.size >= MAX_CACHED) cache.clear();
    st = client.prepare(text);
    cache.set(text, st);
  }
  return st;
}

/** Values as SQLite takes them: booleans as 0/1, undefined as NULL (as drizzle binds them). */
const bindable = (params: readonly unknown[]) =>
  params.map((p) => (typeof p === "boolean" ? (p ? 1 : 0) : p === undefined ? null : p));

function reading(db: Db, text: string, params: readonly unknown[], raw: boolean) {
  const client = clientOf(db);
  if (!client) return null;
  const st = statement(client, text);
  return st.raw(raw).all(...bindable(params));
}

/** Every row as an object keyed by the column names of the statement. */
export function allRows<T>(db: Db, text: string, ...params: unknown[]): T[] {
  return (reading(db, text, params, false) as T[] | null) ?? db.all<T>(bound(text, params));
}

/** The first row, or undefined. */
export function firstRow<T>(db: Db, text: string, ...params: unknown[]): T | undefined {
  const client = clientOf(db);
  if (!client) return db.get<T | undefined>(bound(text, params));
  return statement(client, text)
    .raw(false)
    .get(...bindable(params)) as T | undefined;
}

/** The first column of every row. */
export function firstColumn<T>(db: Db, text: string, ...params: unknown[]): T[] {
  return rowValues<[T]>(db, text, ...params).map((r) => r[0]);
}

/** The first column of the first row, or undefined. */
export function firstValue<T>(db: Db, text: string, ...params: unknown[]): T | undefined {
  return firstColumn<T>(db, text, ...params)[0];
}

/** Every row as an array of column values. */
export function rowValues<T extends unknown[]>(db: Db, text: string, ...params: unknown[]): T[] {
  return (reading(db, text, params, true) as T[] | null) ?? db.values<T>(bound(text, params));
}

export function runStatement(db: Db, text: string, ...params: unknown[]) {
  const client = clientOf(db);
  if (!client) return db.run(bound(text, params));
  const st = statement(client, text);
  return st.reader ? db.run(bound(text, params)) : st.run(...bindable(params));
}

/** "?,?,?" for an IN list of n values. */
export const placeholders = (n: number) => Array.from({ length: n }, () => "?").join(",");
