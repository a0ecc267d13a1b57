import fs from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { handlers } from "../../electron/api";
import { createRouter } from "../../electron/api/router";
import { defaultErrorMessages } from "../../electron/contract";
import { makeTempDir, type TempDir } from "../helpers/temp-dir";
import {
  createQuietLogger,
  sampleSetup,
  startTestBackend,
  type TestBackend,
} from "../helpers/backend";

let t: TestBackend;
beforeEach(async () => {
  t = await startTestBackend();
  await t.expectOk("settings.completeSetup", sampleSetup());
});
afterEach(() => t.cleanup());

describe("global search", () => {
  it("finds a title typed without tone marks", async () => {
    const hits = await t.expectOk("system.search", { q: "chien si" });
    const titles = hits.filter((h) => h.kind === "award").map((h) => h.title);
    expect(titles).toContain("Chiến sĩ thi đua cơ sở");
    expect(titles).toContain("Chiến sĩ thi đua cấp tỉnh");
    expect(titles).not.toContain("Lao động tiên tiến");
    const hit = hits.find((h) => h.title === "Chiến sĩ thi đua cơ sở")!;
    expect(hit).toMatchObject({
      kindLabel: "Danh hiệu, hình thức",
      subtitle: "CSTDCS",
      route: "/cai-dat/danh-muc",
    });
  });

  it("finds a council member by name without tone marks", async () => {
    const hits = await t.expectOk("system.search", { q: "dang quoc bao" });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      kind: "person-setting",
      title: "Đặng Quốc Bảo",
      route: "/cai-dat/hoi-dong",
    });
  });

  it("finds a signer and sends the officer to the signers page", async () => {
    const hits = await t.expectOk("system.search", { q: "thu ha" });
    const people = hits.filter((h) => h.kind === "person-setting");
    expect(people.map((h) => [h.title, h.route])).toEqual([["Lê Thị Thu Hà", "/cai-dat/nguoi-ky"]]);
  });

  it("finds a legal basis by its number", async () => {
    const hits = await t.expectOk("system.search", { q: "06/2022" });
    expect(hits.map((h) => [h.kind, h.subtitle])).toEqual([["legal", "06/2022/QH15"]]);
  });

  it("answers nothing for a query shorter than two letters", async () => {
    expect(await t.expectOk("system.search", { q: "c" })).toEqual([]);
    expect(await t.expectOk("system.search", { q: "   " })).toEqual([]);
  });

  it("answers nothing when nothing matches", async () => {
    expect(await t.expectOk("system.search", { q: "khong co gi ca" })).toEqual([]);
  });
});

describe("the demo dataset", () => {
  let dir: TempDir;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => dir.remove());

  it("loads a set-up profile into a new data folder", async () => {
    const demo = await startTestBackend({ dataDir: dir.path, demo: true });
    try {
      const status = await demo.expectOk("system.status", {});
      expect(status).toMatchObject({ state: "ready", demo: true });
      expect((await demo.expectOk("settings.getProfile", {}))?.placeName).toBe("Vĩnh Cửu");
      const signers = await demo.expectOk("settings.listSigners", {});
      expect(signers.filter((s) => s.isDefault)).toHaveLength(1);
      expect((await demo.expectOk("settings.listCouncil", {})).length).toBeGreaterThan(3);
      expect(await demo.expectOk("settings.getPreferences", {})).toEqual({ workingYear: 2025 });
    } finally {
      demo.close();
    }
  });

  it("is not loaded over a data folder that is already set up", async () => {
    const first = await startTestBackend({ dataDir: dir.path });
    await first.expectOk("settings.completeSetup", sampleSetup("Tân Uyên"));
    first.close();

    const again = await startTestBackend({ dataDir: dir.path, demo: true });
    try {
      expect(await again.expectOk("system.status", {})).toMatchObject({
        state: "ready",
        demo: false,
      });
      expect((await again.expectOk("settings.getProfile", {}))?.placeName).toBe("Tân Uyên");
      expect((await again.expectOk("settings.listSigners", {})).map((s) => s.fullName)).toEqual([
        "Trần Văn Hùng",
        "Lê Thị Thu Hà",
      ]);
      expect((await again.expectOk("settings.listCouncil", {})).length).toBe(3);
    } finally {
      again.close();
    }
  });
});

describe("the router", () => {
  it("answers NOT_FOUND for an unknown channel", async () => {
    expect(await t.callRaw("system.format", {})).toEqual({
      ok: false,
      error: { code: "NOT_FOUND", message: "Chức năng không tồn tại." },
    });
    expect(await t.callRaw("constructor", {})).toMatchObject({
      ok: false,
      error: { code: "NOT_FOUND" },
    });
    expect(await t.callRaw("__proto__", {})).toMatchObject({
      ok: false,
      error: { code: "NOT_FOUND" },
    });
  });

  it("treats a missing input as an empty object", async () => {
    expect(await t.callRaw("system.ping", undefined)).toEqual({ ok: true, value: { ok: true } });
  });

  it("refuses input that is not an object", async () => {
    expect(await t.callRaw("settings.saveRounding", "10000")).toMatchObject({
      ok: false,
      error: { code: "VALIDATION" },
    });
    expect(await t.callRaw("settings.saveRounding", [10000, "up"])).toMatchObject({
      ok: false,
      error: { code: "VALIDATION" },
    });
  });

  it("refuses unknown fields where the contract says the input is empty", async () => {
    expect(await t.callRaw("system.ping", { extra: 1 })).toMatchObject({
      ok: false,
      error: { code: "VALIDATION" },
    });
  });

  it("hides a handler's unexpected error behind the generic Vietnamese message and logs the detail", async () => {
    const log = createQuietLogger();
    const router = createRouter(
      {
        ...handlers,
        "system.ping": () => {
          throw new Error("secret detail: /home/user/tdkt.sqlite");
        },
      },
      () => t.backend,
      { validateOutput: true, log },
    );
    const result = await router("system.ping", {});
    expect(result).toEqual({
      ok: false,
      error: { code: "INTERNAL", message: defaultErrorMessages.INTERNAL },
    });
    expect(JSON.stringify(result)).not.toContain("secret");
    expect(log.errors).toHaveLength(1);
    expect(log.errors[0]!.message).toContain("system.ping");
    expect((log.errors[0]!.detail as Error).message).toContain("secret detail");
  });

  it("maps a SQLite constraint failure to CONFLICT", async () => {
    const log = createQuietLogger();
    const router = createRouter(
      {
        ...handlers,
        "system.ping": (_i, ctx) => {
          ctx.sqlite
            .prepare("insert into installation (id, created_at) values (?, 0)")
            .run(ctx.origin);
          return { ok: true as const };
        },
      },
      () => t.backend,
      { validateOutput: true, log },
    );
    expect(await router("system.ping", {})).toEqual({
      ok: false,
      error: { code: "CONFLICT", message: defaultErrorMessages.CONFLICT },
    });
    expect(log.errors).toHaveLength(1);
  });

  it("answers INTERNAL when a handler's output does not match the contract", async () => {
    const log = createQuietLogger();
    const wrong = {
      ...handlers,
      "settings.getRounding": () => ({ step: "10000", mode: "up" }),
    } as unknown as typeof handlers;
    const router = createRouter(wrong, () => t.backend, { validateOutput: true, log });
    expect(await router("settings.getRounding", {})).toEqual({
      ok: false,
      error: { code: "INTERNAL", message: defaultErrorMessages.INTERNAL },
    });
    expect(log.errors.map((e) => e.message).join("\n")).toContain(
      "settings.getRounding: output does not match the contract",
    );

    const lenient = createRouter(wrong, () => t.backend, {
      validateOutput: false,
      log: createQuietLogger(),
    });
    expect(await lenient("settings.getRounding", {})).toEqual({
      ok: true,
      value: { step: "10000", mode: "up" },
    });
  });

  it("validates every output of the real handlers in tests", () => {
    // The helper starts the backend with validateOutput on; a mismatch would have failed every call above.
    expect(t.log.errors).toEqual([]);
  });
});

describe("the data folder", () => {
  it("is created with its sub-folders", () => {
    for (const p of [
      t.paths.backups,
      t.paths.documents,
      t.paths.attachments,
      t.paths.templates,
      t.paths.logs,
    ]) {
      expect(fs.statSync(p).isDirectory()).toBe(true);
    }
  });

  it("is revealed through the platform", async () => {
    expect(await t.expectOk("system.revealDataFolder", {})).toEqual({ path: t.paths.dataDir });
    expect((t.backend.platform as unknown as { opened: string[] }).opened).toEqual([
      t.paths.dataDir,
    ]);
  });
});
