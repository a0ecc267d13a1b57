import { eq, sql } from "drizzle-orm";
import type { Db } from "../open-database";
import { accounts } from "../schema";
import { newId } from "../ids";

export type AccountRow = typeof accounts.$inferSelect;

export const anyAccount = (db: Db): boolean =>
  db
    .select({ n: sql<number>`1` })
    .from(accounts)
    .limit(1)
    .all().length > 0;

export const accountByUsername = (db: Db, username: string): AccountRow | undefined =>
  db.select().from(accounts).where(eq(accounts.username, username)).get();

export const accountById = (db: Db, id: string): AccountRow | undefined =>
  db.select().from(accounts).where(eq(accounts.id, id)).get();

export const allAccounts = (db: Db): AccountRow[] =>
  db.select().from(accounts).orderBy(accounts.fullName).all();

export function insertAccount(
  db: Db,
  now: number,
  v: Pick<AccountRow, "username" | "fullName" | "role" | "recordsVotes" | "passwordHash">,
): AccountRow {
  const id = newId();
  db.insert(accounts)
    .values({ id, createdAt: now, updatedAt: now, ...v })
    .run();
  return accountById(db, id)!;
}

export function updateAccount(
  db: Db,
  id: string,
  now: number,
  v: Partial<Omit<AccountRow, "id" | "createdAt" | "updatedAt">>,
): AccountRow {
  db.update(accounts)
    .set({ ...v, updatedAt: now })
    .where(eq(accounts.id, id))
    .run();
  return accountById(db, id)!;
}

/** Active administrators other than `exceptId` (the last one may not be disabled or demoted). */
export const otherActiveAdmins = (db: Db, exceptId: string): number =>
  allAccounts(db).filter((a) => a.role === "quan_tri" && !a.disabledAt && a.id !== exceptId).length;
