import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { accessOf, contract, type Channel } from "../../electron/contract";
import { TOKEN_HEADER } from "../../electron/http/server";
import { snapshotDatabase } from "../helpers/db-snapshot";
import { sampleSetup, startTestBackend, type TestBackend } from "../helpers/backend";
import { rawRequest, startTestServer } from "../helpers/http";

let t: TestBackend;
const admin = { fullName: "Lê Thị Thu Hà", username: "ha.le", password: "Mat-khau-2026" };

/** A call with a session (the router's third argument, as both transports pass it). */
const as = (session: string | undefined) => (channel: string, input: unknown) =>
  t.backend.router(channel, input, session);

async function firstAdmin() {
  return t.expectOk("auth.createFirstAdmin", admin);
}

beforeEach(async () => {
  t = await startTestBackend();
  await t.expectOk("settings.completeSetup", sampleSetup());
});
afterEach(() => t.cleanup());

describe("an installation without accounts", () => {
  it("stays open, as before accounts existed, and says so", async () => {
    expect(await t.expectOk("auth.status", {})).toEqual({
      accountsExist: false,
      account: null,
      idleMinutes: 15,
      autoSignIn: null,
    });
    expect((await as(undefined)("settings.saveRounding", { step: 1000, mode: "nearest" })).ok).toBe(
      true,
    );
  });

  it("creates its first administrator once, with a one-time recovery code", async () => {
    const made = await firstAdmin();
    expect(made.account).toMatchObject({ username: "ha.le", role: "quan_tri", recordsVotes: true });
    expect(made.recoveryCode).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
    const again = await as(made.session)("auth.createFirstAdmin", { ...admin, username: "khac" });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.message).toMatch(/Đã có tài khoản quản trị/);
    // The password is kept as an scrypt hash with its parameters, never as typed.
    const row = t.backend.sqlite.prepare("SELECT password_hash FROM accounts").get() as {
      password_hash: string;
    };
    expect(row.password_hash).toMatch(/^scrypt\$17\$8\$1\$/);
    expect(row.password_hash).not.toContain(admin.password);
  });
});

describe("backups and accounts", () => {
  it("lists how many accounts each backup holds: one from before accounts is told apart", async () => {
    const before = await t.expectOk("system.createBackup", {});
    t.clock.advance(1000);
    const made = await firstAdmin();
    const call = as(made.session);
    const after = await call("system.createBackup", {});
    if (!after.ok) throw new Error(after.error.message);
    const listed = await call("system.listBackups", {});
    if (!listed.ok) throw new Error(listed.error.message);
    const accountsOf = (file: string) =>
      (listed.value as { file: string; accounts: number | null }[]).find((b) => b.file === file)
        ?.accounts;
    expect(accountsOf(before.file)).toBe(0);
    expect(accountsOf((after.value as { file: string }).file)).toBe(1);
  });
});

describe("signing in", () => {
  let session: string;
  beforeEach(async () => {
    session = (await firstAdmin()).session;
  });

  it("refuses calls without a session, and takes them with one", async () => {
    const none = await as(undefined)("directory.listUnits", {});
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.error.code).toBe("UNAUTHENTICATED");
    expect((await as(session)("auth.status", {})).ok).toBe(true);
    const status = await as(session)("auth.status", {});
    if (status.ok)
      expect(status.value).toMatchObject({ accountsExist: true, account: { username: "ha.le" } });
    // Public procedures still answer the sign-in screen.
    expect((await as(undefined)("auth.status", {})).ok).toBe(true);
  });

  it("a wrong password, an unknown user, then the lockout after five failures", async () => {
    const login = (username: string, password: string) =>
      as(undefined)("auth.login", { username, password });
    const unknown = await login("khong.co", "Mat-khau-2026");
    const wrong = await login("ha.le", "sai-mat-khau");
    expect(!unknown.ok && unknown.error.message).toBe("Tên đăng nhập hoặc mật khẩu không đúng.");
    expect(!wrong.ok && wrong.error.message).toMatch(/Còn 4 lần thử/);
    for (let i = 0; i < 3; i++) await login("ha.le", "sai-mat-khau");
    const fifth = await login("ha.le", "sai-mat-khau");
    expect(!fifth.ok && fifth.error.message).toMatch(/tạm khóa 5 phút/);
    const locked = await login("ha.le", admin.password);
    expect(!locked.ok && locked.error.message).toMatch(/Hãy thử lại sau 5 phút/);
    t.clock.advance(5 * 60_000 + 1);
    const ok = await login("ha.le", admin.password);
    expect(ok.ok).toBe(true);
  }, 60_000);

  it("the session ends after the idle minutes", async () => {
    t.clock.advance(16 * 60_000);
    const r = await as(session)("directory.listUnits", {});
    expect(!r.ok && r.error.code).toBe("UNAUTHENTICATED");
  });

  it("a password below the policy is refused", async () => {
    const r = await as(session)("auth.saveAccount", {
      fullName: "Ngô Thanh Tâm",
      username: "tam.ngo",
      role: "chuyen_vien",
      password: "ngan",
    });
    expect(!r.ok && r.error.fields?.password).toBe("Mật khẩu phải có ít nhất 8 ký tự");
  });

  it("a disabled account is signed out and cannot sign in", async () => {
    const made = await as(session)("auth.saveAccount", {
      fullName: "Ngô Thanh Tâm",
      username: "tam.ngo",
      role: "chuyen_vien",
      password: "Mat-khau-Tam-1",
    });
    if (!made.ok) throw new Error(made.error.message);
    const tam = await as(undefined)("auth.login", {
      username: "tam.ngo",
      password: "Mat-khau-Tam-1",
    });
    if (!tam.ok) throw new Error(tam.error.message);
    const tamSession = (tam.value as { session: string }).session;
    await as(session)("auth.setDisabled", {
      id: (made.value as { id: string }).id,
      disabled: true,
    });
    const after = await as(tamSession)("directory.listUnits", {});
    expect(!after.ok && after.error.code).toBe("UNAUTHENTICATED");
    const again = await as(undefined)("auth.login", {
      username: "tam.ngo",
      password: "Mat-khau-Tam-1",
    });
    expect(!again.ok && again.error.message).toMatch(/đã bị vô hiệu hóa/);
    // The last administrator cannot disable themself.
    const self = await as(session)("auth.setDisabled", {
      id: (await t.backend.router("auth.status", {}, session)).ok
        ? (
            (await t.backend.router("auth.status", {}, session)) as {
              value: { account: { id: string } };
            }
          ).value.account.id
        : "",
      disabled: true,
    });
    expect(!self.ok && self.error.message).toMatch(/Không tự vô hiệu hóa/);
  }, 60_000);

  it("the recovery code resets the administrator's password once", async () => {
    const t2 = await startTestBackend();
    try {
      await t2.expectOk("settings.completeSetup", sampleSetup());
      const made = await t2.expectOk("auth.createFirstAdmin", admin);
      const bad = await t2.backend.router("auth.recover", {
        username: "ha.le",
        recoveryCode: "AAAA-BBBB-CCCC-DDDD",
        password: "Mat-khau-moi-1",
      });
      expect(!bad.ok && bad.error.message).toBe("Tên đăng nhập hoặc mã khôi phục không đúng.");
      const good = await t2.backend.router("auth.recover", {
        username: "ha.le",
        recoveryCode: made.recoveryCode.toLowerCase(),
        password: "Mat-khau-moi-1",
      });
      expect(good.ok).toBe(true);
      const reused = await t2.backend.router("auth.recover", {
        username: "ha.le",
        recoveryCode: made.recoveryCode,
        password: "Mat-khau-moi-2",
      });
      expect(reused.ok).toBe(false);
      expect(
        (await t2.backend.router("auth.login", { username: "ha.le", password: "Mat-khau-moi-1" }))
          .ok,
      ).toBe(true);
    } finally {
      t2.cleanup();
    }
  }, 60_000);
});

describe("what each role may do", () => {
  let viewer: string;
  beforeEach(async () => {
    const { session } = await firstAdmin();
    await as(session)("auth.saveAccount", {
      fullName: "Trần Văn Xem",
      username: "xem",
      role: "chi_xem",
      password: "Chi-xem-2026",
    });
    const r = await as(undefined)("auth.login", { username: "xem", password: "Chi-xem-2026" });
    if (!r.ok) throw new Error(r.error.message);
    viewer = (r.value as { session: string }).session;
  });

  it("a Chỉ xem account is refused every mutation before its handler runs, and nothing changes", async () => {
    const mutations = (Object.keys(contract) as Channel[]).filter(
      (c) =>
        contract[c].kind === "mutation" &&
        !["public", "self", "read"].includes(accessOf(c, "mutation")),
    );
    expect(mutations.length).toBeGreaterThan(100);
    const before = snapshotDatabase(t.backend.sqlite);
    for (const channel of mutations) {
      // No input at all: a handler that ran would fail validation instead of being refused.
      const r = await as(viewer)(channel, {});
      expect({ channel, ok: r.ok, code: !r.ok && r.error.code }).toEqual({
        channel,
        ok: false,
        code: "FORBIDDEN",
      });
    }
    expect(snapshotDatabase(t.backend.sqlite)).toEqual(before);
    // Reading is allowed.
    expect((await as(viewer)("directory.listUnits", {})).ok).toBe(true);
    const r = await as(viewer)("settings.saveRounding", { step: 1000, mode: "nearest" });
    expect(!r.ok && r.error.message).toBe(
      "Tài khoản Trần Văn Xem (Chỉ xem) không có quyền quản trị (tài khoản, cài đặt, danh mục, sao lưu).",
    );
  });

  it("over HTTP too: a Chỉ xem session calling a mutation directly is refused", async () => {
    const server = await startTestServer(t.backend, {});
    try {
      const post = (session: string) =>
        rawRequest(server.port, {
          method: "POST",
          path: "/api/directory.saveUnit",
          headers: {
            "content-type": "application/json",
            [TOKEN_HEADER]: server.token,
            "x-tdkt-session": session,
          },
          body: JSON.stringify({ name: "Đơn vị lạ", kind: "khac" }),
        });
      const before = snapshotDatabase(t.backend.sqlite);
      const refused = (await post(viewer)).json() as { ok: boolean; error: { code: string } };
      expect(refused).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
      const anonymous = (await post("")).json() as { ok: boolean; error: { code: string } };
      expect(anonymous).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
      expect(snapshotDatabase(t.backend.sqlite)).toEqual(before);
    } finally {
      await server.close();
    }
  });
});

describe("what reaches the logs", () => {
  it("never a password, a recovery code or a session token, even when calls fail", async () => {
    const made = await firstAdmin();
    const server = await startTestServer(t.backend, {});
    try {
      const post = (path: string, body: string, session = "") =>
        rawRequest(server.port, {
          method: "POST",
          path,
          headers: {
            "content-type": "application/json",
            [TOKEN_HEADER]: server.token,
            "x-tdkt-session": session,
          },
          body,
        });
      await post(
        "/api/auth.login",
        JSON.stringify({ username: "ha.le", password: "Sai-mat-khau-1" }),
      );
      await post(
        "/api/auth.login",
        JSON.stringify({ username: "ha.le", password: admin.password }),
      );
      await post("/api/auth.login", '{"username": "ha.le", "password": "Hong-json-2026"');
      await post("/api/auth.login", JSON.stringify({ username: "x", password: "y".repeat(5000) }));
      await post(
        "/api/auth.recover",
        JSON.stringify({ username: "ha.le", recoveryCode: made.recoveryCode, password: "ab" }),
      );
      await post("/api/directory.saveUnit", JSON.stringify({ name: 1 }), made.session);
      await post("/api/khong.co", "{}", made.session);
      const logged = JSON.stringify([
        t.log.errors,
        t.log.infos,
        server.log.errors,
        server.log.infos,
      ]);
      for (const secret of [
        admin.password,
        "Sai-mat-khau-1",
        "Hong-json-2026",
        made.recoveryCode,
        made.session,
        server.token,
      ])
        expect(logged).not.toContain(secret);
    } finally {
      await server.close();
    }
  });
});

describe("automatic sign-in", () => {
  it("signs in only the account the administrator chose, and never a disabled one", async () => {
    const { session, account } = await firstAdmin();
    const none = await as(undefined)("auth.autoSignIn", {});
    expect(!none.ok && none.error.message).toMatch(/không đặt tự đăng nhập/);
    const viewer = await as(session)("auth.saveAccount", {
      fullName: "Trần Văn Xem",
      username: "xem",
      role: "chi_xem",
      password: "Chi-xem-2026",
    });
    if (!viewer.ok) throw new Error(viewer.error.message);
    const viewerId = (viewer.value as { id: string }).id;
    // Only the administrator chooses it.
    expect(
      (await as(undefined)("auth.saveSettings", { idleMinutes: 15, autoSignInId: viewerId })).ok,
    ).toBe(false);
    expect(
      (await as(session)("auth.saveSettings", { idleMinutes: 15, autoSignInId: viewerId })).ok,
    ).toBe(true);
    const status = await as(undefined)("auth.status", {});
    expect(status.ok && status.value).toMatchObject({
      account: null,
      autoSignIn: { id: viewerId, fullName: "Trần Văn Xem" },
    });
    const auto = await as(undefined)("auth.autoSignIn", {});
    if (!auto.ok) throw new Error(auto.error.message);
    const autoSession = (auto.value as { session: string; account: { id: string } }).session;
    expect((auto.value as { account: { id: string } }).account.id).toBe(viewerId);
    // The account keeps its role: still only a viewer.
    const refused = await as(autoSession)("directory.saveUnit", { name: "X", kind: "khac" });
    expect(!refused.ok && refused.error.code).toBe("FORBIDDEN");
    await as(session)("auth.setDisabled", { id: viewerId, disabled: true });
    expect((await as(undefined)("auth.autoSignIn", {})).ok).toBe(false);
    expect(account.role).toBe("quan_tri");
  });
});

describe("who did it", () => {
  it("a nomination's history names the signed-in account, not the machine", async () => {
    const { session } = await firstAdmin();
    const call = async <T>(channel: string, input: unknown) => {
      const r = await as(session)(channel, input);
      if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
      return r.value as T;
    };
    const unit = await call<{ id: string }>("directory.saveUnit", {
      name: "UBND xã Bình Lư",
      kind: "xa_thi_tran",
    });
    const person = await call<{ id: string }>("directory.savePerson", {
      fullName: "Nguyễn Văn An",
      gender: "nam",
      birthYear: 1985,
      category: "cong_chuc",
      position: "Công chức",
      unitId: unit.id,
    });
    const dossier = await call<{ id: string }>("dossiers.save", {
      unitId: unit.id,
      year: 2024,
      kind: "thuong_xuyen",
      receivedDate: "2025-03-05",
    });
    const nomination = await call<{ id: string }>("dossiers.saveNomination", {
      dossierId: dossier.id,
      nomineeKind: "ca_nhan",
      personId: person.id,
      awardCode: "LDTT",
      summary: "Hoàn thành tốt nhiệm vụ.",
    });
    await call("dossiers.transition", {
      ids: [nomination.id],
      action: "tra_lai",
      reason: "Thiếu biên bản",
    });
    const events = await call<{ actor: string }[]>("dossiers.events", {
      nominationId: nomination.id,
    });
    expect(events.length).toBeGreaterThan(0);
    expect(events.at(-1)!.actor).toBe("Lê Thị Thu Hà");
  });
});
