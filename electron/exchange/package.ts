/**
 * The USB package (../shared/design/EXCHANGE.md): one zip holding a signed manifest, the data as
 * JSON lines, attachments named by their SHA-256 and the human-readable papers. This module
 * writes a package safely (a `.partial` flushed, renamed, re-read and verified) and reads one
 * without trusting it: sane zip, signature, every file's size and hash, nothing more, nothing
 * less. What the records mean is the importer's business, not this module's.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import {
  unzipSync,
  Zip,
  ZipDeflate,
  ZipPassThrough,
  zipSync,
  type Unzipped,
  type Zippable,
} from "fflate";
import { z } from "zod";
import { syncFolder } from "../atomic-write";

export const PACKAGE_FORMAT = "tdkt-package";
export const PACKAGE_FORMAT_VERSION = 1;
export const PACKAGE_EXTENSION = ".tdkt";

/** A refusal the officer reads; the package changed nothing. */
export class PackageError extends Error {}

const fileEntry = z.object({
  path: z.string().min(1),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export const manifestSchema = z.object({
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: z.number().int().positive(),
  /** The last database migration of the sender. */
  schemaVersion: z.number().int().nonnegative(),
  appVersion: z.string(),
  packageId: z.string().min(1),
  createdAt: z.string(),
  sender: z.object({
    installationId: z.string().min(1),
    unitCode: z.string(),
    unitName: z.string(),
    level: z.string(),
    /** Ed25519 public key, SPKI DER in base64. */
    publicKey: z.string().min(1),
  }),
  recipient: z.object({ unitCode: z.string() }),
  purpose: z.string().min(1),
  period: z.string(),
  previousPackageId: z.string().nullable(),
  counts: z.record(z.string(), z.number().int().nonnegative()),
  /**
   * The sender's audit trail at the time (its last row's number and hash): what the package
   * says was done, there, up to that row. Absent in packages from before the trail.
   */
  auditHead: z.object({ seq: z.number().int().nonnegative(), hash: z.string().max(64) }).optional(),
  files: z.array(fileEntry),
});
export type PackageManifest = z.infer<typeof manifestSchema>;
export type ManifestDraft = Omit<PackageManifest, "files" | "format" | "formatVersion">;

export interface PackageEntry {
  /** Inside the zip: data/<table>.jsonl, attachments/<sha256>, documents/<name>. */
  path: string;
  data: Uint8Array;
}

export interface InstallationKeys {
  /** SPKI DER, base64. */
  publicKey: string;
  /** PKCS#8 DER, base64; never leaves the installation. */
  privateKey: string;
}

/** A new Ed25519 key pair for an installation (made once, at setup). */
export function generateInstallationKeys(): InstallationKeys {
  const { publicKey, privateKey } = crypto.generateKeyPairSync("ed25519");
  return {
    publicKey: publicKey.export({ type: "spki", format: "der" }).toString("base64"),
    privateKey: privateKey.export({ type: "pkcs8", format: "der" }).toString("base64"),
  };
}

/**
 * The key's fingerprint as officers read it aloud on the phone: 20 digits in groups of five
 * ("04817 55210 93374 10268"), from the SHA-256 of the public key.
 */
export function keyFingerprint(publicKey: string): string {
  const digest = crypto.createHash("sha256").update(Buffer.from(publicKey, "base64")).digest();
  const digits = [...digest.subarray(0, 10)].map((b) => String(b % 100).padStart(2, "0")).join("");
  return digits.match(/.{5}/g)!.join(" ");
}

export const sha256 = (data: Uint8Array) => crypto.createHash("sha256").update(data).digest("hex");

/** Limits a package must stay within before anything is inflated (zip bombs). */
export interface ReadLimits {
  maxEntries: number;
  maxExpandedBytes: number;
}
export const defaultReadLimits: ReadLimits = {
  maxEntries: 200_000,
  maxExpandedBytes: 8 * 1024 ** 3,
};

const isSafeEntryName = (name: string) =>
  name.length > 0 &&
  !name.startsWith("/") &&
  !name.includes("\\") &&
  !/^[A-Za-z]:/.test(name) &&
  !name.split("/").some((part) => part === ".." || part === "." || part === "");

/**
 * Entries the zip marks as symbolic links (Unix mode in the central directory's external
 * attributes). A package never holds one; nothing here would follow it, but it is refused.
 */
export function linkEntries(bytes: Uint8Array): string[] {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = view.length - 22; i >= Math.max(0, view.length - 22 - 0xffff); i--)
    if (view.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) return [];
  const count = view.readUInt16LE(eocd + 10);
  let at = view.readUInt32LE(eocd + 16);
  const links: string[] = [];
  for (let n = 0; n < count && at + 46 <= view.length; n++) {
    if (view.readUInt32LE(at) !== 0x02014b50) break;
    const madeBy = view.readUInt16LE(at + 4) >> 8;
    const nameLength = view.readUInt16LE(at + 28);
    const skip = nameLength + view.readUInt16LE(at + 30) + view.readUInt16LE(at + 32);
    const mode = view.readUInt32LE(at + 38) >>> 16;
    if (madeBy === 3 && (mode & 0xf000) === 0xa000)
      links.push(view.toString("utf8", at + 46, at + 46 + nameLength));
    at += 46 + skip;
  }
  return links;
}

/** The files of a package in zip order: the signed manifest, then the entries. */
function packageFiles(
  draft: ManifestDraft,
  entries: PackageEntry[],
  privateKey: string,
): { name: string; data: Uint8Array; stored: boolean }[] {
  const seen = new Set<string>();
  for (const e of entries) {
    if (!isSafeEntryName(e.path) || e.path.startsWith("manifest."))
      throw new Error(`invalid package entry name ${e.path}`);
    if (seen.has(e.path)) throw new Error(`duplicate package entry ${e.path}`);
    seen.add(e.path);
  }
  const manifest: PackageManifest = {
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
    ...draft,
    files: entries.map((e) => ({ path: e.path, size: e.data.length, sha256: sha256(e.data) })),
  };
  const manifestBytes = Buffer.from(JSON.stringify(manifest, null, 1), "utf8");
  const key = crypto.createPrivateKey({
    key: Buffer.from(privateKey, "base64"),
    format: "der",
    type: "pkcs8",
  });
  const signature = crypto.sign(null, manifestBytes, key);
  return [
    { name: "manifest.json", data: manifestBytes, stored: false },
    {
      name: "manifest.sig",
      data: Buffer.from(signature.toString("base64"), "utf8"),
      stored: false,
    },
    // Scans, PDFs and .docx are compressed already: stored as they are, which is much faster.
    ...entries.map((e) => ({ name: e.path, data: e.data, stored: !e.path.startsWith("data/") })),
  ];
}

/** The zip's bytes for a manifest and its entries, the manifest signed with the sender's key. */
export function buildPackage(
  draft: ManifestDraft,
  entries: PackageEntry[],
  privateKey: string,
): Uint8Array {
  const files: Zippable = {};
  for (const f of packageFiles(draft, entries, privateKey))
    files[f.name] = f.stored ? [f.data, { level: 0 }] : f.data;
  return zipSync(files, { level: 6 });
}

/**
 * Reports progress between steps of a long write; may throw to cancel it (what was written is
 * removed). Awaited, so that the app answers the officer's clicks meanwhile.
 */
export type StepProgress = (
  phase: "dong_goi" | "ghi" | "kiem_tra",
  done: number,
  total: number,
) => Promise<void> | void;

/** The same bytes as buildPackage, file by file, reporting progress between files. */
export async function buildPackageInSteps(
  draft: ManifestDraft,
  entries: PackageEntry[],
  privateKey: string,
  progress: StepProgress,
): Promise<Uint8Array> {
  const files = packageFiles(draft, entries, privateKey);
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, data) => {
    if (err) failure = err;
    else chunks.push(data);
  });
  for (const [i, f] of files.entries()) {
    const entry = f.stored ? new ZipPassThrough(f.name) : new ZipDeflate(f.name, { level: 6 });
    zip.add(entry);
    entry.push(f.data, true);
    if (failure) throw failure;
    await progress("dong_goi", i + 1, files.length);
  }
  zip.end();
  if (failure) throw failure;
  return Buffer.concat(chunks);
}

const CHUNK = 8 * 1024 * 1024;

/**
 * Writes a package where the officer chose (a USB stick or a folder): `<file>.partial` first,
 * flushed, renamed, the folder flushed, then the file read back and compared byte for byte by
 * its SHA-256. A leftover `.partial` from an interrupted write is removed first; on any failure
 * or a cancel nothing is left that could be mistaken for a good package. Returns the SHA-256.
 */
export async function writePackageFile(
  file: string,
  bytes: Uint8Array,
  progress: StepProgress = () => undefined,
): Promise<string> {
  if (!file.endsWith(PACKAGE_EXTENSION))
    throw new Error(`package name must end ${PACKAGE_EXTENSION}`);
  const partial = `${file}.partial`;
  fs.rmSync(partial, { force: true });
  const expected = sha256(bytes);
  let fd: number | null = null;
  try {
    fd = fs.openSync(partial, "w");
    for (let at = 0; at < bytes.length; at += CHUNK) {
      const length = Math.min(CHUNK, bytes.length - at);
      let written = 0;
      while (written < length) written += fs.writeSync(fd, bytes, at + written, length - written);
      await progress("ghi", at + length, bytes.length);
    }
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    fs.renameSync(partial, file);
    syncFolder(path.dirname(file));
  } catch (e) {
    if (fd !== null) fs.closeSync(fd);
    fs.rmSync(partial, { force: true });
    throw e;
  }
  let readBack: string;
  try {
    readBack = await hashOfFile(file, progress);
  } catch (e) {
    fs.rmSync(file, { force: true });
    throw e;
  }
  if (readBack !== expected) {
    fs.rmSync(file, { force: true });
    throw new PackageError(
      "Tệp ghi ra USB đọc lại không khớp với dữ liệu đã ghi (USB có thể bị lỗi hoặc bị rút ra). Hãy ghi lại, nếu cần thì dùng USB khác.",
    );
  }
  return expected;
}

/** The SHA-256 of a file as read back from the disk, chunk by chunk. */
async function hashOfFile(file: string, progress: StepProgress): Promise<string> {
  const total = fs.statSync(file).size;
  const hash = crypto.createHash("sha256");
  const buffer = Buffer.alloc(Math.min(CHUNK, Math.max(total, 1)));
  const fd = fs.openSync(file, "r");
  try {
    let done = 0;
    for (;;) {
      const n = fs.readSync(fd, buffer, 0, buffer.length, done);
      if (n <= 0) break;
      hash.update(buffer.subarray(0, n));
      done += n;
      await progress("kiem_tra", done, total);
    }
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest("hex");
}

export interface ReadPackage {
  manifest: PackageManifest;
  /** Every file the manifest lists, verified. */
  files: Map<string, Uint8Array>;
  /** The SHA-256 of the whole package file (its identity for "already imported"). */
  sha256: string;
}

/** True when `signature` (base64 text) is the key's Ed25519 signature of `data`. */
function verifies(data: Uint8Array, signature: Uint8Array, publicKey: string): boolean {
  try {
    const key = crypto.createPublicKey({
      key: Buffer.from(publicKey, "base64"),
      format: "der",
      type: "spki",
    });
    return crypto.verify(
      null,
      data,
      key,
      Buffer.from(Buffer.from(signature).toString("utf8"), "base64"),
    );
  } catch {
    return false;
  }
}

const broken = () =>
  new PackageError(
    "Tệp không phải gói dữ liệu hợp lệ hoặc đã bị hỏng, ghi chưa xong (có thể USB bị rút khi đang ghi). Hãy xin đơn vị gửi ghi lại gói.",
  );

/**
 * Reads a package without trusting it. Refuses, with the reason, a file that is not a sound zip,
 * has too many or too large entries, entry names that could escape a folder, a manifest that
 * does not parse, a signature that does not verify, a key other than the one pinned for this
 * sender, a file missing, extra, or different in size or hash from the manifest, or a format
 * newer than this app reads.
 */
export function readPackage(
  bytes: Uint8Array,
  opts: {
    /** The key pinned for a sender installation, if any. */
    pinnedKeyFor?: (installationId: string) => string | undefined;
    limits?: ReadLimits;
  } = {},
): ReadPackage {
  const limits = opts.limits ?? defaultReadLimits;
  const links = linkEntries(bytes);
  if (links.length)
    throw new PackageError(
      `Gói dữ liệu chứa liên kết tới tệp khác (“${links[0]}”): không nhận. Hãy kiểm tra nguồn gửi.`,
    );
  let entries = 0;
  let expanded = 0;
  let unsafe: string | null = null;
  let contents: Unzipped;
  try {
    contents = unzipSync(bytes, {
      filter: (f) => {
        entries++;
        expanded += f.originalSize;
        if (!isSafeEntryName(f.name)) unsafe ??= f.name;
        if (entries > limits.maxEntries || expanded > limits.maxExpandedBytes) {
          throw new PackageError(
            "Gói dữ liệu có số tệp hoặc dung lượng giải nén vượt giới hạn cho phép: không mở để bảo vệ máy. Hãy kiểm tra nguồn gửi.",
          );
        }
        return unsafe === null;
      },
    });
  } catch (e) {
    if (e instanceof PackageError) throw e;
    throw broken();
  }
  if (unsafe !== null)
    throw new PackageError(
      `Gói dữ liệu chứa tên tệp không an toàn (“${unsafe}”): không nhận. Hãy kiểm tra nguồn gửi.`,
    );
  const manifestBytes = contents["manifest.json"];
  const signature = contents["manifest.sig"];
  if (!manifestBytes || !signature) throw broken();
  let manifest: PackageManifest;
  try {
    const raw: unknown = JSON.parse(Buffer.from(manifestBytes).toString("utf8"));
    const format = (raw as { format?: unknown; formatVersion?: unknown }) ?? {};
    if (
      format.format === PACKAGE_FORMAT &&
      typeof format.formatVersion === "number" &&
      format.formatVersion > PACKAGE_FORMAT_VERSION
    )
      throw new PackageError(
        "Gói dữ liệu được tạo bởi phiên bản ứng dụng mới hơn. Hãy cập nhật ứng dụng rồi nhận lại gói.",
      );
    manifest = manifestSchema.parse(raw);
  } catch (e) {
    if (e instanceof PackageError) throw e;
    throw broken();
  }
  if (!verifies(manifestBytes, signature, manifest.sender.publicKey))
    throw new PackageError(
      "Chữ ký của gói dữ liệu không đúng: gói đã bị sửa sau khi ghi hoặc không do đơn vị gửi tạo ra. Không nhận.",
    );
  const pinned = opts.pinnedKeyFor?.(manifest.sender.installationId);
  if (pinned && pinned !== manifest.sender.publicKey)
    throw new PackageError(
      `Khóa của ${manifest.sender.unitName || "đơn vị gửi"} đã thay đổi (mã nhận dạng mới ${keyFingerprint(manifest.sender.publicKey)}). Hãy gọi điện xác nhận với đơn vị trước khi nhận.`,
    );
  const files = new Map<string, Uint8Array>();
  const listed = new Set<string>();
  for (const f of manifest.files) {
    listed.add(f.path);
    const data = contents[f.path];
    if (!data)
      throw new PackageError(
        `Gói dữ liệu thiếu tệp “${f.path}” có trong danh mục: gói chưa trọn vẹn. Hãy xin đơn vị gửi ghi lại gói.`,
      );
    if (data.length !== f.size || sha256(data) !== f.sha256)
      throw new PackageError(
        `Tệp “${f.path}” trong gói không khớp với danh mục (đã bị sửa hoặc hỏng). Không nhận.`,
      );
    files.set(f.path, data);
  }
  const extra = Object.keys(contents).filter(
    (name) => !listed.has(name) && name !== "manifest.json" && name !== "manifest.sig",
  );
  if (extra.length)
    throw new PackageError(
      `Gói dữ liệu có tệp không nằm trong danh mục (“${extra[0]}”): không nhận.`,
    );
  return { manifest, files, sha256: sha256(bytes) };
}
