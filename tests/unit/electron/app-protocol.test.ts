// app:// serves the built renderer and nothing else, like the HTTP door's static files.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appProtocolResponse, resolveAppFile } from "../../../electron/app-protocol";

let root: string;
let renderer: string;
beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-app-protocol-"));
  renderer = path.join(root, "renderer");
  fs.mkdirSync(path.join(renderer, "assets"), { recursive: true });
  fs.writeFileSync(path.join(renderer, "index.html"), "<!doctype html><title>TĐKT</title>");
  fs.writeFileSync(path.join(renderer, "assets", "index-abc.js"), "export {};");
  fs.writeFileSync(path.join(root, "secret.txt"), "bí mật");
  fs.symlinkSync(path.join(root, "secret.txt"), path.join(renderer, "assets", "link.js"));
  fs.mkdirSync(path.join(root, "renderer-other"));
  fs.writeFileSync(path.join(root, "renderer-other", "x.js"), "x");
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe("app:// protocol", () => {
  it("serves the renderer's files with their type and the app's policy", async () => {
    expect(resolveAppFile(renderer, "app://thidua/index.html")).toBe(
      path.join(renderer, "index.html"),
    );
    expect(resolveAppFile(renderer, "app://thidua/")).toBe(path.join(renderer, "index.html"));
    expect(resolveAppFile(renderer, "app://thidua/assets/index-abc.js?v=1#x")).toBe(
      path.join(renderer, "assets", "index-abc.js"),
    );
    const res = appProtocolResponse(renderer, "app://thidua/assets/index-abc.js");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(await res.text()).toBe("export {};");
  });

  it("never leaves the renderer folder", () => {
    const refused = [
      "app://thidua/../secret.txt",
      "app://thidua/%2e%2e/secret.txt",
      "app://thidua/assets/%2e%2e/%2e%2e/secret.txt",
      "app://thidua/..%2fsecret.txt",
      "app://thidua/..%5csecret.txt",
      "app://thidua/%2e%2e%5csecret.txt",
      "app://thidua/../renderer-other/x.js",
      "app://thidua/assets/link.js", // a link leading out of the folder
      "app://thidua/assets", // a folder, not a file
      "app://thidua/missing.js",
      "app://thidua/index.html%00.js",
      "app://other-host/index.html",
      "file:///etc/passwd",
      "http://thidua/index.html",
      "app://thidua/%E0%A4%A", // malformed escape
      "not a url",
    ];
    for (const url of refused) expect(resolveAppFile(renderer, url), url).toBeNull();
    expect(appProtocolResponse(renderer, "app://thidua/../secret.txt").status).toBe(404);
  });
});
