import { eq } from "drizzle-orm";
import type { Db } from "../open-database";
import { appSettings } from "../schema";

export function getSetting<T>(db: Db, key: string): T | null {
  const row = db.select().from(appSettings).where(eq(appSettings.key, key)).get();
  return row ? (JSON.parse(row.valueJson) as T) : null;
}

export function setSetting(db: Db, key: string, value: unknown, now: number): void {
  const valueJson = JSON.stringify(value);
  db.insert(appSettings)
    .values({ key, valueJson, updatedAt: now })
    .onConflictDoUpdate({ target: appSettings.key, set: { valueJson, updatedAt: now } })
    .run();
}
