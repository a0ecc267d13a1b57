import { accountById, anyAccount, type AccountRow } from "../../db/queries/accounts";
import { getSetting } from "../../db/queries/app-settings";
import { accessLabels, accessOf, mayCall, type Account } from "../contract/auth";
import { contract, type Channel } from "../contract";
import { roleLabels } from "../contract/vocabulary";
import type { AppContext } from "../app-context";
import type { Authorized } from "../api/router";
import type { Sessions } from "./sessions";

export const IDLE_MINUTES_KEY = "auth.idleMinutes";
export const DEFAULT_IDLE_MINUTES = 15;

export const idleMinutes = (ctx: Pick<AppContext, "db">): number =>
  getSetting<number>(ctx.db, IDLE_MINUTES_KEY) ?? DEFAULT_IDLE_MINUTES;

export const toAccount = (a: AccountRow): Account => ({
  id: a.id,
  username: a.username,
  fullName: a.fullName,
  role: a.role,
  recordsVotes: a.recordsVotes,
  disabled: a.disabledAt !== null,
  lastSignInAt: a.lastSignInAt,
});

/**
 * The router's gate. An installation without accounts is open (as before accounts existed);
 * with accounts, a procedure other than the public ones needs a live session of an enabled
 * account whose role allows it.
 */
export function authorizer(ctx: AppContext, sessions: Sessions) {
  return (channel: Channel, session: string | undefined): Authorized => {
    const open = { ok: true as const, caller: { session, accountId: null } };
    // A damaged database cannot tell who may do what; restoring a backup is the way out.
    if (ctx.damage !== null) return open;
    if (!anyAccount(ctx.db)) return open;
    const access = accessOf(channel, contract[channel].kind);
    const accountId = sessions.use(session, ctx.clock.now(), idleMinutes(ctx) * 60_000);
    if (access === "public") {
      const name = accountId ? accountById(ctx.db, accountId)?.fullName : undefined;
      return { ok: true, caller: { session, accountId, ...(name ? { accountName: name } : {}) } };
    }
    const account = accountId ? accountById(ctx.db, accountId) : undefined;
    if (!account || account.disabledAt)
      return {
        ok: false,
        error: {
          code: "UNAUTHENTICATED",
          message: account?.disabledAt
            ? "Tài khoản này đã bị vô hiệu hóa. Hãy liên hệ quản trị."
            : "Bạn chưa đăng nhập hoặc phiên làm việc đã hết. Hãy đăng nhập lại.",
        },
      };
    if (!mayCall(account, access))
      return {
        ok: false,
        error: {
          code: "FORBIDDEN",
          message: `Tài khoản ${account.fullName} (${roleLabels[account.role]}) không có quyền ${
            accessLabels[access as keyof typeof accessLabels] ?? "làm việc này"
          }.`,
        },
      };
    return { ok: true, caller: { session, accountId: account.id, accountName: account.fullName } };
  };
}
