import type { Db } from "../open-database";
import { signers } from "../schema";
import { liveRow, liveRows, syncedRows } from "./sync-rows";

export type SignerRow = typeof signers.$inferSelect;

/** A live signer (người ký), or undefined when deleted or unknown. */
export function signerById(db: Db, id: string): SignerRow | undefined {
  return liveRow(db, signers, id);
}

export const signerRows = syncedRows(signers);

/** The live signers, in the office's order. */
export function signerList(db: Db): SignerRow[] {
  return liveRows(db, signers, [signers.sortOrder, signers.createdAt]);
}

/** The live signers by sort order only (the global search's order). */
export function signersBySortOrder(db: Db): SignerRow[] {
  return liveRows(db, signers, [signers.sortOrder]);
}
