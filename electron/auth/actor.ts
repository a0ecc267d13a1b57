import { accountById } from "../../db/queries/accounts";
import type { AppContext } from "../app-context";
import { currentCaller } from "./sessions";

/**
 * Who a record says did something: the signed-in account ("account:<id>"), or, in an
 * installation without accounts, the installation itself (its id, as before accounts).
 */
export function actorOf(ctx: Pick<AppContext, "origin">): string {
  const id = currentCaller().accountId;
  return id ? `account:${id}` : ctx.origin;
}

/** The name an actor is shown under: the account's full name, or which machine it was. */
export function actorName(ctx: Pick<AppContext, "origin" | "db">, actor: string): string {
  if (actor.startsWith("account:")) {
    const a = accountById(ctx.db, actor.slice("account:".length));
    return a ? a.fullName : "Tài khoản không còn";
  }
  return `${actor === ctx.origin ? "Máy này" : "Máy khác"} (mã cài đặt …${actor.slice(-8)})`;
}
