import fs from "node:fs";
import path from "node:path";
import { unzipSync, zipSync } from "fflate";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  PackageError,
  buildPackage,
  buildPackageInSteps,
  generateInstallationKeys,
  keyFingerprint,
  linkEntries,
  readPackage,
  writePackageFile,
  type ManifestDraft,
} from "../../../electron/exchange/package";
import { makeTempDir } from "../../helpers/temp-dir";

const keys = generateInstallationKeys();
const draft: ManifestDraft = {
  schemaVersion: 6,
  appVersion: "0.1.0",
  packageId: "01a2b3c4-0000-7000-8000-000000000001",
  createdAt: "2026-12-03T10:00:00.000Z",
  sender: {
    installationId: "inst-xa-tan-an",
    unitCode: "XA_TAN_AN",
    unitName: "UBND xã Tân An",
    level: "xa",
    publicKey: keys.publicKey,
  },
  recipient: { unitCode: "PNV" },
  purpose: "registration",
  period: "2026",
  previousPackageId: null,
  counts: { registrations: 1 },
};
const entries = [
  { path: "data/registrations.jsonl", data: Buffer.from('{"id":"r1","year":2026}\n') },
  { path: "attachments/abc", data: Buffer.alloc(4096, 7) },
];
const good = () => buildPackage(draft, entries, keys.privateKey);

/** The same zip with its parts changed. */
function repack(bytes: Uint8Array, change: (files: Record<string, Uint8Array>) => void) {
  const files = unzipSync(bytes);
  change(files);
  return zipSync(files);
}

const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(PackageError);
    return (e as Error).message;
  }
  throw new Error("accepted");
};

let dir: ReturnType<typeof makeTempDir> | null = null;
afterEach(() => {
  dir?.remove();
  dir = null;
  vi.restoreAllMocks();
});

describe("a USB package", () => {
  it("reads back what was written, verified, with the sender's key fingerprint in digit groups", () => {
    const read = readPackage(good(), { pinnedKeyFor: () => keys.publicKey });
    expect(read.manifest.sender.unitName).toBe("UBND xã Tân An");
    expect(Buffer.from(read.files.get("data/registrations.jsonl")!).toString()).toContain("r1");
    expect(read.files.get("attachments/abc")!.length).toBe(4096);
    expect(keyFingerprint(keys.publicKey)).toMatch(/^\d{5} \d{5} \d{5} \d{5}$/);
  });

  it("refuses a truncated file, a changed, missing or extra file, and says why", () => {
    const bytes = good();
    expect(refusal(() => readPackage(bytes.subarray(0, bytes.length - 200)))).toContain(
      "đã bị hỏng, ghi chưa xong",
    );
    const changed = repack(bytes, (f) => {
      f["attachments/abc"] = Buffer.alloc(4096, 8);
    });
    expect(refusal(() => readPackage(changed))).toContain("“attachments/abc” trong gói không khớp");
    const missing = repack(bytes, (f) => delete f["attachments/abc"]);
    expect(refusal(() => readPackage(missing))).toContain("thiếu tệp “attachments/abc”");
    const extra = repack(bytes, (f) => {
      f["data/people.jsonl"] = Buffer.from("{}");
    });
    expect(refusal(() => readPackage(extra))).toContain("không nằm trong danh mục");
  });

  it("refuses a manifest edited after signing, another key than the pinned one, a newer format", () => {
    const bytes = good();
    const edited = repack(bytes, (f) => {
      f["manifest.json"] = Buffer.from(
        Buffer.from(f["manifest.json"]!).toString().replace("UBND xã Tân An", "UBND xã Khác"),
      );
    });
    expect(refusal(() => readPackage(edited))).toContain("Chữ ký của gói dữ liệu không đúng");
    const other = generateInstallationKeys();
    expect(refusal(() => readPackage(bytes, { pinnedKeyFor: () => other.publicKey }))).toContain(
      "Khóa của UBND xã Tân An đã thay đổi",
    );
    const newer = repack(bytes, (f) => {
      f["manifest.json"] = Buffer.from(
        Buffer.from(f["manifest.json"]!)
          .toString()
          .replace('"formatVersion": 1', '"formatVersion": 2'),
      );
    });
    expect(refusal(() => readPackage(newer))).toContain("phiên bản ứng dụng mới hơn");
  });

  it("refuses entry names that could escape a folder, and a zip bomb before inflating it", () => {
    for (const name of ["../evil.txt", "/etc/passwd", "data/../../x", "C:/x", "a\\b"]) {
      const evil = repack(good(), (f) => {
        f[name] = Buffer.from("x");
      });
      expect(refusal(() => readPackage(evil))).toContain("tên tệp không an toàn");
    }
    // A symbolic link entry (Unix mode 0120777), as `zip --symlinks` writes one.
    const link = zipSync({
      ...unzipSync(good()),
      "data/link": [Buffer.from("/etc/passwd"), { os: 3, attrs: 0o120777 << 16 }],
    });
    expect(linkEntries(link)).toEqual(["data/link"]);
    expect(linkEntries(good())).toEqual([]);
    expect(refusal(() => readPackage(link))).toContain("liên kết tới tệp khác");
    const bomb = zipSync({ "data/big.jsonl": Buffer.alloc(5_000_000) }, { level: 9 });
    expect(bomb.length).toBeLessThan(20_000);
    expect(
      refusal(() => readPackage(bomb, { limits: { maxEntries: 10, maxExpandedBytes: 1_000_000 } })),
    ).toContain("vượt giới hạn");
  });

  it("is written as .partial, renamed, re-read and verified; a failed write leaves nothing", async () => {
    dir = makeTempDir();
    const file = path.join(dir.path, "TDKT_XA_PNV_20261203-1000_01a2.tdkt");
    fs.writeFileSync(`${file}.partial`, "left by an interrupted write");
    const bytes = good();
    await writePackageFile(file, bytes);
    expect(fs.readdirSync(dir.path)).toEqual([path.basename(file)]);
    expect(readPackage(fs.readFileSync(file)).manifest.packageId).toBe(draft.packageId);

    // The stick removed during the write: nothing is left that could pass for a package.
    const other = path.join(dir.path, "TDKT_XA_PNV_20261203-1001_01a3.tdkt");
    vi.spyOn(fs, "fsyncSync").mockImplementationOnce(() => {
      throw Object.assign(new Error("EIO: i/o error"), { code: "EIO" });
    });
    await expect(writePackageFile(other, bytes)).rejects.toThrow("EIO");
    expect(fs.readdirSync(dir.path)).toEqual([path.basename(file)]);

    // Read back short of what was written (a failing stick): refused and removed.
    const third = path.join(dir.path, "TDKT_XA_PNV_20261203-1002_01a4.tdkt");
    vi.spyOn(fs, "readSync").mockImplementationOnce(() => 0);
    await expect(writePackageFile(third, bytes)).rejects.toThrow("đọc lại không khớp");
    expect(fs.readdirSync(dir.path)).toEqual([path.basename(file)]);

    // Cancelled while reading back: the file is removed too.
    const fourth = path.join(dir.path, "TDKT_XA_PNV_20261203-1003_01a5.tdkt");
    const cancel = (phase: string) => {
      if (phase === "kiem_tra") throw new Error("đã hủy");
    };
    await expect(writePackageFile(fourth, bytes, cancel)).rejects.toThrow("đã hủy");
    expect(fs.readdirSync(dir.path)).toEqual([path.basename(file)]);
  });

  it("is built file by file with progress, reading back as the package built in one go", async () => {
    const steps: string[] = [];
    const stepped = await buildPackageInSteps(
      draft,
      entries,
      keys.privateKey,
      (phase, done, total) => {
        steps.push(`${phase} ${done}/${total}`);
      },
    );
    expect(steps.at(-1)).toBe(`dong_goi ${entries.length + 2}/${entries.length + 2}`);
    expect(readPackage(stepped).manifest.files).toEqual(readPackage(good()).manifest.files);
  });
});
