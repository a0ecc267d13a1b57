import type { Db } from "../open-database";
import { signers } from "../schema";
import { liveRow } from "./sync-rows";

export type SignerRow = typeof signers.$inferSelect;

/** A live signer (người ký), or undefined when deleted or unknown. */
export function signerById(db: Db, id: string): SignerRow | undefined {
  return liveRow(db, signers, id);
}
