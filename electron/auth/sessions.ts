import { AsyncLocalStorage } from "node:async_hooks";
import crypto from "node:crypto";

/**
 * Signed-in sessions: a random token per sign-in, kept in memory only (a restart signs everyone
 * out), expiring after the idle minutes without a call. The token never reaches a log.
 */
export interface Session {
  accountId: string;
  lastSeen: number;
}

export class Sessions {
  private readonly byToken = new Map<string, Session>();

  open(accountId: string, now: number): string {
    const token = crypto.randomBytes(32).toString("base64url");
    this.byToken.set(token, { accountId, lastSeen: now });
    return token;
  }

  /** The session's account, touching it; null when unknown or idle longer than `idleMs`. */
  use(token: string | undefined, now: number, idleMs: number): string | null {
    if (!token) return null;
    const s = this.byToken.get(token);
    if (!s) return null;
    if (now - s.lastSeen > idleMs) {
      this.byToken.delete(token);
      return null;
    }
    s.lastSeen = now;
    return s.accountId;
  }

  close(token: string | undefined): void {
    if (token) this.byToken.delete(token);
  }

  /** Every session of an account ends (disabled, password reset). */
  closeAccount(accountId: string): void {
    for (const [t, s] of this.byToken) if (s.accountId === accountId) this.byToken.delete(t);
  }
}

/** Who is calling: the session's token and account (null in an open installation). */
export interface Caller {
  session: string | undefined;
  accountId: string | null;
  /** The account's full name, for the audit trail (read before the call, not during it). */
  accountName?: string;
  /** The procedure called and this call's id: the audit rows it writes carry both. */
  channel?: string;
  opId?: string;
}

const calls = new AsyncLocalStorage<Caller>();

export const withCaller = <T>(caller: Caller, fn: () => T): T => calls.run(caller, fn);

const nobody: Caller = Object.freeze({ session: undefined, accountId: null });

/** The current call's caller (outside a call: nobody, always the same object). */
export const currentCaller = (): Caller => calls.getStore() ?? nobody;
