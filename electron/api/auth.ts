import crypto from "node:crypto";
import {
  accountById,
  accountByUsername,
  allAccounts,
  anyAccount,
  insertAccount,
  otherActiveAdmins,
  updateAccount,
  type AccountRow,
} from "../../db/queries/accounts";
import { getSetting, setSetting } from "../../db/queries/app-settings";
import { IDLE_MINUTES_KEY, idleMinutes, toAccount } from "../auth/authorize";
import {
  hashPassword,
  needsRehash,
  newRecoveryCode,
  normaliseRecoveryCode,
  verifyPassword,
} from "../auth/password";
import { currentCaller } from "../auth/sessions";
import type { authProcedures } from "../contract";
import { LOCKOUT_MINUTES, MAX_FAILED_SIGN_INS } from "../contract/auth";
import type { AppContext } from "./context";
import { conflict, invalid, notFound } from "./errors";
import type { HandlersFor } from "./router";

/** The account a single-officer PC signs in automatically, as the administrator chose. */
const AUTO_SIGN_IN_KEY = "auth.autoSignIn";
function autoSignInAccount(ctx: AppContext): AccountRow | undefined {
  const id = getSetting<string>(ctx.db, AUTO_SIGN_IN_KEY);
  const a = id ? accountById(ctx.db, id) : undefined;
  return a && !a.disabledAt ? a : undefined;
}

/** The administrator's recovery code, kept as a hash: it shows once, when made. */
const RECOVERY_KEY = "auth.recovery";
interface Recovery {
  accountId: string;
  sha256: string;
}
const digest = (code: string) =>
  crypto.createHash("sha256").update(normaliseRecoveryCode(code)).digest("hex");

function newRecovery(ctx: AppContext, accountId: string): string {
  const code = newRecoveryCode();
  setSetting(ctx.db, RECOVERY_KEY, { accountId, sha256: digest(code) }, ctx.clock.now());
  return code;
}

function signIn(ctx: AppContext, a: AccountRow) {
  const now = ctx.clock.now();
  const account = updateAccount(ctx.db, a.id, now, {
    failedAttempts: 0,
    lockedUntil: null,
    lastSignInAt: now,
  });
  return { session: ctx.sessions.open(a.id, now), account: toAccount(account) };
}

const wrongCredentials = () => invalid("Tên đăng nhập hoặc mật khẩu không đúng.");

async function login(ctx: AppContext, username: string, password: string) {
  const a = accountByUsername(ctx.db, username);
  if (!a) {
    // As long as a real check, so that timing does not tell which usernames exist.
    await verifyPassword(password, DUMMY_HASH);
    throw wrongCredentials();
  }
  if (a.disabledAt) throw invalid("Tài khoản này đã bị vô hiệu hóa. Hãy liên hệ quản trị.");
  const now = ctx.clock.now();
  if (a.lockedUntil && a.lockedUntil > now) {
    const minutes = Math.ceil((a.lockedUntil - now) / 60_000);
    throw invalid(
      `Tài khoản đang tạm khóa vì nhập sai mật khẩu ${MAX_FAILED_SIGN_INS} lần. Hãy thử lại sau ${minutes} phút.`,
    );
  }
  if (!(await verifyPassword(password, a.passwordHash))) {
    const failed = a.failedAttempts + 1;
    if (failed >= MAX_FAILED_SIGN_INS) {
      updateAccount(ctx.db, a.id, now, {
        failedAttempts: 0,
        lockedUntil: now + LOCKOUT_MINUTES * 60_000,
      });
      throw invalid(
        `Nhập sai mật khẩu ${MAX_FAILED_SIGN_INS} lần: tài khoản tạm khóa ${LOCKOUT_MINUTES} phút.`,
      );
    }
    updateAccount(ctx.db, a.id, now, { failedAttempts: failed });
    throw invalid(
      `Tên đăng nhập hoặc mật khẩu không đúng. Còn ${MAX_FAILED_SIGN_INS - failed} lần thử trước khi tài khoản tạm khóa.`,
    );
  }
  if (needsRehash(a.passwordHash))
    updateAccount(ctx.db, a.id, now, { passwordHash: await hashPassword(password) });
  return signIn(ctx, a);
}

/** A hash of nothing anyone types, checked for unknown usernames. */
const DUMMY_HASH =
  "scrypt$17$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

function callerAccount(ctx: AppContext): AccountRow {
  const id = currentCaller().accountId;
  const a = id ? accountById(ctx.db, id) : undefined;
  if (!a) throw invalid("Chưa đăng nhập tài khoản nào.");
  return a;
}

function requireAccount(ctx: AppContext, id: string): AccountRow {
  const a = accountById(ctx.db, id);
  if (!a) throw notFound("Không tìm thấy tài khoản này.");
  return a;
}

function uniqueUsername(ctx: AppContext, username: string, exceptId?: string) {
  const other = accountByUsername(ctx.db, username);
  if (other && other.id !== exceptId)
    throw conflict(`Tên đăng nhập “${username}” đã có người dùng.`, {
      username: "Tên đăng nhập đã có",
    });
}

export const authHandlers: HandlersFor<typeof authProcedures> = {
  "auth.status": (_i, ctx) => {
    const id = currentCaller().accountId;
    const a = id ? accountById(ctx.db, id) : undefined;
    return {
      accountsExist: anyAccount(ctx.db),
      account: a && !a.disabledAt ? toAccount(a) : null,
      idleMinutes: idleMinutes(ctx),
      autoSignIn: (() => {
        const auto = autoSignInAccount(ctx);
        return auto ? { id: auto.id, fullName: auto.fullName } : null;
      })(),
    };
  },
  "auth.autoSignIn": (_i, ctx) => {
    const a = autoSignInAccount(ctx);
    if (!a) throw invalid("Máy này không đặt tự đăng nhập. Hãy đăng nhập bằng mật khẩu.");
    return signIn(ctx, a);
  },
  "auth.login": ({ username, password }, ctx) => login(ctx, username, password),
  "auth.logout": (_i, ctx) => {
    ctx.sessions.close(currentCaller().session);
    return { ok: true };
  },
  "auth.createFirstAdmin": async (v, ctx) => {
    if (anyAccount(ctx.db))
      throw conflict("Đã có tài khoản quản trị. Hãy đăng nhập, hoặc dùng mã khôi phục.");
    const passwordHash = await hashPassword(v.password);
    // Checked again after the await: two first-run windows cannot both become administrator.
    if (anyAccount(ctx.db)) throw conflict("Đã có tài khoản quản trị. Hãy đăng nhập.");
    const a = ctx.db.transaction(() =>
      insertAccount(ctx.db, ctx.clock.now(), {
        username: v.username,
        fullName: v.fullName,
        role: "quan_tri",
        recordsVotes: true,
        passwordHash,
      }),
    );
    const recoveryCode = newRecovery(ctx, a.id);
    return { ...signIn(ctx, a), recoveryCode };
  },
  "auth.recover": async ({ username, recoveryCode, password }, ctx) => {
    const saved = getSetting<Recovery>(ctx.db, RECOVERY_KEY);
    const a = accountByUsername(ctx.db, username);
    const given = Buffer.from(digest(recoveryCode));
    const ok =
      saved !== null &&
      a !== undefined &&
      a.id === saved.accountId &&
      crypto.timingSafeEqual(given, Buffer.from(saved.sha256));
    if (!ok) throw invalid("Tên đăng nhập hoặc mã khôi phục không đúng.");
    const passwordHash = await hashPassword(password);
    const now = ctx.clock.now();
    updateAccount(ctx.db, a.id, now, { passwordHash, disabledAt: null });
    ctx.sessions.closeAccount(a.id);
    const code = newRecovery(ctx, a.id);
    return { ...signIn(ctx, accountById(ctx.db, a.id)!), recoveryCode: code };
  },
  "auth.changePassword": async ({ current, password }, ctx) => {
    const a = callerAccount(ctx);
    if (!(await verifyPassword(current, a.passwordHash)))
      throw invalid("Mật khẩu hiện tại không đúng.", { current: "Mật khẩu hiện tại không đúng" });
    updateAccount(ctx.db, a.id, ctx.clock.now(), { passwordHash: await hashPassword(password) });
    return { ok: true };
  },
  "auth.accounts": (_i, ctx) => allAccounts(ctx.db).map(toAccount),
  "auth.saveAccount": async ({ id, password, ...v }, ctx) => {
    uniqueUsername(ctx, v.username, id);
    const now = ctx.clock.now();
    if (!id) {
      if (!password)
        throw invalid("Tài khoản mới cần mật khẩu ban đầu.", { password: "Chưa nhập mật khẩu" });
      return toAccount(
        insertAccount(ctx.db, now, { ...v, passwordHash: await hashPassword(password) }),
      );
    }
    const a = requireAccount(ctx, id);
    if (a.role === "quan_tri" && v.role !== "quan_tri" && otherActiveAdmins(ctx.db, id) === 0)
      throw conflict("Phải còn ít nhất một tài khoản quản trị đang hoạt động.", {
        role: "Tài khoản quản trị cuối cùng",
      });
    return toAccount(updateAccount(ctx.db, id, now, v));
  },
  "auth.setDisabled": ({ id, disabled }, ctx) => {
    const a = requireAccount(ctx, id);
    if (disabled && a.id === currentCaller().accountId)
      throw conflict("Không tự vô hiệu hóa tài khoản đang đăng nhập.");
    if (disabled && a.role === "quan_tri" && otherActiveAdmins(ctx.db, id) === 0)
      throw conflict("Phải còn ít nhất một tài khoản quản trị đang hoạt động.");
    if (disabled) ctx.sessions.closeAccount(id);
    return toAccount(
      updateAccount(ctx.db, id, ctx.clock.now(), {
        disabledAt: disabled ? ctx.clock.now() : null,
      }),
    );
  },
  "auth.resetPassword": async ({ id, password }, ctx) => {
    requireAccount(ctx, id);
    updateAccount(ctx.db, id, ctx.clock.now(), {
      passwordHash: await hashPassword(password),
      failedAttempts: 0,
      lockedUntil: null,
    });
    ctx.sessions.closeAccount(id);
    return { ok: true };
  },
  "auth.saveSettings": ({ idleMinutes: minutes, autoSignInId }, ctx) => {
    if (autoSignInId) {
      const a = requireAccount(ctx, autoSignInId);
      if (a.disabledAt) throw conflict("Tài khoản đã vô hiệu hóa không tự đăng nhập được.");
    }
    ctx.db.transaction(() => {
      setSetting(ctx.db, IDLE_MINUTES_KEY, minutes, ctx.clock.now());
      setSetting(ctx.db, AUTO_SIGN_IN_KEY, autoSignInId, ctx.clock.now());
    });
    return { ok: true };
  },
};
