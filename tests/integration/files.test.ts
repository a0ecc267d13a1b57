import fs from "node:fs";
import path from "node:path";
import { Writable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { TOKEN_HEADER } from "../../electron/http/server";
import { safeFileName } from "../../electron/http/file-routes";
import { resolveDataFile, resolveIncomingFile } from "../../electron/api/files";
import { startTestBackend, type TestBackend } from "../helpers/backend";
import { rawRequest, startTestServer, type TestServer } from "../helpers/http";

let t: TestBackend;
let server: TestServer;

beforeEach(async () => {
  t = await startTestBackend();
  server = await startTestServer(t.backend, { paths: t.paths, maxUploadBytes: 1024 });
});
afterEach(async () => {
  await server.close();
  await t.cleanup();
});

const incoming = () => path.join(t.paths.dataDir, "incoming");
const listIncoming = () => (fs.existsSync(incoming()) ? fs.readdirSync(incoming()) : []);
const upload = (name: string, body: Buffer | string, headers: Record<string, string> = {}) =>
  rawRequest(server.port, {
    method: "POST",
    path: `/upload?name=${encodeURIComponent(name)}`,
    headers: {
      "content-type": "application/octet-stream",
      [TOKEN_HEADER]: server.token,
      ...headers,
    },
    body,
  });

describe("browser-mode upload", () => {
  it("stores the file under incoming/ and returns a path the backend accepts", async () => {
    const res = await upload("Danh sách cá nhân.xlsx", Buffer.from("PK\u0003\u0004abc"));
    expect(res.status).toBe(200);
    const value = res.json().value as { path: string; name: string; size: number };
    expect(value.name).toBe("Danh sách cá nhân.xlsx");
    expect(value.size).toBe(7);
    expect(path.dirname(value.path)).toBe(incoming());
    expect(fs.readFileSync(value.path, "utf8")).toBe("PK\u0003\u0004abc");
    expect(resolveIncomingFile(t.backend, value.path)).toBe(value.path);
  });

  it("refuses an upload without the token and writes nothing", async () => {
    const res = await upload("a.xlsx", "data", { [TOKEN_HEADER]: "wrong" });
    expect(res.status).toBe(401);
    expect(listIncoming()).toEqual([]);
  });

  it("refuses a file over the limit, declared or streamed, with a Vietnamese message and keeps nothing", async () => {
    const declared = await upload("big.xlsx", Buffer.alloc(2048, 1));
    expect(declared.status).toBe(413);
    expect(declared.json().error.message).toMatch(/^Tệp quá lớn/);
    const streamed = await rawRequest(server.port, {
      method: "POST",
      path: "/upload?name=big.xlsx",
      headers: { "content-type": "application/octet-stream", [TOKEN_HEADER]: server.token },
      chunks: [Buffer.alloc(600, 1), Buffer.alloc(600, 1)],
    });
    expect(streamed.status).toBe(413);
    expect(listIncoming()).toEqual([]);
  });

  it("a full disk while writing gives 'Ổ đĩa đầy', keeps no part of the file and the server goes on", async () => {
    const full = vi.spyOn(fs, "createWriteStream").mockImplementation((() => {
      const out = new Writable({
        write(_chunk, _enc, done) {
          done(Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" }));
        },
      });
      return out;
    }) as unknown as typeof fs.createWriteStream);
    try {
      const res = await rawRequest(server.port, {
        method: "POST",
        path: "/upload?name=day.xlsx",
        headers: { "content-type": "application/octet-stream", [TOKEN_HEADER]: server.token },
        chunks: [Buffer.alloc(300, 1), Buffer.alloc(300, 1)],
      });
      expect(res.status).toBe(507);
      expect(res.json().error).toMatchObject({ code: "DISK_FULL" });
      expect(res.json().error.message).toMatch(/^Ổ đĩa đầy/);
    } finally {
      full.mockRestore();
    }
    expect(listIncoming()).toEqual([]);
    const after = await upload("sau.xlsx", "PK");
    expect(after.status).toBe(200);
  });

  it("never lets a file name escape incoming/", async () => {
    const res = await upload("../../tdkt.sqlite", "x");
    const saved = res.json().value.path as string;
    expect(path.dirname(saved)).toBe(incoming());
    expect(safeFileName("..\\..\\windows\\evil.xlsx")).toBe("evil.xlsx");
    expect(safeFileName("")).toBe("tep");
    expect(safeFileName("a<b>:c?.docx")).toBe("a_b__c_.docx");
  });
});

describe("which files the backend reads", () => {
  it("refuses a path the officer did not give it, and a missing file", () => {
    expect(() => resolveIncomingFile(t.backend, t.paths.database)).toThrow(
      /chưa được chọn qua ứng dụng/,
    );
    expect(() => resolveIncomingFile(t.backend, path.join(incoming(), "none.xlsx"))).toThrow(
      /Không tìm thấy tệp/,
    );
  });

  it("accepts a file chosen in the desktop open dialog", () => {
    const chosen = path.join(t.paths.dataDir, "..", `chosen-${Date.now()}.xlsx`);
    fs.writeFileSync(chosen, "x");
    try {
      expect(() => resolveIncomingFile(t.backend, chosen)).toThrow();
      t.backend.chosenFiles.add(path.resolve(chosen));
      expect(resolveIncomingFile(t.backend, chosen)).toBe(path.resolve(chosen));
    } finally {
      fs.rmSync(chosen, { force: true });
    }
  });

  it("files.chooseOpenFile says to use the upload button in browser mode", async () => {
    const r = await t.call("files.chooseOpenFile", { title: "Chọn tệp", extensions: ["xlsx"] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/chế độ trình duyệt/);
  });
});

describe("downloads of files the app produced", () => {
  it("refuses a link in the data folder that points outside it or at the database", async () => {
    const outside = path.join(path.dirname(t.paths.dataDir), `ngoai-${Date.now()}.txt`);
    fs.writeFileSync(outside, "bí mật");
    const docs = path.join(t.paths.documents, "2025");
    fs.mkdirSync(docs, { recursive: true });
    const links = {
      outside: path.join(docs, "lien-ket-ngoai.docx"),
      database: path.join(docs, "lien-ket-csdl.docx"),
    };
    fs.symlinkSync(outside, links.outside);
    fs.symlinkSync(path.join(t.paths.dataDir, "tdkt.sqlite"), links.database);
    try {
      for (const link of Object.values(links)) {
        const res = await rawRequest(server.port, {
          path: `/download?path=${encodeURIComponent(link)}&token=${server.token}`,
        });
        expect(res.status).toBe(404);
        expect(res.text).not.toContain("bí mật");
        const shown = await t.call("files.show", { path: link, action: "open" });
        expect(shown.ok).toBe(false);
      }
    } finally {
      fs.rmSync(outside, { force: true });
    }
  });

  it("serves a file from documents/ as an attachment with its Vietnamese name", async () => {
    const file = path.join(t.paths.documents, "2025", "Tờ trình số 12.docx");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, "docx-bytes");
    const res = await rawRequest(server.port, {
      path: `/download?path=${encodeURIComponent(file)}&token=${server.token}`,
    });
    expect(res.status).toBe(200);
    expect(res.text).toBe("docx-bytes");
    expect(res.headers["content-disposition"]).toContain(
      `filename*=UTF-8''${encodeURIComponent("Tờ trình số 12.docx")}`,
    );
    const relative = await rawRequest(server.port, {
      path: `/download?path=${encodeURIComponent("documents/2025/Tờ trình số 12.docx")}&token=${server.token}`,
    });
    expect(relative.status).toBe(200);
  });

  it("names a download as asked (a register document by summary and number), keeping its file type", async () => {
    const file = path.join(
      t.paths.documents,
      "2026",
      "ke-hoach-0197d6f2-7c1a-7f00-9c1e-1a2b3c4d5e6f.docx",
    );
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, "docx-bytes");
    const get = (name: string) =>
      rawRequest(server.port, {
        path: `/download?path=${encodeURIComponent(file)}&name=${encodeURIComponent(name)}&token=${server.token}`,
      });
    const named = await get("Ke hoach cong tac TDKT nam 2026 - 01-KH-PNV.docx");
    expect(named.status).toBe(200);
    expect(named.headers["content-disposition"]).toContain(
      'filename="Ke hoach cong tac TDKT nam 2026 - 01-KH-PNV.docx"',
    );
    // The name cannot change what the file is, nor leave the folder it is saved to.
    for (const name of ["Ke hoach.exe", "../../Ke hoach"])
      expect((await get(name)).headers["content-disposition"]).toMatch(
        /filename="[^"/\\]*Ke hoach(\.exe)?\.docx"/,
      );
  });

  it("refuses the database, backups, paths outside the data folder, and a missing token", async () => {
    for (const p of [
      t.paths.database,
      path.join(t.paths.backups, "x.sqlite"),
      "/etc/passwd",
      "documents/../tdkt.sqlite",
    ]) {
      const res = await rawRequest(server.port, {
        path: `/download?path=${encodeURIComponent(p)}&token=${server.token}`,
      });
      expect(res.status, p).toBe(404);
      expect(resolveDataFile(t.paths, p)).toBeNull();
    }
    const file = path.join(t.paths.documents, "a.docx");
    fs.writeFileSync(file, "x");
    const noToken = await rawRequest(server.port, {
      path: `/download?path=${encodeURIComponent(file)}`,
    });
    expect(noToken.status).toBe(401);
  });
});
