import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  CONTENT_SECURITY_POLICY,
  DEFAULT_MAX_BODY,
  TOKEN_HEADER,
} from "../../electron/http/server";
import { snapshotDatabase } from "../helpers/db-snapshot";
import { sampleSetup, startTestBackend, type TestBackend } from "../helpers/backend";
import { rawRequest, startTestServer, type RawResponse, type TestServer } from "../helpers/http";
import { makeTempDir, type TempDir } from "../helpers/temp-dir";

const MAX_BODY = 4096;
const DEFAULT_ROUNDING = { step: 10_000, mode: "up" };
/** What every refused request tries to write. */
const ATTEMPT = { step: 5_000, mode: "down" };

let t: TestBackend;
let server: TestServer;
let renderer: TempDir;

beforeAll(async () => {
  t = await startTestBackend();
  await t.expectOk("settings.completeSetup", sampleSetup());
  renderer = makeTempDir("tdkt-renderer-");
  fs.mkdirSync(path.join(renderer.path, "app"));
  fs.mkdirSync(path.join(renderer.path, "app", "assets"));
  fs.writeFileSync(
    path.join(renderer.path, "app", "index.html"),
    "<!doctype html><title>Thi đua – Khen thưởng</title>",
  );
  fs.writeFileSync(path.join(renderer.path, "app", "assets", "main.js"), "console.log('ok');");
  // Files next to the renderer that must never be served.
  fs.writeFileSync(path.join(renderer.path, "secret.txt"), "BI-MAT-KHONG-DUOC-LO");
  server = await startTestServer(t.backend, {
    rendererDir: path.join(renderer.path, "app"),
    maxBodyBytes: MAX_BODY,
  });
});
afterAll(async () => {
  await server.close();
  t.cleanup();
  renderer.remove();
});

const validHeaders = () => ({ "content-type": "application/json", [TOKEN_HEADER]: server.token });
const saveRounding = (
  overrides: {
    headers?: Record<string, string | number>;
    body?: string;
    method?: string;
    chunks?: string[];
  } = {},
) =>
  rawRequest(server.port, {
    method: overrides.method ?? "POST",
    path: "/api/settings.saveRounding",
    headers: { ...validHeaders(), ...overrides.headers },
    ...(overrides.chunks
      ? { chunks: overrides.chunks }
      : { body: overrides.body ?? JSON.stringify(ATTEMPT) }),
  });

describe("the API door refuses, and writes nothing", () => {
  let before: Record<string, string[]>;
  beforeEach(() => {
    before = snapshotDatabase(t.backend.sqlite);
  });
  afterEach(async () => {
    expect(await t.expectOk("settings.getRounding", {})).toEqual(DEFAULT_ROUNDING);
    expect(snapshotDatabase(t.backend.sqlite)).toEqual(before);
  });

  const expectRefused = (res: RawResponse, status: number, code: string) => {
    expect(res.status).toBe(status);
    const body = res.json();
    expect(body).toMatchObject({ ok: false, error: { code } });
    expect(body.error.message).toMatch(/[ạảãáàâăđêôơưệốộớờợủứừữự]/);
  };

  it("a request without the token", async () => {
    const headers: Record<string, string> = { "content-type": "application/json" };
    const res = await rawRequest(server.port, {
      method: "POST",
      path: "/api/settings.saveRounding",
      headers,
      body: JSON.stringify(ATTEMPT),
    });
    expectRefused(res, 401, "FORBIDDEN");
  });

  it("a request with a wrong token, an empty one, or one of another length", async () => {
    const wrong = server.token.slice(0, -1) + (server.token.endsWith("A") ? "B" : "A");
    for (const token of [
      wrong,
      "",
      "x",
      server.token + "x",
      server.token.toUpperCase() === server.token ? "y" : server.token.toUpperCase(),
    ]) {
      expectRefused(await saveRounding({ headers: { [TOKEN_HEADER]: token } }), 401, "FORBIDDEN");
    }
  });

  it("a request whose Host is a foreign name (DNS rebinding)", async () => {
    for (const host of [
      `evil.example:${server.port}`,
      "evil.example",
      `127.0.0.1:${server.port + 1}`,
      `127.0.0.1.evil.example:${server.port}`,
    ]) {
      expectRefused(await saveRounding({ headers: { host } }), 403, "FORBIDDEN");
    }
  });

  it("a request from a foreign Origin", async () => {
    for (const origin of [
      "http://evil.example",
      `http://evil.example:${server.port}`,
      "null",
      `https://127.0.0.1:${server.port}`,
      `http://127.0.0.1:${server.port + 1}`,
    ]) {
      expectRefused(await saveRounding({ headers: { origin } }), 403, "FORBIDDEN");
    }
  });

  it("a body larger than the limit, announced by Content-Length", async () => {
    const body = JSON.stringify({ ...ATTEMPT, padding: "x".repeat(MAX_BODY) });
    expect(Buffer.byteLength(body)).toBeGreaterThan(MAX_BODY);
    expectRefused(await saveRounding({ body }), 413, "VALIDATION");
  });

  it("a body larger than the limit, sent in chunks without a length", async () => {
    const json = JSON.stringify({ ...ATTEMPT, padding: "x".repeat(MAX_BODY * 2) });
    const chunks = json.match(/[\s\S]{1,1000}/g)!;
    expectRefused(await saveRounding({ chunks }), 413, "VALIDATION");
  });

  it("a GET, PUT or DELETE on an API route", async () => {
    for (const method of ["GET", "PUT", "DELETE"]) {
      const res = await rawRequest(server.port, {
        method,
        path: "/api/settings.saveRounding",
        headers: { [TOKEN_HEADER]: server.token },
      });
      expectRefused(res, 405, "FORBIDDEN");
    }
  });

  it("a body that is not declared as JSON", async () => {
    for (const type of [
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
    ]) {
      expectRefused(await saveRounding({ headers: { "content-type": type } }), 415, "VALIDATION");
    }
    const headers: Record<string, string> = { [TOKEN_HEADER]: server.token };
    const res = await rawRequest(server.port, {
      method: "POST",
      path: "/api/settings.saveRounding",
      headers,
      body: JSON.stringify(ATTEMPT),
    });
    expectRefused(res, 415, "VALIDATION");
  });

  it("a body that is not valid JSON", async () => {
    expectRefused(await saveRounding({ body: '{"step": 5000, "mode": "down"' }), 400, "VALIDATION");
    expectRefused(await saveRounding({ body: "step=5000&mode=down" }), 400, "VALIDATION");
  });

  it("input that does not match the contract, with a 200 and a Result", async () => {
    const res = await saveRounding({ body: JSON.stringify({ step: -5, mode: "down" }) });
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
  });

  it("a channel name with a malformed escape, as a client error that is not logged", async () => {
    const res = await rawRequest(server.port, {
      method: "POST",
      path: "/api/settings.save%E0%A4%A",
      headers: validHeaders(),
      body: JSON.stringify(ATTEMPT),
    });
    expectRefused(res, 400, "VALIDATION");
    expect(server.log.errors).toEqual([]);
  });

  it("an unknown channel", async () => {
    const res = await server.callApi("settings.dropEverything", {});
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({
      ok: false,
      error: { code: "NOT_FOUND", message: "Chức năng không tồn tại." },
    });
  });
});

describe("the API door lets a correct request through", () => {
  afterEach(async () => {
    await t.expectOk("settings.saveRounding", DEFAULT_ROUNDING as { step: number; mode: "up" });
  });

  it("with the token, the loopback Host and JSON", async () => {
    const res = await saveRounding();
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^application\/json/);
    expect(res.headers["cache-control"]).toBe("no-store");
    expect(res.json()).toEqual({ ok: true, value: ATTEMPT });
    expect(await t.expectOk("settings.getRounding", {})).toEqual(ATTEMPT);
  });

  it("from the app's own origin, under either loopback name", async () => {
    for (const [host, origin] of [
      [`127.0.0.1:${server.port}`, `http://127.0.0.1:${server.port}`],
      [`localhost:${server.port}`, `http://localhost:${server.port}`],
    ]) {
      const res = await saveRounding({ headers: { host: host!, origin: origin! } });
      expect(res.status, host).toBe(200);
      expect(res.json()).toMatchObject({ ok: true });
    }
  });

  it("with a body right at the limit", async () => {
    const base = JSON.stringify({ ...ATTEMPT, padding: "" });
    const body = JSON.stringify({
      ...ATTEMPT,
      padding: "x".repeat(MAX_BODY - Buffer.byteLength(base)),
    });
    expect(Buffer.byteLength(body)).toBe(MAX_BODY);
    expect((await saveRounding({ body })).status).toBe(200);
  });

  it("with a JSON content type that names its charset, and an empty body as empty input", async () => {
    const res = await saveRounding({
      headers: { "content-type": "application/json; charset=utf-8" },
    });
    expect(res.json()).toMatchObject({ ok: true });
    const ping = await rawRequest(server.port, {
      method: "POST",
      path: "/api/system.ping",
      headers: validHeaders(),
      body: "",
    });
    expect(ping.json()).toEqual({ ok: true, value: { ok: true } });
  });

  it("reads Vietnamese text sent in several chunks", async () => {
    const json = JSON.stringify({ fullName: "Nguyễn Thị Ánh Tuyết", position: "Phó Trưởng phòng" });
    // Split inside a multi-byte character on purpose.
    const bytes = Buffer.from(json);
    const chunks = [bytes.subarray(0, 15), bytes.subarray(15)];
    const res = await rawRequest(server.port, {
      method: "POST",
      path: "/api/settings.saveSigner",
      headers: validHeaders(),
      chunks,
    });
    const saved = res.json();
    expect(saved).toMatchObject({ ok: true, value: { fullName: "Nguyễn Thị Ánh Tuyết" } });
    await t.expectOk("settings.deleteSigner", { id: saved.value.id });
  });
});

describe("the default body limit", () => {
  it("is one mebibyte", async () => {
    const plain = await startTestServer(t.backend);
    try {
      expect(DEFAULT_MAX_BODY).toBe(1024 * 1024);
      const chunk = "x".repeat(64 * 1024);
      const over = ['{"padding":"', ...Array.from({ length: 17 }, () => chunk), '"}'];
      const res = await rawRequest(plain.port, {
        method: "POST",
        path: "/api/system.ping",
        headers: { "content-type": "application/json", [TOKEN_HEADER]: plain.token },
        chunks: over,
      });
      expect(res.status).toBe(413);
    } finally {
      await plain.close();
    }
  });
});

describe("the static files", () => {
  const get = (p: string, headers: Record<string, string> = {}) =>
    rawRequest(server.port, { path: p, headers });

  it("serve index.html with a Content-Security-Policy that allows no remote origin", async () => {
    const res = await get("/");
    expect(res.status).toBe(200);
    expect(res.text).toContain("Thi đua – Khen thưởng");
    expect(res.headers["content-type"]).toBe("text/html; charset=utf-8");
    const csp = res.headers["content-security-policy"] as string;
    expect(csp).toBe(CONTENT_SECURITY_POLICY);
    const directives = Object.fromEntries(
      csp
        .split(";")
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...sources]) => [name, sources]),
    );
    expect(directives["default-src"]).toEqual(["'self'"]);
    expect(directives["script-src"]).toEqual(["'self'"]);
    expect(directives["object-src"]).toEqual(["'none'"]);
    expect(directives["frame-ancestors"]).toEqual(["'none'"]);
    for (const sources of Object.values(directives) as string[][]) {
      for (const source of sources)
        expect(["'self'", "'none'", "'unsafe-inline'", "data:", "blob:"]).toContain(source);
    }
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["cache-control"]).toBe("no-store");
  });

  it("serve assets and fall back to index.html for the app's routes", async () => {
    const asset = await get("/assets/main.js");
    expect(asset.status).toBe(200);
    expect(asset.text).toBe("console.log('ok');");
    expect(asset.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    const route = await get("/cai-dat/nguoi-ky");
    expect(route.status).toBe(200);
    expect(route.text).toContain("<!doctype html>");
    expect(route.headers["content-security-policy"]).toBe(CONTENT_SECURITY_POLICY);
  });

  it("never serve a file outside the renderer folder", async () => {
    for (const p of [
      "/../secret.txt",
      "/%2e%2e/secret.txt",
      "/%2E%2E/secret.txt",
      "/..%2fsecret.txt",
      "/%2e%2e%2fsecret.txt",
      "/assets/..%2f..%2fsecret.txt",
      "/assets/%2e%2e/%2e%2e/secret.txt",
      "/..%5csecret.txt",
      `/${encodeURIComponent(path.join(renderer.path, "secret.txt"))}`,
      "//secret.txt",
    ]) {
      const res = await get(p);
      expect(res.text, p).not.toContain("BI-MAT");
      expect([200, 400, 403, 404], p).toContain(res.status);
    }
    const res = await get("/../package.json");
    expect(res.text).not.toContain('"name"');
  });

  it("answer a malformed escape in the path with 400, not an internal error", async () => {
    const res = await get("/%E0%A4%A");
    expect(res.status).toBe(400);
    expect(server.log.errors).toEqual([]);
  });

  it("refuse a foreign Host for static files too", async () => {
    const res = await get("/", { host: `evil.example:${server.port}` });
    expect(res.status).toBe(403);
    expect(res.text).not.toContain("<!doctype html>");
  });

  it("refuse anything but GET and HEAD", async () => {
    const res = await rawRequest(server.port, { method: "POST", path: "/index.html", body: "x" });
    expect(res.status).toBe(405);
  });

  it("say the renderer is not built when there is no index.html", async () => {
    const bare = await startTestServer(t.backend, {
      rendererDir: path.join(renderer.path, "missing"),
    });
    try {
      const res = await rawRequest(bare.port, { path: "/" });
      expect(res.status).toBe(503);
      expect(res.text).toContain("npm run build");
    } finally {
      await bare.close();
    }
  });
});

describe("the listening address", () => {
  const canConnect = (host: string, port: number) =>
    new Promise<boolean>((resolve) => {
      const socket = net.connect({ host, port });
      socket.setTimeout(1000);
      socket.once("connect", () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
      socket.once("timeout", () => {
        socket.destroy();
        resolve(false);
      });
    });

  it("is 127.0.0.1 and nothing else", async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    expect(await canConnect("127.0.0.1", server.port)).toBe(true);
    const others = Object.values(os.networkInterfaces())
      .flat()
      .filter((a) => a && a.address !== "127.0.0.1" && !a.address.startsWith("fe80"))
      .map((a) => a!.address);
    // Linux answers on all of 127.0.0.0/8: a server bound to 0.0.0.0 would accept 127.0.0.2.
    if (process.platform === "linux") others.push("127.0.0.2");
    expect(others.length).toBeGreaterThan(0);
    for (const address of others)
      expect(await canConnect(address, server.port), address).toBe(false);
  });
});
