import { accountById } from "../../db/queries/accounts";
import type { AuditContext } from "../../db/audit";
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

/** An installation shown as a machine: this one or another. */
const machineName = (ctx: Pick<AppContext, "origin">, actor: string) =>
  `${actor === ctx.origin ? "Máy này" : "Máy khác"} (mã cài đặt …${actor.slice(-8)})`;

/** The name an actor is shown under: the account's full name, or which machine it was. */
export function actorName(ctx: Pick<AppContext, "origin" | "db">, actor: string): string {
  if (actor.startsWith("account:")) {
    const a = accountById(ctx.db, actor.slice("account:".length));
    return a ? a.fullName : "Tài khoản không còn";
  }
  return machineName(ctx, actor);
}

/**
 * Who the audit rows of the current call name, read as each of its transactions ends: the
 * account's name came with the caller (electron/auth/authorize.ts).
 */
export function auditContext(ctx: Pick<AppContext, "origin" | "clock">): AuditContext {
  const c = currentCaller();
  const actor = actorOf(ctx);
  return {
    at: ctx.clock.now(),
    opId: c.opId ?? null,
    actor,
    actorName: c.accountId ? (c.accountName ?? "Tài khoản") : machineName(ctx, actor),
    procedure: c.channel ?? "system",
  };
}
