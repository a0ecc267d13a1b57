import Database from "better-sqlite3";

/** A path to better_sqlite3.node, or the loaded addon itself (better-sqlite3 accepts both). */
export type NativeBinding = string | object;

let nativeBinding: NativeBinding | undefined;

/**
 * The desktop app loads SQLite built for Electron's ABI from its own path (node_modules holds the
 * Node build, and the packaged app ships none). Every connection — the database, backups and
 * their verification — must use it, so they are all opened here.
 */
export function setNativeBinding(binding: NativeBinding | undefined): void {
  nativeBinding = binding;
}

export function openSqlite(file: string, options: Database.Options = {}): Database.Database {
  // The types say string only; better-sqlite3 also takes the addon object.
  return new Database(
    file,
    nativeBinding ? { ...options, nativeBinding: nativeBinding as string } : options,
  );
}
