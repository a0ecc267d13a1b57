// The packaging configuration electron-builder reads on a connected machine: checked here, where
// packaging itself cannot run.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const config = fs.readFileSync(
  path.join(__dirname, "..", "..", "..", "build", "electron-builder.yml"),
  "utf8",
);

/** The `key: value` lines of a top-level block of the YAML file. */
function block(name: string): Record<string, string> {
  const lines = config.split("\n");
  const start = lines.indexOf(`${name}:`);
  if (start < 0) return {};
  const out: Record<string, string> = {};
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith("  ")) break;
    const m = /^ {2}(\w+): (\S+)/.exec(line);
    if (m) out[m[1]!] = m[2]!;
  }
  return out;
}

describe("the packaged app", () => {
  it("flips the fuses that close the usual ways into a shipped Electron app", () => {
    expect(block("electronFuses")).toMatchObject({
      runAsNode: "false",
      enableNodeOptionsEnvironmentVariable: "false",
      enableNodeCliInspectArguments: "false",
      onlyLoadAppFromAsar: "true",
      enableEmbeddedAsarIntegrityValidation: "true",
      grantFileProtocolExtraPrivileges: "false",
    });
  });

  it("ships the app in app.asar without browser mode", () => {
    expect(config).toMatch(/^asar: true$/m);
    expect(config).toContain('  - "!out/electron/browser-main.cjs*"');
  });
});
